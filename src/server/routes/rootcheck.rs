//! Spec tag `Rootcheck`. `PUT /rootcheck` asks agents to start a rootcheck scan, sent
//! through the manager's queue (`routes::dispatch`); the manager runs scans too. Without
//! `agents_list` every agent is asked, and the unknown (1701) and inactive (1707) ones are
//! left out of the failures, as Wazuh's RBAC post-processing does. An agent's rootcheck
//! events and last scan follow its scans (`routes::agent_data`); `DELETE
//! /rootcheck/{agent_id}` clears them until the next scan.

use super::agent_data;
use super::dispatch::request_scan;
use super::list::{ListSpec, Messages};
use super::op;
use crate::api::rootcheck::ROOTCHECK_FIELDS;
use crate::api::rootcheck::{ClearRootcheck, ListRootcheck, RootcheckLastScan, RunRootcheck};
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use crate::server::store::{Dispatch, Scan};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;

/// An agent's rootcheck events.
const EVENTS: Collection = Collection {
    fields: ROOTCHECK_FIELDS,
    mandatory: &[],
    default_sort: "",
    date_filters_skip_id: None,
};

const EVENT_LIST: ListSpec = ListSpec {
    collection: &EVENTS,
    messages: Messages {
        all: "All selected rootcheck information was returned",
        some: "Some rootcheck information was not returned",
        none: "No rootcheck information was returned",
    },
    key: "log",
    names: None,
    equalities: &[],
};

const LAST_SCAN_LIST: ListSpec = agent_data::last_scan_list(
    "Last rootcheck scan of the agent was returned",
    "Last rootcheck scan of the agent was not returned",
);

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

/// The `status` of every rootcheck event: no filter, as Wazuh reads it.
const ALL: &str = "all";

/// `GET /rootcheck/{agent_id}`: the agent's rootcheck events (`status=all`: every one).
pub async fn events(
    State(state): State<AppState>,
    guard: Guarded<ListRootcheck>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<ListRootcheck>,
) -> Result<Response, ApiError> {
    let query = match query.param("status") {
        Some(ALL) => query.without("status"),
        _ => query,
    };
    let scan = (&*agent_id, Scan::Rootcheck);
    agent_data::serve_scan(
        &state,
        &guard,
        scan,
        (&query, &EVENT_LIST),
        |machine, history| machine.rootcheck(history),
        Vec::new,
    )
    .await
}

/// `GET /rootcheck/{agent_id}/last_scan`.
pub async fn last_scan(
    State(state): State<AppState>,
    guard: Guarded<RootcheckLastScan>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<RootcheckLastScan>,
) -> Result<Response, ApiError> {
    let scan = (&*agent_id, Scan::Rootcheck);
    agent_data::serve_last_scan(&state, &guard, scan, (&query, &LAST_SCAN_LIST)).await
}

/// `DELETE /rootcheck/{agent_id}`: clears the agent's rootcheck results until its next scan.
pub async fn clear(
    State(state): State<AppState>,
    guard: Guarded<ClearRootcheck>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<ClearRootcheck>,
) -> Result<Response, ApiError> {
    let scan = (&*agent_id, Scan::Rootcheck);
    let answer = (&agent_data::ROOTCHECK_CLEAR_MESSAGES, query.pretty());
    agent_data::clear_scan(&state, &guard, scan, answer, |_| None).await
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(RunRootcheck, run_rootcheck))
        .merge(op(ListRootcheck, events))
        .merge(op(RootcheckLastScan, last_scan))
        .merge(op(ClearRootcheck, clear))
}
