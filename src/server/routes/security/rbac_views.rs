//! The RBAC views of the `Security` tag: the caller's processed permissions
//! (`GET /security/users/me/policies`, the map `{action: {resource: effect}}` the guard
//! enforces, plus `rbac_mode`), the action catalogue with the implemented operations that need
//! each action (`GET /security/actions`, `endpoint` filter, 4020 for an unknown operation), and
//! the resource kinds (`GET /security/resources`, `resource` filter, an enumeration the spec
//! validates: 400 for an unknown kind).
//! Any authenticated caller may read them.

use crate::api::codes::INVALID_ENDPOINT;
use crate::api::endpoints;
use crate::api::rbac::ACTIONS;
use crate::api::security::rbac_views::{
    GetUserMePolicies, ListRbacActions, ListRbacResources, RESOURCE_KINDS,
};
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::rbac::policy::Mode;
use crate::server::rbac::{processed_of, Guarded};
use crate::server::respond;
use crate::server::routes::op;
use crate::server::state::AppState;
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use serde_json::{json, Map, Value};

/// Message of `GET /security/users/me/policies`.
const POLICIES_MESSAGE: &str = "Current user processed policies information was returned";

/// `GET /security/users/me/policies`: the permissions of the token's roles, as processed.
pub async fn my_policies(
    State(state): State<AppState>,
    guard: Guarded<GetUserMePolicies>,
    query: WazuhQuery<GetUserMePolicies>,
) -> Result<Response, ApiError> {
    let claims = &guard.caller().claims;
    let processed = processed_of(&state, &claims.rbac_roles, &claims.rbac_mode);
    let data = processed
        .permissions()
        .to_json(Mode::from_claim(&claims.rbac_mode));
    let body = json!({"data": data, "message": POLICIES_MESSAGE, "error": 0});
    Ok(respond::ok(&body, query.pretty()))
}

/// `GET /security/actions`: every action (or those of `endpoint`) with its description,
/// resource kinds and the implemented operations that need it.
pub async fn actions(
    _: Guarded<ListRbacActions>,
    query: WazuhQuery<ListRbacActions>,
) -> Result<Response, ApiError> {
    let endpoint = query.query.endpoint.as_deref();
    if let Some(endpoint) = endpoint {
        check_endpoint(endpoint)?;
    }
    let mut data = Map::new();
    for action in ACTIONS {
        let related: Vec<String> = endpoints()
            .filter(|spec| spec.actions.contains(&action.name))
            .map(|spec| operation_name(spec.method.as_str(), spec.path))
            .collect();
        if endpoint.is_some_and(|endpoint| !related.iter().any(|r| r == endpoint)) {
            continue;
        }
        data.insert(
            action.name.to_string(),
            json!({
                "description": action.description,
                "resources": action.resources,
                "related_endpoints": related,
            }),
        );
    }
    Ok(respond::ok(
        &json!({"data": data, "error": 0}),
        query.pretty(),
    ))
}

/// `GET /security/resources`: every resource kind (or only `resource`) with its description.
pub async fn resources(
    _: Guarded<ListRbacResources>,
    query: WazuhQuery<ListRbacResources>,
) -> Result<Response, ApiError> {
    let wanted = query.query.resource.as_deref();
    if let Some(wanted) = wanted {
        let names: Vec<&str> = RESOURCE_KINDS.iter().map(|kind| kind.name).collect();
        check_one_of("resource", wanted, &names)?;
    }
    let data: Map<String, Value> = RESOURCE_KINDS
        .iter()
        .filter(|kind| wanted.is_none_or(|wanted| kind.name == wanted))
        .map(|kind| {
            let description = json!({ "description": kind.description });
            (kind.name.to_string(), description)
        })
        .collect();
    Ok(respond::ok(
        &json!({"data": data, "error": 0}),
        query.pretty(),
    ))
}

/// `METHOD /path`, as the `endpoint` filter and `related_endpoints` write an operation.
fn operation_name(method: &str, path: &str) -> String {
    format!("{method} {path}")
}

/// 4020, naming every operation of the API, unless `endpoint` is one.
fn check_endpoint(endpoint: &str) -> Result<(), ApiError> {
    let every: Vec<String> = endpoints()
        .map(|spec| operation_name(spec.method.as_str(), spec.path))
        .collect();
    if every.iter().any(|name| name == endpoint) {
        return Ok(());
    }
    let mut error = ApiError::code(INVALID_ENDPOINT);
    error.body.remediation = Some(format!("Valid endpoints are: {}", every.join(", ")));
    Err(error)
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetUserMePolicies, my_policies))
        .merge(op(ListRbacActions, actions))
        .merge(op(ListRbacResources, resources))
}
