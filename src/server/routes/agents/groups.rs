//! Group assignments (spec tag `Agents`): adding agents to groups and removing them, one or
//! many at a time, with Wazuh's rules — agent `000` is not assignable (1703), an agent keeps
//! its groups in link order, at most 128 of them (1737), and an agent removed from its last
//! group goes back to `default` (which it cannot leave alone: 1745). Bulk operations report
//! per-id failures grouped by error; each request is one store transaction.

use super::common::numeric_id;
use crate::api::agents::{
    AssignAgentToGroup, AssignAgentsToGroup, RemoveAgentFromGroup, RemoveAgentFromGroups,
    RemoveAgentsFromGroup,
};
use crate::api::codes::{
    AGENT_NOT_FOUND, ALREADY_IN_GROUP, GROUP_NOT_FOUND, MANAGER_AGENT, NOT_IN_GROUP,
    ONLY_IN_DEFAULT, TOO_MANY_GROUPS,
};
use crate::api::params::split_list;
use crate::api::AgentId;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::DEFAULT_GROUP;
use crate::server::store::{agent_id, GroupTx};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;
use serde_json::{json, Value};

/// Most groups one agent may belong to.
const MAX_GROUPS_PER_AGENT: usize = 128;

/// The outcome for one id of a bulk operation: `Err` fails that id only.
type ItemResult = Result<(), ApiError>;

/// The three messages of a bulk answer whose text names the group.
struct BulkMessages {
    all: String,
    some: String,
    none: String,
}

/// `PUT /agents/group`: assigns the listed agents (all agents when absent) to a group;
/// `force_single_group` replaces their groups instead.
pub async fn assign_many(
    State(state): State<AppState>,
    guard: Guarded<AssignAgentsToGroup>,
    query: WazuhQuery<AssignAgentsToGroup>,
) -> Result<Response, ApiError> {
    let group = query.required("group_id")?.to_string();
    guard.groups().check(&group)?;
    let force = query.query.force_single_group.unwrap_or(false);
    let ids = query.query.agents_list.as_deref().map(split_list);
    let targets = Targets::permitted(guard.agents(), ids)?;
    assign(&state, targets, group, force, query.pretty()).await
}

/// `PUT /agents/{agent_id}/group/{group_id}`: assigns one agent (a bulk answer, as Wazuh).
pub async fn assign_one(
    State(state): State<AppState>,
    guard: Guarded<AssignAgentToGroup>,
    Path((agent, group)): Path<(String, String)>,
    query: WazuhQuery<AssignAgentToGroup>,
) -> Result<Response, ApiError> {
    numeric_id(&agent, "agent_id")?;
    guard.groups().check(&group)?;
    let force = query.query.force_single_group.unwrap_or(false);
    let targets = Targets::permitted(guard.agents(), Some(vec![agent]))?;
    assign(&state, targets, group, force, query.pretty()).await
}

/// The agents a bulk assignment names, cut down to the permitted ones.
struct Targets {
    /// The permitted listed ids, or `None` for every permitted agent.
    listed: Option<Vec<String>>,
    /// The listed ids RBAC refused (4000).
    refused: Failures,
    /// The agents the caller may touch.
    permitted: Scope,
}

impl Targets {
    /// Splits listed ids (403 when none is permitted); `None` stands for every agent.
    fn permitted(permitted: Scope, ids: Option<Vec<String>>) -> Result<Targets, ApiError> {
        let mut refused = Failures::default();
        let listed = ids
            .map(|ids| permitted.split(ids, &mut refused))
            .transpose()?;
        Ok(Targets {
            listed,
            refused,
            permitted,
        })
    }

    /// The ids to work on: the permitted listed ones, or `all` (silently filtered).
    fn ids(
        &self,
        all: impl FnOnce() -> Result<Vec<String>, ApiError>,
    ) -> Result<Vec<String>, ApiError> {
        match &self.listed {
            Some(ids) => Ok(ids.clone()),
            None => Ok(self.permitted.retain(all()?)),
        }
    }
}

async fn assign(
    state: &AppState,
    targets: Targets,
    group: String,
    force: bool,
    pretty: bool,
) -> Result<Response, ApiError> {
    let replaced = if force {
        " and removed from the other groups"
    } else {
        ""
    };
    let messages = BulkMessages {
        all: format!("All selected agents were assigned to {group}{replaced}"),
        some: format!("Some agents were not assigned to {group}{replaced}"),
        none: format!("No agents were assigned to {group}{replaced}"),
    };
    let (affected, failures) = state
        .write(move |store| {
            store.group_transaction(ApiError::internal, |tx| {
                require_group(tx, &group)?;
                let ids = targets.ids(|| every_agent(tx))?;
                let (affected, mut failures) =
                    for_each_agent(&ids, |agent| add_to_group(tx, agent, &group, force))?;
                failures.merge(targets.refused);
                Ok((affected, failures))
            })
        })
        .await?;
    Ok(bulk_answer(affected, failures, &messages, pretty))
}

fn add_to_group(
    tx: &GroupTx,
    agent: i64,
    group: &str,
    force: bool,
) -> Result<ItemResult, ApiError> {
    let Some(mut groups) = assignable_groups(tx, agent)? else {
        return Ok(Err(ApiError::code(AGENT_NOT_FOUND)));
    };
    if force {
        groups = vec![group.to_string()];
    } else if groups.iter().any(|g| g == group) {
        return Ok(Err(ApiError::code(ALREADY_IN_GROUP)));
    } else if groups.len() >= MAX_GROUPS_PER_AGENT {
        return Ok(Err(ApiError::code(TOO_MANY_GROUPS)));
    } else {
        groups.push(group.to_string());
    }
    tx.set_agent_groups(agent, &groups)
        .map_err(ApiError::internal)?;
    Ok(Ok(()))
}

/// `DELETE /agents/group`: removes the listed agents (`all`: every member) from a group.
pub async fn remove_many(
    State(state): State<AppState>,
    guard: Guarded<RemoveAgentsFromGroup>,
    query: WazuhQuery<RemoveAgentsFromGroup>,
) -> Result<Response, ApiError> {
    let group = query.required("group_id")?.to_string();
    guard.groups().check(&group)?;
    let ids = split_list(query.required("agents_list")?);
    let every_member = ids.iter().any(|id| id == "all");
    let targets = Targets::permitted(guard.agents(), (!every_member).then_some(ids))?;
    let messages = BulkMessages {
        all: format!("All selected agents were removed from group {group}"),
        some: format!("Some agents were not removed from group {group}"),
        none: format!("No agents were removed from group {group}"),
    };
    let (affected, failures) = state
        .write(move |store| {
            store.group_transaction(ApiError::internal, |tx| {
                require_group(tx, &group)?;
                let ids = targets.ids(|| {
                    let members = tx.members(&group).map_err(ApiError::internal)?;
                    Ok(members.into_iter().map(agent_id).collect())
                })?;
                let (affected, mut failures) =
                    for_each_agent(&ids, |agent| remove_from_group(tx, agent, &group))?;
                failures.merge(targets.refused);
                Ok((affected, failures))
            })
        })
        .await?;
    Ok(bulk_answer(affected, failures, &messages, query.pretty()))
}

/// `DELETE /agents/{agent_id}/group/{group_id}`: a plain answer; every failure fails the request.
pub async fn remove_one(
    State(state): State<AppState>,
    guard: Guarded<RemoveAgentFromGroup>,
    Path((agent, group)): Path<(String, String)>,
    query: WazuhQuery<RemoveAgentFromGroup>,
) -> Result<Response, ApiError> {
    let id = numeric_id(&agent, "agent_id")?;
    guard.groups().check(&group)?;
    guard.agents().check(&agent)?;
    let removed = group.clone();
    state
        .write(move |store| {
            store.group_transaction(ApiError::internal, |tx| {
                require_group(tx, &removed)?;
                remove_from_group(tx, id, &removed)?
            })
        })
        .await?;
    let message = format!("Agent '{}' removed from '{group}'.", agent_id(id));
    Ok(respond::ok(
        &json!({"message": message, "error": 0}),
        query.pretty(),
    ))
}

/// `DELETE /agents/{agent_id}/group`: removes one agent from the listed groups (all its groups
/// when absent); per-group failures.
pub async fn remove_from_groups(
    State(state): State<AppState>,
    guard: Guarded<RemoveAgentFromGroups>,
    Path(agent): Path<String>,
    query: WazuhQuery<RemoveAgentFromGroups>,
) -> Result<Response, ApiError> {
    let id = numeric_id(&agent, "agent_id")?;
    guard.agents().check(&agent)?;
    let permitted = guard.groups();
    let mut refused = Failures::default();
    let requested = query
        .query
        .groups_list
        .as_deref()
        .map(|list| permitted.split(split_list(list), &mut refused))
        .transpose()?;
    let (affected, failures) = state
        .write(move |store| {
            store.group_transaction(ApiError::internal, |tx| {
                let groups =
                    assignable_groups(tx, id)?.ok_or_else(|| ApiError::code(AGENT_NOT_FOUND))?;
                let groups = requested.unwrap_or_else(|| permitted.retain(groups));
                let (affected, mut failures) = remove_from_each(tx, id, groups)?;
                failures.merge(refused);
                Ok((affected, failures))
            })
        })
        .await?;
    let messages = BulkMessages {
        all: "Specified agent was removed from returned groups".into(),
        some: "Specified agent was not removed from some groups".into(),
        none: "Specified agent was not removed from any group".into(),
    };
    Ok(bulk_answer(affected, failures, &messages, query.pretty()))
}

/// Removes an agent from each group in turn; per-group failures (1710, 1734, 1745).
fn remove_from_each(
    tx: &GroupTx,
    agent: i64,
    groups: Vec<String>,
) -> Result<(Vec<Value>, Failures), ApiError> {
    let mut affected = Vec::new();
    let mut failures = Failures::default();
    for group in groups {
        if affected.contains(&json!(group)) {
            continue;
        }
        let outcome = if tx.group_exists(&group).map_err(ApiError::internal)? {
            remove_from_group(tx, agent, &group)?
        } else {
            Err(ApiError::code(GROUP_NOT_FOUND))
        };
        match outcome {
            Ok(()) => affected.push(json!(group)),
            Err(error) => failures.add(group, &error),
        }
    }
    Ok((affected, failures))
}

/// Removes an agent from one group; an agent left in no group goes back to `default`.
fn remove_from_group(tx: &GroupTx, agent: i64, group: &str) -> Result<ItemResult, ApiError> {
    let Some(mut groups) = assignable_groups(tx, agent)? else {
        return Ok(Err(ApiError::code(AGENT_NOT_FOUND)));
    };
    if !groups.iter().any(|g| g == group) {
        return Ok(Err(ApiError::code(NOT_IN_GROUP)));
    }
    if groups == [DEFAULT_GROUP] {
        return Ok(Err(ApiError::code(ONLY_IN_DEFAULT)));
    }
    groups.retain(|g| g != group);
    if groups.is_empty() {
        groups.push(DEFAULT_GROUP.to_string());
    }
    tx.set_agent_groups(agent, &groups)
        .map_err(ApiError::internal)?;
    Ok(Ok(()))
}

/// The groups of an agent that may be (re)assigned: `None` when it does not exist, 1703 for
/// the manager.
fn assignable_groups(tx: &GroupTx, agent: i64) -> Result<Option<Vec<String>>, ApiError> {
    if agent == 0 {
        return Err(ApiError::code(MANAGER_AGENT));
    }
    tx.agent_groups(agent).map_err(ApiError::internal)
}

/// Runs `each` for every distinct id, collecting the affected ids (ascending) and the
/// failures; an id that is not a number fails with 1701, `000` with 1703.
fn for_each_agent(
    ids: &[String],
    mut each: impl FnMut(i64) -> Result<ItemResult, ApiError>,
) -> Result<(Vec<Value>, Failures), ApiError> {
    let mut done: Vec<i64> = Vec::new();
    let mut affected: Vec<i64> = Vec::new();
    let mut failures = Failures::default();
    for raw in ids {
        let Some(id) = AgentId::parse(raw).map(|id| id.0) else {
            failures.add(raw.clone(), &ApiError::code(AGENT_NOT_FOUND));
            continue;
        };
        if done.contains(&id) {
            continue;
        }
        done.push(id);
        let outcome = if AgentId(id).is_manager() {
            Err(ApiError::code(MANAGER_AGENT))
        } else {
            each(id)?
        };
        match outcome {
            Ok(()) => affected.push(id),
            Err(error) => failures.add(agent_id(id), &error),
        }
    }
    affected.sort_unstable();
    Ok((
        affected.into_iter().map(|id| json!(agent_id(id))).collect(),
        failures,
    ))
}

/// Every agent but the manager, for operations whose agent list defaults to all.
fn every_agent(tx: &GroupTx) -> Result<Vec<String>, ApiError> {
    let ids = tx.agent_ids().map_err(ApiError::internal)?;
    Ok(ids.into_iter().map(agent_id).collect())
}

fn require_group(tx: &GroupTx, group: &str) -> Result<(), ApiError> {
    if tx.group_exists(group).map_err(ApiError::internal)? {
        Ok(())
    } else {
        Err(ApiError::code(GROUP_NOT_FOUND))
    }
}

/// The bulk envelope with the message for its outcome.
fn bulk_answer(
    affected: Vec<Value>,
    failures: Failures,
    messages: &BulkMessages,
    pretty: bool,
) -> Response {
    const PICK: Messages = Messages {
        all: "all",
        some: "some",
        none: "none",
    };
    let total = affected.len() as u64;
    let mut envelope = list::envelope(affected, total, failures.into_groups(), &PICK);
    envelope.message = Some(
        match envelope.message.as_deref() {
            Some("all") => &messages.all,
            Some("some") => &messages.some,
            _ => &messages.none,
        }
        .clone(),
    );
    respond::ok(&envelope, pretty)
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(AssignAgentsToGroup, assign_many))
        .merge(op(RemoveAgentsFromGroup, remove_many))
        .merge(op(AssignAgentToGroup, assign_one))
        .merge(op(RemoveAgentFromGroup, remove_one))
        .merge(op(RemoveAgentFromGroups, remove_from_groups))
}
