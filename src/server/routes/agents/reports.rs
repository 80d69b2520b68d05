//! Read-only agent reports: group sync status and the uninstall permission check.

use super::common::*;
use crate::api::agents::{CheckUninstallPermission, GetAgentSync};
use crate::api::codes::AGENT_NOT_FOUND;
use crate::api::codes::MANAGER_AGENT;
use crate::api::envelope::Envelope;
use crate::api::AgentId;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::fleet::Fleet;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::{self};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;
use serde_json::{json, Value};

const SYNC_MESSAGES: Messages = Messages {
    all: "Sync info was returned for all selected agents",
    some: "Sync info was not returned for some selected agents",
    none: "No sync info was returned",
};

/// The answer of `GET /agents/uninstall` to a caller allowed to uninstall agents.
const UNINSTALL_ALLOWED: &str = "User has permission to uninstall agents.";

/// `GET /agents/{agent_id}/group/is_sync`: whether the agent's group configuration is synced.
pub async fn is_sync(
    State(state): State<AppState>,
    guard: Guarded<GetAgentSync>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<GetAgentSync>,
) -> Result<Response, ApiError> {
    let id = store::agent_id(numeric_id(&agent_id, "agent_id")?);
    guard.agents().check(&id)?;
    let fleet = state.fleet();
    let mut failures = Failures::default();
    let affected = match sync_of(&fleet, &id) {
        Ok(synced) => vec![json!({ "id": id, "synced": synced })],
        Err(error) => {
            failures.add(id, &error);
            Vec::new()
        }
    };
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), &SYNC_MESSAGES);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// Whether agent `id` is synced: 1703 for the manager, 1701 for an unknown agent.
fn sync_of(fleet: &Fleet, id: &str) -> Result<bool, ApiError> {
    if AgentId::names_manager(id) {
        return Err(ApiError::code(MANAGER_AGENT));
    }
    let agent = fleet
        .find(id)
        .ok_or_else(|| ApiError::code(AGENT_NOT_FOUND))?;
    Ok(&*agent.group_config_status == "synced")
}

/// `GET /agents/uninstall`: the guard refuses callers without `agent:uninstall` (403 / 4000).
pub async fn uninstall_permission(
    _: Guarded<CheckUninstallPermission>,
    query: WazuhQuery<CheckUninstallPermission>,
) -> Result<Response, ApiError> {
    let envelope: Envelope<Value> = Envelope {
        data: None,
        message: Some(UNINSTALL_ALLOWED.to_string()),
        error: 0,
    };
    Ok(respond::ok(&envelope, query.pretty()))
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetAgentSync, is_sync))
        .merge(op(CheckUninstallPermission, uninstall_permission))
}
