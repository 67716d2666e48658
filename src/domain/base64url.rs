//! Base64url without padding (RFC 4648 §5), for share links and save files.
//!
//! Small on purpose: a crate would cost more wasm than these forty lines. The
//! decoder is strict (only the url-safe alphabet, no padding, no whitespace,
//! no stray bits at the end), so one text has exactly one meaning.

const ALFABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Base64Fout;

pub fn codeer(bytes: &[u8]) -> String {
    let mut uit = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for blok in bytes.chunks(3) {
        let b = [blok[0], *blok.get(1).unwrap_or(&0), *blok.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=blok.len() {
            uit.push(char::from(ALFABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    uit
}

fn waarde(c: u8) -> Option<u32> {
    let v = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(v))
}

pub fn decodeer(tekst: &str) -> Result<Vec<u8>, Base64Fout> {
    let invoer = tekst.as_bytes();
    // A group of one character cannot hold a whole byte.
    if invoer.len() % 4 == 1 {
        return Err(Base64Fout);
    }
    let mut uit = Vec::with_capacity(invoer.len() / 4 * 3 + 2);
    for blok in invoer.chunks(4) {
        let mut n = 0u32;
        for (i, c) in blok.iter().enumerate() {
            n |= waarde(*c).ok_or(Base64Fout)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let heel = blok.len() - 1;
        // Bits beyond the last whole byte must be zero, or the text is not canonical.
        let rest = match heel {
            1 => n & 0xFFFF,
            2 => n & 0xFF,
            _ => 0,
        };
        if rest != 0 {
            return Err(Base64Fout);
        }
        uit.extend_from_slice(&bytes[..heel]);
    }
    Ok(uit)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rfc_4648_test_vectors() {
        let paren = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (klaar, code) in paren {
            assert_eq!(codeer(klaar.as_bytes()), code);
            assert_eq!(decodeer(code).unwrap(), klaar.as_bytes());
        }
    }

    #[test]
    fn the_url_safe_alphabet_is_used() {
        assert_eq!(codeer(&[0xfb, 0xff, 0xbf]), "-_-_");
        assert_eq!(decodeer("-_-_").unwrap(), vec![0xfb, 0xff, 0xbf]);
    }

    #[test]
    fn anything_outside_the_alphabet_or_not_canonical_is_refused() {
        for fout in ["Zg==", "Zm9v+", "Zm9v/w", "Z", "Zm9vY", "Zm 9v", "Zh", "Zm9", "ü"] {
            assert_eq!(decodeer(fout), Err(Base64Fout), "{fout}");
        }
    }

    proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(decodeer(&codeer(&bytes)).unwrap(), bytes);
        }

        #[test]
        fn any_text_decodes_or_is_refused_without_panicking(tekst in ".{0,200}") {
            if let Ok(bytes) = decodeer(&tekst) {
                prop_assert_eq!(codeer(&bytes), tekst);
            }
        }
    }
}
