//! FNV-1a, the small hash behind a text's key (`tekst::sleutel`) and the text
//! files' checksum (`tekstbestand`). Its own module so those two do not need
//! each other for it: a text looks itself up in the loaded file, the file
//! needs nothing of a text.

/// The FNV-1a 32-bit offset basis.
pub const BEGIN: u32 = 0x811c_9dc5;
/// The FNV-1a 32-bit prime.
pub const PRIEM: u32 = 0x0100_0193;

/// Mix `bytes` into the hash `h` (start with [`BEGIN`]).
pub const fn meng(mut h: u32, bytes: &[u8]) -> u32 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(PRIEM);
        i += 1;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_fnv1a_test_vectors() {
        // From the FNV reference (draft-eastlake-fnv): "" and "a" and "foobar".
        assert_eq!(meng(BEGIN, b""), 0x811c_9dc5);
        assert_eq!(meng(BEGIN, b"a"), 0xe40c_292c);
        assert_eq!(meng(BEGIN, b"foobar"), 0xbf9c_f968);
    }
}
