//! Reads agents (as the fleet's typed [`Agent`]s, every agent or only those a write changed),
//! groups and cluster nodes.

use super::{Store, StoreError};
use crate::api::AgentId;
use crate::server::collection::iso_date;
use crate::server::fleet::{Agent, Interner, Os};
use rusqlite::Row;
use serde_json::{Map, Value};

/// Every column of an agent, then its comma-joined group names in link order (`agent_of`
/// reads the columns by index); a `WHERE` clause follows.
const AGENTS_QUERY: &str = "
    SELECT id, name, ip, register_ip, status, status_code, os_arch, os_build, os_codename,
           os_major, os_minor, os_name, os_platform, os_uname, os_version, version, manager,
           node_name, date_add, last_keep_alive, disconnection_time, merged_sum, config_sum,
           group_config_status,
           (SELECT group_concat(m.group_name, ',' ORDER BY m.position)
            FROM agent_group_members m WHERE m.agent_id = agents.id)
    FROM agents";

/// A group as the store keeps it; its member count is the fleet's.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupRow {
    /// The group name.
    pub name: String,
    /// `mergedSum`.
    pub merged_sum: Option<String>,
    /// `configSum`.
    pub config_sum: Option<String>,
}

impl GroupRow {
    /// The group as `GET /groups` shows it, with its member count.
    pub fn json(&self, count: u64) -> Value {
        let mut group = Map::new();
        group.insert("name".into(), Value::from(self.name.as_str()));
        group.insert("count".into(), Value::from(count));
        insert_text(&mut group, "mergedSum", self.merged_sum.clone());
        insert_text(&mut group, "configSum", self.config_sum.clone());
        Value::Object(group)
    }
}

impl Store {
    /// Every agent, sorted by id.
    pub fn agents(&self) -> Result<Vec<Agent>, StoreError> {
        self.agents_where("ORDER BY id")
    }

    /// Every agent as the API shows it, sorted by id, for tests.
    #[cfg(test)]
    pub fn agents_json(&self) -> Result<Vec<Value>, StoreError> {
        Ok(self.agents()?.iter().map(Agent::json).collect())
    }

    /// Every group as `GET /groups` shows it (member counts from the fleet), for tests.
    #[cfg(test)]
    pub fn groups_json(&self) -> Result<Vec<Value>, StoreError> {
        let fleet = crate::server::fleet::Fleet::new(self.agents()?);
        let groups = self.groups()?;
        Ok(groups
            .iter()
            .map(|g| g.json(fleet.members(&g.name)))
            .collect())
    }

    /// The agents whose rows the writes since the last call changed (see
    /// [`Store::take_changes`]), sorted by id; deleted ones are simply absent.
    pub fn changed_agents(&self) -> Result<Vec<Agent>, StoreError> {
        self.agents_where("WHERE id IN (SELECT id FROM temp.changed_agents) ORDER BY id")
    }

    fn agents_where(&self, clause: &str) -> Result<Vec<Agent>, StoreError> {
        let conn = self.conn();
        let mut interner = self.interner();
        let mut query = conn.prepare(&format!("{AGENTS_QUERY} {clause}"))?;
        let agents = query
            .query_map([], |row| agent_of(row, &mut interner))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(agents)
    }

    /// Every group (without member counts), sorted by name.
    pub fn groups(&self) -> Result<Vec<GroupRow>, StoreError> {
        let conn = self.conn();
        let mut query =
            conn.prepare("SELECT name, merged_sum, config_sum FROM agent_groups ORDER BY name")?;
        let groups = query
            .query_map([], |row| {
                Ok(GroupRow {
                    name: row.get(0)?,
                    merged_sum: row.get(1)?,
                    config_sum: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(groups)
    }

    /// Every cluster node as `{"name", "type", "ip"}`, the master first, then by name.
    pub fn cluster_nodes(&self) -> Result<Vec<Value>, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare(
            "SELECT name, node_type, ip FROM cluster_nodes
             ORDER BY node_type <> 'master', name",
        )?;
        let nodes = query
            .query_map([], |row| {
                let mut node = Map::new();
                node.insert("name".into(), Value::String(row.get(0)?));
                node.insert("type".into(), Value::String(row.get(1)?));
                node.insert("ip".into(), Value::String(row.get(2)?));
                Ok(Value::Object(node))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(nodes)
    }
}

/// One row of `AGENTS_QUERY` as a typed agent, its repeated texts interned.
fn agent_of(row: &Row, names: &mut Interner) -> rusqlite::Result<Agent> {
    let text = |index: usize, names: &mut Interner| -> rusqlite::Result<Option<_>> {
        Ok(names.maybe(row.get::<_, Option<String>>(index)?.as_deref()))
    };
    let os = Os {
        arch: text(6, names)?,
        build: text(7, names)?,
        codename: text(8, names)?,
        major: text(9, names)?,
        minor: text(10, names)?,
        name: text(11, names)?,
        platform: text(12, names)?,
        uname: row.get::<_, Option<String>>(13)?.map(Box::from),
        version: text(14, names)?,
    };
    let date = |index: usize| -> rusqlite::Result<Option<i64>> {
        Ok(row
            .get::<_, Option<i64>>(index)?
            .filter(|secs| iso_date(*secs).is_some()))
    };
    let groups: Option<String> = row.get(24)?;
    let id: i64 = row.get(0)?;
    Ok(Agent {
        id: u32::try_from(id).unwrap_or(u32::MAX),
        id_text: agent_id(id).into(),
        name: row.get::<_, String>(1)?.into(),
        ip: row.get::<_, Option<String>>(2)?.map(Box::from),
        register_ip: names.name(&row.get::<_, String>(3)?),
        status: names.name(&row.get::<_, String>(4)?),
        status_code: row.get(5)?,
        os: (os != Os::default()).then_some(os),
        version: text(15, names)?,
        manager: text(16, names)?,
        node_name: names.name(&row.get::<_, String>(17)?),
        date_add: date(18)?,
        last_keep_alive: date(19)?,
        disconnection_time: date(20)?,
        merged_sum: text(21, names)?,
        config_sum: text(22, names)?,
        group_config_status: names.name(&row.get::<_, String>(23)?),
        groups: groups.map(|list| list.split(',').map(|group| names.name(group)).collect()),
    })
}

/// An agent id as the API writes it: zero-padded to at least 3 digits.
pub fn agent_id(id: i64) -> String {
    AgentId(id).to_string()
}

fn insert_text(map: &mut Map<String, Value>, key: &str, value: Option<String>) {
    if let Some(value) = value {
        map.insert(key.into(), Value::String(value));
    }
}
