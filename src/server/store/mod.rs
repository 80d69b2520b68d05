//! The SQLite store (rusqlite, bundled, WAL): the durable truth of the server. Opens or creates
//! the database, runs the schema migrations, seeds the demo dataset on first start, and reads
//! and writes agents, groups, users and security settings. Blocking: call it off the async
//! threads (`spawn_blocking`).
//!
//! Imports only `api`, `server::demo`, `server::auth::password`, `server::collection` and
//! `server::fleet`.

mod agent_commands;
mod agent_writes;
mod agents;
mod changes;
mod dispatches;
mod events;
mod group_writes;
mod keepalives;
#[cfg(test)]
mod rbac;
mod scan_results;
mod schema;
mod security;
mod security_records;
mod security_writes;
mod seed;
mod tasks;

pub use agent_commands::{AgentCommand, CommandOutcome};
pub use agent_writes::{Conflict, Force, KeyMaterial, NewAgent, DEFAULT_GROUP};
pub use agents::{agent_id, GroupRow};
pub use changes::Changes;
pub use dispatches::{Dispatch, Dispatched};
pub use events::ReceivedEvent;
pub use group_writes::GroupTx;
pub use scan_results::{Scan, ScanHistory};
pub use security_records::{SecurityRecords, UserRecord};
pub use security_writes::{Kind, Link, SecurityTx, MAX_RESERVED_ID};
pub use tasks::{Creation, NewUpgrade, Task, UpgradeCommand, UPGRADE_MODULE};

use crate::server::fleet::Interner;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// How long a statement waits for a lock held by another connection before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Failures of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database was written by a newer wazuh-ctl.
    #[error("database schema version {found} is newer than this build supports ({supported})")]
    TooNew {
        /// Schema version found in the file.
        found: i64,
        /// Newest schema version this build knows.
        supported: i64,
    },
    /// A JSON column (policy, security rule) does not hold valid JSON.
    #[error("stored JSON is invalid: {0}")]
    StoredJson(#[from] serde_json::Error),
    /// No user has this id.
    #[error("user {0} does not exist")]
    UserNotFound(i64),
    /// The database file could not be made private to its owner.
    #[error("cannot make {} private: {source}", path.display())]
    Private {
        /// The file.
        path: std::path::PathBuf,
        /// The I/O failure.
        source: std::io::Error,
    },
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

/// The open database: one connection behind a lock (one writer). Blocking: call it from
/// `spawn_blocking`.
pub struct Store {
    conn: Mutex<Connection>,
    /// Shares the repeated texts of the agents read (kept across reads, so patched agents
    /// share with the rest).
    interner: Mutex<Interner>,
}

impl Store {
    /// Opens (creating, migrating and seeding when new) the database at `path`.
    pub fn open(path: &Path, seed: &Seed) -> Result<Store, StoreError> {
        make_private(path)?;
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        schema::migrate(&mut conn)?;
        seed::seed_once(&mut conn, seed)?;
        changes::track(&conn)?;
        Ok(Store {
            conn: Mutex::new(conn),
            interner: Mutex::new(Interner::default()),
        })
    }

    /// A fresh demo store (12 agents, anchored to now) in a new temporary dir, for tests.
    #[cfg(test)]
    pub fn demo_for_test() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let seed = Seed {
            agents: 12,
            now: Utc::now(),
        };
        let store = Store::open(&dir.path().join("wazuh.db"), &seed).unwrap();
        (dir, store)
    }

    /// How many rows this connection has inserted, updated or deleted since it opened: equal
    /// before and after some work means the work wrote nothing.
    pub fn total_changes(&self) -> u64 {
        self.conn().total_changes()
    }

    /// The connection. A panic while it was held cannot leave a half-done write (transactions
    /// roll back when dropped), so a poisoned lock is still usable.
    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn interner(&self) -> MutexGuard<'_, Interner> {
        self.interner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Makes the database file readable by its owner only (mode 0600 on Unix, whatever the
/// directory's mode or the umask), creating it empty when missing: it holds password hashes
/// and agent keys. SQLite gives its `-wal` and `-shm` files the database file's mode; those
/// left by an earlier run are made private too.
fn make_private(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let private = |path: &Path, source| StoreError::Private {
            path: path.to_path_buf(),
            source,
        };
        std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .mode(0o600)
            .open(path)
            .map_err(|err| private(path, err))?;
        let mut files = vec![path.to_path_buf()];
        for suffix in ["-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            files.push(name.into());
        }
        for file in files.iter().filter(|file| file.exists()) {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))
                .map_err(|err| private(file, err))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// WAL journal, `synchronous=NORMAL`, foreign keys, and a busy timeout.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Answers with the resulting mode; a file system without WAL support keeps the old one.
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")
}

#[cfg(test)]
mod tests;
