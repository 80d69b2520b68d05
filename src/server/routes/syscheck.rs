//! `PUT /syscheck` (spec tag `Syscheck`): asks agents to start a file integrity scan, sent
//! through the manager's queue (`routes::dispatch`); the manager runs scans too. Without
//! `agents_list` every agent is asked, and the unknown (1701) and inactive (1707) ones are
//! left out of the failures, as Wazuh's RBAC post-processing does.

use super::dispatch::request_scan;
use super::list::Messages;
use super::op;
use crate::api::syscheck::RunSyscheck;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use crate::server::store::Dispatch;
use axum::extract::State;
use axum::response::Response;
use axum::Router;

/// The messages of a syscheck answer.
const SYSCHECK_MESSAGES: Messages = Messages {
    all: "Syscheck scan was restarted on returned agents",
    some: "Syscheck scan was not restarted on some agents",
    none: "No syscheck scan was restarted",
};

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

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(RunSyscheck, run_syscheck))
}
