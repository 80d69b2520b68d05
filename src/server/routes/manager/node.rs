//! The node the API runs on (the demo cluster's master, `server::node`): its information,
//! the states of its daemons, the configuration its API runs with and its `ossec.conf` (read
//! and validated), and the check for a newer Wazuh version, which this offline lab answers
//! without asking any update service.
//!
//! As in a Wazuh cluster, what goes wrong on the node (a section the configuration lacks, a
//! file that cannot be read) is a failed item of the node, in a 200 answer.

use crate::api::agents::runtime::{CONFIG_COMPONENTS, CONFIG_SECTIONS};
use crate::api::cluster::{
    GetNodeActiveConfig, GetNodeConfiguration, GetNodeInfo, GetNodeStatus, PutNodeConfiguration,
};
use crate::api::manager::{
    CheckVersion, ConfigurationQuery, GetActiveConfig, GetApiConfig, GetConfiguration,
    GetManagerInfo, GetManagerStatus, PutConfiguration, RestartManager, ValidateConfiguration,
    SECTIONS,
};
use crate::api::{Endpoint, NoQuery};
use crate::server::bulk::Failures;
use crate::server::demo::agent_runtime::Facts;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::fleet::Agent;
use crate::server::node::{ossec_conf, Node};
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::Messages;
use crate::server::routes::node_answers::{
    active_section, answer, target_node, NodePath, API_CONFIG_MESSAGES, RESTART_MESSAGES,
    VALIDATION_MESSAGES,
};
use crate::server::routes::{body, op};
use crate::server::state::{off_thread, AppState};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::{self, HeaderValue};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Router;
use chrono::Utc;
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

/// The messages of `GET /manager/configuration`.
const CONFIGURATION_MESSAGES: Messages = Messages {
    all: "Configuration was successfully read in specified node",
    some: "Could not read configuration in some nodes",
    none: "Could not read configuration in specified node",
};

/// The messages of `PUT /manager/configuration`.
const UPDATE_MESSAGES: Messages = Messages {
    all: "Configuration was successfully updated in specified node",
    some: "Could not update configuration in some nodes",
    none: "Could not update configuration in specified node",
};

/// The messages of the active configuration of a node's daemon.
const ACTIVE_CONFIG_MESSAGES: Messages = Messages {
    all: "Active configuration was successfully read in specified node",
    some: "Could not read active configuration in some nodes",
    none: "Could not read active configuration in specified node",
};

/// What the version check says instead of update information.
const NO_UPDATE_SOURCE: &str =
    "No update source is reachable from this lab: no newer version is known";

/// `GET /manager/info` and `/cluster/{node_id}/info`: the node's installation facts, as its
/// one item.
pub async fn info<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let node = target_node(&state, &guard, &path).await?;
    Ok(node_answer(
        &node,
        Ok(node.info()),
        &INFO_MESSAGES,
        query.pretty(),
    ))
}

/// `GET /manager/status` and `/cluster/{node_id}/status`: the state of each daemon of the
/// node, as its one item.
pub async fn status<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let node = target_node(&state, &guard, &path).await?;
    Ok(node_answer(
        &node,
        Ok(node.daemons()),
        &STATUS_MESSAGES,
        query.pretty(),
    ))
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
    node_answer(&node, Ok(item), &API_CONFIG_MESSAGES, query.pretty())
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

/// `GET /manager/configuration` and `/cluster/{node_id}/configuration`: the node's
/// `ossec.conf` as the file itself (`raw`, XML) or as Wazuh's JSON view of it, the whole of
/// it or the `section` (and its `field`) asked for.
pub async fn configuration<E: Endpoint<Query = ConfigurationQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let asked = query.query.clone();
    if let Some(section) = &asked.section {
        check_one_of("section", section, SECTIONS)?;
    }
    let node = target_node(&state, &guard, &path).await?;
    let reader = node.clone();
    let read = off_thread(move || Ok(read_configuration(&reader, &asked))).await?;
    Ok(match read {
        Ok(Configuration::Raw(document)) => xml_response(document),
        Ok(Configuration::Json(config)) => {
            node_answer(&node, Ok(config), &CONFIGURATION_MESSAGES, query.pretty())
        }
        Err(err) => node_answer(&node, Err(err), &CONFIGURATION_MESSAGES, query.pretty()),
    })
}

/// `PUT /manager/configuration` and `/cluster/{node_id}/configuration`: the body
/// (`application/octet-stream`) replaces the node's `ossec.conf` once checked; a refusal
/// (1908, a protected section) is the node's failed item, the file left as it was.
pub async fn update_configuration<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    body::require_content_type(&headers, "application/octet-stream")?;
    let node = target_node(&state, &guard, &path).await?;
    let writer = node.clone();
    let replaced = off_thread(move || Ok(writer.replace_ossec_conf(&body))).await?;
    let item = replaced.map(|()| json!(node.name()));
    Ok(node_answer(&node, item, &UPDATE_MESSAGES, query.pretty()))
}

/// `PUT /manager/restart`: the node reads its configuration and the ruleset again, unless
/// either is invalid (1908, the node's failed item: it keeps running as it was).
pub async fn restart(
    State(state): State<AppState>,
    _: Guarded<RestartManager>,
    query: WazuhQuery<RestartManager>,
) -> Result<Response, ApiError> {
    let (restarted, failures) = state.restart(vec![Node::local(state.data_dir())]).await;
    Ok(answer(
        restarted,
        failures,
        &RESTART_MESSAGES,
        query.pretty(),
    ))
}

/// `GET /manager/configuration/validation`: whether the node's `ossec.conf` is valid (its
/// name and status `OK`), else what is wrong with it as the node's failed item (1908).
pub async fn validation(
    State(state): State<AppState>,
    _: Guarded<ValidateConfiguration>,
    query: WazuhQuery<ValidateConfiguration>,
) -> Result<Response, ApiError> {
    let node = Node::local(state.data_dir());
    let reader = node.clone();
    let checked = off_thread(move || {
        let document = reader.read_ossec_conf();
        Ok(document.and_then(|document| ossec_conf::validate(&document)))
    })
    .await?;
    let item = checked.map(|()| json!({"name": node.name(), "status": "OK"}));
    Ok(node_answer(
        &node,
        item,
        &VALIDATION_MESSAGES,
        query.pretty(),
    ))
}

/// `GET /manager/configuration/{component}/{configuration}` and
/// `/cluster/{node_id}/configuration/{component}/{configuration}`: one section of the
/// configuration a daemon of the node runs with, as its one item; a daemon the node does not
/// run (1121) or a section the daemon does not have (1116) is the node's failed item.
pub async fn active_config<E: Endpoint<Query = NoQuery>>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    path: NodePath,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let params = path.as_ref().map(|Path(params)| params);
    let param = |name| {
        params
            .and_then(|params| params.get(name))
            .map(|v| v.to_lowercase())
    };
    let (component, section) = (param("component"), param("configuration"));
    let (component, section) = (component.unwrap_or_default(), section.unwrap_or_default());
    check_one_of("component", &component, CONFIG_COMPONENTS)?;
    check_one_of("configuration", &section, CONFIG_SECTIONS)?;
    let node = target_node(&state, &guard, &path).await?;
    let facts = manager_facts(&state);
    let item = active_section(node.clone(), &facts, &component, &section).await;
    Ok(node_answer(
        &node,
        item,
        &ACTIVE_CONFIG_MESSAGES,
        query.pretty(),
    ))
}

/// What a manager's active configuration derives from: the manager's agent `000` (its OS),
/// the host, and when the server started.
fn manager_facts(state: &AppState) -> Facts {
    let record = state.fleet().get(0).map(Agent::json).unwrap_or_default();
    let text = |pointer| {
        let value = record.pointer(pointer).and_then(Value::as_str);
        value.unwrap_or_default().to_string()
    };
    Facts {
        id: 0,
        platform: text("/os/platform"),
        os_version: (text("/os/major"), text("/os/minor")),
        manager: state.hostname().to_string(),
        group_config: Vec::new(),
        started: state.started().timestamp(),
        now: Utc::now().timestamp(),
    }
}

/// What `GET /manager/configuration` answers with.
enum Configuration {
    /// The file as it is.
    Raw(String),
    /// The part of its JSON view asked for.
    Json(Value),
}

/// Reads the node's configuration file and the part of it asked for. Blocking.
fn read_configuration(node: &Node, asked: &ConfigurationQuery) -> Result<Configuration, ApiError> {
    let document = node.read_ossec_conf()?;
    if asked.raw == Some(true) {
        return Ok(Configuration::Raw(document));
    }
    let config = ossec_conf::to_json(&document)?;
    let (section, field) = (asked.section.as_deref(), asked.field.as_deref());
    let part = ossec_conf::select(config, section, field, asked.distinct == Some(true))?;
    Ok(Configuration::Json(part))
}

/// An XML document as the answer, as Wazuh sends a raw configuration file.
fn xml_response(document: String) -> Response {
    let mut response = document.into_response();
    let xml = HeaderValue::from_static("application/xml");
    response.headers_mut().insert(header::CONTENT_TYPE, xml);
    response
}

/// An answer about the node: its one item, or what went wrong as the node's failed item.
fn node_answer(
    node: &Node,
    result: Result<Value, ApiError>,
    messages: &Messages,
    pretty: bool,
) -> Response {
    let mut failures = Failures::default();
    let affected = match result {
        Ok(item) => vec![item],
        Err(err) => {
            failures.add(node.name(), &err);
            Vec::new()
        }
    };
    answer(affected, failures, messages, pretty)
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetManagerInfo, info::<GetManagerInfo>))
        .merge(op(GetNodeInfo, info::<GetNodeInfo>))
        .merge(op(GetManagerStatus, status::<GetManagerStatus>))
        .merge(op(GetNodeStatus, status::<GetNodeStatus>))
        .merge(op(GetApiConfig, api_config))
        .merge(op(CheckVersion, version_check))
        .merge(op(GetConfiguration, configuration::<GetConfiguration>))
        .merge(op(
            GetNodeConfiguration,
            configuration::<GetNodeConfiguration>,
        ))
        .merge(op(
            PutConfiguration,
            update_configuration::<PutConfiguration>,
        ))
        .merge(op(
            PutNodeConfiguration,
            update_configuration::<PutNodeConfiguration>,
        ))
        .merge(op(GetActiveConfig, active_config::<GetActiveConfig>))
        .merge(op(
            GetNodeActiveConfig,
            active_config::<GetNodeActiveConfig>,
        ))
        .merge(op(RestartManager, restart))
        .merge(op(ValidateConfiguration, validation))
}
