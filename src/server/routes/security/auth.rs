//! Security handlers (spec tag `Security`): login (and its deprecated `GET` form), logout,
//! revocation of every token, the current user, and the security settings (each change of
//! which revokes every token). Users, roles, policies and rules are in `security_*.rs`.

use super::objects::token_response;
use crate::api::envelope::Envelope;
use crate::api::security::{
    GetSecurityConfig, GetUserMe, Login, LoginDeprecated, Logout, PutSecurityConfig,
    ResetSecurityConfig, RevokeAll, SecurityConfigBody, SecurityConfigData,
};
use crate::server::auth::{self, Caller};
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, IssuedToken, WazuhQuery};
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::SecurityConfig;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderName, HeaderValue};
use axum::response::Response;
use axum::Router;
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
    _: Guarded<RevokeAll>,
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

/// Shortest token lifetime `PUT /security/config` accepts, in seconds.
const MIN_TOKEN_LIFETIME: u64 = 30;
/// The default token lifetime, in seconds.
const DEFAULT_TOKEN_LIFETIME: u64 = 900;
/// The default RBAC mode.
const DEFAULT_RBAC_MODE: &str = "white";
const CONFIG_UPDATED: &str = "Configuration was successfully updated";

/// `GET /security/config`: the token lifetime and RBAC mode in force.
pub async fn get_config(
    State(state): State<AppState>,
    _: Guarded<GetSecurityConfig>,
    query: WazuhQuery<GetSecurityConfig>,
) -> Result<Response, ApiError> {
    let config = state.security_config();
    let body = Envelope {
        data: Some(SecurityConfigData {
            auth_token_exp_timeout: config.auth_token_exp_timeout,
            rbac_mode: config.rbac_mode,
        }),
        message: None,
        error: 0,
    };
    Ok(respond::ok(&body, query.pretty()))
}

/// `PUT /security/config`: changes the given settings and revokes every token.
pub async fn put_config(
    State(state): State<AppState>,
    _: Guarded<PutSecurityConfig>,
    query: WazuhQuery<PutSecurityConfig>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body: SecurityConfigBody =
        crate::server::routes::body::json_request(&headers, &body, &[], &["rbac_mode"])?;
    let mut config = state.security_config();
    match (body.auth_token_exp_timeout, body.rbac_mode) {
        (None, None) => {
            return Err(ApiError::bad_request("{} does not have enough properties"));
        }
        (lifetime, mode) => {
            if let Some(lifetime) = lifetime {
                if lifetime < MIN_TOKEN_LIFETIME {
                    return Err(ApiError::bad_request(format!(
                        "{lifetime} is less than the minimum of {MIN_TOKEN_LIFETIME} - 'auth_token_exp_timeout'"
                    )));
                }
                config.auth_token_exp_timeout = lifetime;
            }
            if let Some(mode) = mode {
                check_one_of("rbac_mode", &mode, &["white", "black"])?;
                config.rbac_mode = mode;
            }
        }
    }
    replace_config(&state, config).await?;
    Ok(respond::ok(
        &message_only(CONFIG_UPDATED.into()),
        query.pretty(),
    ))
}

/// `DELETE /security/config`: restores the defaults (900 s, white) and revokes every token.
pub async fn reset_config(
    State(state): State<AppState>,
    _: Guarded<ResetSecurityConfig>,
    query: WazuhQuery<ResetSecurityConfig>,
) -> Result<Response, ApiError> {
    let defaults = SecurityConfig {
        auth_token_exp_timeout: DEFAULT_TOKEN_LIFETIME,
        rbac_mode: DEFAULT_RBAC_MODE.into(),
    };
    replace_config(&state, defaults).await?;
    Ok(respond::ok(
        &message_only(CONFIG_UPDATED.into()),
        query.pretty(),
    ))
}

/// Saves and applies new settings, then revokes every token.
async fn replace_config(state: &AppState, config: SecurityConfig) -> Result<(), ApiError> {
    let saved = config.clone();
    state
        .write(move |store| {
            store
                .set_security_config(&saved)
                .map_err(ApiError::internal)
        })
        .await?;
    state.set_security_config(config);
    state.rotate_keys().await
}

fn message_only(message: String) -> Envelope<Value> {
    Envelope {
        data: None,
        message: Some(message),
        error: 0,
    }
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(Login, login))
        .merge(op(LoginDeprecated, login_deprecated))
        .merge(op(Logout, logout))
        .merge(op(RevokeAll, revoke))
        .merge(op(GetUserMe, me))
        .merge(op(GetSecurityConfig, get_config))
        .merge(op(PutSecurityConfig, put_config))
        .merge(op(ResetSecurityConfig, reset_config))
}
