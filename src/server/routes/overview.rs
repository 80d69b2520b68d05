//! Overview handlers (spec tag `Overview`): `GET /overview/agents`, the dashboard summary.

use super::agents::StatusCounts;
use crate::api::overview::OverviewAgents;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::query::field_value;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use axum::extract::State;
use axum::response::Response;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// `GET /overview/agents`.
pub async fn agents(
    State(state): State<AppState>,
    guard: Guarded<OverviewAgents>,
    query: WazuhQuery<OverviewAgents>,
) -> Result<Response, ApiError> {
    let agents = state.agents();
    let groups = state.groups();
    off_thread(move || {
        let (permitted_agents, permitted_groups) = (guard.agents(), guard.groups());
        let groups: Vec<Value> = permitted_groups
            .filter(groups.iter(), "name")
            .cloned()
            .collect();
        let agents = permitted_agents.filter(agents.iter(), "id");
        let body = json!({ "data": overview(agents, groups), "error": 0 });
        Ok(respond::ok(&body, query.pretty()))
    })
    .await
}

fn overview<'a>(agents: impl IntoIterator<Item = &'a Value>, groups: Vec<Value>) -> Value {
    let mut tally = Tally::default();
    agents.into_iter().for_each(|agent| tally.add(agent));
    json!({
        "nodes": tally.nodes.rows(),
        "groups": groups,
        "agent_os": tally.os.rows(),
        "agent_status": tally.status.to_json(),
        "agent_version": tally.versions.rows(),
        "last_registered_agent": tally.last_registered.map(|(_, agent)| agent.clone()).into_iter().collect::<Vec<_>>(),
    })
}

/// The agent side of the overview, added up in one pass (allocating only for a new distinct
/// value).
struct Tally<'a> {
    nodes: Distinct<'a, 1>,
    os: Distinct<'a, 3>,
    versions: Distinct<'a, 1>,
    status: StatusCounts,
    /// The latest `dateAdd` and its agent (the manager left out).
    last_registered: Option<(&'a str, &'a Value)>,
}

impl Default for Tally<'_> {
    fn default() -> Self {
        Tally {
            nodes: Distinct::new(["node_name"]),
            os: Distinct::new(["os.name", "os.platform", "os.version"]),
            versions: Distinct::new(["version"]),
            status: StatusCounts::default(),
            last_registered: None,
        }
    }
}

impl<'a> Tally<'a> {
    fn add(&mut self, agent: &'a Value) {
        self.nodes.add(agent);
        self.os.add(agent);
        self.versions.add(agent);
        self.status.add(agent);
        if let Some(added) = registered_at(agent) {
            // The store writes every date as UTC ISO 8601 in one format: they order as text;
            // the last of equal dates wins.
            if self
                .last_registered
                .is_none_or(|(latest, _)| added > latest)
            {
                self.last_registered = Some((added, agent));
            }
        }
    }
}

/// The registration date of an agent that is not the manager.
fn registered_at(agent: &Value) -> Option<&str> {
    if agent.get("id").and_then(Value::as_str) == Some("000") {
        return None;
    }
    agent.get("dateAdd")?.as_str()
}

/// How many agents have each combination of N (dotted, text) fields; agents with none of
/// the fields are left out.
struct Distinct<'a, const N: usize> {
    fields: [&'static str; N],
    counts: BTreeMap<[Option<&'a str>; N], u64>,
}

impl<'a, const N: usize> Distinct<'a, N> {
    fn new(fields: [&'static str; N]) -> Self {
        Distinct {
            fields,
            counts: BTreeMap::new(),
        }
    }

    fn add(&mut self, agent: &'a Value) {
        let key = self
            .fields
            .map(|field| field_value(agent, field).and_then(Value::as_str));
        if key.iter().any(Option::is_some) {
            *self.counts.entry(key).or_insert(0) += 1;
        }
    }

    /// The combinations ordered by value, each with its `count`.
    fn rows(&self) -> Vec<Value> {
        self.counts
            .iter()
            .map(|(key, count)| {
                let mut row = Map::new();
                for (field, value) in self.fields.iter().zip(key) {
                    if let Some(value) = value {
                        insert_dotted(&mut row, field, Value::from(*value));
                    }
                }
                row.insert("count".to_string(), json!(count));
                Value::Object(row)
            })
            .collect()
    }
}

fn insert_dotted(object: &mut Map<String, Value>, dotted: &str, value: Value) {
    match dotted.split_once('.') {
        None => {
            object.insert(dotted.to_string(), value);
        }
        Some((head, rest)) => {
            let child = object
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(child) = child {
                insert_dotted(child, rest, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The distinct combinations of the fields with how many agents have each (`Distinct` over a
    /// list).
    fn count_distinct<const N: usize>(agents: &[Value], fields: &[&'static str; N]) -> Vec<Value> {
        let mut distinct = Distinct::new(*fields);
        agents.iter().for_each(|agent| distinct.add(agent));
        distinct.rows()
    }

    /// The most recently registered agent (not the manager), as a one-element list.
    fn last_registered(agents: &[Value]) -> Vec<Value> {
        let mut tally = Tally::default();
        agents.iter().for_each(|agent| tally.add(agent));
        tally
            .last_registered
            .map(|(_, agent)| agent.clone())
            .into_iter()
            .collect()
    }

    fn agents() -> Vec<Value> {
        vec![
            json!({"id": "000", "node_name": "master", "dateAdd": "2025-03-01T00:00:00+00:00",
                   "os": {"name": "Ubuntu", "platform": "ubuntu", "version": "22.04"}}),
            json!({"id": "001", "node_name": "worker1", "dateAdd": "2025-01-01T00:00:00+00:00",
                   "os": {"name": "Ubuntu", "platform": "ubuntu", "version": "22.04"}, "version": "Wazuh v4.12.0"}),
            json!({"id": "002", "node_name": "worker1", "dateAdd": "2025-02-01T00:00:00+00:00"}),
        ]
    }

    #[test]
    fn distinct_rows_are_counted_with_nested_fields() {
        assert_eq!(
            count_distinct(&agents(), &["node_name"]),
            vec![
                json!({"node_name": "master", "count": 1}),
                json!({"node_name": "worker1", "count": 2})
            ]
        );
        assert_eq!(
            count_distinct(&agents(), &["os.name", "os.platform", "os.version"]),
            vec![
                json!({"os": {"name": "Ubuntu", "platform": "ubuntu", "version": "22.04"}, "count": 2})
            ]
        );
        assert_eq!(
            count_distinct(&agents(), &["version"]),
            vec![json!({"version": "Wazuh v4.12.0", "count": 1})]
        );
    }

    #[test]
    fn last_registered_skips_the_manager() {
        let last = last_registered(&agents());
        assert_eq!(last.len(), 1);
        assert_eq!(last[0]["id"], "002");
    }
}
