//! Password hashing with argon2 (Argon2id, default parameters, PHC strings in the store, a fresh
//! random salt from the OS for every hash). A check reuses the argon2 working memory (19 MiB
//! with the default parameters) of earlier checks instead of allocating it anew: the heap
//! would otherwise keep every freed copy and grow by tens of megabytes per blocking thread.
//!
//! Imports nothing internal.

use argon2::password_hash::phc::Output;
use argon2::password_hash::PasswordHasher;
use argon2::{Algorithm, Argon2, Block, Params, PasswordHash, Version};
use std::sync::Mutex;

/// Working memory kept for the next checks, at most [`KEPT_MEMORIES`] of them (the checks
/// that run at once are bounded by the caller).
static MEMORIES: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());

/// How many working memories are kept between checks.
const KEPT_MEMORIES: usize = 2;

/// Hashes a password with a fresh random salt.
pub fn hash(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .expect(
            "argon2 with default parameters hashes any password when the OS has a random source",
        )
        .to_string()
}

/// True when the password matches the PHC hash (false for a malformed hash).
pub fn verify(password: &str, phc: &str) -> bool {
    let Ok(hash) = PasswordHash::new(phc) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (&hash.salt, &hash.hash) else {
        return false;
    };
    let Some(argon2) = hasher_of(&hash) else {
        return false;
    };
    let mut memory = take_memory(argon2.params().block_count());
    let mut computed = vec![0u8; expected.len()];
    let hashed = argon2.hash_password_into_with_memory(
        password.as_bytes(),
        salt.as_ref(),
        &mut computed,
        &mut memory,
    );
    give_back(memory);
    // `Output` compares in constant time.
    hashed.is_ok() && Output::new(&computed).is_ok_and(|computed| computed == *expected)
}

/// The argon2 instance a PHC hash was made with (its algorithm, version and parameters).
fn hasher_of(hash: &PasswordHash) -> Option<Argon2<'static>> {
    let algorithm = Algorithm::try_from(hash.algorithm.as_str()).ok()?;
    let version = match hash.version {
        Some(version) => Version::try_from(version).ok()?,
        None => Version::default(),
    };
    let params = Params::try_from(hash).ok()?;
    Some(Argon2::new(algorithm, version, params))
}

/// A working memory of `blocks` blocks: a kept one when there is one.
fn take_memory(blocks: usize) -> Vec<Block> {
    let kept = lock_memories().pop();
    let mut memory = kept.unwrap_or_default();
    memory.resize(blocks, Block::default());
    memory
}

/// Keeps a working memory for the next check (unless enough are kept).
fn give_back(memory: Vec<Block>) {
    let mut kept = lock_memories();
    if kept.len() < KEPT_MEMORIES {
        kept.push(memory);
    }
}

fn lock_memories() -> std::sync::MutexGuard<'static, Vec<Vec<Block>>> {
    MEMORIES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_password_verifies_and_wrong_does_not() {
        let phc = hash("s3cret-Pass");
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify("s3cret-Pass", &phc));
        assert!(!verify("s3cret-pass", &phc));
        assert!(!verify("", &phc));
    }

    #[test]
    fn hashes_made_with_other_parameters_verify_too() {
        let params = Params::new(1024, 1, 1, Some(32)).unwrap();
        let light = Argon2::new(Algorithm::Argon2i, Version::V0x10, params);
        let phc = light.hash_password(b"old-Pass1").unwrap().to_string();
        assert!(phc.starts_with("$argon2i$v=16$m=1024,t=1,p=1$"), "{phc}");
        assert!(verify("old-Pass1", &phc));
        assert!(!verify("old-Pass2", &phc));
        assert!(
            verify("s3cret", &hash("s3cret")),
            "after a smaller memory was kept"
        );
    }

    #[test]
    fn each_hash_has_its_own_salt() {
        assert_ne!(hash("same"), hash("same"));
    }

    #[test]
    fn malformed_hash_is_false() {
        assert!(!verify("wazuh", ""));
        assert!(!verify("wazuh", "not a phc string"));
        assert!(!verify("wazuh", "$argon2id$v=19$m=19456,t=2,p=1$bad"));
        assert!(!verify("wazuh", "pbkdf2:sha256:260000$abc$def"));
    }
}
