//! A tiny deterministic PRNG (splitmix64) for the demo data: the same key always yields the same
//! sequence, on every platform and every start. Not for anything secret.

/// A splitmix64 generator.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator whose sequence depends only on `key` (e.g. an agent id mixed with a purpose).
    pub fn keyed(key: u64) -> Rng {
        Rng {
            state: key ^ 0x5851_F42D_4C95_7F2D,
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high` (inclusive; `low <= high`).
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }

    /// True with the given chance in percent.
    pub fn percent(&mut self, chance: u64) -> bool {
        self.next_u64() % 100 < chance
    }

    /// An index into `weights`, each index picked in proportion to its weight.
    pub fn weighted(&mut self, weights: impl Iterator<Item = u64> + Clone) -> usize {
        let total: u64 = weights.clone().sum();
        let mut ticket = self.next_u64() % total.max(1);
        for (index, weight) in weights.enumerate() {
            if ticket < weight {
                return index;
            }
            ticket -= weight;
        }
        0
    }

    /// `bytes` random bytes as lowercase hex (2 characters a byte).
    pub fn hex(&mut self, bytes: usize) -> String {
        let mut out = String::with_capacity(bytes * 2);
        while out.len() < bytes * 2 {
            let word = format!("{:016x}", self.next_u64());
            let missing = bytes * 2 - out.len();
            out.push_str(&word[..missing.min(16)]);
        }
        out
    }
}

/// A 64-bit key for a string (FNV-1a), to seed a generator from a name.
pub fn key_of(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_key_same_sequence_other_key_other_sequence() {
        let a: Vec<u64> = (0..4).map(|_| Rng::keyed(7).next_u64()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        let mut one = Rng::keyed(7);
        let mut two = Rng::keyed(8);
        assert_ne!(one.next_u64(), two.next_u64());
    }

    #[test]
    fn between_stays_in_range_and_hex_has_the_length() {
        let mut rng = Rng::keyed(1);
        for _ in 0..1000 {
            let n = rng.between(3, 5);
            assert!((3..=5).contains(&n));
        }
        let hex = rng.hex(16);
        assert_eq!(hex.len(), 32);
        assert!(hex.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(rng.hex(3).len(), 6);
    }

    #[test]
    fn weighted_never_picks_a_zero_weight() {
        let mut rng = Rng::keyed(2);
        let weights = [0u64, 5, 0, 5];
        for _ in 0..1000 {
            let i = rng.weighted(weights.iter().copied());
            assert!(i == 1 || i == 3);
        }
    }

    #[test]
    fn key_of_differs_for_different_names() {
        assert_ne!(key_of("default"), key_of("group1"));
        assert_eq!(key_of("default"), key_of("default"));
    }
}
