//! Reads agents, groups and cluster nodes, shaped as the API shows them.

use super::{Store, StoreError};
use chrono::{DateTime, SecondsFormat};
use rusqlite::Row;
use serde_json::{Map, Value};

/// Every agent row, then its comma-joined group names in link order (`agent_json` reads the
/// columns by index).
const AGENTS_QUERY: &str = "
    SELECT id, name, ip, register_ip, status, status_code, os_arch, os_build, os_codename,
           os_major, os_minor, os_name, os_platform, os_uname, os_version, version, manager,
           node_name, date_add, last_keep_alive, disconnection_time, merged_sum, config_sum,
           group_config_status,
           (SELECT group_concat(m.group_name, ',' ORDER BY m.position)
            FROM agent_group_members m WHERE m.agent_id = agents.id)
    FROM agents ORDER BY id";

/// The `os.*` keys, in the order of the columns `os_arch..os_version` (index 6..=14).
const OS_KEYS: [&str; 9] = [
    "arch", "build", "codename", "major", "minor", "name", "platform", "uname", "version",
];

impl Store {
    /// Every agent as `GET /agents` shows it (all fields), sorted by id.
    pub fn agents(&self) -> Result<Vec<Value>, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare(AGENTS_QUERY)?;
        let agents = query
            .query_map([], agent_json)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(agents)
    }

    /// Every group as `GET /groups` shows it (`name`, `count`, `mergedSum`, `configSum`), sorted by name.
    pub fn groups(&self) -> Result<Vec<Value>, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare(
            "SELECT g.name,
                    (SELECT COUNT(*) FROM agent_group_members m WHERE m.group_name = g.name),
                    g.merged_sum, g.config_sum
             FROM agent_groups g ORDER BY g.name",
        )?;
        let groups = query
            .query_map([], |row| {
                let mut group = Map::new();
                group.insert("name".into(), Value::String(row.get(0)?));
                group.insert("count".into(), Value::from(row.get::<_, i64>(1)?));
                insert_text(&mut group, "mergedSum", row.get(2)?);
                insert_text(&mut group, "configSum", row.get(3)?);
                Ok(Value::Object(group))
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

/// One row of `AGENTS_QUERY` as the API's agent object, in the API's key order, without null
/// fields.
fn agent_json(row: &Row) -> rusqlite::Result<Value> {
    let mut agent = Map::with_capacity(18);
    let mut os = Map::with_capacity(OS_KEYS.len());
    for (offset, key) in OS_KEYS.iter().enumerate() {
        insert_text(&mut os, key, row.get(6 + offset)?);
    }
    if !os.is_empty() {
        agent.insert("os".into(), Value::Object(os));
    }
    insert_date(&mut agent, "lastKeepAlive", row.get(19)?);
    insert_date(&mut agent, "disconnection_time", row.get(20)?);
    agent.insert("id".into(), Value::String(agent_id(row.get(0)?)));
    insert_date(&mut agent, "dateAdd", row.get(18)?);
    insert_text(&mut agent, "configSum", row.get(22)?);
    insert_text(&mut agent, "manager", row.get(16)?);
    if let Some(groups) = row.get::<_, Option<String>>(24)? {
        agent.insert("group".into(), Value::from_iter(groups.split(',')));
    }
    insert_text(&mut agent, "registerIP", row.get(3)?);
    insert_text(&mut agent, "ip", row.get(2)?);
    insert_text(&mut agent, "name", row.get(1)?);
    insert_text(&mut agent, "status", row.get(4)?);
    insert_text(&mut agent, "mergedSum", row.get(21)?);
    insert_text(&mut agent, "version", row.get(15)?);
    insert_text(&mut agent, "node_name", row.get(17)?);
    insert_text(&mut agent, "group_config_status", row.get(23)?);
    agent.insert("status_code".into(), Value::from(row.get::<_, i64>(5)?));
    Ok(Value::Object(agent))
}

/// An agent id as the API writes it: zero-padded to at least 3 digits.
pub fn agent_id(id: i64) -> String {
    format!("{id:03}")
}

/// A unix time as the API writes dates: ISO 8601 in UTC with `+00:00`.
pub fn iso_date(secs: i64) -> Option<String> {
    DateTime::from_timestamp(secs, 0).map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, false))
}

fn insert_text(map: &mut Map<String, Value>, key: &str, value: Option<String>) {
    if let Some(value) = value {
        map.insert(key.into(), Value::String(value));
    }
}

fn insert_date(map: &mut Map<String, Value>, key: &str, secs: Option<i64>) {
    if let Some(date) = secs.and_then(iso_date) {
        map.insert(key.into(), Value::String(date));
    }
}
