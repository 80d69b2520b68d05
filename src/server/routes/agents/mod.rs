//! Handlers of the spec tag `Agents`, one file per kind of operation: the agent lists
//! (`listing`), the summaries, registration and keys, deletion, group membership, restart
//! and reconnect, upgrades, the per-agent runtime configuration and stats, distinct field
//! values, and read-only reports. `common` holds what they (and other groups' agent lists)
//! share, and no handler. Writes go through `AppState::write` (one SQLite transaction each).

pub mod common;
mod delete;
mod distinct;
mod groups;
mod listing;
mod registration;
mod reports;
mod restart;
mod runtime;
mod summary;
mod upgrade;

use crate::server::state::AppState;
use axum::Router;

/// The routes of every `Agents` operation.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(listing::routes())
        .merge(summary::routes())
        .merge(registration::routes())
        .merge(delete::routes())
        .merge(groups::routes())
        .merge(restart::routes())
        .merge(upgrade::routes())
        .merge(runtime::routes())
        .merge(distinct::routes())
        .merge(reports::routes())
}
