//! `GET /agents/summary/status` and `GET /agents/summary/os`.

use super::common::*;
use crate::api::agents::{SummaryOs, SummaryStatus};
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::fleet::StatusCounts;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::op;
use crate::server::state::{off_thread, AppState};
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use serde_json::{json, Value};
use std::collections::BTreeSet;

const OS_MESSAGES: Messages = Messages {
    all: "Showing the operative system of all specified agents",
    some: "Could not get the operative system of some agents",
    none: "No operative system was returned",
};

/// `GET /agents/summary/status`: the fleet's counters when every agent is permitted, else
/// one pass over the permitted agents.
pub async fn summary_status(
    State(state): State<AppState>,
    guard: Guarded<SummaryStatus>,
    query: WazuhQuery<SummaryStatus>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    let permitted = guard.agents();
    let everything = permitted.permits_everything();
    let answer = move || {
        let counts = match everything {
            true => fleet.counts(),
            false => StatusCounts::of(permitted.filter_agents(&fleet)),
        };
        let body = json!({ "data": status_json(&counts), "error": 0 });
        Ok(respond::ok(&body, query.pretty()))
    };
    // The fleet's counters: nothing to walk, not worth a thread hand-off.
    if everything {
        answer()
    } else {
        off_thread(answer).await
    }
}

/// `GET /agents/summary/os`.
pub async fn summary_os(
    State(state): State<AppState>,
    guard: Guarded<SummaryOs>,
    query: WazuhQuery<SummaryOs>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    off_thread(move || {
        let permitted = guard.agents();
        let platforms: BTreeSet<&str> = permitted
            .filter_agents(&fleet)
            .filter_map(|agent| agent.os.as_ref()?.platform.as_deref())
            .collect();
        let total = platforms.len() as u64;
        let items = platforms.into_iter().map(Value::from).collect();
        let envelope = list::envelope(items, total, Vec::new(), &OS_MESSAGES);
        Ok(respond::ok(&envelope, query.pretty()))
    })
    .await
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(SummaryOs, summary_os))
        .merge(op(SummaryStatus, summary_status))
}
