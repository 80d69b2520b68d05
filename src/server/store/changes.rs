//! What the writes changed, recorded by SQLite itself: temporary triggers (this connection
//! only, never in the file) note the id of every agent whose row or group membership is
//! inserted, updated or deleted, and whether any group changed. After a write the state reads
//! back only those agents to patch its fleet snapshot, so no write method has to report what
//! it touched, and none can forget to.

use super::agents::GroupRow;
use super::{Store, StoreError};
use crate::server::fleet::Agent;
use rusqlite::Connection;

/// The tables and triggers that record changes.
const TRACKING: &str = "
    CREATE TEMP TABLE IF NOT EXISTS changed_agents (id INTEGER PRIMARY KEY);
    CREATE TEMP TABLE IF NOT EXISTS changed_groups (changed INTEGER PRIMARY KEY);
    CREATE TEMP TRIGGER IF NOT EXISTS agent_added AFTER INSERT ON main.agents BEGIN
        INSERT OR IGNORE INTO changed_agents VALUES (NEW.id);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS agent_updated AFTER UPDATE ON main.agents BEGIN
        INSERT OR IGNORE INTO changed_agents VALUES (OLD.id);
        INSERT OR IGNORE INTO changed_agents VALUES (NEW.id);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS agent_deleted AFTER DELETE ON main.agents BEGIN
        INSERT OR IGNORE INTO changed_agents VALUES (OLD.id);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS member_added AFTER INSERT ON main.agent_group_members BEGIN
        INSERT OR IGNORE INTO changed_agents VALUES (NEW.agent_id);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS member_updated AFTER UPDATE ON main.agent_group_members
    BEGIN
        INSERT OR IGNORE INTO changed_agents VALUES (OLD.agent_id);
        INSERT OR IGNORE INTO changed_agents VALUES (NEW.agent_id);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS member_deleted AFTER DELETE ON main.agent_group_members
    BEGIN
        INSERT OR IGNORE INTO changed_agents VALUES (OLD.agent_id);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS group_added AFTER INSERT ON main.agent_groups BEGIN
        INSERT OR IGNORE INTO changed_groups VALUES (1);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS group_updated AFTER UPDATE ON main.agent_groups BEGIN
        INSERT OR IGNORE INTO changed_groups VALUES (1);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS group_deleted AFTER DELETE ON main.agent_groups BEGIN
        INSERT OR IGNORE INTO changed_groups VALUES (1);
    END;";

/// What the writes since the last [`Store::take_changes`] changed.
#[derive(Debug, Default)]
pub struct Changes {
    /// The ids of every agent changed, added or deleted.
    pub agent_ids: Vec<u32>,
    /// Those agents as they are now (deleted ones absent), by id.
    pub agents: Vec<Agent>,
    /// Every group, when a group was added, changed or deleted.
    pub groups: Option<Vec<GroupRow>>,
}

impl Changes {
    /// Whether nothing the snapshots show changed.
    pub fn is_empty(&self) -> bool {
        self.agent_ids.is_empty() && self.groups.is_none()
    }
}

/// Starts recording changes on this connection.
pub(super) fn track(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(TRACKING)
}

impl Store {
    /// The changes recorded since the last call, read back, and the record cleared.
    pub fn take_changes(&self) -> Result<Changes, StoreError> {
        let agent_ids = {
            let conn = self.conn();
            let mut query =
                conn.prepare_cached("SELECT id FROM temp.changed_agents ORDER BY id")?;
            let ids = query.query_map([], |row| row.get::<_, i64>(0))?;
            ids.map(|id| Ok(u32::try_from(id?).unwrap_or(u32::MAX)))
                .collect::<Result<Vec<u32>, StoreError>>()?
        };
        let groups_changed = self
            .conn()
            .prepare_cached("SELECT 1 FROM temp.changed_groups")?
            .exists([])?;
        let agents = if agent_ids.is_empty() {
            Vec::new()
        } else {
            self.changed_agents()?
        };
        let groups = groups_changed.then(|| self.groups()).transpose()?;
        self.conn()
            .execute_batch("DELETE FROM temp.changed_agents; DELETE FROM temp.changed_groups;")?;
        Ok(Changes {
            agent_ids,
            agents,
            groups,
        })
    }
}
