//! `POST /events`: forwards a bulk of security events to the analysis engine. The accepted
//! events are recorded in the store (see `store::events`), in one transaction per request,
//! then run in order through the ruleset's engine (`server::analysis`: alerts appended to
//! `logs/alerts/alerts.json`), and counted in the node's statistics (`node::stats`: events
//! received and processed, their bytes, the alerts written, this hour's totals). The answer
//! is a bulk envelope whose affected items are the accepted events in order; an event that,
//! with its queue header, is larger than analysisd's queue message (65535 bytes) fails with
//! 1012, as in Wazuh.
//!
//! The request-rate limit of this route (30 a minute, error 6005) is applied by the limits
//! middleware before authentication (`server::limits`); the bulk size (at most 100 events) is
//! checked here, after the body's schema.

use super::body::require_content_type;
use super::body::{check_members, not_of_type};
use super::list::{self, Messages};
use super::op;
use crate::api::codes::INVALID_QUEUE_MESSAGE;
use crate::api::events::{ForwardEvents, MAX_EVENTS_PER_REQUEST};
use crate::server::analysis::ALERTS_FILE;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::{Map, Value};
use std::sync::Arc;

/// The largest message analysisd's queue takes, in bytes (header included).
const MAX_MESSAGE_BYTES: usize = 65535;

/// The header Wazuh puts before each event it queues to analysisd.
const MESSAGE_HEADER: &str = "1:API-Webhook:";

/// The only member of the body.
const BODY_MEMBERS: &[&str] = &["events"];

/// The messages of an events answer (with Wazuh's spelling of analysisd).
const MESSAGES: Messages = Messages {
    all: "All events were forwarded to analisysd",
    some: "Some events were forwarded to analisysd",
    none: "No events were forwarded to analisysd",
};

/// `POST /events`: records every event that fits analysisd's queue and answers the bulk
/// envelope.
pub async fn forward_events(
    State(state): State<AppState>,
    _: Guarded<ForwardEvents>,
    query: WazuhQuery<ForwardEvents>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_content_type(&headers, "application/json")?;
    let events = events_body(&body)?;
    let mut failures = Failures::default();
    let mut accepted = Vec::new();
    for event in events {
        if MESSAGE_HEADER.len() + event.len() > MAX_MESSAGE_BYTES {
            failures.add(event, &too_large_event());
        } else {
            accepted.push(event);
        }
    }
    let now = Utc::now().timestamp();
    let recorded = accepted.clone();
    state
        .store(move |store| store.record_events(&recorded, now))
        .await?;
    analyse(&state, accepted.clone()).await?;
    let total = accepted.len() as u64;
    let affected = accepted.into_iter().map(Value::String).collect();
    let envelope = list::envelope(affected, total, failures.into_groups(), &MESSAGES);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// Runs the accepted events through the engine and counts them with their alerts; a failure
/// to write the alerts file is reported on the server's output, never to the request.
async fn analyse(state: &AppState, events: Vec<String>) -> Result<(), ApiError> {
    let (stats, analysisd) = (Arc::clone(state.stats()), Arc::clone(state.analysisd()));
    let (ruleset, data_dir) = (state.ruleset(), state.data_dir().to_path_buf());
    off_thread(move || {
        let alerts = analysisd
            .process(&ruleset, &data_dir, &events)
            .unwrap_or_else(|err| {
                tracing::warn!("cannot write {}: {err}", ALERTS_FILE);
                Vec::new()
            });
        let bytes = events.iter().map(|event| event.len() as u64).sum();
        stats.count_events(events.len() as u64, bytes, &alerts);
        Ok(())
    })
    .await
}

/// The 1012 failure of an event too large for the queue.
fn too_large_event() -> ApiError {
    ApiError::code_with(
        INVALID_QUEUE_MESSAGE,
        format!("The event is too large to be sent to analysisd (maximum is {MAX_MESSAGE_BYTES}B)"),
    )
}

/// The events of the body, checked as connexion checks the spec's schema (400 without a
/// code), then for unknown members and the bulk size, as Wazuh's body model does.
fn events_body(bytes: &[u8]) -> Result<Vec<String>, ApiError> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|_| ApiError::bad_request("Request body is not valid JSON"))?;
    let Value::Object(body) = value else {
        return Err(not_of_type(&value, "object", None));
    };
    let events = string_list(&body)?;
    check_members(&body, BODY_MEMBERS)?;
    if events.len() > MAX_EVENTS_PER_REQUEST {
        return Err(bulk_size_exceeded());
    }
    Ok(events)
}

/// `events`: required, an array of strings.
fn string_list(body: &Map<String, Value>) -> Result<Vec<String>, ApiError> {
    let events = body
        .get("events")
        .ok_or_else(|| ApiError::bad_request("'events' is a required property"))?;
    let Some(items) = events.as_array() else {
        return Err(not_of_type(events, "array", Some("events")));
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| match item {
            Value::String(event) => Ok(event.clone()),
            other => Err(not_of_type(
                other,
                "string",
                Some(&format!("events.{index}")),
            )),
        })
        .collect()
}

/// Wazuh's 400 for more than [`MAX_EVENTS_PER_REQUEST`] events (no error code).
fn bulk_size_exceeded() -> ApiError {
    ApiError::plain(
        StatusCode::BAD_REQUEST,
        "Events bulk size exceeded",
        "The size of the events bulk is exceeding the limit",
    )
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(ForwardEvents, forward_events))
}
