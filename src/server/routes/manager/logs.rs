//! A manager node's own log (`server::node::log`), the node the API runs on or the one
//! `/cluster/{node_id}/...` names: `GET /manager/logs`, the entries of the last
//! 2000 lines of `logs/ossec.log` through the list pipeline (newest first unless sorted;
//! `tag` and `level` keep the entries equal to them; `limit` at most 500), and
//! `GET /manager/logs/summary`, their counts per tag and level. The file is read at each
//! request, as a manager reads its own.

use crate::api::cluster::{GetNodeLogs, GetNodeLogsSummary};
use crate::api::codes::FILE_READ_ERROR;
use crate::api::manager::LOG_FIELDS;
use crate::api::manager::{GetLogs, GetLogsSummary, LogFilters, LOG_LEVELS, MAX_LOG_LIMIT};
use crate::api::{Endpoint, NoQuery};
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::{check_limit, check_one_of, WazuhQuery};
use crate::server::node::log::{summary, OSSEC_LOG};
use crate::server::node::Node;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::{self, ListSpec, Messages};
use crate::server::routes::node_answers::{target_node, NodePath};
use crate::server::routes::op;
use crate::server::state::{off_thread, AppState};
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use serde_json::Value;

/// The log entries collection.
const LOGS: Collection = Collection {
    fields: LOG_FIELDS,
    mandatory: &[],
    default_sort: "timestamp",
    date_filters_skip_id: None,
};

/// `GET /manager/logs`.
const LOG_LIST: ListSpec = ListSpec {
    collection: &LOGS,
    messages: Messages {
        all: "Logs were successfully read in specified node",
        some: "Could not read logs in some nodes",
        none: "Could not read logs in specified node",
    },
    key: "timestamp",
    names: None,
    equalities: &[("tag", "tag"), ("level", "level")],
};

/// The messages of `GET /manager/logs/summary`.
const SUMMARY_MESSAGES: Messages = Messages {
    all: "Log was successfully summarized in specified node",
    some: "Could not summarize the log in some nodes",
    none: "Could not summarize the log in specified node",
};

/// `GET /manager/logs` and `/cluster/{node_id}/logs`: the node's log entries, newest first,
/// through the list pipeline.
pub async fn logs<E: Endpoint<Query = LogFilters>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    if let Some(level) = &query.query.level {
        check_one_of("level", level, LOG_LEVELS)?;
    }
    check_limit(query.list.limit, MAX_LOG_LIMIT)?;
    let node = target_node(&state, &guard, &path).await?;
    let mut entries = read_entries(node).await?;
    // Newest first; entries of the same second keep the file's order, as Wazuh sorts them.
    entries.sort_by(|a, b| b["timestamp"].as_str().cmp(&a["timestamp"].as_str()));
    list::serve(&LOG_LIST, &query, None, &entries[..])
}

/// `GET /manager/logs/summary` and `/cluster/{node_id}/logs/summary`: per tag (in tag
/// order), the node's entries at each level.
pub async fn logs_summary<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let node = target_node(&state, &guard, &path).await?;
    let tags = summary(&read_entries(node).await?);
    let total = tags.len() as u64;
    let envelope = list::envelope(tags, total, Vec::new(), &SUMMARY_MESSAGES);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// The entries of the node's log, oldest first; 1005 when it cannot be read.
async fn read_entries(node: Node) -> Result<Vec<Value>, ApiError> {
    off_thread(move || {
        node.log().entries().map_err(|err| {
            let error = ApiError::code_with(FILE_READ_ERROR, format!("{OSSEC_LOG}: {err}"));
            error.on_node(node.name())
        })
    })
    .await
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetLogs, logs::<GetLogs>))
        .merge(op(GetNodeLogs, logs::<GetNodeLogs>))
        .merge(op(GetLogsSummary, logs_summary::<GetLogsSummary>))
        .merge(op(GetNodeLogsSummary, logs_summary::<GetNodeLogsSummary>))
}
