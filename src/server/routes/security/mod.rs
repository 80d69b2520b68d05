//! Handlers of the spec tag `Security`: login, logout, revocation, the current user and the
//! security settings (`auth`), the run_as login, users, roles, policies and security rules,
//! and the RBAC views (actions, resources, the caller's policies). `objects` holds what they
//! share, and no handler.

mod auth;
mod objects;
mod policies;
mod rbac_views;
mod roles;
mod run_as;
mod users;

use crate::server::state::AppState;
use axum::Router;

/// The routes of every `Security` operation.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(auth::routes())
        .merge(run_as::routes())
        .merge(users::routes())
        .merge(roles::routes())
        .merge(policies::routes())
        .merge(rbac_views::routes())
}
