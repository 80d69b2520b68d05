//! `PUT /rootcheck` (spec tag `Rootcheck`): asks agents to start a rootcheck scan, sent
//! through the manager's queue (`routes::dispatch`); the manager runs scans too. Without
//! `agents_list` every agent is asked, and the unknown (1701) and inactive (1707) ones are
//! left out of the failures, as Wazuh's RBAC post-processing does.

use super::dispatch::request_scan;
use super::list::Messages;
use super::op;
use crate::api::rootcheck::RunRootcheck;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use crate::server::store::Dispatch;
use axum::extract::State;
use axum::response::Response;
use axum::Router;

/// The messages of a rootcheck answer.
const ROOTCHECK_MESSAGES: Messages = Messages {
    all: "Rootcheck scan was restarted on returned agents",
    some: "Rootcheck scan was not restarted on some agents",
    none: "No rootcheck scan was restarted",
};

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

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(RunRootcheck, run_rootcheck))
}
