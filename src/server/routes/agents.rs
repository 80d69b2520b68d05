//! Agents handlers (spec tag `Agents`): `GET /agents` with its filters, the status and OS
//! summaries, agents without a group, the agent key, and `DELETE /agents` with its mandatory
//! safety filters. The read-only reports: outdated agents, group sync status, and the
//! uninstall permission check. Also the agent filters and status summary other groups reuse.
//! Registration (add, insert, quick insert) is `agent_registration`; distinct field values
//! with their counts are `agent_distinct`. Writes go through `AppState::write` (one SQLite
//! transaction each).

use super::agent_registration::{encode_key, not_a_timeframe};
use super::body::missing;
use super::bulk::Failures;
use super::list::{self, ListSpec, Messages, NameKind, Names, Source};
use super::op;
use crate::api::agents::{
    AgentFilters, CheckUninstallPermission, DeleteAgents, DeleteAgentsQuery, GetAgentKey,
    GetAgentSync, ListAgents, ListAgentsWithoutGroup, ListOutdatedAgents, SummaryOs, SummaryStatus,
};
use crate::api::envelope::Envelope;
use crate::api::params::split_list;
use crate::server::collection::Record;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::fleet::{Agent, Fleet, StatusCounts, Subset};
use crate::server::query::Plan;
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use crate::server::store::{self};
use crate::server::wql;
use crate::server::wql::values::{compare_versions, parse_version};
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use std::collections::BTreeSet;

pub use crate::server::fleet::AGENTS;

/// The messages of agent lists.
pub const MESSAGES: Messages = Messages {
    all: "All selected agents information was returned",
    some: "Some agents information was not returned",
    none: "No agent information was returned",
};

const OS_MESSAGES: Messages = Messages {
    all: "Showing the operative system of all specified agents",
    some: "Could not get the operative system of some agents",
    none: "No operative system was returned",
};

/// The values of the `status` filter.
const STATUSES: &[&str] = &["active", "pending", "never_connected", "disconnected"];
/// The values of the `group_config_status` filter.
const CONFIG_STATUSES: &[&str] = &["synced", "not synced"];
/// Up to how many matches an indexed agents list sorts by reading them; past it, by the
/// sort's remembered ranks (worked out once per fleet snapshot).
const FEW_TO_SORT: usize = 4096;
/// The error of an agent id no agent has.
const AGENT_NOT_FOUND: u32 = 1701;
/// The manager's own agent id, skipped by date filters.
const MANAGER_ID: &str = "000";
/// The answer of `GET /agents/uninstall` to a caller allowed to uninstall agents.
const UNINSTALL_ALLOWED: &str = "User has permission to uninstall agents.";

const SYNC_MESSAGES: Messages = Messages {
    all: "Sync info was returned for all selected agents",
    some: "Sync info was not returned for some selected agents",
    none: "No sync info was returned",
};

/// The agent lists: agents named by `agents_list`, unknown ids failing with 1701.
pub const LIST: ListSpec = ListSpec {
    collection: &AGENTS,
    messages: MESSAGES,
    key: "id",
    names: Some(Names {
        param: "agents_list",
        kind: NameKind::AgentId,
        missing_code: AGENT_NOT_FOUND,
    }),
    equalities: &[],
};

/// Agent lists that take no `agents_list` (a group's agents, agents without a group, ...).
pub const UNNAMED_LIST: ListSpec = ListSpec {
    names: None,
    ..LIST
};

/// `GET /agents`; its attribute filters (`status`, `os.platform`, ...) are the
/// [`AgentFilter`] the bulk agent operations share.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListAgents>,
    query: WazuhQuery<ListAgents>,
) -> Result<Response, ApiError> {
    let filter = AgentFilter::from_filters(&query.query)?;
    let permitted = guard.agents();
    let fleet = state.fleet();
    let unfiltered = filter.is_empty();
    let page_only = unfiltered && list::cuts_pages_only(&LIST, &query);
    let answer = move || {
        let now = Utc::now();
        let agents = fleet.as_ref();
        match unfiltered {
            // Unfiltered, the candidates keep their exact count: a page is cut without a walk.
            true => list::serve(&LIST, &query, Some(&permitted), agents),
            false => {
                let filtered = agents.keeping(|agent| filter.matches(agent, now));
                list::serve(&LIST, &query, Some(&permitted), filtered)
            }
        }
    };
    // A page cut out of the permitted agents costs the page (their subset is remembered by
    // the fleet snapshot): not worth a thread hand-off.
    if page_only {
        answer()
    } else {
        off_thread(answer).await
    }
}

/// The fleet as a list source: the agents a scope permits, narrowed by `q`'s equalities.
impl<'f> Source<'f> for &'f Fleet {
    type Item = Agent;

    fn permitted(
        self,
        scope: Option<&'f Scope>,
        _: &'static str,
        q: Option<&str>,
        now: DateTime<Utc>,
    ) -> Box<dyn Iterator<Item = &'f Agent> + 'f> {
        match scope {
            Some(scope) => candidates(self, scope, q, now),
            None => Box::new(self.all()),
        }
    }

    /// A `q` made only of text equalities, or a `sort`, from what the snapshot remembers: the
    /// agents of each equality and of the scope, intersected; the first of them in the sort
    /// order by their remembered ranks, or, when they are few, by sorting them. Only the
    /// page's agents are read. A request with neither is a page cut already.
    fn indexed(&self, plan: &Plan, scope: Option<&'f Scope>) -> Option<(Vec<&'f Agent>, usize)> {
        let (query, sort) = plan.indexable()?;
        if query.is_none() && sort.is_implicit() {
            return None;
        }
        let equalities = query.map_or(Some(Vec::new()), wql::Query::as_text_equalities)?;
        let fleet: &'f Fleet = self;
        let mut sets: Vec<Subset<'f>> = equalities
            .iter()
            .map(|equality| fleet.subset(equality, |agent| equality.matches(agent)))
            .collect();
        sets.extend(scope.map(|scope| scope.filter_agents(fleet)));
        let mut positions = fleet.intersection(&sets);
        let total = positions.len();
        let needed = plan.needed().min(total);
        if positions.len() <= FEW_TO_SORT {
            let agents: Vec<&Agent> = positions.iter().map(|&at| fleet.at(at)).collect();
            let first = sort.first_indexes(&agents, needed);
            return Some((
                first.into_iter().map(|index| agents[index]).collect(),
                total,
            ));
        }
        if !sort.is_implicit() {
            let ranks = fleet.ranks(&sort.key(), |agents| sort.first_indexes(agents, usize::MAX));
            let rank = |position: &u32| ranks[*position as usize];
            if needed < positions.len() {
                positions.select_nth_unstable_by_key(needed, rank);
            }
            positions.truncate(needed);
            positions.sort_unstable_by_key(rank);
        }
        positions.truncate(needed);
        Some((
            positions.into_iter().map(|at| fleet.at(at)).collect(),
            total,
        ))
    }

    /// The named agents in id order.
    fn named(self, _: &str, ids: &[String]) -> (Vec<&'f Agent>, Vec<String>) {
        let mut found: Vec<&Agent> = ids.iter().filter_map(|id| self.find(id)).collect();
        found.sort_by_key(|agent| agent.id);
        found.dedup_by_key(|agent| agent.id);
        let missing = ids
            .iter()
            .filter(|id| self.find(id).is_none())
            .cloned()
            .collect();
        (found, missing)
    }
}

/// The agents a list walks before its `q` is applied: those the scope permits, or, when `q`
/// requires a text equality (`status=active;...`) that fewer agents meet, those agents,
/// checked against the scope as they are walked. The agents of each equality, like the
/// scope's, are worked out once per fleet snapshot and remembered with it, so a query asked
/// again walks only its candidates; the pipeline still applies the whole `q`.
fn candidates<'f>(
    fleet: &'f Fleet,
    permitted: &'f Scope,
    q: Option<&str>,
    now: DateTime<Utc>,
) -> Box<dyn Iterator<Item = &'f Agent> + 'f> {
    let scoped = permitted.filter_agents(fleet);
    let query = q.and_then(|q| wql::parse(q, &AGENTS, now).ok());
    let equalities = query.iter().flat_map(wql::Query::required_equalities);
    let narrowest = equalities
        .map(|equality| fleet.subset(&equality, |agent| equality.matches(agent)))
        .min_by_key(ExactSizeIterator::len);
    match narrowest {
        Some(fewer) if fewer.len() < scoped.len() => {
            Box::new(fewer.filter(|agent| permitted.permits_listed(agent)))
        }
        _ => Box::new(scoped),
    }
}

/// `GET /agents/summary/status`: the fleet's counters when every agent is permitted, else
/// one pass over the permitted agents.
pub async fn summary_status(
    State(state): State<AppState>,
    guard: Guarded<SummaryStatus>,
    query: WazuhQuery<SummaryStatus>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    let permitted = guard.agents();
    let everything = permitted.permits_everything();
    let answer = move || {
        let counts = match everything {
            true => fleet.counts(),
            false => StatusCounts::of(permitted.filter_agents(&fleet)),
        };
        let body = json!({ "data": status_json(&counts), "error": 0 });
        Ok(respond::ok(&body, query.pretty()))
    };
    // The fleet's counters: nothing to walk, not worth a thread hand-off.
    if everything {
        answer()
    } else {
        off_thread(answer).await
    }
}

/// `GET /agents/summary/os`.
pub async fn summary_os(
    State(state): State<AppState>,
    guard: Guarded<SummaryOs>,
    query: WazuhQuery<SummaryOs>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    off_thread(move || {
        let permitted = guard.agents();
        let platforms: BTreeSet<&str> = permitted
            .filter_agents(&fleet)
            .filter_map(|agent| agent.os.as_ref()?.platform.as_deref())
            .collect();
        let total = platforms.len() as u64;
        let items = platforms.into_iter().map(Value::from).collect();
        let envelope = list::envelope(items, total, Vec::new(), &OS_MESSAGES);
        Ok(respond::ok(&envelope, query.pretty()))
    })
    .await
}

/// The `{connection, configuration}` document of `GET /agents/summary/status`.
pub fn status_json(counts: &StatusCounts) -> Value {
    json!({
        "connection": {
            "active": counts.active,
            "disconnected": counts.disconnected,
            "never_connected": counts.never_connected,
            "pending": counts.pending,
            "total": counts.total,
        },
        "configuration": {
            "synced": counts.synced,
            "not_synced": counts.not_synced,
            "total": counts.total,
        },
    })
}

/// Agent ids as the API stores them: all-digit ids zero-padded to three digits.
fn agent_ids(list: &str) -> Vec<String> {
    split_list(list)
        .into_iter()
        .map(list::pad_agent_id)
        .collect()
}

/// The endpoint filters of agent lists (everything but the list parameters and `agents_list`).
#[derive(Debug, Clone, Default)]
pub struct AgentFilter {
    statuses: Vec<String>,
    older_than: Option<i64>,
    equals: Vec<(&'static str, String)>,
    version: Option<String>,
    group: Option<String>,
}

impl AgentFilter {
    /// Whether the filter keeps every agent (no filter parameter was given).
    pub fn is_empty(&self) -> bool {
        self.statuses.is_empty()
            && self.older_than.is_none()
            && self.equals.is_empty()
            && self.version.is_none()
            && self.group.is_none()
    }

    /// A filter on the comma-separated `status` values only (validated).
    pub fn from_status(status: Option<&str>) -> Result<AgentFilter, ApiError> {
        let statuses = status.map(split_list).unwrap_or_default();
        for status in &statuses {
            check_one_of("status", status, STATUSES)?;
        }
        Ok(AgentFilter {
            statuses,
            ..AgentFilter::default()
        })
    }

    /// The filter of every `GET /agents` filter parameter (validated).
    pub fn from_filters(filters: &AgentFilters) -> Result<AgentFilter, ApiError> {
        let mut filter = AgentFilter::from_status(filters.status.as_deref())?;
        if let Some(status) = &filters.group_config_status {
            check_one_of("group_config_status", status, CONFIG_STATUSES)?;
        }
        filter.older_than = filters
            .older_than
            .as_deref()
            .map(|value| {
                timeframe_seconds(value).ok_or_else(|| not_a_timeframe(value, "older_than"))
            })
            .transpose()?;
        let equals = [
            ("os.platform", &filters.attributes.os_platform),
            ("os.version", &filters.attributes.os_version),
            ("os.name", &filters.attributes.os_name),
            ("manager", &filters.attributes.manager),
            ("node_name", &filters.attributes.node_name),
            ("name", &filters.attributes.name),
            ("ip", &filters.attributes.ip),
            ("registerIP", &filters.attributes.register_ip),
            ("group_config_status", &filters.group_config_status),
        ];
        filter.equals = equals
            .into_iter()
            .filter_map(|(field, value)| value.as_ref().map(|value| (field, value.clone())))
            .collect();
        filter.version = filters.attributes.version.as_deref().map(normal_version);
        filter.group = filters.attributes.group.clone();
        Ok(filter)
    }

    /// Whether an agent passes every filter at `now` (text comparisons ignore case).
    pub fn matches(&self, agent: &Agent, now: DateTime<Utc>) -> bool {
        let text = |field: &str| agent.cell(field).and_then(|cell| cell.as_str());
        let status_ok = self.statuses.is_empty()
            || text("status").is_some_and(|status| self.statuses.iter().any(|s| s == status));
        let equals_ok = self.equals.iter().all(|(field, wanted)| {
            text(field).is_some_and(|value| value.eq_ignore_ascii_case(wanted))
        });
        let version_ok = self
            .version
            .as_ref()
            .is_none_or(|wanted| text("version").is_some_and(|v| normal_version(v) == *wanted));
        let group_ok = self
            .group
            .as_ref()
            .is_none_or(|wanted| agent.in_group(wanted));
        let older_ok = self
            .older_than
            .is_none_or(|seconds| older_than(agent, now, seconds));
        status_ok && equals_ok && version_ok && group_ok && older_ok
    }
}

/// Whether the agent's last keep-alive (its registration when it never connected) is more
/// than `seconds` before `now` (`0` selects every agent). The manager never is.
fn older_than(agent: &Agent, now: DateTime<Utc>, seconds: i64) -> bool {
    if agent.id == 0 {
        return false;
    }
    let date = agent.last_keep_alive.or(agent.date_add);
    date.is_some_and(|date| date <= now.timestamp() - seconds)
}

/// `Wazuh v4.12.0`, `v4.12.0` and `4.12.0` all become `4.12.0`.
fn normal_version(version: &str) -> String {
    let version = version.trim();
    let version = version
        .get(..6)
        .filter(|prefix| prefix.eq_ignore_ascii_case("wazuh "))
        .map_or(version, |_| &version[6..]);
    version.trim_start_matches(['v', 'V']).to_ascii_lowercase()
}

/// Seconds of a Wazuh timeframe: digits with an optional unit (`s`, `m`, `h`, `d`), summed
/// (`1d12h`); a bare number is seconds.
pub(super) fn timeframe_seconds(value: &str) -> Option<i64> {
    let mut total: i64 = 0;
    let mut digits = String::new();
    for c in value.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3_600,
            'd' => 86_400,
            _ => return None,
        };
        let amount: i64 = digits.parse().ok()?;
        total = total.checked_add(amount.checked_mul(unit)?)?;
        digits.clear();
    }
    if !digits.is_empty() {
        total = total.checked_add(digits.parse().ok()?)?;
    }
    (!value.is_empty()).then_some(total)
}

/// The messages of `DELETE /agents`.
const DELETE_MESSAGES: Messages = Messages {
    all: "All selected agents were deleted",
    some: "Some agents were not deleted",
    none: "No agents were deleted",
};

/// The messages of `GET /agents/{agent_id}/key`.
const KEY_MESSAGES: Messages = Messages {
    all: "Obtained keys for all selected agents",
    some: "Some agent keys were not obtained",
    none: "No agent keys were obtained",
};

/// The values of the `status` filter of `DELETE /agents`.
const DELETE_STATUSES: &[&str] = &[ALL, "active", "pending", "never_connected", "disconnected"];
/// The keyword selecting every agent (or every status) in `DELETE /agents`.
const ALL: &str = "all";
/// `older_than` of `DELETE /agents` when the request gives none.
const DEFAULT_OLDER_THAN: &str = "7d";

/// `GET /agents/{agent_id}/key`: the base64 key `"<id> <name> <ip> <secret>"`.
pub async fn key(
    State(state): State<AppState>,
    guard: Guarded<GetAgentKey>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<GetAgentKey>,
) -> Result<Response, ApiError> {
    let id = numeric_id(&agent_id, "agent_id")?;
    guard.agents().check(&store::agent_id(id))?;
    let material = if id == 0 {
        Err(ApiError::code(1703))
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

/// `DELETE /agents`: deletes the named agents (or `all`) that pass the filters. `agents_list`
/// and `status` are mandatory, `older_than` defaults to `7d`, the manager is refused (1703).
/// `purge` is accepted; deletion always removes the key too.
pub async fn delete(
    State(state): State<AppState>,
    guard: Guarded<DeleteAgents>,
    query: WazuhQuery<DeleteAgents>,
) -> Result<Response, ApiError> {
    let pretty = query.pretty();
    let mut plan = DeletePlan::from_query(query.query)?;
    let permitted = guard.agents();
    let mut refused = Failures::default();
    if let Some(named) = plan.named.take() {
        plan.named = Some(permitted.split(named, &mut refused)?);
    }
    let older_than = plan.older_than.clone();
    let current = state.clone();
    let (deleted, failures) = state
        .write(move |store| {
            let (ids, mut failures) = plan.select(&current.fleet(), Utc::now());
            let ids = permitted.retain(ids);
            failures.merge(refused);
            let numbers: Vec<i64> = ids.iter().filter_map(|id| id.parse().ok()).collect();
            store.delete_agents(&numbers).map_err(ApiError::internal)?;
            Ok((ids, failures))
        })
        .await?;
    let total = deleted.len() as u64;
    let affected = deleted.into_iter().map(Value::String).collect();
    let envelope = list::envelope(affected, total, failures.into_groups(), &DELETE_MESSAGES);
    let mut body = serde_json::to_value(&envelope).map_err(ApiError::internal)?;
    body["data"]["older_than"] = Value::String(older_than);
    Ok(respond::ok(&body, pretty))
}

/// `GET /agents/no_group`: the agents that belong to no group (the manager excluded).
pub async fn no_group(
    State(state): State<AppState>,
    guard: Guarded<ListAgentsWithoutGroup>,
    query: WazuhQuery<ListAgentsWithoutGroup>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    off_thread(move || {
        let permitted = guard.agents();
        let ungrouped = fleet
            .as_ref()
            .keeping(|agent| agent.id != 0 && agent.group_names().is_empty());
        list::serve(&UNNAMED_LIST, &query, Some(&permitted), ungrouped)
    })
    .await
}

/// `GET /agents/outdated`: the agents whose version differs from the manager's, whatever
/// their status.
pub async fn outdated(
    State(state): State<AppState>,
    guard: Guarded<ListOutdatedAgents>,
    query: WazuhQuery<ListOutdatedAgents>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    off_thread(move || {
        let manager = fleet.get(0).and_then(version_of);
        let permitted = guard.agents();
        let outdated = fleet
            .as_ref()
            .keeping(|agent| is_outdated(agent, manager.as_deref()));
        list::serve(&UNNAMED_LIST, &query, Some(&permitted), outdated)
    })
    .await
}

/// An agent's version, as numbers.
pub fn version_of(agent: &Agent) -> Option<Vec<u64>> {
    agent.version.as_deref().and_then(parse_version)
}

/// An agent (not the manager) with a known version other than the manager's, whatever its
/// status; never true without a manager.
fn is_outdated(agent: &Agent, manager: Option<&[u64]>) -> bool {
    let (Some(manager), Some(version)) = (manager, version_of(agent)) else {
        return false;
    };
    agent.id != 0 && compare_versions(&version, manager).is_ne()
}

/// `GET /agents/{agent_id}/group/is_sync`: whether the agent's group configuration is synced.
pub async fn is_sync(
    State(state): State<AppState>,
    guard: Guarded<GetAgentSync>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<GetAgentSync>,
) -> Result<Response, ApiError> {
    let id = store::agent_id(numeric_id(&agent_id, "agent_id")?);
    guard.agents().check(&id)?;
    let fleet = state.fleet();
    let mut failures = Failures::default();
    let affected = match sync_of(&fleet, &id) {
        Ok(synced) => vec![json!({ "id": id, "synced": synced })],
        Err(error) => {
            failures.add(id, &error);
            Vec::new()
        }
    };
    let total = affected.len() as u64;
    let envelope = list::envelope(affected, total, failures.into_groups(), &SYNC_MESSAGES);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// Whether agent `id` is synced: 1703 for the manager, 1701 for an unknown agent.
fn sync_of(fleet: &Fleet, id: &str) -> Result<bool, ApiError> {
    if id == MANAGER_ID {
        return Err(ApiError::code(1703));
    }
    let agent = fleet
        .find(id)
        .ok_or_else(|| ApiError::code(AGENT_NOT_FOUND))?;
    Ok(&*agent.group_config_status == "synced")
}

/// `GET /agents/uninstall`: the guard refuses callers without `agent:uninstall` (403 / 4000).
pub async fn uninstall_permission(
    _: Guarded<CheckUninstallPermission>,
    query: WazuhQuery<CheckUninstallPermission>,
) -> Result<Response, ApiError> {
    let envelope: Envelope<Value> = Envelope {
        data: None,
        message: Some(UNINSTALL_ALLOWED.to_string()),
        error: 0,
    };
    Ok(respond::ok(&envelope, query.pretty()))
}

/// An all-digit agent id (`"7"`, `"007"`) as a number; anything else is a 400 on `param`.
pub(super) fn numeric_id(text: &str, param: &str) -> Result<i64, ApiError> {
    text.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse().ok())
        .flatten()
        .ok_or_else(|| ApiError::bad_request(format!("'{text}' is not a 'numbers' - '{param}'")))
}

/// What `DELETE /agents` deletes: the named agents (or all but the manager) that pass the
/// filters and the WQL query.
struct DeletePlan {
    named: Option<Vec<String>>,
    filter: AgentFilter,
    query: Option<wql::Query>,
    older_than: String,
}

impl DeletePlan {
    /// Validates the query: mandatory `agents_list` and `status`, `all` for either.
    fn from_query(query: DeleteAgentsQuery) -> Result<DeletePlan, ApiError> {
        let agents_list = query.agents_list.ok_or_else(|| missing("agents_list"))?;
        let status = query.status.ok_or_else(|| missing("status"))?;
        let statuses = split_list(&status);
        for status in &statuses {
            check_one_of("status", status, DELETE_STATUSES)?;
        }
        let older_than = query
            .older_than
            .unwrap_or_else(|| DEFAULT_OLDER_THAN.to_string());
        let filters = AgentFilters {
            status: (!statuses.iter().any(|s| s == ALL)).then_some(status),
            older_than: Some(older_than.clone()),
            attributes: query.attributes,
            ..AgentFilters::default()
        };
        let filter = AgentFilter::from_filters(&filters)?;
        let named =
            (!split_list(&agents_list).iter().any(|id| id == ALL)).then(|| agent_ids(&agents_list));
        let query = query
            .q
            .filter(|q| !q.is_empty())
            .map(|q| wql::parse(&q, &AGENTS, Utc::now()))
            .transpose()?;
        Ok(DeletePlan {
            named,
            filter,
            query,
            older_than,
        })
    }

    /// The ids to delete (sorted), and the named ids that cannot be: the manager (1703) and
    /// unknown ones (1701). Named agents that do not pass the filters are left alone.
    fn select(&self, fleet: &Fleet, now: DateTime<Utc>) -> (Vec<String>, Failures) {
        let mut failures = Failures::default();
        let candidates: Vec<&Agent> = match &self.named {
            None => fleet.iter().filter(|agent| agent.id != 0).collect(),
            Some(ids) => ids
                .iter()
                .filter_map(|id| {
                    if id == MANAGER_ID {
                        failures.add(id.clone(), &ApiError::code(1703));
                        return None;
                    }
                    let found = fleet.find(id);
                    if found.is_none() {
                        failures.add(id.clone(), &ApiError::code(AGENT_NOT_FOUND));
                    }
                    found
                })
                .collect(),
        };
        let mut ids: Vec<String> = candidates
            .into_iter()
            .filter(|agent| self.filter.matches(agent, now))
            .filter(|agent| self.query.as_ref().is_none_or(|q| q.matches(*agent)))
            .map(|agent| agent.id_text.to_string())
            .collect();
        ids.sort_by(|a, b| list::id_order(a, b));
        ids.dedup();
        (ids, failures)
    }
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListAgents, list))
        .merge(op(DeleteAgents, delete))
        .merge(op(GetAgentKey, key))
        .merge(op(ListAgentsWithoutGroup, no_group))
        .merge(op(ListOutdatedAgents, outdated))
        .merge(op(GetAgentSync, is_sync))
        .merge(op(CheckUninstallPermission, uninstall_permission))
        .merge(op(SummaryOs, summary_os))
        .merge(op(SummaryStatus, summary_status))
}

#[cfg(test)]
#[path = "agents_unit_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "agent_writes_tests.rs"]
mod writes_tests;

#[cfg(test)]
#[path = "agent_reads_tests.rs"]
mod reads_tests;
