//! FNV-1a, 32 and 64 bits: the one hash LegCheck uses for fingerprints and keys, shared by the
//! engine, the interoperability crate and the engine's build script (`#[path]`), so that what
//! the build writes (file names, `APP_KB_HASH`, catalogue keys) and what the code checks are
//! made by the same function. It detects damage and accidents, not forgers.

/// FNV-1a, 32 bits.
pub fn fnv1a32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

/// FNV-1a, 64 bits.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h: u64, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published FNV-1a test values, so that the build and the code (which share this
    /// function) cannot agree on a wrong hash.
    #[test]
    fn fnv_gives_the_published_values() {
        for (text, h32, h64) in [
            ("", 0x811c_9dc5, 0xcbf2_9ce4_8422_2325),
            ("a", 0xe40c_292c, 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0xbf9c_f968, 0x8594_4171_f739_67e8),
        ] {
            assert_eq!(fnv1a32(text.as_bytes()), h32, "{text}");
            assert_eq!(fnv1a64(text.as_bytes()), h64, "{text}");
        }
    }
}
