//! Manager handlers (spec tag `Manager`): the manager node the API runs on (the demo
//! cluster's master, `server::node`) — its information and the states of its daemons.

use super::list::{self, Messages};
use super::op;
use crate::api::manager::{GetManagerInfo, GetManagerStatus};
use crate::server::extract::WazuhQuery;
use crate::server::node::Node;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::AppState;
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use serde_json::Value;

/// The messages of `GET /manager/info`.
const INFO_MESSAGES: Messages = Messages {
    all: "Basic information was successfully read in specified node",
    some: "Could not read basic information in some nodes",
    none: "Could not read basic information in specified node",
};

/// The messages of `GET /manager/status`.
const STATUS_MESSAGES: Messages = Messages {
    all: "Processes status was successfully read in specified node",
    some: "Could not read basic information in some nodes",
    none: "Could not read processes status in specified node",
};

/// `GET /manager/info`: the node's installation facts, as its one item.
pub async fn info(
    State(state): State<AppState>,
    _: Guarded<GetManagerInfo>,
    query: WazuhQuery<GetManagerInfo>,
) -> Response {
    let node = Node::local(state.data_dir());
    one_item(node.info(), &INFO_MESSAGES, query.pretty())
}

/// `GET /manager/status`: the state of each daemon of the node, as its one item.
pub async fn status(
    State(state): State<AppState>,
    _: Guarded<GetManagerStatus>,
    query: WazuhQuery<GetManagerStatus>,
) -> Response {
    let node = Node::local(state.data_dir());
    one_item(node.daemons(), &STATUS_MESSAGES, query.pretty())
}

/// An answer whose `affected_items` is one item about the node.
fn one_item(item: Value, messages: &Messages, pretty: bool) -> Response {
    respond::ok(&list::envelope(vec![item], 1, Vec::new(), messages), pretty)
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetManagerInfo, info))
        .merge(op(GetManagerStatus, status))
}
