//! Where tokens and (only on request) passwords are kept: the OS keyring (with a timeout), an
//! explicit opt-in file store (0600, labelled insecure), or memory.

use std::path::PathBuf;

/// What a secret is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// A JWT.
    Token,
    /// A password (stored only with `login --save-password`).
    Password,
}

/// Failures of the secret stores.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// Being written.
    #[error("secret store: being written")]
    Pending,
}

/// A secret store.
#[derive(Debug)]
pub enum SecretStore {
    /// The OS keyring (Secret Service, Keychain, Credential Manager).
    Keyring,
    /// A 0600 TOML file: the explicit, insecure opt-in.
    File(PathBuf),
    /// Nothing persisted (environment-only use).
    Memory,
}

impl SecretStore {
    /// Reads a secret of a context and user.
    pub fn get(
        &self,
        context: &str,
        user: &str,
        kind: SecretKind,
    ) -> Result<Option<String>, SecretError> {
        let _ = (context, user, kind);
        unimplemented!("secret store: being written")
    }

    /// Stores a secret.
    pub fn set(
        &self,
        context: &str,
        user: &str,
        kind: SecretKind,
        secret: &str,
    ) -> Result<(), SecretError> {
        let _ = (context, user, kind, secret);
        unimplemented!("secret store: being written")
    }

    /// Deletes a secret (absent is fine).
    pub fn delete(&self, context: &str, user: &str, kind: SecretKind) -> Result<(), SecretError> {
        let _ = (context, user, kind);
        unimplemented!("secret store: being written")
    }
}
