//! Overview handlers (spec tag `Overview`): `GET /overview/agents`, the dashboard summary.

use super::agents::common::status_json;
use super::op;
use crate::api::overview::OverviewAgents;
use crate::server::collection::Record;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::fleet::{Agent, StatusCounts};
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// `GET /overview/agents`.
pub async fn agents(
    State(state): State<AppState>,
    guard: Guarded<OverviewAgents>,
    query: WazuhQuery<OverviewAgents>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    let groups = state.groups();
    off_thread(move || {
        let (permitted_agents, permitted_groups) = (guard.agents(), guard.groups());
        let groups: Vec<Value> = permitted_groups
            .filter(groups.json(), "name")
            .cloned()
            .collect();
        let agents = permitted_agents.filter_agents(&fleet);
        let body = json!({ "data": overview(agents, groups), "error": 0 });
        Ok(respond::ok(&body, query.pretty()))
    })
    .await
}

fn overview<'a>(agents: impl IntoIterator<Item = &'a Agent>, groups: Vec<Value>) -> Value {
    let mut tally = Tally::default();
    agents.into_iter().for_each(|agent| tally.add(agent));
    json!({
        "nodes": tally.nodes.rows(),
        "groups": groups,
        "agent_os": tally.os.rows(),
        "agent_status": status_json(&tally.status),
        "agent_version": tally.versions.rows(),
        "last_registered_agent": tally.last_registered.map(|(_, agent)| agent.json()).into_iter().collect::<Vec<_>>(),
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
    last_registered: Option<(i64, &'a Agent)>,
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
    fn add(&mut self, agent: &'a Agent) {
        self.nodes.add(agent);
        self.os.add(agent);
        self.versions.add(agent);
        self.status.add(agent, 1);
        if let Some(added) = registered_at(agent) {
            // The last of equal dates wins.
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
fn registered_at(agent: &Agent) -> Option<i64> {
    agent.date_add.filter(|_| agent.id != 0)
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

    fn add(&mut self, agent: &'a Agent) {
        let key = self
            .fields
            .map(|field| agent.cell(field).and_then(|cell| cell.as_str()));
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

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(OverviewAgents, agents))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::fleet::Os;

    /// The distinct combinations of the fields with how many agents have each (`Distinct` over a
    /// list).
    fn count_distinct<const N: usize>(agents: &[Agent], fields: &[&'static str; N]) -> Vec<Value> {
        let mut distinct = Distinct::new(*fields);
        agents.iter().for_each(|agent| distinct.add(agent));
        distinct.rows()
    }

    /// The most recently registered agent (not the manager), as a one-element list.
    fn last_registered(agents: &[Agent]) -> Vec<Value> {
        let mut tally = Tally::default();
        agents.iter().for_each(|agent| tally.add(agent));
        tally
            .last_registered
            .map(|(_, agent)| agent.json())
            .into_iter()
            .collect()
    }

    fn agents() -> Vec<Agent> {
        let ubuntu = || {
            Some(Os {
                name: Some("Ubuntu".into()),
                platform: Some("ubuntu".into()),
                version: Some("22.04".into()),
                ..Os::default()
            })
        };
        let mut manager = Agent::sample(0, &[]);
        (manager.node_name, manager.date_add, manager.os) = ("master".into(), Some(300), ubuntu());
        let mut first = Agent::sample(1, &[]);
        (first.node_name, first.date_add, first.os) = ("worker1".into(), Some(100), ubuntu());
        let mut second = Agent::sample(2, &[]);
        (second.node_name, second.date_add, second.version) = ("worker1".into(), Some(200), None);
        manager.version = None;
        vec![manager, first, second]
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
