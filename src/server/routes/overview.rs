//! Overview handlers (spec tag `Overview`): `GET /overview/agents`, the dashboard summary.

use super::agents::status_summary;
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
        let agents: Vec<Value> = permitted_agents
            .filter(agents.iter(), "id")
            .cloned()
            .collect();
        let groups: Vec<Value> = permitted_groups
            .filter(groups.iter(), "name")
            .cloned()
            .collect();
        let body = json!({ "data": overview(&agents, &groups), "error": 0 });
        Ok(respond::ok(&body, query.pretty()))
    })
    .await
}

fn overview(agents: &[Value], groups: &[Value]) -> Value {
    json!({
        "nodes": count_distinct(agents, &["node_name"]),
        "groups": groups,
        "agent_os": count_distinct(agents, &["os.name", "os.platform", "os.version"]),
        "agent_status": status_summary(agents),
        "agent_version": count_distinct(agents, &["version"]),
        "last_registered_agent": last_registered(agents),
    })
}

/// The distinct combinations of the (dotted, text) fields with how many agents have each,
/// ordered by value; agents with none of the fields are left out.
fn count_distinct(agents: &[Value], fields: &[&str]) -> Vec<Value> {
    let mut counts: BTreeMap<Vec<Option<&str>>, u64> = BTreeMap::new();
    for agent in agents {
        let key: Vec<Option<&str>> = fields
            .iter()
            .map(|field| field_value(agent, field).and_then(Value::as_str))
            .collect();
        if key.iter().any(Option::is_some) {
            *counts.entry(key).or_insert(0) += 1;
        }
    }
    counts
        .into_iter()
        .map(|(key, count)| {
            let mut row = Map::new();
            for (field, value) in fields.iter().zip(key) {
                if let Some(value) = value {
                    insert_dotted(&mut row, field, Value::from(value));
                }
            }
            row.insert("count".to_string(), json!(count));
            Value::Object(row)
        })
        .collect()
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

/// The most recently registered agent (not the manager), as a one-element list. The store
/// writes every date as UTC ISO 8601 in one format, so dates order as text.
fn last_registered(agents: &[Value]) -> Vec<Value> {
    agents
        .iter()
        .filter(|agent| agent.get("id").and_then(Value::as_str) != Some("000"))
        .filter_map(|agent| Some((agent.get("dateAdd")?.as_str()?, agent)))
        .max_by_key(|(added, _)| *added)
        .map(|(_, agent)| agent.clone())
        .into_iter()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
