//! What the manager sends to agents through its queue, answered agent by agent: the steps
//! active responses, scans and restarts share (no handlers here). Only active agents take a
//! message (others fail with 1707, unknown ids with 1701); the lab records what was sent in
//! the store (`store::dispatches`).

use super::list::{self, Messages};
use crate::api::codes::Code;
use crate::api::codes::{AGENT_NOT_FOUND, MANAGER_AGENT, NOT_ACTIVE};
use crate::api::params::split_list;
use crate::api::AgentId;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::rbac::Scope;
use crate::server::respond;
use crate::server::state::AppState;
use crate::server::store::{agent_id, CommandOutcome, Dispatch};
use axum::response::Response;
use chrono::Utc;
use serde_json::Value;

/// The agent ids of an `agents_list`; entries that are not agent ids fail with 1701.
pub fn listed_ids(raw: Vec<String>, failures: &mut Failures) -> Vec<i64> {
    raw.into_iter()
        .filter_map(|raw| {
            let id = AgentId::parse(&raw).map(|id| id.0);
            if id.is_none() {
                failures.add(raw, &ApiError::code(AGENT_NOT_FOUND));
            }
            id
        })
        .collect()
}

/// The failed-item code of an outcome; `None` when the command was sent.
pub fn failure_code(outcome: CommandOutcome) -> Option<Code> {
    match outcome {
        CommandOutcome::Sent => None,
        CommandOutcome::NotFound => Some(AGENT_NOT_FOUND),
        CommandOutcome::Manager => Some(MANAGER_AGENT),
        CommandOutcome::NotActive => Some(NOT_ACTIVE),
    }
}

/// Sends a scan request to the listed (or every) permitted agent and answers the bulk envelope.
pub async fn request_scan(
    state: &AppState,
    (scan, messages): (Dispatch<'static>, &'static Messages),
    (agents_list, permitted): (Option<String>, Scope),
    pretty: bool,
) -> Result<Response, ApiError> {
    let mut failures = Failures::default();
    let listed = agents_list.is_some();
    let ids = match agents_list {
        Some(list) => listed_ids(
            permitted.split(split_list(&list), &mut failures)?,
            &mut failures,
        ),
        None => permitted.retain(every_agent(state, |_| true)),
    };
    let now = Utc::now().timestamp();
    let outcomes = state
        .write_store(move |store| store.dispatch(scan, &ids, now))
        .await?;
    let affected = sent(outcomes, &mut failures, listed);
    Ok(answer(affected, failures, messages, pretty))
}

/// The ids of every agent that passes `keep`, from the fleet.
pub fn every_agent(state: &AppState, keep: impl Fn(i64) -> bool) -> Vec<i64> {
    state
        .fleet()
        .iter()
        .map(|agent| i64::from(agent.id))
        .filter(|id| keep(*id))
        .collect()
}

/// The ids without the manager, which fails with 1703.
pub fn without_manager(ids: Vec<i64>, failures: &mut Failures) -> Vec<i64> {
    ids.into_iter()
        .filter(|&id| {
            if id == AgentId::MANAGER.0 {
                failures.add(agent_id(id), &ApiError::code(MANAGER_AGENT));
            }
            id != AgentId::MANAGER.0
        })
        .collect()
}

/// The affected ids of the outcomes, sorted; the other outcomes are failures, recorded when
/// `report` (left out otherwise, as for a request to every agent).
pub fn sent(
    outcomes: Vec<(i64, CommandOutcome)>,
    failures: &mut Failures,
    report: bool,
) -> Vec<Value> {
    let mut affected = Vec::new();
    for (id, outcome) in outcomes {
        match failure_code(outcome) {
            None => affected.push(id),
            Some(code) if report => failures.add(agent_id(id), &ApiError::code(code)),
            Some(_) => {}
        }
    }
    affected.sort_unstable();
    affected
        .into_iter()
        .map(|id| Value::String(agent_id(id)))
        .collect()
}

pub fn answer(
    affected: Vec<Value>,
    failures: Failures,
    messages: &Messages,
    pretty: bool,
) -> Response {
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), messages);
    respond::ok(&envelope, pretty)
}
