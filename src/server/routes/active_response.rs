//! What the manager sends to agents through its active-response queue: active-response
//! commands (`PUT /active-response`) and syscheck/rootcheck scan requests (`PUT /syscheck`,
//! `PUT /rootcheck`). Each answers a bulk envelope whose affected items are the agents that
//! were sent the message, sorted by id.
//!
//! As Wazuh: only active agents take a message (the others fail with 1707, unknown ids with
//! 1701). An active response is never sent to the manager `000` (1703) and needs a command
//! that the manager's `ar.conf` defines (1652 for each agent otherwise) unless it starts with
//! `!` (a script name). The manager does run scans. Without `agents_list`, a message goes to
//! every agent and, as Wazuh's RBAC post-processing does, the ids it could not go to for the
//! expected reasons are left out of the failures (1703 for an active response, 1701 and 1707
//! for a scan).
//!
//! The lab has no agents: a message sent is recorded in the store (see
//! `store::dispatches`), where later reads find it.

use super::agents::common::{failure_code, listed_ids};
use super::body::{check_members, not_of_type, require_content_type};
use super::bulk::Failures;
use super::list::{self, Messages};
use super::op;
use crate::api::active_response::RunCommand;
use crate::api::params::split_list;
use crate::api::rootcheck;
use crate::api::rootcheck::RunRootcheck;
use crate::api::syscheck;
use crate::api::syscheck::RunSyscheck;
use crate::server::ar_conf;
use crate::server::error::ApiError;
use crate::server::extract::{python_repr, WazuhQuery};
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::state::AppState;
use crate::server::store::{agent_id, CommandOutcome, Dispatch};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::{Map, Value};

/// Wazuh error codes of these operations.
const AGENT_NOT_FOUND: u32 = 1701;
const MANAGER_AGENT: u32 = 1703;
const NOT_ACTIVE: u32 = 1707;
const COMMAND_NOT_DEFINED: u32 = 1652;

/// The manager's own agent id.
const MANAGER_ID: i64 = 0;

/// The media type of the active-response body.
const JSON: &str = "application/json";

/// The members of the active-response body.
const BODY_MEMBERS: &[&str] = &["command", "arguments", "alert"];

/// The messages of an active-response answer.
const AR_MESSAGES: Messages = Messages {
    all: "AR command was sent to all agents",
    some: "AR command was not sent to some agents",
    none: "AR command was not sent to any agent",
};

/// The messages of a syscheck answer.
const SYSCHECK_MESSAGES: Messages = Messages {
    all: "Syscheck scan was restarted on returned agents",
    some: "Syscheck scan was not restarted on some agents",
    none: "No syscheck scan was restarted",
};

/// The messages of a rootcheck answer.
const ROOTCHECK_MESSAGES: Messages = Messages {
    all: "Rootcheck scan was restarted on returned agents",
    some: "Rootcheck scan was not restarted on some agents",
    none: "No rootcheck scan was restarted",
};

/// `PUT /active-response`: runs a command on the listed agents (every agent when
/// `agents_list` is absent). Each dispatch is recorded with the command, its arguments and
/// the alert.
pub async fn run_command(
    State(state): State<AppState>,
    guard: Guarded<RunCommand>,
    query: WazuhQuery<RunCommand>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_content_type(&headers, JSON)?;
    let body = active_response_body(&body)?;
    let command = body.get("command").and_then(Value::as_str).unwrap_or("");
    let defined = is_defined(&state, command).await?;
    let mut failures = Failures::default();
    let permitted = guard.agents();
    let ids = match query.query.agents_list.as_deref() {
        Some(list) => {
            let listed = permitted.split(split_list(list), &mut failures)?;
            without_manager(listed_ids(listed, &mut failures), &mut failures)
        }
        None => permitted.retain(every_agent(&state, |id| id != MANAGER_ID)),
    };
    let affected = if defined {
        let detail = Value::Object(body).to_string();
        let now = Utc::now().timestamp();
        let outcomes = state
            .write(move |store| {
                let dispatch = Dispatch::ActiveResponse(&detail);
                store
                    .dispatch(dispatch, &ids, now)
                    .map_err(ApiError::internal)
            })
            .await?;
        sent(outcomes, &mut failures, true)
    } else {
        refuse_undefined(&state, &ids, &mut failures);
        Vec::new()
    };
    Ok(answer(affected, failures, &AR_MESSAGES, query.pretty()))
}

/// `PUT /syscheck`: asks the listed agents (every agent when `agents_list` is absent) to
/// start a file integrity scan; recorded as the agent's last scan request.
pub async fn run_syscheck(
    State(state): State<AppState>,
    guard: Guarded<RunSyscheck>,
    query: WazuhQuery<RunSyscheck>,
) -> Result<Response, ApiError> {
    let agents_list = query.query.agents_list.clone();
    let scan = (Dispatch::SyscheckScan, &SYSCHECK_MESSAGES);
    request_scan(&state, scan, (agents_list, guard.agents()), query.pretty()).await
}

/// `PUT /rootcheck`: asks the listed agents (every agent when `agents_list` is absent) to
/// start a rootcheck scan; recorded as the agent's last scan request.
pub async fn run_rootcheck(
    State(state): State<AppState>,
    guard: Guarded<RunRootcheck>,
    query: WazuhQuery<RunRootcheck>,
) -> Result<Response, ApiError> {
    let agents_list = query.query.agents_list.clone();
    let scan = (Dispatch::RootcheckScan, &ROOTCHECK_MESSAGES);
    request_scan(&state, scan, (agents_list, guard.agents()), query.pretty()).await
}

/// Sends a scan request to the listed (or every) permitted agent and answers the bulk envelope.
async fn request_scan(
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
fn every_agent(state: &AppState, keep: impl Fn(i64) -> bool) -> Vec<i64> {
    state
        .fleet()
        .iter()
        .map(|agent| i64::from(agent.id))
        .filter(|id| keep(*id))
        .collect()
}

/// The ids without the manager, which fails with 1703.
fn without_manager(ids: Vec<i64>, failures: &mut Failures) -> Vec<i64> {
    ids.into_iter()
        .filter(|&id| {
            if id == MANAGER_ID {
                failures.add(agent_id(id), &ApiError::code(MANAGER_AGENT));
            }
            id != MANAGER_ID
        })
        .collect()
}

/// The affected ids of the outcomes, sorted; the other outcomes are failures, recorded when
/// `report` (left out otherwise, as for a request to every agent).
fn sent(outcomes: Vec<(i64, CommandOutcome)>, failures: &mut Failures, report: bool) -> Vec<Value> {
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

/// Without a defined command nothing is sent; each agent fails as Wazuh checks it in order:
/// unknown (1701), not active (1707), then the command (1652).
fn refuse_undefined(state: &AppState, ids: &[i64], failures: &mut Failures) {
    let fleet = state.fleet();
    for &id in ids {
        let wanted = agent_id(id);
        let status = fleet.find(&wanted).map(|agent| &*agent.status);
        let code = match status {
            None => AGENT_NOT_FOUND,
            Some("active") => COMMAND_NOT_DEFINED,
            Some(_) => NOT_ACTIVE,
        };
        failures.add(wanted, &ApiError::code(code));
    }
}

fn answer(affected: Vec<Value>, failures: Failures, messages: &Messages, pretty: bool) -> Response {
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), messages);
    respond::ok(&envelope, pretty)
}

/// Whether the manager defines the command: a `!script` always is; a name must be one of
/// `ar.conf`'s, read on every request as Wazuh does.
async fn is_defined(state: &AppState, command: &str) -> Result<bool, ApiError> {
    if command.starts_with('!') {
        return Ok(true);
    }
    let text = tokio::fs::read_to_string(ar_conf::path(state.data_dir()))
        .await
        .map_err(ApiError::internal)?;
    Ok(ar_conf::commands(&text).contains(&command))
}

/// The active-response body, checked as connexion checks it against the spec's schema (400
/// without a code), then for members the schema does not name, as Wazuh's body model does.
fn active_response_body(bytes: &[u8]) -> Result<Map<String, Value>, ApiError> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|_| ApiError::bad_request("Request body is not valid JSON"))?;
    let Value::Object(body) = value else {
        return Err(not_of_type(&value, "object", None));
    };
    let command = body
        .get("command")
        .ok_or_else(|| ApiError::bad_request("'command' is a required property"))?;
    let Some(command) = command.as_str() else {
        return Err(not_of_type(command, "string", Some("command")));
    };
    if !is_command_format(command) {
        return Err(ApiError::bad_request(format!(
            "{} is not a 'active_response_command' - 'command'",
            python_repr(command)
        )));
    }
    check_arguments(body.get("arguments"))?;
    check_alert(body.get("alert"))?;
    check_members(&body, BODY_MEMBERS)?;
    Ok(body)
}

/// The spec's `active_response_command` format: an optional `!`, then word characters and
/// `-.\/:`, without a `..` path step.
fn is_command_format(command: &str) -> bool {
    let name = command.strip_prefix('!').unwrap_or(command);
    let allowed = |c: char| c.is_alphanumeric() || "_-.\\/:".contains(c);
    let climbs = ["../", "..\\", "/..", "\\.."]
        .iter()
        .any(|step| command.contains(step));
    !name.is_empty() && name.chars().all(allowed) && !climbs
}

/// `arguments`, when given, is an array of strings.
fn check_arguments(arguments: Option<&Value>) -> Result<(), ApiError> {
    let Some(arguments) = arguments else {
        return Ok(());
    };
    let Some(items) = arguments.as_array() else {
        return Err(not_of_type(arguments, "array", Some("arguments")));
    };
    match items.iter().enumerate().find(|(_, item)| !item.is_string()) {
        Some((index, item)) => Err(not_of_type(
            item,
            "string",
            Some(&format!("arguments.{index}")),
        )),
        None => Ok(()),
    }
}

/// `alert`, when given, is an object whose `data`, when given, is an object.
fn check_alert(alert: Option<&Value>) -> Result<(), ApiError> {
    let Some(alert) = alert else {
        return Ok(());
    };
    let Some(members) = alert.as_object() else {
        return Err(not_of_type(alert, "object", Some("alert")));
    };
    match members.get("data") {
        Some(data) if !data.is_object() => Err(not_of_type(data, "object", Some("alert.data"))),
        _ => Ok(()),
    }
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(RunCommand, run_command))
        .merge(op(syscheck::RunSyscheck, run_syscheck))
        .merge(op(rootcheck::RunRootcheck, run_rootcheck))
}

#[cfg(test)]
#[path = "active_response_tests.rs"]
mod tests;
