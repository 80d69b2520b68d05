//! Security operations (spec tag `Security`): login, logout, revocation, the current user.

use super::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// Query of the login operations.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct LoginQuery {
    /// Return the bare token as `text/plain`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub raw: Option<bool>,
}

/// `POST /security/user/authenticate`: HTTP Basic credentials for a JWT.
pub struct Login;

impl Endpoint for Login {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/user/authenticate",
        operation_id: "api.controllers.security_controller.login_user",
        actions: &[],
        query: &["raw"],
    };
    type Query = LoginQuery;
}

/// `GET /security/user/authenticate`: the deprecated login form.
pub struct LoginDeprecated;

impl Endpoint for LoginDeprecated {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/user/authenticate",
        operation_id: "api.controllers.security_controller.deprecated_login_user",
        actions: &[],
        query: &["raw"],
    };
    type Query = LoginQuery;
}

/// `DELETE /security/user/authenticate`: revoke the caller's tokens (logout).
pub struct Logout;

impl Endpoint for Logout {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/user/authenticate",
        operation_id: "api.controllers.security_controller.logout_user",
        actions: &[],
        query: &[],
    };
    type Query = NoQuery;
}

/// `PUT /security/user/revoke`: revoke every token.
pub struct RevokeAll;

impl Endpoint for RevokeAll {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/security/user/revoke",
        operation_id: "api.controllers.security_controller.revoke_all_tokens",
        actions: &["security:revoke"],
        query: &[],
    };
    type Query = NoQuery;
}

/// `GET /security/users/me`: the current user with its roles expanded.
pub struct GetUserMe;

impl Endpoint for GetUserMe {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/users/me",
        operation_id: "api.controllers.security_controller.get_user_me",
        actions: &[],
        query: &["pretty", "wait_for_complete"],
    };
    type Query = NoQuery;
}
