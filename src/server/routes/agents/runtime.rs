//! An agent's runtime views (spec tag `Agents`): one section of its active configuration,
//! what the manager's daemons count about it, and its own daemons' counters. As Wazuh:
//!
//! * configuration: unknown agent 404 (1701), an agent that is not active 400 (1740); the
//!   manager `000` answers its own sections; a component the agent does not run is 1117 and a
//!   section the component does not have 1116 (the manager: 1121 for a component it does not
//!   run); a bulk-free `{"data": {section: ...}}` answer;
//! * daemon statistics: a bulk answer, the manager a failed item 1703, unknown agents 1701,
//!   agents that are not active 1707;
//! * component statistics: a bulk answer, unknown agents 1701, never-connected agents 1015,
//!   agents older than 4.2.0 1735, disconnected agents 1117; the manager has logcollector
//!   statistics but no agent daemon (1310).
//!
//! The lab has no real agents: the answers are computed by `demo::agent_runtime` from the
//! agent's record, its groups' `agent.conf` blocks that apply to it, and its last restart as
//! recorded in `agent_commands` — never stored, never random between calls.

use super::common::numeric_id;
use crate::api::agents::runtime::{
    GetAgentComponentStats, GetAgentConfig, GetAgentDaemonStats, AGENT_DAEMONS, CONFIG_COMPONENTS,
    CONFIG_SECTIONS, STATS_COMPONENTS,
};
use crate::api::codes::{
    AGENT_NOT_FOUND, AGENT_VERSION_NULL, COMPONENT_UNREACHABLE, MANAGER_AGENT, NOT_ACTIVE,
    ONLY_ACTIVE, ONLY_IN_REAL_AGENTS, VERSION_TOO_OLD,
};
use crate::api::AgentId;
use crate::server::bulk::Failures;
use crate::server::collection::iso_date;
use crate::server::demo::agent_runtime::config::{agent_section, block_applies, profile_of};
use crate::server::demo::agent_runtime::{stats, Facts};
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, one_of_each, WazuhQuery};
use crate::server::fleet::Agent;
use crate::server::groupfiles::{xml, GroupFiles, AGENT_CONF};
use crate::server::node::Node;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::node_answers::{active_section, unavailable};
use crate::server::routes::op;
use crate::server::state::{off_thread, AppState};
use crate::server::store::agent_id;
use crate::server::wql::values::{as_timestamp, compare_versions, parse_version};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::{json, Map, Value};

/// The daemons asked when `daemons_list` is absent, in the order Wazuh answers them.
const EVERY_DAEMON: &[&str] = &["wazuh-remoted", "wazuh-analysisd"];

/// The oldest agent that keeps component statistics.
const COMPONENT_STATS_VERSION: [u64; 3] = [4, 2, 0];

const DAEMON_MESSAGES: Messages = Messages {
    all: "Statistical information for each daemon was successfully read",
    some: "Could not read statistical information for some daemons",
    none: "Could not read statistical information for any daemon",
};

const COMPONENT_MESSAGES: Messages = Messages {
    all: "Statistical information for each agent was successfully read",
    some: "Could not read statistical information for some agents",
    none: "Could not read statistical information for any agent",
};

/// `GET /agents/{agent_id}/config/{component}/{configuration}`: one section of the agent's
/// active configuration (see the module for the errors).
pub async fn config(
    State(state): State<AppState>,
    guard: Guarded<GetAgentConfig>,
    Path((agent, component, section)): Path<(String, String, String)>,
    query: WazuhQuery<GetAgentConfig>,
) -> Result<Response, ApiError> {
    let id = numeric_id(&agent, "agent_id")?;
    guard.agents().check(&agent_id(id))?;
    let component = component.to_lowercase();
    let section = section.to_lowercase();
    check_one_of("component", &component, CONFIG_COMPONENTS)?;
    check_one_of("configuration", &section, CONFIG_SECTIONS)?;
    let record = agent_record(&state, id)?;
    if status_of(&record) != "active" {
        return Err(ApiError::code(ONLY_ACTIVE));
    }
    let facts = facts_of(&state, &record).await?;
    let data = if AgentId(id).is_manager() {
        let node = Node::local(state.data_dir());
        active_section(node, &facts, &component, &section).await?
    } else {
        agent_section(&facts, &component, &section)
            .map_err(|why| unavailable(why, &component, &section))?
    };
    Ok(respond::ok(
        &json!({ "data": data, "error": 0 }),
        query.pretty(),
    ))
}

/// `GET /agents/{agent_id}/daemons/stats`: one item per daemon asked for (every daemon by
/// default), each with the agent's counters.
pub async fn daemon_stats(
    State(state): State<AppState>,
    guard: Guarded<GetAgentDaemonStats>,
    Path(agent): Path<String>,
    query: WazuhQuery<GetAgentDaemonStats>,
) -> Result<Response, ApiError> {
    let id = numeric_id(&agent, "agent_id")?;
    guard.agents().check(&agent_id(id))?;
    let daemons = daemons_asked(query.query.daemons_list.as_deref())?;
    let mut failures = Failures::default();
    let mut affected = Vec::new();
    match eligible_for_daemon_stats(&state, id) {
        Err(error) => failures.add(agent_id(id), &error),
        Ok(record) => {
            let facts = facts_of(&state, &record).await?;
            let timestamp = iso_date(facts.now)
                .map(|date| date.to_string())
                .unwrap_or_default();
            for daemon in daemons {
                let entry = match daemon {
                    "wazuh-remoted" => stats::remoted(&facts),
                    _ => stats::analysisd(&facts),
                };
                affected.push(json!({ "timestamp": timestamp, "name": daemon, "agents": [entry] }));
            }
        }
    }
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), &DAEMON_MESSAGES);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// The daemons of `daemons_list` in the order given (each once), or every daemon.
fn daemons_asked(list: Option<&str>) -> Result<Vec<&'static str>, ApiError> {
    match list {
        Some(list) => one_of_each("daemons_list", list, AGENT_DAEMONS),
        None => Ok(EVERY_DAEMON.to_vec()),
    }
}

/// The agent's record when the manager's daemons keep statistics about it.
fn eligible_for_daemon_stats(state: &AppState, id: i64) -> Result<Value, ApiError> {
    if AgentId(id).is_manager() {
        return Err(ApiError::code(MANAGER_AGENT));
    }
    let record = agent_record(state, id)?;
    if status_of(&record) != "active" {
        return Err(ApiError::code(NOT_ACTIVE));
    }
    Ok(record)
}

/// `GET /agents/{agent_id}/stats/{component}`: the counters of the agent's logcollector or
/// agent daemon, as one affected item.
pub async fn component_stats(
    State(state): State<AppState>,
    guard: Guarded<GetAgentComponentStats>,
    Path((agent, component)): Path<(String, String)>,
    query: WazuhQuery<GetAgentComponentStats>,
) -> Result<Response, ApiError> {
    let id = numeric_id(&agent, "agent_id")?;
    guard.agents().check(&agent_id(id))?;
    let component = component.to_lowercase();
    check_one_of("component", &component, STATS_COMPONENTS)?;
    let mut failures = Failures::default();
    let mut affected = Vec::new();
    match eligible_for_component_stats(&state, id, &component) {
        Err(error) => failures.add(agent_id(id), &error),
        Ok(record) => {
            let facts = facts_of(&state, &record).await?;
            affected.push(match component.as_str() {
                "logcollector" => stats::logcollector(&facts),
                _ => stats::agentd(&facts, &text_of(&record, "lastKeepAlive")),
            });
        }
    }
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), &COMPONENT_MESSAGES);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// The agent's record when its `component` can answer, checked in Wazuh's order.
fn eligible_for_component_stats(
    state: &AppState,
    id: i64,
    component: &str,
) -> Result<Value, ApiError> {
    let record = agent_record(state, id)?;
    let Some(version) = record.get("version").and_then(Value::as_str) else {
        return Err(ApiError::code(AGENT_VERSION_NULL));
    };
    let too_old = parse_version(version)
        .is_some_and(|version| compare_versions(&version, &COMPONENT_STATS_VERSION).is_lt());
    if too_old {
        return Err(ApiError::code_with(
            VERSION_TOO_OLD,
            "Minimum required version is v4.2.0",
        ));
    }
    if AgentId(id).is_manager() && component == "agent" {
        return Err(ApiError::code(ONLY_IN_REAL_AGENTS));
    }
    if status_of(&record) != "active" {
        return Err(ApiError::code_with(
            COMPONENT_UNREACHABLE,
            "Cannot send request, agent is not active",
        ));
    }
    Ok(record)
}

/// The agent's record from the fleet snapshot (1701 when there is none).
fn agent_record(state: &AppState, id: i64) -> Result<Value, ApiError> {
    let fleet = state.fleet();
    let agent = u32::try_from(id).ok().and_then(|id| fleet.get(id));
    agent
        .map(Agent::json)
        .ok_or_else(|| ApiError::code(AGENT_NOT_FOUND))
}

fn status_of(record: &Value) -> &str {
    record
        .get("status")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// A text field of the record, `""` when absent (nested fields with dots: `os.platform`).
fn text_of(record: &Value, path: &str) -> String {
    path.split('.')
        .try_fold(record, |value, key| value.get(key))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Gathers what the runtime views are computed from: the record, the applicable group
/// blocks, and when the agent last started (its last restart, else its registration; the
/// manager: when this server started).
async fn facts_of(state: &AppState, record: &Value) -> Result<Facts, ApiError> {
    let id: i64 = text_of(record, "id").parse().unwrap_or_default();
    let last_restart = state
        .store(move |store| store.dispatched(id))
        .await?
        .into_iter()
        .filter(|sent| sent.command == "restart")
        .map(|sent| sent.sent_at)
        .max();
    let registered = record.get("dateAdd").and_then(as_timestamp);
    let started = if AgentId(id).is_manager() {
        state.started().timestamp()
    } else {
        last_restart
            .into_iter()
            .chain(registered)
            .max()
            .unwrap_or_default()
    };
    let platform = text_of(record, "os.platform");
    let os_version = (text_of(record, "os.major"), text_of(record, "os.minor"));
    let profile = profile_of(&platform, &os_version.0, &os_version.1);
    let manager = match id {
        0 => state.hostname().to_string(),
        _ => text_of(record, "manager"),
    };
    let (state_for_files, record_for_files) = (state.clone(), record.clone());
    let group_config =
        off_thread(move || Ok(group_blocks(&state_for_files, &record_for_files, &profile))).await?;
    Ok(Facts {
        id,
        platform,
        os_version,
        manager,
        group_config,
        started,
        now: Utc::now().timestamp(),
    })
}

/// The `config` of every block of the agent's groups' `agent.conf` that applies to it, groups
/// in assignment order. A group without a readable, valid `agent.conf` adds nothing, as an
/// agent keeps running without it.
fn group_blocks(state: &AppState, record: &Value, profile: &str) -> Vec<Map<String, Value>> {
    let files = GroupFiles::new(state.data_dir());
    let name = text_of(record, "name");
    let uname = text_of(record, "os.uname");
    let groups: Vec<String> = record
        .get("group")
        .and_then(Value::as_array)
        .map(|groups| {
            groups
                .iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    let mut blocks = Vec::new();
    for group in groups {
        let Ok(content) = files.read(&group, AGENT_CONF) else {
            continue;
        };
        let Ok(parsed) = xml::agent_conf_blocks(&String::from_utf8_lossy(&content)) else {
            continue;
        };
        for block in parsed {
            let applies = block
                .get("filters")
                .and_then(Value::as_object)
                .is_some_and(|filters| block_applies(filters, &name, &uname, profile));
            if let (true, Some(config)) = (applies, block.get("config").and_then(Value::as_object))
            {
                blocks.push(config.clone());
            }
        }
    }
    blocks
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetAgentConfig, config))
        .merge(op(GetAgentDaemonStats, daemon_stats))
        .merge(op(GetAgentComponentStats, component_stats))
}
