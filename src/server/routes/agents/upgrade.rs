//! Agent upgrades (spec tag `Agents`): `PUT /agents/upgrade`, `PUT /agents/upgrade_custom`
//! and `GET /agents/upgrade_result`; the tasks they create are listed by `routes::tasks`.
//!
//! As Wazuh, an upgrade call checks each agent in turn — unknown ids fail with 1701, the
//! manager `000` with 1703, agents the filters or `q` leave out with 1731, inactive agents
//! with 1707 — then the upgrade module's own checks, reported as 18xx codes with the module's
//! message: a target not newer than the agent's version without `force` (1824), a target beyond
//! the manager's without `force` (1825), a missing custom WPK file (1826), a running upgrade
//! task (1819). Each accepted agent gets a task row (`{agent, task_id}` in the answer), created
//! in one transaction; `server::task_engine` then moves the tasks on. Wazuh sends the agents
//! to its upgrade module in chunks of 100 but takes any number per call, and so does this.

use super::common::{version_of, AgentFilter, AGENTS};
use crate::api::agents::upgrade::{
    GetUpgradeResult, UpgradeAgents, UpgradeAgentsCustom, UpgradeFilters,
};
use crate::api::agents::AgentFilters;
use crate::api::codes::{
    Code, AGENT_NOT_FOUND, ALREADY_UPGRADING, BEYOND_MANAGER, MANAGER_AGENT, NOT_ACTIVE,
    NOT_ELIGIBLE, NOT_NEWER, NO_TASK, WPK_FILE_MISSING,
};
use crate::api::params::{split_list, ListParams};
use crate::api::AgentId;
use crate::server::bulk::Failures;
use crate::server::collection::iso_date;
use crate::server::error::ApiError;
use crate::server::extract::missing;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::fleet::{Agent, Fleet};
use crate::server::query;
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::routes::list::{self, Messages};
use crate::server::routes::op;
use crate::server::state::{off_thread, AppState};
use crate::server::store::{agent_id, Creation, NewUpgrade, Task, UpgradeCommand, UPGRADE_MODULE};
use crate::server::wql::values::{compare_versions, parse_version};
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::path::Path;

/// What an upgrade call on every agent (no ids named) leaves out of its failures instead of
/// reporting it, as Wazuh's `exclude_codes`: the agents it cannot apply to. A missing WPK
/// file stays reported.
const NOT_APPLICABLE_TO_ALL: &[Code] = &[
    AGENT_NOT_FOUND,
    MANAGER_AGENT,
    NOT_ACTIVE,
    NOT_ELIGIBLE,
    NO_TASK,
    ALREADY_UPGRADING,
    NOT_NEWER,
    BEYOND_MANAGER,
];

/// The manager's own agent id.
/// The values of `package_type`.
const PACKAGE_TYPES: &[&str] = &["rpm", "deb"];
/// The message of an upgrade result found in the task table.
const FOUND: &str = "Success";

const UPGRADE_MESSAGES: Messages = Messages {
    all: "All upgrade tasks were created",
    some: "Some upgrade tasks were not created",
    none: "No upgrade task was created",
};

const RESULT_MESSAGES: Messages = Messages {
    all: "All upgrade tasks were returned",
    some: "Some upgrade tasks were not returned",
    none: "No upgrade task was returned",
};

/// What an upgrade call asks for, besides its agents.
struct Plan {
    command: UpgradeCommand,
    /// `upgrade_version`, parsed; the manager's version when absent (custom upgrades too).
    version: Option<Vec<u64>>,
    /// Skip the version checks (`force`; custom upgrades have none).
    force: bool,
    /// The WPK file of a custom upgrade.
    file_path: Option<String>,
}

/// `PUT /agents/upgrade`: one upgrade task per eligible agent.
pub async fn upgrade(
    State(state): State<AppState>,
    guard: Guarded<UpgradeAgents>,
    query: WazuhQuery<UpgradeAgents>,
) -> Result<Response, ApiError> {
    let wanted = &query.query;
    if let Some(package_type) = &wanted.package_type {
        check_one_of("package_type", package_type, PACKAGE_TYPES)?;
    }
    let version = wanted
        .upgrade_version
        .as_deref()
        .map(|text| {
            parse_version(text)
                .ok_or_else(|| ApiError::bad_request(format!("'{text}' is not a 'wazuh_version'")))
        })
        .transpose()?;
    let plan = Plan {
        command: UpgradeCommand::Upgrade,
        version,
        force: wanted.force.unwrap_or(false),
        file_path: None,
    };
    let permitted = guard.agents();
    create_tasks(&state, (&wanted.filters, permitted), plan, query.pretty()).await
}

/// `PUT /agents/upgrade_custom`: one custom upgrade task (a WPK file on the manager) per
/// eligible agent.
pub async fn upgrade_custom(
    State(state): State<AppState>,
    guard: Guarded<UpgradeAgentsCustom>,
    query: WazuhQuery<UpgradeAgentsCustom>,
) -> Result<Response, ApiError> {
    let file_path = query.required("file_path")?;
    let plan = Plan {
        command: UpgradeCommand::UpgradeCustom,
        version: None,
        force: true,
        file_path: Some(file_path.to_string()),
    };
    let permitted = guard.agents();
    create_tasks(
        &state,
        (&query.query.filters, permitted),
        plan,
        query.pretty(),
    )
    .await
}

/// `GET /agents/upgrade_result`: the last upgrade task of each agent (1818 when it has none).
pub async fn upgrade_result(
    State(state): State<AppState>,
    guard: Guarded<GetUpgradeResult>,
    query: WazuhQuery<GetUpgradeResult>,
) -> Result<Response, ApiError> {
    let (selection, refused) = Selection::parse(&query.query, false, guard.agents())?;
    let tasks = state.store(|store| store.tasks()).await?;
    let fleet = state.fleet();
    off_thread(move || {
        let mut failures = refused;
        let every_agent = selection.listed.is_none();
        let selected = selection.pick(&fleet, &mut failures, Utc::now())?;
        let last = last_task_of_each_agent(&tasks);
        let mut affected = Vec::new();
        for agent in selected {
            let id = agent_id_of(agent);
            match id.parse::<i64>().ok().and_then(|id| last.get(&id)) {
                Some(task) => affected.push(result_json(task)),
                None => failures.add(id, &ApiError::code(NO_TASK)),
            }
        }
        if every_agent {
            failures.forget_codes(NOT_APPLICABLE_TO_ALL);
        }
        let total = affected.len() as u64;
        let envelope = list::envelope(affected, total, failures.into_groups(), &RESULT_MESSAGES);
        Ok(respond::ok(&envelope, query.pretty()))
    })
    .await
}

/// Picks the eligible agents, runs the module checks and creates the tasks (one write).
async fn create_tasks(
    state: &AppState,
    (filters, permitted): (&UpgradeFilters, Scope),
    plan: Plan,
    pretty: bool,
) -> Result<Response, ApiError> {
    filters
        .agents_list
        .as_deref()
        .ok_or_else(|| missing("agents_list"))?;
    let (selection, refused) = Selection::parse(filters, true, permitted)?;
    let every_agent = selection.listed.is_none();
    let snapshot = state.clone();
    let (mut affected, mut failures) = state
        .write(move |store| {
            // Inside the write: the snapshot is the committed state, no other write runs.
            let fleet = snapshot.fleet();
            let now = Utc::now();
            let mut failures = refused;
            let selected = selection.pick(&fleet, &mut failures, now)?;
            let manager = fleet.get(0).and_then(version_of);
            let mut upgrades = Vec::new();
            for agent in selected {
                match check(agent, &plan, manager.as_deref()) {
                    Ok(upgrade) => upgrades.push(upgrade),
                    Err(code) => failures.add(agent_id_of(agent), &ApiError::code(code)),
                }
            }
            let created = store
                .create_upgrades(&upgrades, now.timestamp())
                .map_err(ApiError::internal)?;
            let mut affected = Vec::new();
            for (agent, creation) in created {
                match creation {
                    Creation::Created(task_id) => {
                        affected.push(json!({"agent": agent_id(agent), "task_id": task_id}))
                    }
                    Creation::AlreadyUpgrading => {
                        failures.add(agent_id(agent), &ApiError::code(ALREADY_UPGRADING))
                    }
                }
            }
            Ok((affected, failures))
        })
        .await?;
    if every_agent {
        failures.forget_codes(NOT_APPLICABLE_TO_ALL);
    }
    affected.sort_by(|a, b| a["agent"].as_str().cmp(&b["agent"].as_str()));
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), &UPGRADE_MESSAGES);
    Ok(respond::ok(&envelope, pretty))
}

/// The upgrade module's checks of one agent: the task to create, or the failure code.
fn check(agent: &Agent, plan: &Plan, manager: Option<&[u64]>) -> Result<NewUpgrade, Code> {
    if let Some(file) = &plan.file_path {
        if !Path::new(file).is_file() {
            return Err(WPK_FILE_MISSING);
        }
    }
    let target = plan.version.as_deref().or(manager).unwrap_or_default();
    if !plan.force {
        let current = version_of(agent);
        if current.is_some_and(|current| compare_versions(&current, target).is_ge()) {
            return Err(NOT_NEWER);
        }
        if manager.is_some_and(|manager| compare_versions(target, manager).is_gt()) {
            return Err(BEYOND_MANAGER);
        }
    }
    Ok(NewUpgrade {
        agent: agent_id_of(agent).parse().unwrap_or_default(),
        node: agent.node_name.to_string(),
        command: plan.command,
        target_version: version_text(target),
        file_path: plan.file_path.clone(),
    })
}

/// Which agents a call names, and the filters they must pass.
struct Selection {
    /// The listed ids as given; `None` for every agent but the manager.
    listed: Option<Vec<String>>,
    filter: AgentFilter,
    q: Option<String>,
    /// Only active agents qualify (upgrades; not results).
    active_only: bool,
    /// The agents the caller may touch.
    permitted: Scope,
}

impl Selection {
    /// The selection of a request, and the listed ids RBAC refused (4000; 403 when all are).
    fn parse(
        filters: &UpgradeFilters,
        active_only: bool,
        permitted: Scope,
    ) -> Result<(Selection, Failures), ApiError> {
        let mut refused = Failures::default();
        let listed = filters
            .agents_list
            .as_deref()
            .map(split_list)
            .filter(|ids| !(ids.len() == 1 && ids[0] == "all"))
            .map(|ids| permitted.split(ids, &mut refused))
            .transpose()?;
        let agent_filters = AgentFilters {
            attributes: filters.attributes.clone(),
            ..AgentFilters::default()
        };
        let selection = Selection {
            listed,
            filter: AgentFilter::from_filters(&agent_filters)?,
            q: filters.q.clone().filter(|q| !q.is_empty()),
            active_only,
            permitted,
        };
        Ok((selection, refused))
    }

    /// The selected agents in id order; the others named are failures (1701, 1703, 1731,
    /// 1707, in Wazuh's order).
    fn pick<'a>(
        &self,
        fleet: &'a Fleet,
        failures: &mut Failures,
        now: DateTime<Utc>,
    ) -> Result<Vec<&'a Agent>, ApiError> {
        let named: Vec<&Agent> = match &self.listed {
            None => self
                .permitted
                .filter_agents(fleet)
                .filter(|agent| agent.id != 0)
                .collect(),
            Some(ids) => named_agents(fleet, ids, failures),
        };
        let matching = self.matching_ids(&named, now)?;
        let mut selected = Vec::new();
        for agent in named {
            let id = agent_id_of(agent);
            if !matching.iter().any(|known| known == id) {
                failures.add(id, &ApiError::code(NOT_ELIGIBLE));
            } else if self.active_only && &*agent.status != "active" {
                failures.add(id, &ApiError::code(NOT_ACTIVE));
            } else {
                selected.push(agent);
            }
        }
        Ok(selected)
    }

    /// The ids of the agents that pass the filters and `q`.
    fn matching_ids(&self, agents: &[&Agent], now: DateTime<Utc>) -> Result<Vec<String>, ApiError> {
        let filtered = agents
            .iter()
            .copied()
            .filter(|agent| self.filter.matches(agent, now));
        let every_match = ListParams {
            q: self.q.clone(),
            select: Some("id".into()),
            limit: Some(u64::MAX),
            ..ListParams::default()
        };
        let page = query::run(&AGENTS, filtered, &every_match, now)?;
        Ok(page
            .into_values()
            .iter()
            .filter_map(|item| Some(item.get("id")?.as_str()?.to_string()))
            .collect())
    }
}

/// The agents of the listed ids, in id order; unknown ids fail with 1701, `000` with 1703.
fn named_agents<'a>(fleet: &'a Fleet, ids: &[String], failures: &mut Failures) -> Vec<&'a Agent> {
    let mut wanted: Vec<String> = Vec::new();
    for raw in ids {
        match AgentId::parse(raw) {
            Some(id) if id.is_manager() => {
                failures.add(id.to_string(), &ApiError::code(MANAGER_AGENT))
            }
            Some(id) if !wanted.contains(&id.to_string()) => wanted.push(id.to_string()),
            Some(_) => {}
            None => failures.add(raw.clone(), &ApiError::code(AGENT_NOT_FOUND)),
        }
    }
    let mut found = Vec::new();
    for id in wanted {
        match fleet.find(&id) {
            Some(agent) => found.push(agent),
            None => failures.add(id, &ApiError::code(AGENT_NOT_FOUND)),
        }
    }
    found.sort_by_key(|agent| agent.id);
    found
}

fn agent_id_of(agent: &Agent) -> &str {
    &agent.id_text
}

/// A version as agents report it: `Wazuh v4.12.0`.
fn version_text(version: &[u64]) -> String {
    let numbers: Vec<String> = version.iter().map(u64::to_string).collect();
    format!("Wazuh v{}", numbers.join("."))
}

/// The last upgrade task of each agent.
fn last_task_of_each_agent(tasks: &[Task]) -> HashMap<i64, &Task> {
    tasks
        .iter()
        .filter(|task| task.module == UPGRADE_MODULE)
        .map(|task| (task.agent, task))
        .collect()
}

/// A task as `GET /agents/upgrade_result` shows it.
fn result_json(task: &Task) -> Value {
    let mut item = Map::new();
    item.insert("message".into(), json!(FOUND));
    item.insert("agent".into(), json!(agent_id(task.agent)));
    item.insert("task_id".into(), json!(task.task_id));
    item.insert("node".into(), json!(task.node));
    item.insert("module".into(), json!(task.module));
    item.insert("command".into(), json!(task.command));
    item.insert("status".into(), json!(task.status));
    if let Some(error) = &task.error_message {
        item.insert("error_msg".into(), json!(error));
    }
    item.insert("create_time".into(), json!(iso_date(task.create_time)));
    item.insert("update_time".into(), json!(iso_date(task.last_update_time)));
    Value::Object(item)
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(UpgradeAgents, upgrade))
        .merge(op(UpgradeAgentsCustom, upgrade_custom))
        .merge(op(GetUpgradeResult, upgrade_result))
}
