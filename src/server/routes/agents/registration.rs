//! Agent registration: `POST /agents`, `POST /agents/insert` and `POST /agents/insert/quick`
//! (name and IP checks, key secrets, the `force` replacement rules), answered as Wazuh does.
//!
//! Imports `api` and the server's `state`, `store`, `rbac`, `error` and `routes` modules.

use super::common::{not_a_timeframe, numeric_id};
use crate::api::agents::GetAgentKey;
use crate::api::agents::{AddAgent, AddAgentBody, InsertAgent, InsertAgentBody, InsertAgentQuick};
use crate::api::codes::{
    Code, AGENT_ID_EXISTS, AGENT_IP_EXISTS, AGENT_NAME_EXISTS, AGENT_NAME_TOO_LONG,
    AGENT_NOT_FOUND, KEY_TOO_SHORT, MANAGER_AGENT,
};
use crate::api::AgentId;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::node::Node;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::body::json_request;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::{self, Conflict, Force, KeyMaterial, NewAgent};
use crate::server::wql::values::timeframe_seconds;
use axum::body::Bytes;
use axum::extract::Path;
use axum::extract::{ConnectInfo, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Extension;
use axum::Router;
use base64::Engine;
use chrono::Utc;
use serde::Deserialize;
use serde_json::{json, Value};
use std::net::{IpAddr, SocketAddr};

/// Longest agent name Wazuh accepts.
const MAX_NAME_LEN: usize = 128;
/// Length of an agent key's secret.
const SECRET_LEN: usize = 64;
/// The IP that stands for "any address".
const ANY_IP: &str = "any";
/// The default time conditions of `force` (`disconnected_time.value`, `after_registration_time`).
const FORCE_DEFAULT_TIME: &str = "1h";

/// `POST /agents`: registers an agent; without `ip`, the caller's address (or `any` when the
/// server does not know it).
pub async fn add(
    State(state): State<AppState>,
    _: Guarded<AddAgent>,
    query: WazuhQuery<AddAgent>,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body: AddAgentBody = json_request(&headers, &body, &["name"], &["name", "ip"])?;
    let ip = body
        .ip
        .or_else(|| peer.map(|Extension(ConnectInfo(addr))| addr.ip().to_string()));
    let request = Registration {
        id: None,
        name: body.name,
        ip,
        secret: None,
        force: None,
    };
    register(&state, request, query.pretty()).await
}

/// `POST /agents/insert`: registers an agent with an explicit id, key and `force` conditions.
pub async fn insert(
    State(state): State<AppState>,
    _: Guarded<InsertAgent>,
    query: WazuhQuery<InsertAgent>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let fields = ["id", "key", "name", "ip"];
    let body: InsertAgentBody = json_request(&headers, &body, &["name"], &fields)?;
    let request = Registration {
        id: body
            .id
            .as_deref()
            .map(|id| numeric_id(id, "id"))
            .transpose()?,
        name: body.name,
        ip: body.ip,
        secret: body.key.map(checked_secret).transpose()?,
        force: force_of(body.force.as_ref())?,
    };
    register(&state, request, query.pretty()).await
}

/// `POST /agents/insert/quick`: registers an agent by name, with IP `any`.
pub async fn insert_quick(
    State(state): State<AppState>,
    _: Guarded<InsertAgentQuick>,
    query: WazuhQuery<InsertAgentQuick>,
) -> Result<Response, ApiError> {
    let pretty = query.pretty();
    let name = query.required("agent_name")?.to_string();
    let request = Registration {
        id: None,
        name,
        ip: Some(ANY_IP.to_string()),
        secret: None,
        force: None,
    };
    register(&state, request, pretty).await
}

/// A registration as the request asks for it (name and IP not validated yet).
struct Registration {
    id: Option<i64>,
    name: String,
    ip: Option<String>,
    secret: Option<String>,
    force: Option<Force>,
}

/// Validates the name and IP, stores the agent (a new secret unless given) and answers
/// `{"data": {"id", "key"}, "error": 0}`.
async fn register(
    state: &AppState,
    request: Registration,
    pretty: bool,
) -> Result<Response, ApiError> {
    check_name(&request.name)?;
    let ip = checked_ip(request.ip.as_deref().unwrap_or(ANY_IP))?;
    let secret = match request.secret {
        Some(secret) => secret,
        None => new_secret()?,
    };
    let agent = NewAgent {
        id: request.id,
        name: request.name,
        ip,
        secret,
        registered_at: Utc::now().timestamp(),
        force: request.force,
    };
    let log = Node::local(state.data_dir()).log();
    let material = state
        .write(move |store| match store.register_agent(&agent) {
            Ok(Ok(id)) => {
                let generated = format!(
                    "Agent key generated for '{}' (requested by the API)",
                    agent.name
                );
                log.info("wazuh-authd", &generated);
                Ok(KeyMaterial {
                    id,
                    name: agent.name,
                    ip: agent.ip,
                    secret: agent.secret,
                })
            }
            Ok(Err(conflict)) => Err(ApiError::code(conflict_code(conflict))),
            Err(err) => Err(ApiError::internal(err)),
        })
        .await?;
    let body = json!({
        "data": { "id": store::agent_id(material.id), "key": encode_key(&material) },
        "error": 0,
    });
    Ok(respond::ok(&body, pretty))
}

/// The Wazuh code of a registration conflict.
fn conflict_code(conflict: Conflict) -> Code {
    match conflict {
        Conflict::Id => AGENT_ID_EXISTS,
        Conflict::Name => AGENT_NAME_EXISTS,
        Conflict::Ip => AGENT_IP_EXISTS,
    }
}

/// An agent name: letters, digits, `-`, `_` and `.` (400 otherwise), at most 128 (1738).
fn check_name(name: &str) -> Result<(), ApiError> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    if name.is_empty() || !name.chars().all(allowed) {
        return Err(ApiError::bad_request(format!(
            "'{name}' is not a 'names' - 'name'"
        )));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(ApiError::code(AGENT_NAME_TOO_LONG));
    }
    Ok(())
}

/// An IP, IP/NET or `any` (any case), else 1706.
pub(super) fn checked_ip(ip: &str) -> Result<String, ApiError> {
    if ip.eq_ignore_ascii_case(ANY_IP) {
        return Ok(ANY_IP.to_string());
    }
    let (address, prefix) = match ip.split_once('/') {
        Some((address, prefix)) => (address, Some(prefix)),
        None => (ip, None),
    };
    let address: IpAddr = address
        .parse()
        .map_err(|_| ApiError::code(AGENT_IP_EXISTS))?;
    let max_prefix = if address.is_ipv4() { 32 } else { 128 };
    let prefix_ok = prefix.is_none_or(|p| p.parse::<u8>().is_ok_and(|p| p <= max_prefix));
    if prefix_ok {
        Ok(ip.to_string())
    } else {
        Err(ApiError::code(AGENT_IP_EXISTS))
    }
}

/// A given key secret: shorter than 64 characters is 1709; it must be 64 letters or digits.
pub(super) fn checked_secret(key: String) -> Result<String, ApiError> {
    if key.chars().count() < SECRET_LEN {
        return Err(ApiError::code(KEY_TOO_SHORT));
    }
    if key.len() != SECRET_LEN || !key.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ApiError::bad_request(
            "The key must be 64 letters or digits - 'key'",
        ));
    }
    Ok(key)
}

/// A fresh secret: 64 hex characters from the system CSPRNG.
pub(super) fn new_secret() -> Result<String, ApiError> {
    let mut bytes = [0u8; SECRET_LEN / 2];
    aws_lc_rs::rand::fill(&mut bytes)
        .map_err(|_| ApiError::internal("the system random generator failed"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The agent key as Wazuh hands it out: base64 of `"<id> <name> <ip> <secret>"`.
pub(super) fn encode_key(material: &KeyMaterial) -> String {
    let line = format!(
        "{} {} {} {}",
        store::agent_id(material.id),
        material.name,
        material.ip,
        material.secret
    );
    base64::engine::general_purpose::STANDARD.encode(line)
}

/// The `force` object of `POST /agents/insert`, with the spec's defaults.
#[derive(Debug, Deserialize)]
struct ForceBody {
    #[serde(default = "enabled")]
    enabled: bool,
    #[serde(default)]
    disconnected_time: Option<DisconnectedTime>,
    #[serde(default)]
    after_registration_time: Option<String>,
}

/// `force.disconnected_time`.
#[derive(Debug, Deserialize)]
struct DisconnectedTime {
    #[serde(default = "enabled")]
    enabled: bool,
    #[serde(default)]
    value: Option<String>,
}

fn enabled() -> bool {
    true
}

/// The replacement conditions a `force` object asks for; `None` when absent or disabled.
pub(super) fn force_of(value: Option<&Value>) -> Result<Option<Force>, ApiError> {
    let Some(value) = value else {
        return Ok(None);
    };
    let force: ForceBody = serde_json::from_value(value.clone())
        .map_err(|err| ApiError::bad_request(format!("{err} - 'force'")))?;
    if !force.enabled {
        return Ok(None);
    }
    let disconnected = force.disconnected_time.unwrap_or(DisconnectedTime {
        enabled: true,
        value: None,
    });
    let disconnected_for = disconnected
        .enabled
        .then(|| {
            force_time(
                disconnected.value.as_deref(),
                "force.disconnected_time.value",
            )
        })
        .transpose()?;
    Ok(Some(Force {
        after_registration: force_time(
            force.after_registration_time.as_deref(),
            "force.after_registration_time",
        )?,
        disconnected_for,
    }))
}

/// Seconds of a `force` timeframe (default `1h`).
fn force_time(value: Option<&str>, param: &str) -> Result<i64, ApiError> {
    let value = value.unwrap_or(FORCE_DEFAULT_TIME);
    timeframe_seconds(value).ok_or_else(|| not_a_timeframe(value, param))
}

/// The messages of `GET /agents/{agent_id}/key`.
const KEY_MESSAGES: Messages = Messages {
    all: "Obtained keys for all selected agents",
    some: "Some agent keys were not obtained",
    none: "No agent keys were obtained",
};

/// `GET /agents/{agent_id}/key`: the base64 key `"<id> <name> <ip> <secret>"`.
pub async fn key(
    State(state): State<AppState>,
    guard: Guarded<GetAgentKey>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<GetAgentKey>,
) -> Result<Response, ApiError> {
    let id = numeric_id(&agent_id, "agent_id")?;
    guard.agents().check(&store::agent_id(id))?;
    let material = if AgentId(id).is_manager() {
        Err(ApiError::code(MANAGER_AGENT))
    } else {
        state
            .store(move |store| store.agent_key_material(id))
            .await?
            .ok_or_else(|| ApiError::code(AGENT_NOT_FOUND))
    };
    let mut failures = Failures::default();
    let affected = match material {
        Ok(material) => vec![json!({ "id": store::agent_id(id), "key": encode_key(&material) })],
        Err(error) => {
            failures.add(store::agent_id(id), &error);
            Vec::new()
        }
    };
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), &KEY_MESSAGES);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(AddAgent, add))
        .merge(op(InsertAgent, insert))
        .merge(op(InsertAgentQuick, insert_quick))
        .merge(op(GetAgentKey, key))
}
