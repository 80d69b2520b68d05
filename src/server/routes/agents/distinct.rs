//! `GET /agents/stats/distinct`: how many agents share each combination of the asked fields'
//! values.
//!
//! Imports `api` and the server's `state`, `rbac`, `collection`, `query`, `error` and `routes`
//! modules.

use super::common::{AGENTS, MESSAGES};
use crate::api::agents::DistinctAgentFields;
use crate::api::params::{split_list, ListParams, DEFAULT_LIMIT};
use crate::server::collection::field_value;
use crate::server::error::ApiError;
use crate::server::extract::missing;
use crate::server::extract::WazuhQuery;
use crate::server::query;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list;
use crate::server::routes::op;
use crate::server::state::{off_thread, AppState};
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::{json, Value};
use std::collections::HashMap;

/// The value `GET /agents/stats/distinct` shows for a field an agent does not have.
const NOT_AVAILABLE: &str = "N/A";

/// `GET /agents/stats/distinct`: each combination of the `fields` values among the agents
/// that pass `q` and `search`, with how many agents have it; a missing value counts as `N/A`.
pub async fn distinct_fields(
    State(state): State<AppState>,
    guard: Guarded<DistinctAgentFields>,
    query: WazuhQuery<DistinctAgentFields>,
) -> Result<Response, ApiError> {
    let fields = split_list(query.query.fields.as_deref().unwrap_or(""));
    if fields.is_empty() {
        return Err(missing("fields"));
    }
    let fleet = state.fleet();
    off_thread(move || {
        let every_match = ListParams {
            select: Some(fields.join(",")),
            offset: None,
            limit: Some(u64::MAX),
            distinct: None,
            ..query.list.clone()
        };
        let permitted = guard.agents();
        let matched = query::run(
            &AGENTS,
            permitted.filter_agents(&fleet),
            &every_match,
            Utc::now(),
        )?;
        let combinations = count_combinations(matched.into_values(), &fields);
        let total = combinations.len() as u64;
        let page = combinations
            .into_iter()
            .skip(usize::try_from(query.list.offset.unwrap_or(0)).unwrap_or(usize::MAX))
            .take(usize::try_from(query.list.limit.unwrap_or(DEFAULT_LIMIT)).unwrap_or(usize::MAX))
            .collect();
        let envelope = list::envelope(page, total, Vec::new(), &MESSAGES);
        Ok(respond::ok(&envelope, query.pretty()))
    })
    .await
}

/// The distinct rows of `fields` (in first-seen order), each with its `count`.
fn count_combinations(rows: Vec<Value>, fields: &[String]) -> Vec<Value> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut combinations: Vec<(Value, u64)> = Vec::new();
    for row in rows {
        let combination = combination_of(&row, fields);
        let key = combination.to_string();
        match index.get(&key) {
            Some(&at) => combinations[at].1 += 1,
            None => {
                index.insert(key, combinations.len());
                combinations.push((combination, 1));
            }
        }
    }
    combinations
        .into_iter()
        .map(|(mut combination, count)| {
            combination["count"] = json!(count);
            combination
        })
        .collect()
}

/// The values of `fields` in a row, nested as in the agent, `N/A` where missing.
fn combination_of(row: &Value, fields: &[String]) -> Value {
    let mut combination = json!({});
    for field in fields {
        let value = field_value(row, field)
            .filter(|value| !value.is_null())
            .cloned()
            .unwrap_or_else(|| json!(NOT_AVAILABLE));
        let mut slot = &mut combination;
        for key in field.split('.') {
            if !slot.is_object() {
                *slot = json!({});
            }
            slot = &mut slot[key];
        }
        *slot = value;
    }
    combination
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(DistinctAgentFields, distinct_fields))
}
