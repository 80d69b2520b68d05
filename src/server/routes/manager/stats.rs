//! The manager's statistics (`server::node::stats`): its daemons' counters
//! (`GET /manager/daemons/stats`, and the flat forms Wazuh deprecated,
//! `/manager/stats/analysisd` and `/manager/stats/remoted`), the totals of each hour of a day
//! (`GET /manager/stats`, 1308 for a day without totals) and their hourly and weekly
//! averages. The counters are the server's own (see `node::stats` for what each one counts).

use crate::api::codes::STATS_FILE_MISSING;
use crate::api::manager::{
    DaemonsQuery, GetDaemonStats, GetStats, GetStatsAnalysisd, GetStatsHourly, GetStatsRemoted,
    GetStatsWeekly, STATS_DAEMONS,
};
use crate::server::error::ApiError;
use crate::server::extract::{one_of_each, python_repr, WazuhQuery};
use crate::server::node::stats::Stats;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
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

/// `GET /manager/daemons/stats`: one item per daemon asked for (remoted, analysisd and
/// wazuh-db by default), in the order asked.
pub async fn daemon_stats(
    State(state): State<AppState>,
    _: Guarded<GetDaemonStats>,
    query: WazuhQuery<GetDaemonStats>,
) -> Result<Response, ApiError> {
    let DaemonsQuery { daemons_list } = &query.query;
    let daemons = match daemons_list {
        Some(list) => one_of_each("daemons_list", list, STATS_DAEMONS)?,
        None => STATS_DAEMONS.to_vec(),
    };
    let stats = state.stats();
    let items = daemons
        .iter()
        .map(|daemon| match *daemon {
            "wazuh-remoted" => stats.remoted(connected_agents(&state)),
            "wazuh-analysisd" => stats.analysisd(),
            _ => stats.wazuh_db(),
        })
        .collect();
    Ok(answer(items, &DAEMON_MESSAGES, query.pretty()))
}

/// `GET /manager/stats`: the totals of each hour of `date` (today by default) that has any;
/// 1308 when the day has none.
pub async fn totals(
    State(state): State<AppState>,
    _: Guarded<GetStats>,
    query: WazuhQuery<GetStats>,
) -> Result<Response, ApiError> {
    let date = match &query.query.date {
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            ApiError::bad_request(format!("{} is not a 'date' - 'date'", python_repr(text)))
        })?,
        None => Utc::now().date_naive(),
    };
    let stats = Arc::clone(state.stats());
    let hours = off_thread(move || {
        stats
            .totals(date)
            .map_err(|path| ApiError::code_with(STATS_FILE_MISSING, path.display().to_string()))
    })
    .await?;
    Ok(answer(hours, &NODE_MESSAGES, query.pretty()))
}

/// `GET /manager/stats/hourly`: the hourly averages, as one item.
pub async fn hourly(
    State(state): State<AppState>,
    _: Guarded<GetStatsHourly>,
    query: WazuhQuery<GetStatsHourly>,
) -> Result<Response, ApiError> {
    let hourly = read(&state, |stats| vec![stats.hourly()]).await?;
    Ok(answer(hourly, &HOURLY_MESSAGES, query.pretty()))
}

/// `GET /manager/stats/weekly`: the hourly averages of each day of the week, one item each.
pub async fn weekly(
    State(state): State<AppState>,
    _: Guarded<GetStatsWeekly>,
    query: WazuhQuery<GetStatsWeekly>,
) -> Result<Response, ApiError> {
    let weekly = read(&state, Stats::weekly).await?;
    Ok(answer(weekly, &WEEKLY_MESSAGES, query.pretty()))
}

/// `GET /manager/stats/analysisd`: analysisd's counters, flat, as one item.
pub async fn analysisd(
    State(state): State<AppState>,
    _: Guarded<GetStatsAnalysisd>,
    query: WazuhQuery<GetStatsAnalysisd>,
) -> Response {
    let item = state.stats().analysisd_state();
    answer(vec![item], &NODE_MESSAGES, query.pretty())
}

/// `GET /manager/stats/remoted`: remoted's counters, flat, as one item.
pub async fn remoted(
    State(state): State<AppState>,
    _: Guarded<GetStatsRemoted>,
    query: WazuhQuery<GetStatsRemoted>,
) -> Response {
    let item = state.stats().remoted_state(connected_agents(&state));
    answer(vec![item], &NODE_MESSAGES, query.pretty())
}

/// The agents connected to the manager now (the active ones, the manager itself left out).
fn connected_agents(state: &AppState) -> u64 {
    state.fleet().counts().active.saturating_sub(1)
}

/// What `read` computes from the statistics' files, off the async threads.
async fn read(state: &AppState, read: fn(&Stats) -> Vec<Value>) -> Result<Vec<Value>, ApiError> {
    let stats = Arc::clone(state.stats());
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
        .merge(op(GetDaemonStats, daemon_stats))
        .merge(op(GetStats, totals))
        .merge(op(GetStatsHourly, hourly))
        .merge(op(GetStatsWeekly, weekly))
        .merge(op(GetStatsAnalysisd, analysisd))
        .merge(op(GetStatsRemoted, remoted))
}
