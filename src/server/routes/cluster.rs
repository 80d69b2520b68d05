//! Handlers of the spec tag `Cluster` about the cluster as a whole, over the demo cluster of
//! `server::node` (the master this API runs on, two workers beside it): the local node and its
//! `<cluster>` configuration, the nodes, their health (agents reporting to each, the times of
//! the last synchronizations: the workers sync at start-up), the status, the ruleset
//! synchronization, the API configuration of each node and the validation of each node's
//! `ossec.conf`. `nodes_list` names nodes (an unknown one is a 1730 failed item) and the
//! caller's `node:id` resources filter them, as the other lists' do. With the cluster
//! disabled in the local `ossec.conf` (`serve --standalone`), the status says so, the local
//! configuration shows it, and the other operations answer 3013, as a standalone manager's.

use crate::api::cluster::{
    GetClusterApiConfig, GetClusterStatus, GetHealthcheck, GetLocalConfig, GetLocalInfo,
    GetRulesetSync, ListNodes, NodesQuery, RestartCluster, ValidateClusterConfiguration,
    NODE_FIELDS, NODE_TYPES,
};
use crate::api::codes::NODE_NOT_FOUND;
use crate::api::Endpoint;
use crate::server::bulk::Failures;
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::node::{ossec_conf, Node};
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::routes::list::{self, ListSpec, Messages, NameKind, Names};
use crate::server::routes::node_answers::{
    answer, local_cluster_config, running_cluster_config, API_CONFIG_MESSAGES, RESTART_MESSAGES,
    VALIDATION_MESSAGES,
};
use crate::server::routes::op;
use crate::server::state::{off_thread, AppState};
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use serde_json::{json, Value};

/// The nodes collection of `GET /cluster/nodes`.
const NODES: Collection = Collection {
    fields: NODE_FIELDS,
    mandatory: &["name"],
    default_sort: "name",
    date_filters_skip_id: None,
};

/// `GET /cluster/nodes`: nodes named by `nodes_list`, unknown ones failing with 1730.
const NODE_LIST: ListSpec = ListSpec {
    collection: &NODES,
    messages: Messages {
        all: "All selected nodes information was returned",
        some: "Some nodes information was not returned",
        none: "No node information was returned",
    },
    key: "name",
    names: Some(Names {
        param: "nodes_list",
        kind: NameKind::Text,
        missing_code: NODE_NOT_FOUND,
    }),
    equalities: &[("type", "type")],
};

/// The messages of `GET /cluster/local/info` and `/cluster/local/config`.
const LOCAL_MESSAGES: Messages = Messages {
    all: "All selected information was returned",
    some: "Some information was not returned",
    none: "No information was returned",
};

/// The messages of `GET /cluster/healthcheck`.
const HEALTH_MESSAGES: Messages = Messages {
    all: "All selected nodes healthcheck information was returned",
    some: "Some nodes healthcheck information was not returned",
    none: "No healthcheck information was returned",
};

/// The messages of `GET /cluster/ruleset/synchronization`.
const SYNC_MESSAGES: Messages = Messages {
    all: "Nodes ruleset synchronization status was successfully read",
    some: "Could not read ruleset synchronization status in some nodes",
    none: "Could not read ruleset synchronization status in any node",
};

/// `GET /cluster/local/info`: the node this API runs on.
pub async fn local_info(
    State(state): State<AppState>,
    guard: Guarded<GetLocalInfo>,
    query: WazuhQuery<GetLocalInfo>,
) -> Result<Response, ApiError> {
    guard.nodes().check(Node::local(state.data_dir()).name())?;
    let config = running_cluster_config(&state).await?;
    let item = json!({
        "node": config["node_name"],
        "cluster": config["name"],
        "type": config["node_type"],
    });
    Ok(answer(
        vec![item],
        Failures::default(),
        &LOCAL_MESSAGES,
        query.pretty(),
    ))
}

/// `GET /cluster/local/config`: the `<cluster>` section of this node's `ossec.conf`.
pub async fn local_config(
    State(state): State<AppState>,
    guard: Guarded<GetLocalConfig>,
    query: WazuhQuery<GetLocalConfig>,
) -> Result<Response, ApiError> {
    guard.nodes().check(Node::local(state.data_dir()).name())?;
    let config = local_cluster_config(&state).await?;
    Ok(answer(
        vec![config],
        Failures::default(),
        &LOCAL_MESSAGES,
        query.pretty(),
    ))
}

/// `GET /cluster/nodes`: the nodes through the shared list pipeline.
pub async fn nodes(
    State(state): State<AppState>,
    guard: Guarded<ListNodes>,
    query: WazuhQuery<ListNodes>,
) -> Result<Response, ApiError> {
    if let Some(node_type) = &query.query.node_type {
        check_one_of("type", node_type, NODE_TYPES)?;
    }
    let scope = guard.nodes();
    let nodes = Node::all(state.data_dir());
    if nodes.iter().any(|node| scope.permits(node.name())) {
        running_cluster_config(&state).await?;
    }
    let items: Vec<Value> = nodes.iter().map(node_item).collect();
    list::serve(&NODE_LIST, &query, Some(&scope), &items[..])
}

/// `GET /cluster/healthcheck`: each node's information with the agents active on it and, for
/// a worker, the times of its last synchronizations with the master.
pub async fn healthcheck(
    State(state): State<AppState>,
    guard: Guarded<GetHealthcheck>,
    query: WazuhQuery<GetHealthcheck>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    let synced = state
        .started()
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let health = |node: &Node| {
        let mut info = node_item(node);
        info["n_active_agents"] = json!(fleet.active_on(node.name()));
        match node.cluster().node_type {
            "master" => json!({"info": info}),
            _ => json!({"info": info, "status": worker_status(&synced, &now)}),
        }
    };
    per_node(&state, &guard.nodes(), &query, &HEALTH_MESSAGES, health).await
}

/// `GET /cluster/ruleset/synchronization`: every node serves the master's ruleset (the lab's
/// nodes share one process and one ruleset), so each is synced.
pub async fn ruleset_sync(
    State(state): State<AppState>,
    guard: Guarded<GetRulesetSync>,
    query: WazuhQuery<GetRulesetSync>,
) -> Result<Response, ApiError> {
    let synced = |node: &Node| json!({"name": node.name(), "synced": true});
    per_node(&state, &guard.nodes(), &query, &SYNC_MESSAGES, synced).await
}

/// `GET /cluster/status`: whether the cluster is enabled (and so running: the lab's nodes run
/// in this process), as the local `ossec.conf` says.
pub async fn status(
    State(state): State<AppState>,
    _: Guarded<GetClusterStatus>,
    query: WazuhQuery<GetClusterStatus>,
) -> Result<Response, ApiError> {
    let config = local_cluster_config(&state).await?;
    let state = if config["disabled"] == true {
        "no"
    } else {
        "yes"
    };
    let body = json!({"data": {"enabled": state, "running": state}, "error": 0});
    Ok(respond::ok(&body, query.pretty()))
}

/// `GET /cluster/api/config`: the API configuration of each node (one process: the same).
pub async fn api_config(
    State(state): State<AppState>,
    guard: Guarded<GetClusterApiConfig>,
    query: WazuhQuery<GetClusterApiConfig>,
) -> Result<Response, ApiError> {
    let config =
        |node: &Node| json!({"node_name": node.name(), "node_api_config": state.api_config()});
    per_node(&state, &guard.nodes(), &query, &API_CONFIG_MESSAGES, config).await
}

/// `GET /cluster/configuration/validation`: each node's `ossec.conf` checked; an invalid one
/// is that node's failed item (1908).
pub async fn validation(
    State(state): State<AppState>,
    guard: Guarded<ValidateClusterConfiguration>,
    query: WazuhQuery<ValidateClusterConfiguration>,
) -> Result<Response, ApiError> {
    let (asked, mut failures) = asked_nodes(&state, &guard.nodes(), &query.query)?;
    if !asked.is_empty() {
        running_cluster_config(&state).await?;
    }
    let checked = off_thread(move || {
        let results = asked.into_iter().map(|node| {
            let document = node.read_ossec_conf();
            let result = document.and_then(|document| ossec_conf::validate(&document));
            (node.name(), result)
        });
        Ok(results.collect::<Vec<_>>())
    })
    .await?;
    let mut items = Vec::new();
    for (name, result) in checked {
        match result {
            Ok(()) => items.push(json!({"name": name, "status": "OK"})),
            Err(err) => failures.add(name, &err),
        }
    }
    Ok(answer(
        items,
        failures,
        &VALIDATION_MESSAGES,
        query.pretty(),
    ))
}

/// `PUT /cluster/restart`: the nodes asked for read their configurations and the ruleset
/// again; a node whose configuration is invalid (or all, when the ruleset is) is a failed item
/// (1908) and keeps running as it was.
pub async fn restart(
    State(state): State<AppState>,
    guard: Guarded<RestartCluster>,
    query: WazuhQuery<RestartCluster>,
) -> Result<Response, ApiError> {
    let (asked, mut failures) = asked_nodes(&state, &guard.nodes(), &query.query)?;
    if asked.is_empty() {
        return Ok(answer(
            Vec::new(),
            failures,
            &RESTART_MESSAGES,
            query.pretty(),
        ));
    }
    running_cluster_config(&state).await?;
    let (restarted, restart_failures) = state.restart(asked).await;
    failures.merge(restart_failures);
    Ok(answer(
        restarted,
        failures,
        &RESTART_MESSAGES,
        query.pretty(),
    ))
}

/// The nodes a request asks for: those of `nodes_list` (all when absent) that exist (1730
/// failed items otherwise) and that the caller's `node:id` resources permit.
fn asked_nodes(
    state: &AppState,
    scope: &Scope,
    query: &NodesQuery,
) -> Result<(Vec<Node>, Failures), ApiError> {
    let all = Node::all(state.data_dir());
    let mut failures = Failures::default();
    let Some(list) = &query.nodes_list else {
        let permitted = all.into_iter().filter(|node| scope.permits(node.name()));
        return Ok((permitted.collect(), failures));
    };
    let mut named = Vec::new();
    for name in list
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        match all.iter().find(|node| node.name() == name) {
            Some(node) if !named.iter().any(|n: &Node| n.name() == name) => {
                named.push(node.clone())
            }
            Some(_) => {}
            None => failures.add(name, &ApiError::code(NODE_NOT_FOUND)),
        }
    }
    let names: Vec<&str> = named.iter().map(Node::name).collect();
    let permitted = scope.split(names, &mut failures)?;
    let asked = named
        .into_iter()
        .filter(|node| permitted.contains(&node.name()))
        .collect();
    Ok((asked, failures))
}

/// A node as `GET /cluster/nodes` lists it.
fn node_item(node: &Node) -> Value {
    let cluster = node.cluster();
    json!({
        "name": cluster.name,
        "type": cluster.node_type,
        "version": node.version().trim_start_matches('v'),
        "ip": cluster.ip,
    })
}

/// A worker's synchronization with the master, as the healthcheck shows it: done at `synced`
/// (start-up), nothing missing, alive `now`.
fn worker_status(synced: &str, now: &str) -> Value {
    let done = json!({"date_start_master": synced, "date_end_master": synced});
    let chunks = json!({"date_start": synced, "date_end": synced, "n_synced_chunks": 1});
    json!({
        "sync_integrity_free": true,
        "last_check_integrity": done,
        "last_sync_integrity": {
            "date_start_master": synced,
            "tmp_date_start_master": synced,
            "date_end_master": synced,
            "total_extra_valid": 0,
            "total_files": {"missing": 0, "extra": 0, "extra_valid": 0, "shared": 0},
        },
        "sync_agent_info_free": true,
        "last_sync_agentgroup": chunks,
        "last_sync_full_agentgroup": chunks,
        "last_sync_agentinfo": {
            "date_start_master": synced,
            "date_end_master": synced,
            "n_synced_chunks": 1,
        },
        "last_keep_alive": now,
    })
}

/// An answer with one item per node the request asks for, made by `item` (3013 when the
/// cluster is disabled).
async fn per_node<E: Endpoint<Query = NodesQuery>>(
    state: &AppState,
    scope: &Scope,
    query: &WazuhQuery<E>,
    messages: &Messages,
    item: impl Fn(&Node) -> Value,
) -> Result<Response, ApiError> {
    let (asked, failures) = asked_nodes(state, scope, &query.query)?;
    if !asked.is_empty() {
        running_cluster_config(state).await?;
    }
    let items = asked.iter().map(item).collect();
    Ok(answer(items, failures, messages, query.pretty()))
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetLocalInfo, local_info))
        .merge(op(GetLocalConfig, local_config))
        .merge(op(ListNodes, nodes))
        .merge(op(GetHealthcheck, healthcheck))
        .merge(op(GetRulesetSync, ruleset_sync))
        .merge(op(GetClusterStatus, status))
        .merge(op(GetClusterApiConfig, api_config))
        .merge(op(ValidateClusterConfiguration, validation))
        .merge(op(RestartCluster, restart))
}
