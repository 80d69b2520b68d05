//! `DELETE /agents`, with its mandatory safety filters (`agents_list`, `status`,
//! `older_than`). Writes go through `AppState::write` (one SQLite transaction).

use super::common::*;
use crate::api::agents::{AgentFilters, DeleteAgents, DeleteAgentsQuery};
use crate::api::codes::AGENT_NOT_FOUND;
use crate::api::codes::MANAGER_AGENT;
use crate::api::params::split_list;
use crate::api::AgentId;
use crate::server::bulk::{id_order, Failures};
use crate::server::error::ApiError;
use crate::server::extract::missing;
use crate::server::extract::{check_one_of, WazuhQuery};
pub use crate::server::fleet::AGENTS;
use crate::server::fleet::{Agent, Fleet};
use crate::server::node::Node;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::wql;
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use chrono::{DateTime, Utc};
use serde_json::Value;

/// The messages of `DELETE /agents`.
const DELETE_MESSAGES: Messages = Messages {
    all: "All selected agents were deleted",
    some: "Some agents were not deleted",
    none: "No agents were deleted",
};

/// The values of the `status` filter of `DELETE /agents`.
const DELETE_STATUSES: &[&str] = &[ALL, "active", "pending", "never_connected", "disconnected"];

/// The keyword selecting every agent (or every status) in `DELETE /agents`.
const ALL: &str = "all";

/// `older_than` of `DELETE /agents` when the request gives none.
const DEFAULT_OLDER_THAN: &str = "7d";

/// `DELETE /agents`: deletes the named agents (or `all`) that pass the filters. `agents_list`
/// and `status` are mandatory, `older_than` defaults to `7d`, the manager is refused (1703).
/// `purge` is accepted; deletion always removes the key too.
pub async fn delete(
    State(state): State<AppState>,
    guard: Guarded<DeleteAgents>,
    query: WazuhQuery<DeleteAgents>,
) -> Result<Response, ApiError> {
    let pretty = query.pretty();
    let mut plan = DeletePlan::from_query(query.query)?;
    let permitted = guard.agents();
    let mut refused = Failures::default();
    if let Some(named) = plan.named.take() {
        plan.named = Some(permitted.split(named, &mut refused)?);
    }
    let older_than = plan.older_than.clone();
    let current = state.clone();
    let log = Node::local(state.data_dir()).log();
    let (deleted, failures) = state
        .write(move |store| {
            let (ids, mut failures) = plan.select(&current.fleet(), Utc::now());
            let ids = permitted.retain(ids);
            failures.merge(refused);
            let numbers: Vec<i64> = ids.iter().filter_map(|id| id.parse().ok()).collect();
            store.delete_agents(&numbers).map_err(ApiError::internal)?;
            for id in &ids {
                log.info(
                    "wazuh-authd",
                    &format!("Agent '{id}' removed (requested by the API)"),
                );
            }
            Ok((ids, failures))
        })
        .await?;
    let total = deleted.len() as u64;
    let affected = deleted.into_iter().map(Value::String).collect();
    let envelope = list::envelope(affected, total, failures.into_groups(), &DELETE_MESSAGES);
    let mut body = serde_json::to_value(&envelope).map_err(ApiError::internal)?;
    body["data"]["older_than"] = Value::String(older_than);
    Ok(respond::ok(&body, pretty))
}

/// What `DELETE /agents` deletes: the named agents (or all but the manager) that pass the
/// filters and the WQL query.
struct DeletePlan {
    named: Option<Vec<String>>,
    filter: AgentFilter,
    query: Option<wql::Query>,
    older_than: String,
}

impl DeletePlan {
    /// Validates the query: mandatory `agents_list` and `status`, `all` for either.
    fn from_query(query: DeleteAgentsQuery) -> Result<DeletePlan, ApiError> {
        let agents_list = query.agents_list.ok_or_else(|| missing("agents_list"))?;
        let status = query.status.ok_or_else(|| missing("status"))?;
        let statuses = split_list(&status);
        for status in &statuses {
            check_one_of("status", status, DELETE_STATUSES)?;
        }
        let older_than = query
            .older_than
            .unwrap_or_else(|| DEFAULT_OLDER_THAN.to_string());
        let filters = AgentFilters {
            status: (!statuses.iter().any(|s| s == ALL)).then_some(status),
            older_than: Some(older_than.clone()),
            attributes: query.attributes,
            ..AgentFilters::default()
        };
        let filter = AgentFilter::from_filters(&filters)?;
        let named =
            (!split_list(&agents_list).iter().any(|id| id == ALL)).then(|| agent_ids(&agents_list));
        let query = query
            .q
            .filter(|q| !q.is_empty())
            .map(|q| wql::parse(&q, &AGENTS, Utc::now()))
            .transpose()?;
        Ok(DeletePlan {
            named,
            filter,
            query,
            older_than,
        })
    }

    /// The ids to delete (sorted), and the named ids that cannot be: the manager (1703) and
    /// unknown ones (1701). Named agents that do not pass the filters are left alone.
    fn select(&self, fleet: &Fleet, now: DateTime<Utc>) -> (Vec<String>, Failures) {
        let mut failures = Failures::default();
        let candidates: Vec<&Agent> = match &self.named {
            None => fleet.iter().filter(|agent| !agent.is_manager()).collect(),
            Some(ids) => ids
                .iter()
                .filter_map(|id| {
                    if AgentId::names_manager(id) {
                        failures.add(id.clone(), &ApiError::code(MANAGER_AGENT));
                        return None;
                    }
                    let found = fleet.find(id);
                    if found.is_none() {
                        failures.add(id.clone(), &ApiError::code(AGENT_NOT_FOUND));
                    }
                    found
                })
                .collect(),
        };
        let mut ids: Vec<String> = candidates
            .into_iter()
            .filter(|agent| self.filter.matches(agent, now))
            .filter(|agent| self.query.as_ref().is_none_or(|q| q.matches(*agent)))
            .map(|agent| agent.id_text.to_string())
            .collect();
        ids.sort_by(|a, b| id_order(a, b));
        ids.dedup();
        (ids, failures)
    }
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(DeleteAgents, delete))
}
