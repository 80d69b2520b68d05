//! Agent commands (spec tag `Agents`): restart (listed or all agents, one agent, a group's, a
//! cluster node's) and force reconnect. As Wazuh, only active agents take a command — the
//! others are failed items 1707, the manager `000` is 1703, unknown ids 1701 — and the answer
//! is a bulk envelope whose affected items are the ids the command was sent to.
//!
//! The lab has no real agents: a command "sent" is recorded in the store (`agent_commands`)
//! and refreshes the agent's `lastKeepAlive`, as the agent's first keep-alive after it comes
//! back would. Nothing else about the agent changes. Each request is one store transaction.

use super::common::numeric_id;
use crate::api::agents::{
    ReconnectAgents, RestartAgent, RestartAgents, RestartAgentsByGroup, RestartAgentsByNode,
};
use crate::api::codes::{
    AGENT_NOT_FOUND, GROUP_NOT_FOUND, MANAGER_AGENT, NODE_NOT_FOUND, NOT_ACTIVE,
};
use crate::api::params::split_list;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::node::Node;
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::routes::dispatch::{failure_code, listed_ids};
use crate::server::routes::list::{self, Messages};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::{agent_id, AgentCommand, Store};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::Value;

/// The messages of a restart answer.
const RESTART_MESSAGES: Messages = Messages {
    all: "Restart command was sent to all agents",
    some: "Restart command was not sent to some agents",
    none: "Restart command was not sent to any agent",
};

/// The messages of a force-reconnect answer.
const RECONNECT_MESSAGES: Messages = Messages {
    all: "Force reconnect command was sent to all agents",
    some: "Force reconnect command was not sent to some agents",
    none: "Force reconnect command was not sent to any agent",
};

/// Which agents a command goes to.
enum Targets {
    /// The listed ids, as given.
    Listed(Vec<String>),
    /// Every agent but the manager.
    All,
    /// The members of a group (1710 when it does not exist).
    Group(String),
    /// The agents of a cluster node (1730 when it does not exist).
    Node(String),
}

/// `PUT /agents/restart`: restarts the listed agents, or every agent when `agents_list` is
/// absent. Recorded, and the restarted agents' `lastKeepAlive` refreshed (see the module).
pub async fn restart_many(
    State(state): State<AppState>,
    guard: Guarded<RestartAgents>,
    query: WazuhQuery<RestartAgents>,
) -> Result<Response, ApiError> {
    let access = Access::new(guard.agents());
    let (targets, access) = access.listed_or_all(query.query.agents_list.as_deref())?;
    let command = (AgentCommand::Restart, &RESTART_MESSAGES);
    send(&state, command, targets, access, query.pretty()).await
}

/// `PUT /agents/{agent_id}/restart`: restarts one agent (a bulk answer, as Wazuh).
/// Recorded, and the agent's `lastKeepAlive` refreshed (see the module).
pub async fn restart_one(
    State(state): State<AppState>,
    guard: Guarded<RestartAgent>,
    Path(agent): Path<String>,
    query: WazuhQuery<RestartAgent>,
) -> Result<Response, ApiError> {
    numeric_id(&agent, "agent_id")?;
    let (targets, access) = Access::new(guard.agents()).listed(vec![agent])?;
    let command = (AgentCommand::Restart, &RESTART_MESSAGES);
    send(&state, command, targets, access, query.pretty()).await
}

/// `PUT /agents/group/{group_id}/restart`: restarts every agent of a group (1710 when there
/// is no such group). Recorded, and the restarted agents' `lastKeepAlive` refreshed.
pub async fn restart_group(
    State(state): State<AppState>,
    guard: Guarded<RestartAgentsByGroup>,
    Path(group): Path<String>,
    query: WazuhQuery<RestartAgentsByGroup>,
) -> Result<Response, ApiError> {
    let command = (AgentCommand::Restart, &RESTART_MESSAGES);
    let access = Access::new(guard.agents());
    send(
        &state,
        command,
        Targets::Group(group),
        access,
        query.pretty(),
    )
    .await
}

/// `PUT /agents/node/{node_id}/restart`: restarts every agent reporting to a cluster node
/// (1730 when there is no such node). Recorded, and the restarted agents' `lastKeepAlive`
/// refreshed.
pub async fn restart_node(
    State(state): State<AppState>,
    guard: Guarded<RestartAgentsByNode>,
    Path(node): Path<String>,
    query: WazuhQuery<RestartAgentsByNode>,
) -> Result<Response, ApiError> {
    guard.nodes().check(&node)?;
    let command = (AgentCommand::Restart, &RESTART_MESSAGES);
    let access = Access::new(guard.agents());
    send(&state, command, Targets::Node(node), access, query.pretty()).await
}

/// `PUT /agents/reconnect`: forces the listed agents (every agent when `agents_list` is
/// absent) to reconnect. Recorded, and the reconnected agents' `lastKeepAlive` refreshed.
pub async fn reconnect(
    State(state): State<AppState>,
    guard: Guarded<ReconnectAgents>,
    query: WazuhQuery<ReconnectAgents>,
) -> Result<Response, ApiError> {
    let access = Access::new(guard.agents());
    let (targets, access) = access.listed_or_all(query.query.agents_list.as_deref())?;
    let command = (AgentCommand::Reconnect, &RECONNECT_MESSAGES);
    send(&state, command, targets, access, query.pretty()).await
}

/// The agents the caller may command, and the listed ids RBAC refused (4000).
struct Access {
    permitted: Scope,
    refused: Failures,
}

impl Access {
    fn new(permitted: Scope) -> Access {
        Access {
            permitted,
            refused: Failures::default(),
        }
    }

    /// The permitted listed ids (403 when none is), or every agent without a list.
    fn listed_or_all(self, agents_list: Option<&str>) -> Result<(Targets, Access), ApiError> {
        match agents_list {
            Some(list) => self.listed(split_list(list)),
            None => Ok((Targets::All, self)),
        }
    }

    /// The permitted listed ids; 403 when none is.
    fn listed(mut self, ids: Vec<String>) -> Result<(Targets, Access), ApiError> {
        let ids = self.permitted.split(ids, &mut self.refused)?;
        Ok((Targets::Listed(ids), self))
    }
}

/// Resolves the targets, keeps the permitted ones (the listed ones were split already), sends
/// the command and answers the bulk envelope.
async fn send(
    state: &AppState,
    (command, messages): (AgentCommand, &'static Messages),
    targets: Targets,
    access: Access,
    pretty: bool,
) -> Result<Response, ApiError> {
    let every_agent = matches!(targets, Targets::All);
    let log = Node::local(state.data_dir()).log();
    let (affected, mut failures) = state
        .write(move |store| {
            let mut failures = access.refused;
            let ids = resolve(store, targets, &mut failures)?;
            let ids = access.permitted.retain(ids);
            let outcomes = store
                .send_agent_command(command, &ids, Utc::now().timestamp())
                .map_err(ApiError::internal)?;
            let mut affected = Vec::new();
            for (id, outcome) in outcomes {
                match failure_code(outcome) {
                    None if command == AgentCommand::Restart => {
                        let sent = format!("Restart request sent to agent '{}'", agent_id(id));
                        log.info("wazuh-remoted", &sent);
                        affected.push(Value::String(agent_id(id)));
                    }
                    None => affected.push(Value::String(agent_id(id))),
                    Some(code) => failures.add(agent_id(id), &ApiError::code(code)),
                }
            }
            Ok((affected, failures))
        })
        .await?;
    if every_agent {
        failures.forget_codes(&[AGENT_NOT_FOUND, MANAGER_AGENT, NOT_ACTIVE]);
    }
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), messages);
    Ok(respond::ok(&envelope, pretty))
}

/// The agent ids a command goes to; listed ids that are not agent ids fail with 1701.
fn resolve(store: &Store, targets: Targets, failures: &mut Failures) -> Result<Vec<i64>, ApiError> {
    match targets {
        Targets::Listed(raw) => Ok(listed_ids(raw, failures)),
        Targets::All => store.group_transaction(ApiError::internal, |tx| {
            tx.agent_ids().map_err(ApiError::internal)
        }),
        Targets::Group(group) => store.group_transaction(ApiError::internal, |tx| {
            if !tx.group_exists(&group).map_err(ApiError::internal)? {
                return Err(ApiError::code(GROUP_NOT_FOUND));
            }
            tx.members(&group).map_err(ApiError::internal)
        }),
        Targets::Node(node) => store
            .node_agent_ids(&node)
            .map_err(ApiError::internal)?
            .ok_or_else(|| ApiError::code(NODE_NOT_FOUND)),
    }
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(RestartAgents, restart_many))
        .merge(op(RestartAgent, restart_one))
        .merge(op(RestartAgentsByGroup, restart_group))
        .merge(op(RestartAgentsByNode, restart_node))
        .merge(op(ReconnectAgents, reconnect))
}
