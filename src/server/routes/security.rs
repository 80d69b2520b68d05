//! Security handlers (spec tag `Security`): login (and its deprecated `GET` form), logout,
//! revocation of every token, and the current user.

use super::list::{self, Messages};
use crate::api::envelope::{Envelope, TokenData};
use crate::api::security::{GetUserMe, Login, LoginDeprecated, LoginQuery, Logout, RevokeAll};
use crate::api::Endpoint;
use crate::server::auth::{self, Caller};
use crate::server::error::ApiError;
use crate::server::extract::{IssuedToken, WazuhQuery};
use crate::server::respond;
use crate::server::state::AppState;
use axum::extract::State;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

/// Where the deprecated login form points its `Link` header.
const LOGIN_DOC: &str = "<https://documentation.wazuh.com/4.12/user-manual/api/reference.html#operation/api.controllers.security_controller.login_user>; rel=\"Deprecated\"";

const ME_MESSAGES: Messages = Messages {
    all: "Current user information was returned",
    some: "Current user information was returned",
    none: "No user information was returned",
};

/// `POST /security/user/authenticate`.
pub async fn login(IssuedToken(token): IssuedToken, query: WazuhQuery<Login>) -> Response {
    token_response(token, &query)
}

/// `GET /security/user/authenticate` (deprecated): the login, plus `Deprecated` and `Link`.
pub async fn login_deprecated(
    IssuedToken(token): IssuedToken,
    query: WazuhQuery<LoginDeprecated>,
) -> Response {
    let mut response = token_response(token, &query);
    let headers = response.headers_mut();
    headers.insert(
        HeaderName::from_static("deprecated"),
        HeaderValue::from_static("true"),
    );
    headers.insert(header::LINK, HeaderValue::from_static(LOGIN_DOC));
    response
}

/// The token as `text/plain` with `raw=true`, else `{"data": {"token": ...}, "error": 0}`.
fn token_response<E: Endpoint<Query = LoginQuery>>(
    token: String,
    query: &WazuhQuery<E>,
) -> Response {
    if query.query.raw == Some(true) {
        return (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain")],
            token,
        )
            .into_response();
    }
    let body = Envelope {
        data: Some(TokenData { token }),
        message: None,
        error: 0,
    };
    respond::ok(&body, false)
}

/// `DELETE /security/user/authenticate`: revokes the caller's tokens.
pub async fn logout(
    State(state): State<AppState>,
    caller: Caller,
    _: WazuhQuery<Logout>,
) -> Result<Response, ApiError> {
    auth::logout(&state, &caller).await?;
    let message = format!("User {} was successfully logged out", caller.user.username);
    Ok(respond::ok(&message_only(message), false))
}

/// `PUT /security/user/revoke`: revokes every token by replacing the key pair.
pub async fn revoke(
    State(state): State<AppState>,
    _: Caller,
    _: WazuhQuery<RevokeAll>,
) -> Result<Response, ApiError> {
    state.rotate_keys().await?;
    let message = "Tokens were successfully revoked".to_string();
    Ok(respond::ok(&message_only(message), false))
}

/// `GET /security/users/me`: the caller with roles, policies and rules expanded.
pub async fn me(
    State(state): State<AppState>,
    caller: Caller,
    query: WazuhQuery<GetUserMe>,
) -> Result<Response, ApiError> {
    let user_id = caller.user.id;
    let user = state.store(move |store| store.user_me(user_id)).await?;
    let envelope = list::envelope(vec![user], 1, Vec::new(), &ME_MESSAGES);
    Ok(respond::ok(&envelope, query.pretty()))
}

fn message_only(message: String) -> Envelope<Value> {
    Envelope {
        data: None,
        message: Some(message),
        error: 0,
    }
}
