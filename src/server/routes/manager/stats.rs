//! A manager node's statistics (`server::node::stats`), the node the API runs on or the one
//! `/cluster/{node_id}/...` names: its daemons' counters
//! (`GET /manager/daemons/stats`, and the flat forms Wazuh deprecated,
//! `/manager/stats/analysisd` and `/manager/stats/remoted`), the totals of each hour of a day
//! (`GET /manager/stats`, 1308 for a day without totals) and their hourly and weekly
//! averages. The counters are the server's own (see `node::stats` for what each one counts).

use crate::api::cluster::{
    GetNodeDaemonStats, GetNodeStats, GetNodeStatsAnalysisd, GetNodeStatsHourly,
    GetNodeStatsRemoted, GetNodeStatsWeekly,
};
use crate::api::codes::STATS_FILE_MISSING;
use crate::api::manager::{
    DaemonsQuery, GetDaemonStats, GetStats, GetStatsAnalysisd, GetStatsHourly, GetStatsRemoted,
    GetStatsWeekly, StatsQuery, STATS_DAEMONS,
};
use crate::api::{Endpoint, NoQuery};
use crate::server::error::ApiError;
use crate::server::extract::{one_of_each, python_repr, WazuhQuery};
use crate::server::node::stats::Stats;
use crate::server::node::Node;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::node_answers::{target_node, NodePath};
use crate::server::routes::op;
use crate::server::state::{off_thread, AppState};
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use chrono::{NaiveDate, Utc};
use serde_json::Value;
use std::sync::Arc;

/// The messages of the daemons' statistics.
const DAEMON_MESSAGES: Messages = Messages {
    all: "Statistical information for each daemon was successfully read",
    some: "Could not read statistical information for some daemons",
    none: "Could not read statistical information for any daemon",
};

/// The messages of the totals of a day and of the deprecated daemon statistics.
const NODE_MESSAGES: Messages = Messages {
    all: "Statistical information for each node was successfully read",
    some: "Could not read statistical information for some nodes",
    none: "Could not read statistical information for any node",
};

/// The messages of the hourly averages.
const HOURLY_MESSAGES: Messages = Messages {
    all: "Statistical information per hour for each node was successfully read",
    some: "Could not read statistical information per hour for some nodes",
    none: "Could not read statistical information per hour for any node",
};

/// The messages of the weekly averages.
const WEEKLY_MESSAGES: Messages = Messages {
    all: "Statistical information per week for each node was successfully read",
    some: "Could not read statistical information per week for some nodes",
    none: "Could not read statistical information per week for any node",
};

/// `GET /manager/daemons/stats` and `/cluster/{node_id}/daemons/stats`: one item per daemon
/// asked for (remoted, analysisd and wazuh-db by default), in the order asked.
pub async fn daemon_stats<E: Endpoint<Query = DaemonsQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let DaemonsQuery { daemons_list } = &query.query;
    let daemons = match daemons_list {
        Some(list) => one_of_each("daemons_list", list, STATS_DAEMONS)?,
        None => STATS_DAEMONS.to_vec(),
    };
    let node = target_node(&state, &guard, &path).await?;
    let stats = state.stats_of(&node);
    let items = daemons
        .iter()
        .map(|daemon| match *daemon {
            "wazuh-remoted" => stats.remoted(connected_agents(&state, &node)),
            "wazuh-analysisd" => stats.analysisd(),
            _ => stats.wazuh_db(),
        })
        .collect();
    Ok(answer(items, &DAEMON_MESSAGES, query.pretty()))
}

/// `GET /manager/stats` and `/cluster/{node_id}/stats`: the node's totals of each hour of
/// `date` (today by default) that has any; 1308 when the day has none.
pub async fn totals<E: Endpoint<Query = StatsQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let date = match &query.query.date {
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            ApiError::bad_request(format!("{} is not a 'date' - 'date'", python_repr(text)))
        })?,
        None => Utc::now().date_naive(),
    };
    let node = target_node(&state, &guard, &path).await?;
    let stats = Arc::clone(state.stats_of(&node));
    let hours = off_thread(move || {
        stats.totals(date).map_err(|path| {
            let path = path.display().to_string();
            ApiError::code_with(STATS_FILE_MISSING, path).on_node(node.name())
        })
    })
    .await?;
    Ok(answer(hours, &NODE_MESSAGES, query.pretty()))
}

/// `GET /manager/stats/hourly` and `/cluster/{node_id}/stats/hourly`: the node's hourly
/// averages, as one item.
pub async fn hourly<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let node = target_node(&state, &guard, &path).await?;
    let hourly = read(&state, &node, |stats| vec![stats.hourly()]).await?;
    Ok(answer(hourly, &HOURLY_MESSAGES, query.pretty()))
}

/// `GET /manager/stats/weekly` and `/cluster/{node_id}/stats/weekly`: the node's hourly
/// averages of each day of the week, one item each.
pub async fn weekly<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let node = target_node(&state, &guard, &path).await?;
    let weekly = read(&state, &node, Stats::weekly).await?;
    Ok(answer(weekly, &WEEKLY_MESSAGES, query.pretty()))
}

/// `GET /manager/stats/analysisd` and `/cluster/{node_id}/stats/analysisd`: the node's
/// analysisd counters, flat, as one item.
pub async fn analysisd<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let node = target_node(&state, &guard, &path).await?;
    let item = state.stats_of(&node).analysisd_state();
    Ok(answer(vec![item], &NODE_MESSAGES, query.pretty()))
}

/// `GET /manager/stats/remoted` and `/cluster/{node_id}/stats/remoted`: the node's remoted
/// counters, flat, as one item.
pub async fn remoted<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let node = target_node(&state, &guard, &path).await?;
    let item = state
        .stats_of(&node)
        .remoted_state(connected_agents(&state, &node));
    Ok(answer(vec![item], &NODE_MESSAGES, query.pretty()))
}

/// The agents connected to the node now (the active ones reporting to it; the manager's own
/// agent, on the master, left out).
fn connected_agents(state: &AppState, node: &Node) -> u64 {
    let active = state.fleet().active_on(node.name());
    match node.cluster().node_type {
        "master" => active.saturating_sub(1),
        _ => active,
    }
}

/// What `read` computes from the node's statistics' files, off the async threads.
async fn read(
    state: &AppState,
    node: &Node,
    read: fn(&Stats) -> Vec<Value>,
) -> Result<Vec<Value>, ApiError> {
    let stats = Arc::clone(state.stats_of(node));
    off_thread(move || Ok(read(&stats))).await
}

/// The `affected_items` envelope of the items, nothing failed.
fn answer(items: Vec<Value>, messages: &Messages, pretty: bool) -> Response {
    let total = items.len() as u64;
    respond::ok(&list::envelope(items, total, Vec::new(), messages), pretty)
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetDaemonStats, daemon_stats::<GetDaemonStats>))
        .merge(op(GetNodeDaemonStats, daemon_stats::<GetNodeDaemonStats>))
        .merge(op(GetStats, totals::<GetStats>))
        .merge(op(GetNodeStats, totals::<GetNodeStats>))
        .merge(op(GetStatsHourly, hourly::<GetStatsHourly>))
        .merge(op(GetNodeStatsHourly, hourly::<GetNodeStatsHourly>))
        .merge(op(GetStatsWeekly, weekly::<GetStatsWeekly>))
        .merge(op(GetNodeStatsWeekly, weekly::<GetNodeStatsWeekly>))
        .merge(op(GetStatsAnalysisd, analysisd::<GetStatsAnalysisd>))
        .merge(op(
            GetNodeStatsAnalysisd,
            analysisd::<GetNodeStatsAnalysisd>,
        ))
        .merge(op(GetStatsRemoted, remoted::<GetStatsRemoted>))
        .merge(op(GetNodeStatsRemoted, remoted::<GetNodeStatsRemoted>))
}
