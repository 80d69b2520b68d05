//! `AppState`: what every handler shares. The SQLite store (blocking: reached only through
//! [`AppState::store`], which runs off the async threads), in-memory snapshots that requests
//! read without touching SQLite — the fleet (typed agents with their aggregates), the groups,
//! and the security records (`auth::snapshot`: users, roles, policies, revocations) — the
//! security configuration, the token authority (JWT keys + verified-token cache), the ruleset
//! (loaded once at start), each node's statistics (`node::stats`, counters bumped by requests
//! and events), the open logtest sessions (`logtest`), the manager's analysis of received
//! events (`analysis`), and the facts `GET /` reports (hostname, start time). Writes go
//! through [`AppState::write`] (fleet) or [`AppState::write_security`] (security objects),
//! which publish the new snapshot once the SQLite transaction has committed; a fleet write
//! patches only the agents it changed.
//!
//! Imports only the server's `store`, `fleet`, `auth`, `ruleset`, `logtest`, `analysis`,
//! `node::stats` and `error` modules.

use crate::server::analysis::Analysisd;
use crate::server::api_config::ApiConfig;
use crate::server::auth::jwt::{KeyError, Keys};
use crate::server::auth::snapshot::SecuritySnapshot;
use crate::server::auth::TokenAuthority;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::fleet::Fleet;
use crate::server::limits::Limits;
use crate::server::logtest::Sessions;
use crate::server::node::stats::Stats;
use crate::server::node::{self, Node};
use crate::server::ruleset::Ruleset;
use crate::server::store::{GroupRow, SecurityConfig, Store, StoreError};
use chrono::{DateTime, Utc};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

/// Everything the state needs besides the store.
#[derive(Debug, Clone)]
pub struct StateOptions {
    /// Where the JWT key files live.
    pub data_dir: PathBuf,
    /// The host name `GET /` reports.
    pub hostname: String,
    /// Replaces the configured token lifetime (seconds) while this server runs.
    pub token_lifetime: Option<u64>,
    /// The API configuration: upload size and access limits.
    pub api_config: ApiConfig,
    /// The ruleset, loaded from the data dir.
    pub ruleset: Arc<Ruleset>,
}

/// Failure to build the state.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// Reading the snapshots or the security configuration failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The JWT keys could not be loaded or created.
    #[error(transparent)]
    Keys(#[from] KeyError),
}

/// The shared state of the server; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    shared: Arc<Shared>,
}

struct Shared {
    store: Arc<Store>,
    data_dir: PathBuf,
    fleet: RwLock<Arc<Fleet>>,
    groups: RwLock<Arc<Groups>>,
    security: RwLock<Arc<SecuritySnapshot>>,
    config: RwLock<SecurityConfig>,
    authority: RwLock<Arc<TokenAuthority>>,
    /// Serialises writes, so a snapshot refresh never replaces a newer one.
    writer: tokio::sync::Mutex<()>,
    hostname: String,
    started: DateTime<Utc>,
    api_config: ApiConfig,
    limits: Limits,
    ruleset: RwLock<Arc<Ruleset>>,
    logtest: Sessions,
    analysisd: Arc<Analysisd>,
    /// Each node's statistics, by node name, the node the API runs on first.
    stats: Vec<(&'static str, Arc<Stats>)>,
}

impl AppState {
    /// Loads the snapshots, the security configuration and the JWT keys. Blocking.
    pub fn new(store: Store, options: StateOptions) -> Result<AppState, StateError> {
        let fleet = Fleet::new(store.agents()?);
        let groups = Groups::new(store.groups()?, &fleet);
        store.take_changes()?;
        let records = store.security_records()?;
        let mut config = store.security_config()?;
        if let Some(lifetime) = options.token_lifetime {
            config.auth_token_exp_timeout = lifetime;
        }
        let keys = Keys::load_or_create(&options.data_dir)?;
        let stats = Node::all(&options.data_dir)
            .iter()
            .map(|node| (node.name(), Arc::new(Stats::load(node.root()))))
            .collect();
        Ok(AppState {
            shared: Arc::new(Shared {
                store: Arc::new(store),
                data_dir: options.data_dir,
                fleet: RwLock::new(Arc::new(fleet)),
                groups: RwLock::new(Arc::new(groups)),
                security: RwLock::new(Arc::new(SecuritySnapshot::new(records, 0))),
                config: RwLock::new(config),
                authority: RwLock::new(Arc::new(TokenAuthority::new(keys))),
                writer: tokio::sync::Mutex::new(()),
                hostname: options.hostname,
                started: Utc::now(),
                api_config: options.api_config,
                limits: Limits::new(&options.api_config.access),
                stats,
                ruleset: RwLock::new(options.ruleset),
                logtest: Sessions::default(),
                analysisd: Arc::default(),
            }),
        })
    }

    /// Runs a write on the store (one at a time), then patches the fleet and groups snapshots
    /// with what it changed (read back from SQLite), so readers see the change only once it is
    /// committed. The work returns `Err(ApiError)` for refused requests (nothing is written,
    /// nothing published) and maps store failures with `ApiError::internal`. Inside the work,
    /// [`AppState::fleet`] is the fleet as committed so far.
    pub async fn write<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let _writing = self.shared.writer.lock().await;
        let (fleet, groups) = (self.fleet(), self.groups());
        let (result, changes) = self.write_and_reread(work, Store::take_changes).await?;
        let Some(changes) = changes.filter(|changes| !changes.is_empty()) else {
            return Ok(result);
        };
        let shared = Arc::clone(&self.shared);
        off_thread(move || {
            let next = match changes.agent_ids.is_empty() {
                true => Arc::clone(&fleet),
                false => Arc::new(fleet.patched(&changes.agent_ids, changes.agents)),
            };
            let rows = changes.groups.unwrap_or_else(|| groups.rows.clone());
            let next_groups = Groups::new(rows, &next);
            replace(&shared.fleet, next);
            replace(&shared.groups, Arc::new(next_groups));
            // The replaced snapshots are freed here, off the async threads, unless a reader
            // still holds them.
            drop((fleet, groups));
            Ok(())
        })
        .await?;
        Ok(result)
    }

    /// [`AppState::write`] of store work that refuses nothing: its store failures are internal
    /// errors (500), as [`AppState::store`] maps them for reads.
    pub async fn write_store<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        self.write(move |store| work(store).map_err(ApiError::internal))
            .await
    }

    /// Runs a write of the security objects (users, roles, policies, rules, their links,
    /// revocations) like [`AppState::write`], then publishes the next security snapshot, read
    /// after the commit. Work that changed no row keeps the snapshot (and its generation).
    pub async fn write_security<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let _writing = self.shared.writer.lock().await;
        let (result, records) = self.write_and_reread(work, Store::security_records).await?;
        if let Some(records) = records {
            let generation = self.security().generation() + 1;
            let snapshot = SecuritySnapshot::new(records, generation);
            replace(&self.shared.security, Arc::new(snapshot));
        }
        Ok(result)
    }

    /// Runs `work` off the async threads and, when it changed rows, `reread` after it (the
    /// caller holds the writer lock).
    async fn write_and_reread<T, R, F, G>(
        &self,
        work: F,
        reread: G,
    ) -> Result<(T, Option<R>), ApiError>
    where
        F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
        G: FnOnce(&Store) -> Result<R, StoreError> + Send + 'static,
        T: Send + 'static,
        R: Send + 'static,
    {
        let store = Arc::clone(&self.shared.store);
        off_thread(move || {
            let changes_before = store.total_changes();
            let result = work(&store)?;
            if store.total_changes() == changes_before {
                return Ok((result, None));
            }
            let reread = reread(&store).map_err(ApiError::internal)?;
            Ok((result, Some(reread)))
        })
        .await
    }

    /// Runs blocking store work on the blocking thread pool; store failures become 500s.
    pub async fn store<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let store = Arc::clone(&self.shared.store);
        off_thread(move || work(&store).map_err(ApiError::internal)).await
    }

    /// Every agent, with the fleet's aggregates.
    pub fn fleet(&self) -> Arc<Fleet> {
        Arc::clone(&read(&self.shared.fleet))
    }

    /// Every agent as the API shows it, for tests.
    #[cfg(test)]
    pub fn agents_json(&self) -> Vec<Value> {
        self.fleet()
            .iter()
            .map(crate::server::fleet::Agent::json)
            .collect()
    }

    /// Every group, as `GET /groups` shows them.
    pub fn groups(&self) -> Arc<Groups> {
        Arc::clone(&read(&self.shared.groups))
    }

    /// The security records in force (users, roles, policies, revocations).
    pub fn security(&self) -> Arc<SecuritySnapshot> {
        Arc::clone(&read(&self.shared.security))
    }

    /// The security configuration in force (with the start-up lifetime override applied).
    pub fn security_config(&self) -> SecurityConfig {
        read(&self.shared.config).clone()
    }

    /// Replaces the security configuration in force (after the store has saved it).
    pub fn set_security_config(&self, config: SecurityConfig) {
        *self
            .shared
            .config
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = config;
    }

    /// The current token authority (keys and verified-token cache).
    pub fn authority(&self) -> Arc<TokenAuthority> {
        Arc::clone(&read(&self.shared.authority))
    }

    /// Revokes every token: a new key pair (saved to the data dir) and an empty cache.
    pub async fn rotate_keys(&self) -> Result<(), ApiError> {
        let dir = self.shared.data_dir.clone();
        let keys = off_thread(move || Keys::regenerate(&dir).map_err(ApiError::internal)).await?;
        replace(&self.shared.authority, Arc::new(TokenAuthority::new(keys)));
        Ok(())
    }

    /// The data directory (JWT keys, shared group files).
    pub fn data_dir(&self) -> &Path {
        &self.shared.data_dir
    }

    /// The host name `GET /` reports.
    pub fn hostname(&self) -> &str {
        &self.shared.hostname
    }

    /// The API configuration the server started with.
    pub fn api_config(&self) -> &ApiConfig {
        &self.shared.api_config
    }

    /// The request and login limits.
    pub fn limits(&self) -> &Limits {
        &self.shared.limits
    }

    /// The ruleset: rules, decoders, lists, their files, groups and requirements.
    pub fn ruleset(&self) -> Arc<Ruleset> {
        Arc::clone(&read(&self.shared.ruleset))
    }

    /// Runs a change of the ruleset's files (one write at a time, off the async threads)
    /// with the data dir and the ruleset in force, then reloads the ruleset from the data dir
    /// so reads see the change at once. A refused change (`Err`) writes and reloads nothing.
    pub async fn write_ruleset<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Path, &Ruleset) -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let _writing = self.shared.writer.lock().await;
        let dir = self.shared.data_dir.clone();
        let current = self.ruleset();
        let (result, reloaded) = off_thread(move || {
            let result = work(&dir, &current)?;
            let reloaded = Ruleset::load(&dir).map_err(ApiError::internal)?;
            Ok((result, reloaded))
        })
        .await?;
        replace(&self.shared.ruleset, Arc::new(reloaded));
        Ok(result)
    }

    /// Restarts nodes: those whose configuration is valid (and all only when the ruleset
    /// loads) log their restart and the ruleset is read again from the data dir; the others
    /// keep running as they were. The names restarted, and the others' failures (1908).
    pub async fn restart(&self, nodes: Vec<Node>) -> (Vec<Value>, Failures) {
        let names: Vec<&'static str> = nodes.iter().map(Node::name).collect();
        let dir = self.shared.data_dir.clone();
        let check = off_thread(move || {
            let checked = node::check_restart(&nodes, &dir);
            Ok(checked.map(|(results, rules)| (nodes, results, rules)))
        });
        let mut failures = Failures::default();
        let (nodes, results, rules) = match check.await.and_then(|checked| checked) {
            Ok(checked) => checked,
            Err(err) => {
                for name in names {
                    failures.add(name, &err);
                }
                return (Vec::new(), failures);
            }
        };
        let mut restarting = Vec::new();
        for (node, (name, result)) in nodes.into_iter().zip(results) {
            match result {
                Ok(()) => restarting.push(node),
                Err(err) => failures.add(name, &err),
            }
        }
        if restarting.is_empty() {
            return (Vec::new(), failures);
        }
        let restarted: Vec<Value> = restarting
            .iter()
            .map(|node| Value::from(node.name()))
            .collect();
        let reloaded = self
            .write_ruleset(move |_, _| {
                restarting.iter().for_each(|node| node.log_restart(rules));
                Ok(())
            })
            .await;
        match reloaded {
            Ok(()) => (restarted, failures),
            Err(err) => {
                for name in restarted {
                    failures.add(name, &err);
                }
                (Vec::new(), failures)
            }
        }
    }

    /// The open logtest sessions.
    pub fn logtest(&self) -> &Sessions {
        &self.shared.logtest
    }

    /// The manager's analysis of the events it receives.
    pub fn analysisd(&self) -> &Arc<Analysisd> {
        &self.shared.analysisd
    }

    /// The statistics of the node the API runs on: counters and per-hour totals.
    pub fn stats(&self) -> &Arc<Stats> {
        &self.shared.stats[0].1
    }

    /// The statistics of one node of the cluster.
    pub fn stats_of(&self, node: &Node) -> &Arc<Stats> {
        let found = self
            .shared
            .stats
            .iter()
            .find(|(name, _)| *name == node.name());
        found.map_or_else(|| self.stats(), |(_, stats)| stats)
    }

    /// When the state was built (the server start).
    pub fn started(&self) -> DateTime<Utc> {
        self.shared.started
    }
}

/// The groups snapshot: the store's rows, and each group as `GET /groups` shows it (its member
/// count from the fleet), by name.
#[derive(Debug)]
pub struct Groups {
    rows: Vec<GroupRow>,
    json: Vec<Value>,
}

impl Groups {
    fn new(rows: Vec<GroupRow>, fleet: &Fleet) -> Groups {
        let json = rows
            .iter()
            .map(|row| row.json(fleet.members(&row.name)))
            .collect();
        Groups { rows, json }
    }

    /// Every group as `GET /groups` shows it, by name.
    pub fn json(&self) -> &[Value] {
        &self.json
    }
}

/// Runs CPU-heavy or blocking work on the blocking thread pool.
pub async fn off_thread<T, F>(work: F) -> Result<T, ApiError>
where
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .map_err(ApiError::internal)?
}

/// Reads a lock that a panicking writer cannot leave half-written (writers only swap values).
fn read<T>(lock: &RwLock<T>) -> std::sync::RwLockReadGuard<'_, T> {
    lock.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Swaps a snapshot for a new one; readers holding the old `Arc` keep it until done.
fn replace<T>(snapshot: &RwLock<Arc<T>>, new: Arc<T>) {
    let mut current = snapshot
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let old = std::mem::replace(&mut *current, new);
    drop(current);
    drop(old);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(store: Store, dir: &Path) -> AppState {
        let options = StateOptions {
            data_dir: dir.to_path_buf(),
            hostname: "test-host".into(),
            token_lifetime: None,
            api_config: ApiConfig::default(),
            ruleset: Arc::default(),
        };
        AppState::new(store, options).unwrap()
    }

    #[tokio::test]
    async fn a_write_that_changes_nothing_keeps_the_snapshots() {
        let (dir, store) = Store::demo_for_test();
        let state = state(store, dir.path());
        let before = state.fleet();
        state.write(|_| Ok(())).await.unwrap();
        assert!(Arc::ptr_eq(&before, &state.fleet()));
        state
            .write(|store| store.delete_agents(&[1]).map_err(ApiError::internal))
            .await
            .unwrap();
        assert_eq!(state.fleet().len(), before.len() - 1);
    }

    #[tokio::test]
    async fn a_security_write_publishes_the_next_generation_after_commit() {
        let (dir, store) = Store::demo_for_test();
        let state = state(store, dir.path());
        assert_eq!(state.security().generation(), 0);
        state.write_security(|_| Ok(())).await.unwrap();
        assert_eq!(state.security().generation(), 0, "nothing changed");
        state
            .write_security(|store| {
                store
                    .revoke_user_tokens(1, 1_800_000_000)
                    .map_err(ApiError::internal)
            })
            .await
            .unwrap();
        let snapshot = state.security();
        assert_eq!(snapshot.generation(), 1);
        assert_eq!(
            snapshot.records().user_revoked.get(&1),
            Some(&1_800_000_000)
        );
        assert_eq!(snapshot.user("wazuh").unwrap().roles, [1]);
    }
}
