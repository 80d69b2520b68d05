//! Manager handlers (spec tag `Manager`): the manager node the API runs on (the demo
//! cluster's master, `server::node`) — its information, the states of its daemons and the
//! configuration its API runs with — and the check for a newer Wazuh version, which this
//! offline lab answers without asking any update service.

use super::list::{self, Messages};
use super::op;
use crate::api::manager::{CheckVersion, GetApiConfig, GetManagerInfo, GetManagerStatus};
use crate::server::extract::WazuhQuery;
use crate::server::node::Node;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::AppState;
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use serde_json::{json, Value};

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

/// The messages of `GET /manager/api/config`.
const API_CONFIG_MESSAGES: Messages = Messages {
    all: "API configuration was successfully read in all specified nodes",
    some: "Not all API configurations could be read",
    none: "Could not read API configuration in any node",
};

/// What the version check says instead of update information.
const NO_UPDATE_SOURCE: &str =
    "No update source is reachable from this lab: no newer version is known";

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

/// `GET /manager/api/config`: the API configuration of the node (what `serve --config` set,
/// defaults for the rest), as its one item.
pub async fn api_config(
    State(state): State<AppState>,
    _: Guarded<GetApiConfig>,
    query: WazuhQuery<GetApiConfig>,
) -> Response {
    let node = Node::local(state.data_dir());
    let item = json!({"node_name": node.name(), "node_api_config": state.api_config()});
    one_item(item, &API_CONFIG_MESSAGES, query.pretty())
}

/// `GET /manager/version/check`: the answer Wazuh gives when it has no update information
/// (the update check off: nothing known of newer versions), with a message saying why.
/// `force_query` changes nothing: there is no service to ask.
pub async fn version_check(
    State(state): State<AppState>,
    _: Guarded<CheckVersion>,
    query: WazuhQuery<CheckVersion>,
) -> Response {
    let node = Node::local(state.data_dir());
    let data = json!({
        "last_check_date": "",
        "current_version": node.version(),
        "update_check": false,
        "last_available_major": {},
        "last_available_minor": {},
        "last_available_patch": {},
    });
    let body = json!({"data": data, "message": NO_UPDATE_SOURCE, "error": 0});
    respond::ok(&body, query.pretty())
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
        .merge(op(GetApiConfig, api_config))
        .merge(op(CheckVersion, version_check))
}
