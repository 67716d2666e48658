//! The envelope (envelop) an encrypted payload travels in: the frame, its
//! checksum and the zlib (un)packing. The share package (`deelpakket`) and the
//! trusted person's reply (`kijk`) both travel in it, so it lives here, below
//! both: neither needs the other for it.
//!
//! Bytes of a payload, base64url without padding:
//! `[versie u8 = 1][salt 16][iv 12][AES-GCM ciphertext + tag][adler32 4, big-endian]`.
//! The trailing checksum (over everything before it) tells a damaged or cut-off
//! link apart from a wrong code before any key is derived: AES-GCM alone cannot
//! tell those two apart, and the person deserves the right message.
//!
//! Inside the encryption the JSON is zlib-compressed by the browser
//! (`services::crypto::comprimeer`); the wasm only carries the small inflater
//! ([`pak_uit`]) and a stored-blocks writer ([`zlib_opgeslagen`]).

use miniz_oxide::inflate::{decompress_to_vec_zlib_with_limit, TINFLStatus};

use super::base64url;

/// The version of the payload frame (the first byte).
pub const VERSIE: u8 = 1;
pub const SALT: usize = 16;
pub const IV: usize = 12;
/// The AES-GCM authentication tag at the end of the ciphertext.
pub const TAG: usize = 16;
/// The checksum's length in bytes (adler32).
pub const CONTROLE: usize = 4;
const KOP: usize = 1 + SALT + IV;
/// A payload (link or file) longer than this is refused before decoding.
pub const MAX_TEKENS: usize = 400 * 1024;
/// The address part before a share payload (`#/gedeeld/<payload>`). A reply
/// pasted as a whole share link is found the same way (as it always was).
pub const PAD: &str = "#/gedeeld/";
/// PBKDF2-SHA-256 rounds for the code (fixed for payload version 1).
pub const ITERATIES: u32 = 600_000;

/// What can be wrong with an envelope or its unpacked contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fout {
    /// Not a payload, cut off, or changed on the way.
    Beschadigd,
    TeGroot,
    /// Made by a newer Spoorwijzer than this one.
    NieuwereVersie(u32),
}

/// The encrypted parts of a payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kader {
    pub salt: [u8; SALT],
    pub iv: [u8; IV],
    /// AES-GCM output: ciphertext followed by the tag.
    pub geheim: Vec<u8>,
}

/// The checksum of a frame (adler32, big-endian), also under an invitation.
pub fn controle(bytes: &[u8]) -> [u8; CONTROLE] {
    miniz_oxide::mz_adler32_oxide(1, bytes).to_be_bytes()
}

/// The payload text for a link or file.
pub fn kader(k: &Kader) -> String {
    let mut bytes = Vec::with_capacity(KOP + k.geheim.len() + CONTROLE);
    bytes.push(VERSIE);
    bytes.extend_from_slice(&k.salt);
    bytes.extend_from_slice(&k.iv);
    bytes.extend_from_slice(&k.geheim);
    let c = controle(&bytes);
    bytes.extend_from_slice(&c);
    base64url::codeer(&bytes)
}

/// The part after `pad` in a pasted link or file (some text, then the link),
/// or the bare payload.
pub fn haal_payload<'a>(invoer: &'a str, pad: &str) -> &'a str {
    let invoer = invoer.trim();
    match invoer.rsplit_once(pad) {
        Some((_, na)) => {
            let eind = na.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(na.len());
            &na[..eind]
        }
        None => invoer,
    }
}

/// Read a payload's frame from a share link, a shared file or the bare
/// payload. A wrong checksum means damaged, whatever the rest.
pub fn ontkader(invoer: &str) -> Result<Kader, Fout> {
    let tekst = haal_payload(invoer, PAD);
    if tekst.len() > MAX_TEKENS {
        return Err(Fout::TeGroot);
    }
    let bytes = base64url::decodeer(tekst).map_err(|_| Fout::Beschadigd)?;
    if bytes.len() < KOP + TAG + CONTROLE {
        return Err(Fout::Beschadigd);
    }
    let (inhoud, som) = bytes.split_at(bytes.len() - CONTROLE);
    if controle(inhoud) != som {
        return Err(Fout::Beschadigd);
    }
    if inhoud[0] != VERSIE {
        return Err(if inhoud[0] > VERSIE { Fout::NieuwereVersie(u32::from(inhoud[0])) } else { Fout::Beschadigd });
    }
    let mut salt = [0u8; SALT];
    salt.copy_from_slice(&inhoud[1..1 + SALT]);
    let mut iv = [0u8; IV];
    iv.copy_from_slice(&inhoud[1 + SALT..KOP]);
    Ok(Kader { salt, iv, geheim: inhoud[KOP..].to_vec() })
}

/// Unpack decrypted zlib bytes, at most `max` bytes out (a zip bomb stops here).
pub fn pak_uit(bytes: &[u8], max: usize) -> Result<Vec<u8>, Fout> {
    decompress_to_vec_zlib_with_limit(bytes, max).map_err(|f| match f.status {
        TINFLStatus::HasMoreOutput => Fout::TeGroot,
        _ => Fout::Beschadigd,
    })
}

/// A valid zlib stream without compression (stored blocks), for browsers
/// without `CompressionStream`: the link gets longer, nothing else changes.
pub fn zlib_opgeslagen(data: &[u8]) -> Vec<u8> {
    let mut uit = Vec::with_capacity(data.len() + data.len() / 65535 * 5 + 11);
    uit.extend_from_slice(&[0x78, 0x01]);
    let mut blokken = data.chunks(65535).peekable();
    if blokken.peek().is_none() {
        uit.extend_from_slice(&[1, 0, 0, 0xff, 0xff]);
    }
    while let Some(blok) = blokken.next() {
        let laatste = u8::from(blokken.peek().is_none());
        let n = blok.len() as u16;
        uit.push(laatste);
        uit.extend_from_slice(&n.to_le_bytes());
        uit.extend_from_slice(&(!n).to_le_bytes());
        uit.extend_from_slice(blok);
    }
    uit.extend_from_slice(&miniz_oxide::mz_adler32_oxide(1, data).to_be_bytes());
    uit
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use miniz_oxide::deflate::compress_to_vec_zlib;
    use proptest::prelude::*;

    fn voorbeeld() -> Kader {
        Kader { salt: [7; SALT], iv: [9; IV], geheim: (0u8..60).collect() }
    }

    #[test]
    fn a_frame_round_trips_from_a_link_a_file_or_the_bare_payload() {
        let payload = kader(&voorbeeld());
        assert_eq!(ontkader(&payload), Ok(voorbeeld()));
        let link = format!("https://example.org/{PAD}{payload}");
        assert_eq!(ontkader(&link), Ok(voorbeeld()));
        let bestand = format!("Voor je coach:\n{link}\n");
        assert_eq!(ontkader(&bestand), Ok(voorbeeld()));
        assert_eq!(haal_payload(&format!("  {link}?x=1 "), PAD), payload);
        assert_eq!(haal_payload(" abc ", PAD), "abc");
    }

    #[test]
    fn any_changed_or_missing_character_of_a_frame_is_damage() {
        let payload = kader(&voorbeeld());
        let tekens: Vec<char> = payload.chars().collect();
        for i in 0..tekens.len() {
            let mut anders = tekens.clone();
            anders[i] = if anders[i] == 'A' { 'B' } else { 'A' };
            let anders: String = anders.into_iter().collect();
            assert_eq!(ontkader(&anders), Err(Fout::Beschadigd), "character {i} changed");
        }
        for lengte in [0, 1, 10, 40, payload.len() / 2, payload.len() - 1] {
            assert_eq!(ontkader(&payload[..lengte]), Err(Fout::Beschadigd), "cut at {lengte}");
        }
    }

    #[test]
    fn a_newer_frame_is_refused_with_its_own_reason_an_older_one_as_damage() {
        let mut bytes = base64url::decodeer(&kader(&voorbeeld())).unwrap();
        let n = bytes.len() - CONTROLE;
        for (versie, verwacht) in [(2, Fout::NieuwereVersie(2)), (0, Fout::Beschadigd)] {
            bytes[0] = versie;
            let c = controle(&bytes[..n]);
            bytes[n..].copy_from_slice(&c);
            assert_eq!(ontkader(&base64url::codeer(&bytes)), Err(verwacht));
        }
    }

    #[test]
    fn size_limits_hold_before_decoding_and_while_unpacking() {
        assert_eq!(ontkader(&"A".repeat(MAX_TEKENS + 4)), Err(Fout::TeGroot));
        let bom = compress_to_vec_zlib(&vec![b' '; 10_010], 9);
        assert_eq!(pak_uit(&bom, 10_000), Err(Fout::TeGroot));
        assert_eq!(pak_uit(&bom, 10_010).map(|v| v.len()), Ok(10_010));
        assert_eq!(pak_uit(b"geen zlib", 10_000), Err(Fout::Beschadigd));
    }

    #[test]
    fn the_uncompressed_fallback_is_valid_zlib() {
        for n in [0, 1, 65535, 65536, 140_000] {
            let data: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
            assert_eq!(decompress_to_vec_zlib_with_limit(&zlib_opgeslagen(&data), 200_000).unwrap(), data, "{n}");
            assert_eq!(pak_uit(&zlib_opgeslagen(&data), 200_000), Ok(data), "{n}");
        }
    }

    proptest! {
        #[test]
        fn random_text_never_panics_the_link_decoder(tekst in ".{0,400}") {
            let _ = ontkader(&tekst);
        }

        #[test]
        fn random_bytes_never_panic_the_frame_decoder_or_the_inflater(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let _ = ontkader(&base64url::codeer(&bytes));
            let _ = pak_uit(&bytes, 1000);
        }
    }
}
