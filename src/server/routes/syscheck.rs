//! Spec tag `Syscheck`. `PUT /syscheck` asks agents to start a file integrity scan, sent
//! through the manager's queue (`routes::dispatch`); the manager runs scans too. Without
//! `agents_list` every agent is asked, and the unknown (1701) and inactive (1707) ones are
//! left out of the failures, as Wazuh's RBAC post-processing does. An agent's FIM entries and
//! last scan follow its scans (`routes::agent_data`). `DELETE /syscheck/{agent_id}` clears
//! them only for agents before 3.12 (which kept FIM results in the manager's database);
//! newer agents fail with 1760, as Wazuh 4.x answers.

use super::agent_data;
use super::dispatch::request_scan;
use super::list::{ListSpec, Messages};
use super::op;
use crate::api::syscheck::SYSCHECK_FIELDS;
use crate::api::syscheck::{ClearSyscheck, ListSyscheck, RunSyscheck, SyscheckLastScan};
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use crate::server::store::{Dispatch, Scan};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;
use serde_json::Value;

/// The fields `summary=true` keeps.
const SUMMARY: [&str; 4] = ["file", "mtime", "date", "changes"];

/// The checksums `hash` matches.
const HASHES: [&str; 3] = ["md5", "sha1", "sha256"];

/// An agent's FIM entries.
const ENTRIES: Collection = Collection {
    fields: SYSCHECK_FIELDS,
    mandatory: &[],
    default_sort: "",
    date_filters_skip_id: None,
};

const ENTRY_LIST: ListSpec = ListSpec {
    collection: &ENTRIES,
    messages: Messages {
        all: "FIM findings of the agent were returned",
        some: "Some FIM findings of the agent were not returned",
        none: "No FIM information was returned",
    },
    key: "file",
    names: None,
    equalities: &[],
};

const LAST_SCAN_LIST: ListSpec = agent_data::last_scan_list(
    "Last syscheck scan of the agent was returned",
    "Last syscheck scan of the agent was not returned",
);

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

/// `GET /syscheck/{agent_id}`: the agent's FIM entries; `hash` matches any checksum,
/// `summary=true` keeps the file, its dates and its count of changes.
pub async fn entries(
    State(state): State<AppState>,
    guard: Guarded<ListSyscheck>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<ListSyscheck>,
) -> Result<Response, ApiError> {
    let hash = query.param("hash").map(str::to_ascii_lowercase);
    let summary = query.param("summary") == Some("true");
    let scan = (&*agent_id, Scan::Syscheck);
    agent_data::serve_scan(
        &state,
        &guard,
        scan,
        (&query, &ENTRY_LIST),
        |machine, history| {
            let mut items = machine.syscheck(history);
            if let Some(hash) = hash {
                items.retain(|item| HASHES.iter().any(|field| item[*field] == hash.as_str()));
            }
            if summary {
                items.iter_mut().for_each(summarise);
            }
            items
        },
        Vec::new,
    )
    .await
}

/// Keeps the fields of a summary.
fn summarise(item: &mut Value) {
    if let Some(fields) = item.as_object_mut() {
        fields.retain(|field, _| SUMMARY.contains(&field.as_str()));
    }
}

/// `GET /syscheck/{agent_id}/last_scan`.
pub async fn last_scan(
    State(state): State<AppState>,
    guard: Guarded<SyscheckLastScan>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<SyscheckLastScan>,
) -> Result<Response, ApiError> {
    let scan = (&*agent_id, Scan::Syscheck);
    agent_data::serve_last_scan(&state, &guard, scan, (&query, &LAST_SCAN_LIST)).await
}

/// `DELETE /syscheck/{agent_id}`: clears the FIM results of an agent before 3.12 until its
/// next scan; a newer agent (or one whose version is unknown) fails with 1760.
pub async fn clear(
    State(state): State<AppState>,
    guard: Guarded<ClearSyscheck>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<ClearSyscheck>,
) -> Result<Response, ApiError> {
    let scan = (&*agent_id, Scan::Syscheck);
    let answer = (&agent_data::SYSCHECK_CLEAR_MESSAGES, query.pretty());
    agent_data::clear_scan(&state, &guard, scan, answer, agent_data::fim_unclearable).await
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(RunSyscheck, run_syscheck))
        .merge(op(ListSyscheck, entries))
        .merge(op(SyscheckLastScan, last_scan))
        .merge(op(ClearSyscheck, clear))
}
