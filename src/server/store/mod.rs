//! The SQLite store (rusqlite, bundled, WAL): the durable truth of the server. Opens or creates
//! the database, runs the schema migrations, seeds the demo dataset on first start, and reads
//! and writes agents, groups, users and security settings. Blocking: call it off the async
//! threads (`spawn_blocking`).
//!
//! Imports only `api`, `server::demo` and `server::auth::password`.

use chrono::{DateTime, Utc};
use serde_json::Value;
use std::path::Path;

/// Failures of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// What to seed into a new database.
#[derive(Debug, Clone)]
pub struct Seed {
    /// Total number of agents wanted (besides the manager `000`); at least the 12 demo agents.
    pub agents: usize,
    /// The moment the data is anchored to (keep-alives, registration dates).
    pub now: DateTime<Utc>,
}

/// An API user as authentication needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// Integer id (1 `wazuh`, 2 `wazuh-wui`, 100+ created).
    pub id: i64,
    /// Login name.
    pub username: String,
    /// argon2 PHC string.
    pub password_hash: String,
    /// Whether the user may use `run_as` logins.
    pub allow_run_as: bool,
}

/// The security settings of `GET|PUT /security/config`.
#[derive(Debug, Clone, PartialEq)]
pub struct SecurityConfig {
    /// Token lifetime in seconds (default 900, minimum 30).
    pub auth_token_exp_timeout: u64,
    /// `white` or `black`.
    pub rbac_mode: String,
}

/// The open database.
pub struct Store {}

impl Store {
    /// Opens (creating, migrating and seeding when new) the database at `path`.
    pub fn open(path: &Path, seed: &Seed) -> Result<Store, StoreError> {
        let _ = (path, seed);
        unimplemented!("store: being written")
    }

    /// Every agent as `GET /agents` shows it (all fields), sorted by id.
    pub fn agents(&self) -> Result<Vec<Value>, StoreError> {
        unimplemented!("store: being written")
    }

    /// Every group as `GET /groups` shows it (`name`, `count`, `mergedSum`, `configSum`), sorted by name.
    pub fn groups(&self) -> Result<Vec<Value>, StoreError> {
        unimplemented!("store: being written")
    }

    /// The user with this name, if any.
    pub fn user_by_name(&self, username: &str) -> Result<Option<User>, StoreError> {
        let _ = username;
        unimplemented!("store: being written")
    }

    /// The role ids of a user, in link order.
    pub fn user_role_ids(&self, user_id: i64) -> Result<Vec<i64>, StoreError> {
        let _ = user_id;
        unimplemented!("store: being written")
    }

    /// The user as `GET /security/users/me` shows it: roles expanded into role objects with
    /// their policies and rules.
    pub fn user_me(&self, user_id: i64) -> Result<Value, StoreError> {
        let _ = user_id;
        unimplemented!("store: being written")
    }

    /// The current security settings.
    pub fn security_config(&self) -> Result<SecurityConfig, StoreError> {
        unimplemented!("store: being written")
    }

    /// Replaces the security settings.
    pub fn set_security_config(&self, config: &SecurityConfig) -> Result<(), StoreError> {
        let _ = config;
        unimplemented!("store: being written")
    }

    /// Makes every token of the user issued at or before `at` (unix seconds) invalid.
    pub fn revoke_user_tokens(&self, user_id: i64, at: i64) -> Result<(), StoreError> {
        let _ = (user_id, at);
        unimplemented!("store: being written")
    }

    /// The latest revocation time of the user's tokens, if any.
    pub fn user_tokens_not_before(&self, user_id: i64) -> Result<Option<i64>, StoreError> {
        let _ = user_id;
        unimplemented!("store: being written")
    }
}
