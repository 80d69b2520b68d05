//! BLAKE2b (RFC 7693), unkeyed, for the `hash_auth_context` claim of run_as tokens: Wazuh puts
//! `blake2b(json.dumps(context), digest_size=16)` there. No blake2 crate is a direct
//! dependency (argon2 uses one internally), so the hash is written out from the RFC here.
//!
//! Imports nothing from the crate.

const BLOCK: usize = 128;

const IV: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The lowercase hex BLAKE2b digest of `data`, `digest_size` bytes long (1 to 64).
pub fn hex_digest(data: &[u8], digest_size: usize) -> String {
    let digest_size = digest_size.clamp(1, 64);
    let mut state = IV;
    // Parameter block: digest length, no key, fanout 1, depth 1.
    state[0] ^= 0x0101_0000 ^ digest_size as u64;
    let blocks = data.len().div_ceil(BLOCK).max(1);
    for index in 0..blocks {
        let start = index * BLOCK;
        let end = (start + BLOCK).min(data.len());
        let mut block = [0u8; BLOCK];
        block[..end - start].copy_from_slice(&data[start..end]);
        let last = index + 1 == blocks;
        compress(&mut state, &block, end as u128, last);
    }
    state
        .iter()
        .flat_map(|word| word.to_le_bytes())
        .take(digest_size)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn compress(state: &mut [u64; 8], block: &[u8; BLOCK], counter: u128, last: bool) {
    let mut message = [0u64; 16];
    for (word, bytes) in message.iter_mut().zip(block.chunks_exact(8)) {
        let mut le = [0u8; 8];
        le.copy_from_slice(bytes);
        *word = u64::from_le_bytes(le);
    }
    let mut v = [0u64; 16];
    v[..8].copy_from_slice(state);
    v[8..].copy_from_slice(&IV);
    v[12] ^= counter as u64;
    v[13] ^= (counter >> 64) as u64;
    if last {
        v[14] = !v[14];
    }
    for round in 0..12 {
        let s = &SIGMA[round % 10];
        mix(&mut v, [0, 4, 8, 12], message[s[0]], message[s[1]]);
        mix(&mut v, [1, 5, 9, 13], message[s[2]], message[s[3]]);
        mix(&mut v, [2, 6, 10, 14], message[s[4]], message[s[5]]);
        mix(&mut v, [3, 7, 11, 15], message[s[6]], message[s[7]]);
        mix(&mut v, [0, 5, 10, 15], message[s[8]], message[s[9]]);
        mix(&mut v, [1, 6, 11, 12], message[s[10]], message[s[11]]);
        mix(&mut v, [2, 7, 8, 13], message[s[12]], message[s[13]]);
        mix(&mut v, [3, 4, 9, 14], message[s[14]], message[s[15]]);
    }
    for (i, word) in state.iter_mut().enumerate() {
        *word ^= v[i] ^ v[i + 8];
    }
}

/// The G function of RFC 7693 §3.1 on the words at `[a, b, c, d]`.
fn mix(v: &mut [u64; 16], [a, b, c, d]: [usize; 4], x: u64, y: u64) {
    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
    v[d] = (v[d] ^ v[a]).rotate_right(32);
    v[c] = v[c].wrapping_add(v[d]);
    v[b] = (v[b] ^ v[c]).rotate_right(24);
    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
    v[d] = (v[d] ^ v[a]).rotate_right(16);
    v[c] = v[c].wrapping_add(v[d]);
    v[b] = (v[b] ^ v[c]).rotate_right(63);
}

#[cfg(test)]
mod tests {
    use super::hex_digest;

    #[test]
    fn rfc_7693_appendix_a_vector() {
        assert_eq!(
            hex_digest(b"abc", 64),
            "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1\
             7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"
        );
    }

    #[test]
    fn sixteen_byte_digests_match_python_hashlib() {
        // hashlib.blake2b(data, digest_size=16).hexdigest()
        assert_eq!(hex_digest(b"", 16), "cae66941d9efbd404e4d88758ea67670");
        assert_eq!(hex_digest(b"abc", 16), "cf4ab791c62b8d2b2109c90275287816");
        assert_eq!(
            hex_digest(br#"{"username": "elastic"}"#, 16),
            "7e3bd7c5ea0e07beb34e9dbef70eae6d"
        );
        assert_eq!(
            hex_digest(&[b'a'; 128], 16),
            "1271d28e731afb57bdfba6bdaf3501be",
            "exactly one block"
        );
        assert_eq!(
            hex_digest(&[b'a'; 200], 16),
            "d63a46941ee0449fd1a7292005e08096"
        );
    }
}
