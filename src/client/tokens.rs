//! Where tokens and (only on request) passwords are kept: the OS keyring (with a timeout), an
//! explicit opt-in file store (0600, labelled insecure), or memory.
//!
//! Every keyring call runs on its own thread and is abandoned after [`KEYRING_TIMEOUT`]: without
//! a D-Bus session the Secret Service can hang. When no keyring works, secrets are kept in the
//! process's memory instead, and one warning line on stderr says so and how to opt into the file
//! store; there is never a silent plain-text fallback. Imports nothing internal but the
//! private-file writer.

use super::private_file::write_private;
use crate::exit::{EXIT_LOCAL, EXIT_USAGE};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Mutex, Once, OnceLock};
use std::time::Duration;

/// The environment variable that picks the store (`keyring`, `file` or `memory`), over the config.
pub const TOKEN_STORE_ENV: &str = "WAZUH_CTL_TOKEN_STORE";

/// How long one keyring call may take before the keyring is declared unavailable.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// The keyring service name; accounts are `<context>/<user>/<kind>`.
const SERVICE: &str = "wazuh-ctl";

/// The first lines of the file store, so nobody mistakes it for a safe place.
const FILE_HEADER: &str = "\
# wazuh-ctl secrets: INSECURE plain-text store, chosen with token-store = \"file\"
# (or WAZUH_CTL_TOKEN_STORE=file). Anyone who can read this file can use these
# tokens and passwords. Keys are \"<context>/<user>/token|password\".
";

/// Why the keyring stopped working, once it has: later calls fail at once instead of waiting.
static KEYRING_DOWN: OnceLock<String> = OnceLock::new();

/// The secrets of this process once the keyring is unavailable (never written anywhere).
static PROCESS_SECRETS: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());

/// Makes the "tokens are not being cached" warning appear at most once per process.
static FALLBACK_WARNING: Once = Once::new();

/// The file beside the config whose presence says the no-keyring warning was shown once.
const WARNED_FILE: &str = "no-keyring-warned";

/// What the [`WARNED_FILE`] says to whoever opens it.
const WARNED_TEXT: &str = "wazuh-ctl warned once that no OS keyring is available, so tokens \
are not being cached. Delete this file to be warned again.\n";

/// What a secret is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// A JWT.
    Token,
    /// A password (stored only with `login --save-password`).
    Password,
}

impl SecretKind {
    /// The last segment of the secret's key: `token` or `password`.
    pub fn as_str(self) -> &'static str {
        match self {
            SecretKind::Token => "token",
            SecretKind::Password => "password",
        }
    }
}

/// Failures of the secret stores.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// No OS keyring answers (no Secret Service, locked, or it hung); the keyring store then
    /// falls back to the process's memory, so callers of [`SecretStore`] never see it.
    #[error("no OS keyring is available ({reason})")]
    KeyringUnavailable {
        /// What the keyring said, on one line.
        reason: String,
    },
    /// The keyring answered with an error.
    #[error("OS keyring: {0}")]
    Keyring(String),
    /// The secret file cannot be read or written.
    #[error("secret file {}: {source}", path.display())]
    File {
        /// The secret file.
        path: PathBuf,
        /// The I/O failure.
        source: std::io::Error,
    },
    /// The secret file is not the TOML table we write.
    #[error("malformed secret file {}: {message}", path.display())]
    Malformed {
        /// The secret file.
        path: PathBuf,
        /// What the parser said.
        message: String,
    },
    /// A store name other than keyring, file or memory.
    #[error("unknown token store `{0}` (expected keyring, file or memory)")]
    UnknownStore(String),
}

impl SecretError {
    /// The exit code: 2 for an unknown store name (bad config value), else 7 (a local setup
    /// problem: the keyring or the secret file cannot be used).
    pub fn exit_code(&self) -> u8 {
        match self {
            SecretError::UnknownStore(_) => EXIT_USAGE,
            _ => EXIT_LOCAL,
        }
    }

    /// What the user can do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            SecretError::UnknownStore(_) => Some(
                "use `wazuh-ctl config set NAME --token-store keyring|file|memory`".to_string(),
            ),
            SecretError::Malformed { path, .. } => Some(format!(
                "fix {} or delete it (its tokens are then asked for again)",
                path.display()
            )),
            SecretError::File { .. }
            | SecretError::Keyring(_)
            | SecretError::KeyringUnavailable { .. } => Some(format!(
                "pick another token store: `wazuh-ctl config set NAME --token-store file|memory` \
                 or {TOKEN_STORE_ENV}=memory"
            )),
        }
    }
}

/// The one warning line printed when no keyring works and tokens stay in memory.
pub fn keyring_fallback_warning(context: &str) -> String {
    format!(
        "wazuh-ctl: warning: no OS keyring is available, so tokens are not being cached (each \
         command logs in again); to cache them in an insecure plain-text file: \
         `wazuh-ctl config set {context} --token-store file`"
    )
}

/// A secret store.
#[derive(Debug)]
pub enum SecretStore {
    /// The OS keyring (Secret Service, Keychain, Credential Manager); when none works, the
    /// process's memory, with a warning on stderr the first time (the file it names, beside
    /// the config, remembers that it was shown).
    Keyring(PathBuf),
    /// A 0600 TOML file: the explicit, insecure opt-in.
    File(PathBuf),
    /// Nothing persisted: secrets live in this value only (environment-only use, tests).
    Memory(Mutex<BTreeMap<String, String>>),
}

impl fmt::Display for SecretStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SecretStore::Keyring(_) => write!(f, "OS keyring"),
            SecretStore::File(path) => write!(f, "file {} (insecure)", path.display()),
            SecretStore::Memory(_) => write!(f, "memory (not persisted)"),
        }
    }
}

impl SecretStore {
    /// An empty in-memory store.
    pub fn memory() -> SecretStore {
        SecretStore::Memory(Mutex::default())
    }

    /// The store chosen by WAZUH_CTL_TOKEN_STORE, else by the config (the context's
    /// `token-store`, else the file's), else the OS keyring; the file store is
    /// `<config_dir>/secrets.toml`.
    pub fn select(
        config_token_store: Option<&str>,
        config_dir: &Path,
    ) -> Result<SecretStore, SecretError> {
        let from_env = std::env::var(TOKEN_STORE_ENV).ok();
        let name = from_env
            .as_deref()
            .filter(|value| !value.trim().is_empty())
            .or(config_token_store);
        SecretStore::named(name, config_dir)
    }

    /// The store of that name (`None` is the keyring).
    pub fn named(name: Option<&str>, config_dir: &Path) -> Result<SecretStore, SecretError> {
        match name.map(str::trim) {
            None | Some("keyring") => Ok(SecretStore::Keyring(config_dir.join(WARNED_FILE))),
            Some("file") => Ok(SecretStore::File(config_dir.join("secrets.toml"))),
            Some("memory") => Ok(SecretStore::memory()),
            Some(other) => Err(SecretError::UnknownStore(other.to_string())),
        }
    }

    /// Reads a secret of a context and user.
    pub fn get(
        &self,
        context: &str,
        user: &str,
        kind: SecretKind,
    ) -> Result<Option<String>, SecretError> {
        let key = secret_key(context, user, kind);
        let in_memory = |secrets: &mut BTreeMap<String, String>| secrets.get(&key).cloned();
        match self {
            SecretStore::Keyring(warned) => {
                keyring_call(key.clone(), |entry| absent_as_none(entry.get_password()))
                    .or_else(|err| in_process_memory(err, context, warned, in_memory))
            }
            SecretStore::File(path) => Ok(read_secret_file(path)?.remove(&key)),
            SecretStore::Memory(secrets) => Ok(in_memory(&mut lock(secrets))),
        }
    }

    /// Stores a secret.
    pub fn set(
        &self,
        context: &str,
        user: &str,
        kind: SecretKind,
        secret: &str,
    ) -> Result<(), SecretError> {
        let key = secret_key(context, user, kind);
        let in_memory = |secrets: &mut BTreeMap<String, String>| {
            secrets.insert(key.clone(), secret.to_string());
        };
        match self {
            SecretStore::Keyring(warned) => {
                let owned = secret.to_string();
                keyring_call(key.clone(), move |entry| entry.set_password(&owned))
                    .or_else(|err| in_process_memory(err, context, warned, in_memory))
            }
            SecretStore::File(path) => {
                let mut secrets = read_secret_file(path)?;
                in_memory(&mut secrets);
                write_secret_file(path, &secrets)
            }
            SecretStore::Memory(secrets) => {
                in_memory(&mut lock(secrets));
                Ok(())
            }
        }
    }

    /// Deletes a secret (absent is fine).
    pub fn delete(&self, context: &str, user: &str, kind: SecretKind) -> Result<(), SecretError> {
        let key = secret_key(context, user, kind);
        match self {
            SecretStore::Keyring(warned) => keyring_call(key.clone(), |entry| {
                absent_as_none(entry.delete_credential()).map(drop)
            })
            .or_else(|err| {
                in_process_memory(err, context, warned, |secrets| {
                    secrets.remove(&key);
                })
            }),
            SecretStore::File(path) => {
                let mut secrets = read_secret_file(path)?;
                if secrets.remove(&key).is_some() {
                    write_secret_file(path, &secrets)?;
                }
                Ok(())
            }
            SecretStore::Memory(secrets) => {
                lock(secrets).remove(&key);
                Ok(())
            }
        }
    }
}

/// When the keyring is unavailable, runs `operation` on the process's own secrets instead and
/// warns the first time (unless the `warned` file says it was done); any other error stays an
/// error.
fn in_process_memory<T>(
    err: SecretError,
    context: &str,
    warned: &Path,
    operation: impl FnOnce(&mut BTreeMap<String, String>) -> T,
) -> Result<T, SecretError> {
    match err {
        SecretError::KeyringUnavailable { .. } => {
            FALLBACK_WARNING.call_once(|| warn_the_first_time(context, warned));
            Ok(operation(&mut lock(&PROCESS_SECRETS)))
        }
        other => Err(other),
    }
}

/// Prints the no-keyring warning unless the `warned` file exists, then creates the file (a
/// config dir that cannot be written only means the warning comes again next time).
fn warn_the_first_time(context: &str, warned: &Path) {
    if warned.exists() {
        return;
    }
    eprintln!("{}", keyring_fallback_warning(context));
    if let Some(dir) = warned.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = std::fs::write(warned, WARNED_TEXT);
}

fn secret_key(context: &str, user: &str, kind: SecretKind) -> String {
    format!("{context}/{user}/{}", kind.as_str())
}

fn lock(
    secrets: &Mutex<BTreeMap<String, String>>,
) -> std::sync::MutexGuard<'_, BTreeMap<String, String>> {
    // A panic while holding the lock cannot leave the map half-written: take it anyway.
    secrets
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn read_secret_file(path: &Path) -> Result<BTreeMap<String, String>, SecretError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(source) => {
            return Err(SecretError::File {
                path: path.to_path_buf(),
                source,
            })
        }
    };
    toml::from_str(&text).map_err(|err| SecretError::Malformed {
        path: path.to_path_buf(),
        message: err.message().lines().next().unwrap_or("").to_string(),
    })
}

fn write_secret_file(path: &Path, secrets: &BTreeMap<String, String>) -> Result<(), SecretError> {
    let body = toml::to_string(secrets).expect("a map of strings serializes");
    write_private(path, &format!("{FILE_HEADER}{body}")).map_err(|source| SecretError::File {
        path: path.to_path_buf(),
        source,
    })
}

/// `NoEntry` is not an error for reads and deletes.
fn absent_as_none<T>(result: keyring::Result<T>) -> keyring::Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(err) => Err(err),
    }
}

/// Runs one keyring operation on its own thread, giving up after [`KEYRING_TIMEOUT`].
fn keyring_call<T, F>(account: String, operation: F) -> Result<T, SecretError>
where
    T: Send + 'static,
    F: FnOnce(&keyring::Entry) -> keyring::Result<T> + Send + 'static,
{
    if let Some(reason) = KEYRING_DOWN.get() {
        return Err(SecretError::KeyringUnavailable {
            reason: reason.clone(),
        });
    }
    let (sender, receiver) = mpsc::channel();
    std::thread::Builder::new()
        .name("keyring".to_string())
        .spawn(move || {
            let result = keyring::Entry::new(SERVICE, &account).and_then(|entry| operation(&entry));
            // The receiver is gone when the call timed out; nobody is left to tell.
            let _ = sender.send(result);
        })
        .map_err(|err| SecretError::Keyring(err.to_string()))?;
    match receiver.recv_timeout(KEYRING_TIMEOUT) {
        Ok(result) => result.map_err(keyring_error),
        Err(_) => Err(keyring_down(format!(
            "it did not answer within {} s",
            KEYRING_TIMEOUT.as_secs()
        ))),
    }
}

fn keyring_error(err: keyring::Error) -> SecretError {
    match err {
        keyring::Error::NoDefaultStore => keyring_down(match keyring::Entry::store_status() {
            Err(cause) => one_line(&cause.to_string()),
            Ok(()) => "no default credential store".to_string(),
        }),
        keyring::Error::NoStorageAccess(_) | keyring::Error::PlatformFailure(_) => {
            keyring_down(one_line(&err.to_string()))
        }
        other => SecretError::Keyring(one_line(&other.to_string())),
    }
}

fn keyring_down(reason: String) -> SecretError {
    let reason = KEYRING_DOWN.get_or_init(|| reason).clone();
    SecretError::KeyringUnavailable { reason }
}

fn one_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    match line.char_indices().nth(160) {
        Some((cut, _)) => format!("{}...", &line[..cut]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(store: &SecretStore) {
        assert_eq!(store.get("lab", "wazuh", SecretKind::Token).unwrap(), None);
        store.set("lab", "wazuh", SecretKind::Token, "t1").unwrap();
        store
            .set("lab", "wazuh", SecretKind::Password, "p1")
            .unwrap();
        store.set("prod", "wazuh", SecretKind::Token, "t2").unwrap();
        assert_eq!(
            store
                .get("lab", "wazuh", SecretKind::Token)
                .unwrap()
                .as_deref(),
            Some("t1")
        );
        assert_eq!(
            store
                .get("lab", "wazuh", SecretKind::Password)
                .unwrap()
                .as_deref(),
            Some("p1")
        );
        store.set("lab", "wazuh", SecretKind::Token, "t3").unwrap();
        assert_eq!(
            store
                .get("lab", "wazuh", SecretKind::Token)
                .unwrap()
                .as_deref(),
            Some("t3")
        );
        store.delete("lab", "wazuh", SecretKind::Token).unwrap();
        store.delete("lab", "wazuh", SecretKind::Token).unwrap();
        assert_eq!(store.get("lab", "wazuh", SecretKind::Token).unwrap(), None);
        assert_eq!(
            store
                .get("prod", "wazuh", SecretKind::Token)
                .unwrap()
                .as_deref(),
            Some("t2")
        );
    }

    #[test]
    fn memory_store_sets_gets_and_deletes() {
        exercise(&SecretStore::memory());
    }

    #[test]
    fn file_store_sets_gets_and_deletes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conf/secrets.toml");
        exercise(&SecretStore::File(path.clone()));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# wazuh-ctl secrets: INSECURE"), "{text}");
        assert!(text.contains("\"lab/wazuh/password\" = \"p1\""), "{text}");
        assert!(!text.contains("lab/wazuh/token"), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn file_store_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secrets.toml");
        let store = SecretStore::File(path.clone());
        store.set("lab", "wazuh", SecretKind::Token, "t").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn malformed_secret_file_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secrets.toml");
        std::fs::write(&path, "not = [toml").unwrap();
        let err = SecretStore::File(path)
            .get("lab", "wazuh", SecretKind::Token)
            .unwrap_err();
        assert!(matches!(err, SecretError::Malformed { .. }), "{err:?}");
    }

    #[test]
    fn stores_are_chosen_by_name() {
        let dir = Path::new("/conf");
        assert!(matches!(
            SecretStore::named(None, dir).unwrap(),
            SecretStore::Keyring(_)
        ));
        match SecretStore::named(Some("keyring"), dir).unwrap() {
            SecretStore::Keyring(warned) => {
                assert_eq!(warned, Path::new("/conf/no-keyring-warned"))
            }
            other => panic!("{other:?}"),
        }
        match SecretStore::named(Some("file"), dir).unwrap() {
            SecretStore::File(path) => assert_eq!(path, Path::new("/conf/secrets.toml")),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            SecretStore::named(Some("memory"), dir).unwrap(),
            SecretStore::Memory(_)
        ));
        let err = SecretStore::named(Some("vault"), dir).unwrap_err();
        assert!(matches!(err, SecretError::UnknownStore(_)));
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn the_fallback_warning_is_one_line_and_names_the_file_store_command() {
        let text = keyring_fallback_warning("lab");
        assert!(!text.contains('\n'));
        for needle in [
            "wazuh-ctl: warning:",
            "no OS keyring is available",
            "tokens are not being cached",
            "`wazuh-ctl config set lab --token-store file`",
        ] {
            assert!(text.contains(needle), "{needle} missing from {text}");
        }
    }

    #[test]
    fn an_unavailable_keyring_falls_back_to_process_memory_but_other_errors_stay() {
        let unavailable = || SecretError::KeyringUnavailable {
            reason: "no D-Bus session".to_string(),
        };
        let key = format!("fallback-test-{}", std::process::id());
        let dir = tempfile::tempdir().unwrap();
        let warned = dir.path().join(WARNED_FILE);
        in_process_memory(unavailable(), "lab", &warned, |secrets| {
            secrets.insert(key.clone(), "t".to_string())
        })
        .unwrap();
        let read = in_process_memory(unavailable(), "lab", &warned, |secrets| {
            secrets.get(&key).cloned()
        });
        assert_eq!(read.unwrap().as_deref(), Some("t"));
        let denied = SecretError::Keyring("denied".to_string());
        let err = in_process_memory(denied, "lab", &warned, |_| ()).unwrap_err();
        assert!(matches!(err, SecretError::Keyring(_)), "{err:?}");
        assert_eq!(err.exit_code(), 7);
        assert!(err.hint().unwrap().contains("--token-store"));
    }

    #[test]
    fn the_keyring_works_or_falls_back_to_memory_without_hanging() {
        let started = std::time::Instant::now();
        let dir = tempfile::tempdir().unwrap();
        let store = SecretStore::named(None, dir.path()).unwrap();
        let user = format!("unit-test-{}", std::process::id());
        store
            .set("wazuh-ctl-test", &user, SecretKind::Token, "t")
            .unwrap();
        let read = store
            .get("wazuh-ctl-test", &user, SecretKind::Token)
            .unwrap();
        assert_eq!(read.as_deref(), Some("t"));
        store
            .delete("wazuh-ctl-test", &user, SecretKind::Token)
            .unwrap();
        let gone = store
            .get("wazuh-ctl-test", &user, SecretKind::Token)
            .unwrap();
        assert_eq!(gone, None);
        assert!(started.elapsed() < KEYRING_TIMEOUT * 5);
    }
}
