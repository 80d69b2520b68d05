//! Agent registration writes: registering an agent (allocated or explicit id, duplicate checks,
//! forced replacement of an old agent), reading an agent's key material, and deleting agents.
//! Each call is one SQLite transaction: a refused or failed registration writes nothing.

use super::{Store, StoreError};
use crate::api::AgentId;
use rusqlite::{params, OptionalExtension, Transaction};

/// The registration's duplicate checks as SQL: the agents holding the new agent's id, name
/// or (unless `any`) registration IP.
const CONFLICTS: &str =
    "SELECT id, name, register_ip, status, date_add, COALESCE(disconnection_time, last_keep_alive)
     FROM agents
     WHERE id = ?1 OR name = ?2 OR (register_ip = ?3 AND lower(?3) <> ?4 AND id <> ?5)";

/// The manager's own agent id: never replaced, never deleted.
/// The group every new agent joins, as Wazuh's authd does; it cannot be deleted.
pub const DEFAULT_GROUP: &str = "default";
/// The IP value that never conflicts with another agent's.
const ANY_IP: &str = "any";

/// An agent to register.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAgent {
    /// The id to use; the next free id above the highest when `None`.
    pub id: Option<i64>,
    /// The (validated) name.
    pub name: String,
    /// The registration IP, or `any`.
    pub ip: String,
    /// The 64-character secret of its key.
    pub secret: String,
    /// Registration time (unix seconds).
    pub registered_at: i64,
    /// Replace conflicting agents that meet these conditions instead of refusing.
    pub force: Option<Force>,
}

/// When an old agent with the same id, name or IP may be replaced.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Force {
    /// The old agent must have been registered at least this many seconds ago.
    pub after_registration: i64,
    /// When set, the old agent must not be connected, and a disconnected one must have been
    /// disconnected for at least this many seconds.
    pub disconnected_for: Option<i64>,
}

/// Why a registration was refused: what the new agent shares with an existing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// Same id.
    Id,
    /// Same name.
    Name,
    /// Same registration IP.
    Ip,
}

/// What an agent's key is made of: `"<id> <name> <ip> <secret>"`.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMaterial {
    /// Agent id.
    pub id: i64,
    /// Agent name.
    pub name: String,
    /// Registration IP (or `any`).
    pub ip: String,
    /// The 64-character secret.
    pub secret: String,
}

/// An existing agent that conflicts with a registration.
struct Existing {
    id: i64,
    conflict: Conflict,
    status: String,
    registered_at: i64,
    disconnected_at: Option<i64>,
}

impl Existing {
    /// Whether `force` allows replacing this agent at `now`.
    fn replaceable(&self, force: &Force, now: i64) -> bool {
        let old_enough = self.registered_at <= now - force.after_registration;
        let disconnected_enough =
            force
                .disconnected_for
                .is_none_or(|seconds| match self.status.as_str() {
                    "never_connected" => true,
                    "disconnected" => self.disconnected_at.is_some_and(|at| at <= now - seconds),
                    _ => false,
                });
        self.id != AgentId::MANAGER.0 && old_enough && disconnected_enough
    }
}

impl Store {
    /// Registers an agent in group `default` (status `never_connected`, node `unknown`) and
    /// answers its id, or the conflict that refused it (nothing written).
    pub fn register_agent(&self, agent: &NewAgent) -> Result<Result<i64, Conflict>, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let existing = conflicts(&tx, agent)?;
        if let Some(refused) = existing.iter().find(|old| {
            agent
                .force
                .is_none_or(|force| !old.replaceable(&force, agent.registered_at))
        }) {
            return Ok(Err(refused.conflict));
        }
        for old in &existing {
            tx.execute("DELETE FROM agents WHERE id = ?1", [old.id])?;
        }
        let id = match agent.id {
            Some(id) => id,
            None => tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM agents", [], |row| {
                row.get(0)
            })?,
        };
        insert(&tx, id, agent)?;
        tx.commit()?;
        Ok(Ok(id))
    }

    /// The key material of an agent, if it exists.
    pub fn agent_key_material(&self, id: i64) -> Result<Option<KeyMaterial>, StoreError> {
        let conn = self.conn();
        let material = conn
            .query_row(
                "SELECT name, register_ip, agent_key FROM agents WHERE id = ?1",
                [id],
                |row| {
                    Ok(KeyMaterial {
                        id,
                        name: row.get(0)?,
                        ip: row.get(1)?,
                        secret: row.get(2)?,
                    })
                },
            )
            .optional()?;
        Ok(material)
    }

    /// Deletes the agents (and their group links) with these ids, all or none; the manager is
    /// never deleted. Answers how many were deleted.
    pub fn delete_agents(&self, ids: &[i64]) -> Result<usize, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let mut deleted = 0;
        {
            let mut delete = tx.prepare("DELETE FROM agents WHERE id = ?1 AND id <> ?2")?;
            for id in ids {
                deleted += delete.execute([*id, AgentId::MANAGER.0])?;
            }
        }
        tx.commit()?;
        Ok(deleted)
    }
}

/// Every existing agent sharing the new agent's id, name or (non-`any`) IP, ordered id
/// conflicts first, then name, then IP. The manager's IP is not an agent registration.
fn conflicts(tx: &Transaction, agent: &NewAgent) -> rusqlite::Result<Vec<Existing>> {
    let mut query = tx.prepare_cached(CONFLICTS)?;
    let rows = query.query_map(
        params![agent.id, agent.name, agent.ip, ANY_IP, AgentId::MANAGER.0],
        |row| {
            let id: i64 = row.get(0)?;
            let name: String = row.get(1)?;
            let conflict = if Some(id) == agent.id {
                Conflict::Id
            } else if name == agent.name {
                Conflict::Name
            } else {
                Conflict::Ip
            };
            Ok(Existing {
                id,
                conflict,
                status: row.get(3)?,
                registered_at: row.get(4)?,
                disconnected_at: row.get(5)?,
            })
        },
    )?;
    let mut existing = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    existing.sort_by_key(|old| old.conflict as u8);
    Ok(existing)
}

/// Schema version 7: the duplicate checks of a registration look agents up by IP through an
/// index (ids and names have theirs) instead of reading the whole table.
pub(super) fn v7_agent_lookups(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch("CREATE INDEX agents_by_register_ip ON agents (register_ip);")
}

/// Inserts the new agent row and its `default` group link (when that group exists).
fn insert(tx: &Transaction, id: i64, agent: &NewAgent) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO agents (id, name, ip, register_ip, status, status_code, node_name, date_add,
            group_config_status, agent_key)
         VALUES (?1, ?2, ?3, ?3, 'never_connected', 0, 'unknown', ?4, 'not synced', ?5)",
        params![id, agent.name, agent.ip, agent.registered_at, agent.secret],
    )?;
    tx.execute(
        "INSERT INTO agent_group_members (agent_id, group_name, position)
         SELECT ?1, name, 0 FROM agent_groups WHERE name = ?2",
        params![id, DEFAULT_GROUP],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::Seed;

    const NOW: i64 = 1_750_000_000;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let seed = Seed {
            agents: 12,
            now: chrono::DateTime::from_timestamp(NOW, 0).unwrap(),
        };
        let store = Store::open(&dir.path().join("wazuh.db"), &seed).unwrap();
        (dir, store)
    }

    fn new_agent(name: &str, ip: &str) -> NewAgent {
        NewAgent {
            id: None,
            name: name.into(),
            ip: ip.into(),
            secret: "a".repeat(64),
            registered_at: NOW,
            force: None,
        }
    }

    fn count(store: &Store) -> usize {
        store.agents_json().unwrap().len()
    }

    #[test]
    fn new_agents_take_the_next_id_above_the_highest_and_join_default() {
        let (_dir, store) = store();
        assert_eq!(
            store.register_agent(&new_agent("n1", "any")).unwrap(),
            Ok(13)
        );
        assert_eq!(
            store.register_agent(&new_agent("n2", "any")).unwrap(),
            Ok(14)
        );
        let agents = store.agents_json().unwrap();
        let added = agents.iter().find(|a| a["id"] == "014").unwrap();
        assert_eq!(added["status"], "never_connected");
        assert_eq!(added["node_name"], "unknown");
        assert_eq!(added["group"], serde_json::json!(["default"]));
        let material = store.agent_key_material(14).unwrap().unwrap();
        assert_eq!(
            (material.name.as_str(), material.ip.as_str()),
            ("n2", "any")
        );
    }

    #[test]
    fn duplicate_checks_read_indexes_not_the_table() {
        let (_dir, store) = store();
        let conn = store.conn();
        let mut plan = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {CONFLICTS}"))
            .unwrap();
        let steps: Vec<String> = plan
            .query_map(
                params![1, "n", "10.0.0.1", ANY_IP, AgentId::MANAGER.0],
                |row| row.get(3),
            )
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let plan = steps.join("; ");
        assert!(!plan.contains("SCAN"), "{plan}");
        assert!(plan.contains("agents_by_register_ip"), "{plan}");
    }

    #[test]
    fn conflicts_refuse_without_writing() {
        let (_dir, store) = store();
        let before = count(&store);
        let taken = store
            .agents_json()
            .unwrap()
            .iter()
            .filter_map(|a| a["registerIP"].as_str())
            .find(|ip| *ip != "any" && *ip != "127.0.0.1")
            .unwrap()
            .to_string();
        let name = store.register_agent(&new_agent("wazuh-agent1", "any"));
        assert_eq!(name.unwrap(), Err(Conflict::Name));
        let ip = store.register_agent(&new_agent("fresh", &taken));
        assert_eq!(ip.unwrap(), Err(Conflict::Ip));
        let mut same_id = new_agent("fresh", "any");
        same_id.id = Some(5);
        assert_eq!(store.register_agent(&same_id).unwrap(), Err(Conflict::Id));
        assert_eq!(count(&store), before);
    }

    #[test]
    fn force_replaces_an_old_agent_but_never_the_manager() {
        let (_dir, store) = store();
        let force = Force {
            after_registration: 0,
            disconnected_for: None,
        };
        let mut replacing = new_agent("wazuh-agent1", "any");
        replacing.id = Some(200);
        replacing.force = Some(force);
        assert_eq!(store.register_agent(&replacing).unwrap(), Ok(200));
        assert!(store.agent_key_material(1).unwrap().is_none());
        let mut manager = new_agent("other", "any");
        manager.id = Some(0);
        manager.force = Some(force);
        assert_eq!(store.register_agent(&manager).unwrap(), Err(Conflict::Id));
    }

    #[test]
    fn force_respects_the_registration_age() {
        let (_dir, store) = store();
        store
            .register_agent(&new_agent("young", "any"))
            .unwrap()
            .unwrap();
        let mut replacing = new_agent("young", "any");
        replacing.force = Some(Force {
            after_registration: 3_600,
            disconnected_for: None,
        });
        assert_eq!(
            store.register_agent(&replacing).unwrap(),
            Err(Conflict::Name)
        );
    }

    #[test]
    fn delete_removes_the_agents_but_never_the_manager() {
        let (_dir, store) = store();
        let before = count(&store);
        assert_eq!(store.delete_agents(&[0, 1, 2, 999]).unwrap(), 2);
        assert_eq!(count(&store), before - 2);
        assert!(store.agent_key_material(0).unwrap().is_some());
    }
}
