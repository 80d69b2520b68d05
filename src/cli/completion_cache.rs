//! A short-lived cache of the candidates dynamic completion fetches from the server (agent
//! ids, group names), so pressing TAB again makes no request. One small JSON file per
//! context, server URL, user and kind, in the per-user cache directory (`WAZUH_CTL_CACHE_DIR`,
//! else the platform's, e.g. `~/.cache/wazuh-ctl/`), written 0600 atomically. It never holds a
//! token or a password. An entry older than [`CACHE_TTL`], from the future, for another key or
//! unreadable is ignored (and replaced after the next fetch).
//!
//! Imports `client::private_file` only.

use crate::client::private_file::write_private;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How long fetched candidates are reused.
pub const CACHE_TTL: Duration = Duration::from_secs(30);

/// The environment variable that overrides the cache directory.
pub const CACHE_DIR_ENV: &str = "WAZUH_CTL_CACHE_DIR";

/// What a cache entry is for: the server (context, URL, user) and the kind of candidates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CacheKey {
    /// The context name (`env` or `--url` when no context holds the server).
    pub context: String,
    /// The server's base URL.
    pub url: String,
    /// The user the candidates were fetched as (what it may see can differ).
    pub user: Option<String>,
    /// The kind of candidates, e.g. `agent-ids`.
    pub kind: String,
}

/// One cache file: its key, when it was fetched, and the items.
#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    key: CacheKey,
    fetched_at: u64,
    items: Vec<Value>,
}

/// The cache directory: `WAZUH_CTL_CACHE_DIR` when set and not empty, else the platform's.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CACHE_DIR_ENV).filter(|dir| !dir.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    let dirs = directories::ProjectDirs::from("", "", "wazuh-ctl")?;
    Some(dirs.cache_dir().to_path_buf())
}

/// The cached items for `key`, if they were fetched less than [`CACHE_TTL`] before `now`.
pub fn read(dir: &Path, key: &CacheKey, now: SystemTime) -> Option<Vec<Value>> {
    let text = std::fs::read_to_string(entry_path(dir, key)).ok()?;
    let entry: Entry = serde_json::from_str(&text).ok()?;
    let age = seconds(now)?.checked_sub(entry.fetched_at)?;
    (entry.key == *key && age < CACHE_TTL.as_secs()).then_some(entry.items)
}

/// Stores the items fetched for `key` at `now`.
pub fn write(
    dir: &Path,
    key: &CacheKey,
    items: Vec<Value>,
    now: SystemTime,
) -> std::io::Result<()> {
    let entry = Entry {
        key: key.clone(),
        fetched_at: seconds(now).unwrap_or_default(),
        items,
    };
    let text = serde_json::to_string(&entry).map_err(std::io::Error::other)?;
    write_private(&entry_path(dir, key), &text)
}

/// Seconds since the Unix epoch.
fn seconds(time: SystemTime) -> Option<u64> {
    time.duration_since(UNIX_EPOCH)
        .ok()
        .map(|age| age.as_secs())
}

/// `completion-<md5 of the key>.json`: a fixed-length name whatever the URL holds.
fn entry_path(dir: &Path, key: &CacheKey) -> PathBuf {
    use md5::Digest;
    let text = [
        key.context.as_str(),
        key.url.as_str(),
        key.user.as_deref().unwrap_or_default(),
        key.kind.as_str(),
    ]
    .join("\n");
    let digest = md5::Md5::digest(text.as_bytes());
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    dir.join(format!("completion-{hex}.json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key(kind: &str) -> CacheKey {
        CacheKey {
            context: "lab".into(),
            url: "https://127.0.0.1:55000".into(),
            user: Some("wazuh".into()),
            kind: kind.into(),
        }
    }

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn entries_are_fresh_for_the_ttl_then_ignored() {
        let dir = tempfile::TempDir::new().unwrap();
        let items = vec![json!({"id": "001", "name": "web"})];
        write(dir.path(), &key("agent-ids"), items.clone(), at(1000)).unwrap();
        assert_eq!(
            read(dir.path(), &key("agent-ids"), at(1000)),
            Some(items.clone())
        );
        assert_eq!(read(dir.path(), &key("agent-ids"), at(1029)), Some(items));
        assert_eq!(read(dir.path(), &key("agent-ids"), at(1030)), None);
        assert_eq!(
            read(dir.path(), &key("agent-ids"), at(999)),
            None,
            "from the future"
        );
        assert_eq!(read(dir.path(), &key("group-names"), at(1000)), None);
    }

    #[test]
    fn each_server_and_user_has_its_own_entry() {
        let dir = tempfile::TempDir::new().unwrap();
        write(
            dir.path(),
            &key("agent-ids"),
            vec![json!({"id": "001"})],
            at(1000),
        )
        .unwrap();
        let other_user = CacheKey {
            user: Some("reader".into()),
            ..key("agent-ids")
        };
        let other_url = CacheKey {
            url: "https://prod:55000".into(),
            ..key("agent-ids")
        };
        assert_eq!(read(dir.path(), &other_user, at(1000)), None);
        assert_eq!(read(dir.path(), &other_url, at(1000)), None);
    }

    #[test]
    fn a_corrupt_entry_is_ignored_and_replaced() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = entry_path(dir.path(), &key("agent-ids"));
        std::fs::write(&path, "{not json").unwrap();
        assert_eq!(read(dir.path(), &key("agent-ids"), at(1000)), None);
        std::fs::write(&path, r#"{"key": 5}"#).unwrap();
        assert_eq!(read(dir.path(), &key("agent-ids"), at(1000)), None);
        write(dir.path(), &key("agent-ids"), vec![json!(1)], at(1000)).unwrap();
        assert_eq!(
            read(dir.path(), &key("agent-ids"), at(1000)),
            Some(vec![json!(1)])
        );
    }

    #[cfg(unix)]
    #[test]
    fn entries_are_private_to_the_user() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::TempDir::new().unwrap();
        let cache = dir.path().join("cache");
        write(&cache, &key("agent-ids"), Vec::new(), at(1000)).unwrap();
        let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&entry_path(&cache, &key("agent-ids"))), 0o600);
        assert_eq!(mode(&cache), 0o700);
    }
}
