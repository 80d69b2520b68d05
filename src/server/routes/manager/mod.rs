//! Handlers of the spec tag `Manager`, one file per kind of operation: the node the API runs
//! on — its information, daemons and configuration (`node`) —, its own log (`logs`) and its
//! statistics (`stats`). Each reads what `server::node` keeps of the node. The node-scoped
//! operations of the tag `Cluster` (`/cluster/{node_id}/info`, `.../logs`, `.../stats`, ...)
//! are the same operations on the node the path names: one handler serves both, the node
//! resolved by `node_answers::target_node`.

mod logs;
mod node;
mod stats;

use crate::server::state::AppState;
use axum::Router;

/// The routes of every `Manager` operation.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(node::routes())
        .merge(logs::routes())
        .merge(stats::routes())
}
