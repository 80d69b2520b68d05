//! Password hashing with argon2 (Argon2id, default parameters, PHC strings in the store, a fresh
//! random salt from the OS for every hash).
//!
//! Imports nothing internal.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::Argon2;

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
    Argon2::default()
        .verify_password(password.as_bytes(), phc)
        .is_ok()
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
