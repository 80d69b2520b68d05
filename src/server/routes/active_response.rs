//! Active-response commands (`PUT /active-response`, spec tag `Active-response`), sent through
//! the manager's queue (`routes::dispatch`). The answer is a bulk envelope whose affected
//! items are the agents that were sent the message, sorted by id.
//!
//! As Wazuh: only active agents take a message (the others fail with 1707, unknown ids with
//! 1701). An active response is never sent to the manager `000` (1703) and needs a command
//! that the manager's `ar.conf` defines (1652 for each agent otherwise) unless it starts with
//! `!` (a script name). Without `agents_list`, a command goes to every agent and, as Wazuh's
//! RBAC post-processing does, the manager (1703) is left out of the failures.
//!
//! The lab has no agents: a message sent is recorded in the store (see
//! `store::dispatches`), where later reads find it.

use super::body::{check_members, not_of_type, require_content_type};
use super::dispatch::{answer, every_agent, listed_ids, sent, without_manager};
use super::list::Messages;
use super::op;
use crate::api::active_response::RunCommand;
use crate::api::codes::{AGENT_NOT_FOUND, COMMAND_NOT_DEFINED, NOT_ACTIVE};
use crate::api::params::split_list;
use crate::api::AgentId;
use crate::server::ar_conf;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::{python_repr, WazuhQuery};
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use crate::server::store::{agent_id, Dispatch};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::{Map, Value};

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
        None => permitted.retain(every_agent(&state, |id| id != AgentId::MANAGER.0)),
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
    Router::new().merge(op(RunCommand, run_command))
}
