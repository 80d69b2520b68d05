//! Every route of the API: the implemented operations (each handler module states its own in
//! its `routes()`, one `op(Endpoint, handler)` line each, path and method from the endpoint's
//! spec) — every operation of the spec —, known paths with a method the spec does not have
//! (405), unknown paths (404), and the security headers every answer carries.
//!
//! Every handler takes `rbac::Guarded<E>` (see `server::rbac`); `tests/enforcement.rs` proves it.
//! Imports `api` and the server's `extract`, `auth`, `state`, `store`, `query`, `wql`,
//! `respond`, `error`.

mod active_response;
mod agent_data;
pub mod agents;
mod body;
mod ciscat;
mod cluster;
mod decoders;
mod dispatch;
mod events;
mod experimental;
pub mod groups;
mod info;
mod inventory_lists;
mod list;
mod lists;
mod logtest;
mod manager;
mod mitre;
mod node_answers;
mod overview;
mod rootcheck;
mod rules;
mod ruleset_files;
mod sca;
mod security;
mod syscheck;
mod syscollector;
mod tasks;

use crate::api::{self, Endpoint};
use crate::server::error::ApiError;
use crate::server::limits;
use crate::server::state::AppState;
use axum::extract::{DefaultBodyLimit, State};
use axum::handler::Handler;
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::Router;

/// Headers added to every answer, as the Wazuh API's middleware does.
const SECURITY_HEADERS: &[(HeaderName, &str)] = &[
    (header::SERVER, "Wazuh"),
    (header::CONTENT_SECURITY_POLICY, "none"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::CACHE_CONTROL, "no-store"),
];

/// The router over every route of the API: one line per handler module (each states its
/// operations once, in its `routes()`), then the operations not implemented yet and the
/// fallbacks.
pub fn router(state: AppState) -> Router {
    let implemented = Router::new()
        .merge(info::routes())
        .merge(agents::routes())
        .merge(groups::routes())
        .merge(tasks::routes())
        .merge(overview::routes())
        .merge(security::routes())
        .merge(active_response::routes())
        .merge(syscheck::routes())
        .merge(rootcheck::routes())
        .merge(rules::routes())
        .merge(decoders::routes())
        .merge(lists::routes())
        .merge(logtest::routes())
        .merge(events::routes())
        .merge(manager::routes())
        .merge(mitre::routes())
        .merge(syscollector::routes())
        .merge(sca::routes())
        .merge(ciscat::routes())
        .merge(cluster::routes())
        .merge(experimental::routes());
    implemented
        .method_not_allowed_fallback(method_not_allowed)
        .fallback(route_not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limits::enforce,
        ))
        .layer(axum::middleware::from_fn(refuse_unknown_expectations))
        .layer(axum::middleware::from_fn(
            crate::server::connection::answer_refused,
        ))
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            finish,
        ))
        .layer(body_limit(state.api_config().max_upload_size))
        .layer(axum::middleware::from_fn(access_log))
        .with_state(state)
}

/// With `serve -v` (debug), one line per request: the client's address, the method and
/// target, the status and the time taken; never a header or a body, so no credential.
async fn access_log(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if !tracing::enabled!(tracing::Level::DEBUG) {
        return next.run(request).await;
    }
    let started = std::time::Instant::now();
    let ip = limits::client_ip(&request);
    let method = request.method().clone();
    let target = request.uri().clone();
    let response = next.run(request).await;
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    let status = response.status().as_u16();
    tracing::debug!("{ip} \"{method} {target}\" {status} in {millis:.1} ms");
    response
}

/// 417 for an `Expect` header other than `100-continue` (which the HTTP layer answers), as
/// HTTP wants and Wazuh's server does, before anything else looks at the request.
async fn refuse_unknown_expectations(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let expectation = request.headers().get(axum::http::header::EXPECT);
    match expectation.map(|value| value.to_str().unwrap_or_default()) {
        Some(value) if !value.trim().eq_ignore_ascii_case("100-continue") => {
            ApiError::expectation_failed(value).into_response()
        }
        _ => next.run(request).await,
    }
}

/// The route of operation `E`, its path and method taken from `E::SPEC`, served by
/// `handler` (which takes `Guarded<E>`). Routes that share a path join their methods.
fn op<E: Endpoint, H: Handler<T, AppState>, T: 'static>(_: E, handler: H) -> Router<AppState> {
    let method = match E::SPEC.method {
        api::Method::Get => get(handler),
        api::Method::Post => post(handler),
        api::Method::Put => put(handler),
        api::Method::Delete => delete(handler),
    };
    Router::new().route(E::SPEC.path, method)
}

/// A known path with a method no handler serves: 405.
async fn method_not_allowed() -> ApiError {
    ApiError::method_not_allowed()
}

/// The request body limit of `max_upload_size` (0 = unlimited).
fn body_limit(max_upload_size: usize) -> DefaultBodyLimit {
    match max_upload_size {
        0 => DefaultBodyLimit::disable(),
        limit => DefaultBodyLimit::max(limit),
    }
}

/// The most of an axum rejection's text kept as the detail of its problem body.
const MAX_REJECTION_TEXT: usize = 4096;

/// Whether an answer is plain text (as axum's rejections are; our errors are problem+json).
fn is_plain_text(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/plain"))
}

async fn route_not_found() -> ApiError {
    ApiError::route_not_found()
}

/// The last touch on every answer: the security headers, and Wazuh's problem body where axum
/// answered in plain text itself (a request body over the upload limit, a path parameter
/// that is not UTF-8 once percent-decoded); the answer is counted in the node's statistics.
async fn finish(State(state): State<AppState>, response: Response) -> Response {
    state.stats().count_request();
    let mut response = match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::too_large(state.api_config().max_upload_size).into_response()
        }
        StatusCode::BAD_REQUEST if is_plain_text(&response) => {
            let text = axum::body::to_bytes(response.into_body(), MAX_REJECTION_TEXT).await;
            let detail = String::from_utf8_lossy(&text.unwrap_or_default()).into_owned();
            ApiError::bad_request(detail).into_response()
        }
        _ => response,
    };
    let headers = response.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        headers.insert(name.clone(), HeaderValue::from_static(value));
    }
    response
}

#[cfg(test)]
mod tests;
