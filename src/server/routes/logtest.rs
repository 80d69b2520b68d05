//! `PUT /logtest` and `DELETE /logtest/sessions/{token}`: events run through the ruleset's
//! analysis engine in sessions kept in memory (`server::logtest`). Both answer 200 with
//! analysisd's `data` (`messages`, `codemsg`, and for an event its `token`, `output` and
//! `alert`), as Wazuh's API passes it on.

use super::body::{check_members, json_request};
use super::op;
use crate::api::logtest::{EndLogtestSession, LogtestRequest, RunLogtest};
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::logtest::Event;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;
use serde_json::{json, Map, Value};
use std::time::Instant;

/// The members of the request body.
const MEMBERS: &[&str] = &["token", "log_format", "location", "event"];

/// The members the body must have.
const REQUIRED: &[&str] = &["event", "log_format", "location"];

/// `PUT /logtest`: runs the body's event in its session (a new one without a token).
pub async fn run(
    State(state): State<AppState>,
    _: Guarded<RunLogtest>,
    query: WazuhQuery<RunLogtest>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let members: Map<String, Value> = json_request(&headers, &body, REQUIRED, MEMBERS)?;
    check_members(&members, MEMBERS)?;
    let request: LogtestRequest = serde_json::from_value(Value::Object(members))
        .map_err(|err| ApiError::bad_request(err.to_string()))?;
    let event = Event {
        token: request.token.as_deref(),
        location: &request.location,
        event: &request.event,
    };
    let data = state
        .logtest()
        .run(&state.ruleset(), &event, Instant::now());
    Ok(respond::ok(
        &json!({"data": data, "error": 0}),
        query.pretty(),
    ))
}

/// `DELETE /logtest/sessions/{token}`: ends the session.
pub async fn end_session(
    State(state): State<AppState>,
    _: Guarded<EndLogtestSession>,
    Path(token): Path<String>,
    query: WazuhQuery<EndLogtestSession>,
) -> Result<Response, ApiError> {
    let data = state.logtest().close(&token);
    Ok(respond::ok(
        &json!({"data": data, "error": 0}),
        query.pretty(),
    ))
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(RunLogtest, run))
        .merge(op(EndLogtestSession, end_session))
}
