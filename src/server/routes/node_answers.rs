//! What the manager and cluster handlers share, without handlers of its own: the node a
//! request is about (the one the API runs on, or the one `/cluster/{node_id}/...` names),
//! whether the cluster runs, a node's active configuration (also the manager agent's), the messages of the answers about nodes that both tags give
//! (API configuration, restart, validation), and the answer itself — the nodes' items and,
//! by node, what failed.

use super::list::{self, Messages};
use crate::api::codes::{
    CLUSTER_NOT_RUNNING, COMPONENT_UNREACHABLE, NODE_NOT_FOUND, NO_SUCH_CONFIGURATION, SOCKET_ERROR,
};
use crate::api::Endpoint;
use crate::server::bulk::Failures;
use crate::server::demo::agent_runtime::config::Unavailable;
use crate::server::demo::agent_runtime::manager::manager_section;
use crate::server::demo::agent_runtime::Facts;
use crate::server::error::ApiError;
use crate::server::node::{ossec_conf, Node};
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use axum::extract::Path;
use axum::response::Response;
use serde_json::{json, Value};
use std::collections::HashMap;

/// The path parameters of a request that may name a node (`/cluster/{node_id}/...`); none
/// for the `/manager/...` operations.
pub type NodePath = Option<Path<HashMap<String, String>>>;

/// The node a request is about: the one its path names (the caller must be permitted on it,
/// `node:id`; the cluster must run, 3013; the node must exist, 1730), else the node the API
/// runs on.
pub async fn target_node<E: Endpoint>(
    state: &AppState,
    guard: &Guarded<E>,
    path: &NodePath,
) -> Result<Node, ApiError> {
    let Some(name) = path.as_ref().and_then(|Path(params)| params.get("node_id")) else {
        return Ok(Node::local(state.data_dir()));
    };
    guard.nodes().check(name)?;
    running_cluster_config(state).await?;
    Node::all(state.data_dir())
        .into_iter()
        .find(|node| node.name() == name)
        .ok_or_else(|| ApiError::code(NODE_NOT_FOUND))
}

/// The `<cluster>` section of this node's `ossec.conf`, as Wazuh shows it.
pub async fn local_cluster_config(state: &AppState) -> Result<Value, ApiError> {
    cluster_config_of(Node::local(state.data_dir())).await
}

/// The `<cluster>` section of a node's `ossec.conf`, as Wazuh shows it (`disabled` as a
/// boolean, `port` as a number).
pub async fn cluster_config_of(node: Node) -> Result<Value, ApiError> {
    let config = off_thread(move || {
        let document = node.read_ossec_conf()?;
        ossec_conf::select(
            ossec_conf::to_json(&document)?,
            Some("cluster"),
            None,
            false,
        )
    })
    .await?;
    let mut cluster = config["cluster"].clone();
    cluster["disabled"] = json!(cluster["disabled"] == "yes");
    if let Some(port) = cluster["port"]
        .as_str()
        .and_then(|port| port.parse::<u16>().ok())
    {
        cluster["port"] = json!(port);
    }
    Ok(cluster)
}

/// The local `<cluster>` configuration, when the cluster runs; 3013 when it is disabled (a
/// standalone manager).
pub async fn running_cluster_config(state: &AppState) -> Result<Value, ApiError> {
    let config = local_cluster_config(state).await?;
    match config["disabled"] == true {
        true => Err(ApiError::code(CLUSTER_NOT_RUNNING)),
        false => Ok(config),
    }
}

/// The messages of `GET /manager/api/config` and `/cluster/api/config`.
pub const API_CONFIG_MESSAGES: Messages = Messages {
    all: "API configuration was successfully read in all specified nodes",
    some: "Not all API configurations could be read",
    none: "Could not read API configuration in any node",
};

/// The messages of `PUT /manager/restart` and `/cluster/restart`.
pub const RESTART_MESSAGES: Messages = Messages {
    all: "Restart request sent to all specified nodes",
    some: "Could not send restart request to some specified nodes",
    none: "Could not send restart request to any node",
};

/// The messages of `GET /manager/configuration/validation` and
/// `/cluster/configuration/validation`.
pub const VALIDATION_MESSAGES: Messages = Messages {
    all: "Validation was successfully checked in all nodes",
    some: "Could not check validation in some nodes",
    none: "Could not check validation in any node",
};

/// An answer over some nodes: their items and failed items.
pub fn answer(
    items: Vec<Value>,
    failures: Failures,
    messages: &Messages,
    pretty: bool,
) -> Response {
    let total = items.len() as u64;
    let envelope = list::envelope(items, total, failures.into_groups(), messages);
    respond::ok(&envelope, pretty)
}

/// One section of the active configuration of a manager node's daemon (the node's
/// `<cluster>` read only when that section is asked for), or the Wazuh error saying why not.
pub async fn active_section(
    node: Node,
    facts: &Facts,
    component: &str,
    section: &str,
) -> Result<Value, ApiError> {
    let cluster = match (component, section) {
        ("com", "cluster") => cluster_config_of(node).await?,
        _ => Value::Null,
    };
    manager_section(facts, &cluster, component, section)
        .map_err(|why| unavailable(why, component, section))
}

/// The Wazuh error for a section that cannot be answered.
pub fn unavailable(why: Unavailable, component: &str, section: &str) -> ApiError {
    match why {
        Unavailable::NoSection => {
            ApiError::code_with(NO_SUCH_CONFIGURATION, format!("{component}:{section}"))
        }
        Unavailable::NoComponent => {
            ApiError::code_with(COMPONENT_UNREACHABLE, format!("{component}:{section}"))
        }
        Unavailable::NotConfigured => ApiError::code_with(
            SOCKET_ERROR,
            format!("Please verify that the component '{component}' is properly configured"),
        ),
    }
}
