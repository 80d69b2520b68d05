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
use super::list::{self, Messages};
use crate::api::agents::{
    AgentFilters, CheckUninstallPermission, DeleteAgents, DeleteAgentsQuery, GetAgentKey,
    GetAgentSync, ListAgents, ListAgentsWithoutGroup, ListOutdatedAgents, SummaryOs, SummaryStatus,
};
use crate::api::envelope::Envelope;
use crate::api::params::split_list;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::query::{self, field_value, Collection, Field, FieldKind};
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use crate::server::store::{self};
use crate::server::wql;
use crate::server::wql::values::{compare_versions, parse_version};
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

/// The agents collection: every field `q`, `sort`, `select` and `search` may name.
pub const AGENTS: Collection = Collection {
    fields: &[
        field("id", FieldKind::Number),
        field("name", FieldKind::Text),
        field("ip", FieldKind::Text),
        field("status", FieldKind::Text),
        field("status_code", FieldKind::Number),
        field("os.name", FieldKind::Text),
        field("os.version", FieldKind::Text),
        field("os.platform", FieldKind::Text),
        field("os.codename", FieldKind::Text),
        field("os.major", FieldKind::Text),
        field("os.minor", FieldKind::Text),
        field("os.uname", FieldKind::Text),
        field("os.arch", FieldKind::Text),
        field("os.build", FieldKind::Text),
        field("version", FieldKind::Version),
        field("manager", FieldKind::Text),
        field("dateAdd", FieldKind::Date),
        field("lastKeepAlive", FieldKind::Date),
        field("group", FieldKind::GroupList),
        field("mergedSum", FieldKind::Text),
        field("configSum", FieldKind::Text),
        field("node_name", FieldKind::Text),
        field("registerIP", FieldKind::Text),
        field("disconnection_time", FieldKind::Date),
        field("group_config_status", FieldKind::Text),
    ],
    mandatory: &["id"],
    default_sort: "id",
    date_filters_skip_id: Some("000"),
};

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
/// The manager's own agent id, skipped by date filters.
const MANAGER_ID: &str = "000";
/// The answer of `GET /agents/uninstall` to a caller allowed to uninstall agents.
const UNINSTALL_ALLOWED: &str = "User has permission to uninstall agents.";

const SYNC_MESSAGES: Messages = Messages {
    all: "Sync info was returned for all selected agents",
    some: "Sync info was not returned for some selected agents",
    none: "No sync info was returned",
};

const fn field(name: &'static str, kind: FieldKind) -> Field {
    Field { name, kind }
}

/// `GET /agents`.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListAgents>,
    query: WazuhQuery<ListAgents>,
) -> Result<Response, ApiError> {
    let filter = AgentFilter::from_filters(&query.query)?;
    let named = query.query.agents_list.as_deref().map(agent_ids);
    let permitted = guard.agents();
    let agents = state.agents();
    let whole_fleet = named.is_none() && permitted.permits_everything() && filter.is_empty();
    let page_only = whole_fleet && query::cuts_pages_only(&query.list);
    let answer = move || {
        let now = Utc::now();
        let (matching, failed): (Box<dyn Iterator<Item = &Value>>, _) = match named {
            Some(ids) => {
                let mut refused = Failures::default();
                let ids = permitted.split(ids, &mut refused)?;
                let (picked, mut failed) = list::pick_named(&agents, "id", &ids, 1701);
                failed.extend(refused.into_groups());
                let matching = picked.into_iter().filter(|a| filter.matches(a, now));
                (Box::new(matching), failed)
            }
            // The whole fleet, unfiltered: the list pipeline pages it without walking it.
            None if whole_fleet => (Box::new(agents.iter()), Vec::new()),
            None => {
                let permitted = permitted.filter(agents.iter(), "id");
                let matching = permitted.filter(|agent| filter.matches(agent, now));
                (Box::new(matching), Vec::new())
            }
        };
        list::answer(
            &AGENTS,
            matching,
            failed,
            &query.list,
            &MESSAGES,
            query.pretty(),
            now,
        )
    };
    // A page cut out of the fleet costs the page: not worth a thread hand-off.
    if page_only {
        answer()
    } else {
        off_thread(answer).await
    }
}

/// `GET /agents/summary/status`.
pub async fn summary_status(
    State(state): State<AppState>,
    guard: Guarded<SummaryStatus>,
    query: WazuhQuery<SummaryStatus>,
) -> Result<Response, ApiError> {
    let agents = state.agents();
    off_thread(move || {
        let permitted = guard.agents();
        let summary = status_summary(permitted.filter(agents.iter(), "id"));
        let body = json!({ "data": summary, "error": 0 });
        Ok(respond::ok(&body, query.pretty()))
    })
    .await
}

/// `GET /agents/summary/os`.
pub async fn summary_os(
    State(state): State<AppState>,
    guard: Guarded<SummaryOs>,
    query: WazuhQuery<SummaryOs>,
) -> Result<Response, ApiError> {
    let agents = state.agents();
    off_thread(move || {
        let permitted = guard.agents();
        let mut platforms: Vec<&str> = permitted
            .filter(agents.iter(), "id")
            .filter_map(|agent| field_value(agent, "os.platform").and_then(Value::as_str))
            .collect();
        platforms.sort_unstable();
        platforms.dedup();
        let total = platforms.len() as u64;
        let items = platforms.into_iter().map(Value::from).collect();
        let envelope = list::envelope(items, total, Vec::new(), &OS_MESSAGES);
        Ok(respond::ok(&envelope, query.pretty()))
    })
    .await
}

/// Agent counts by connection status and by group configuration sync status.
pub fn status_summary<'a>(agents: impl IntoIterator<Item = &'a Value>) -> Value {
    let mut counts = StatusCounts::default();
    agents.into_iter().for_each(|agent| counts.add(agent));
    counts.to_json()
}

/// Agent counts by connection status and by group configuration sync status, added up in one
/// pass without allocating.
#[derive(Debug, Default, Clone, Copy)]
pub struct StatusCounts {
    total: u64,
    active: u64,
    disconnected: u64,
    never_connected: u64,
    pending: u64,
    synced: u64,
    not_synced: u64,
}

impl StatusCounts {
    /// Counts one agent.
    pub fn add(&mut self, agent: &Value) {
        self.total += 1;
        match agent.get("status").and_then(Value::as_str) {
            Some("active") => self.active += 1,
            Some("disconnected") => self.disconnected += 1,
            Some("never_connected") => self.never_connected += 1,
            Some("pending") => self.pending += 1,
            _ => {}
        }
        match agent.get("group_config_status").and_then(Value::as_str) {
            Some("synced") => self.synced += 1,
            Some("not synced") => self.not_synced += 1,
            _ => {}
        }
    }

    /// The `{connection, configuration}` document of `GET /agents/summary/status`.
    pub fn to_json(&self) -> Value {
        json!({
            "connection": {
                "active": self.active,
                "disconnected": self.disconnected,
                "never_connected": self.never_connected,
                "pending": self.pending,
                "total": self.total,
            },
            "configuration": {
                "synced": self.synced,
                "not_synced": self.not_synced,
                "total": self.total,
            },
        })
    }
}

/// Agent ids as the API stores them: all-digit ids zero-padded to three digits.
fn agent_ids(list: &str) -> Vec<String> {
    split_list(list)
        .into_iter()
        .map(|id| {
            if id.bytes().all(|b| b.is_ascii_digit()) {
                format!("{id:0>3}")
            } else {
                id
            }
        })
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
    pub fn matches(&self, agent: &Value, now: DateTime<Utc>) -> bool {
        let text = |field: &str| field_value(agent, field).and_then(Value::as_str);
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
            .is_none_or(|wanted| in_group(agent, wanted));
        let older_ok = self
            .older_than
            .is_none_or(|seconds| older_than(agent, now, seconds));
        status_ok && equals_ok && version_ok && group_ok && older_ok
    }
}

/// Whether the agent's group list holds the group (ignoring case).
pub fn in_group(agent: &Value, group: &str) -> bool {
    agent
        .get("group")
        .and_then(Value::as_array)
        .is_some_and(|groups| {
            groups
                .iter()
                .filter_map(Value::as_str)
                .any(|g| g.eq_ignore_ascii_case(group))
        })
}

/// Whether the agent's last keep-alive (its registration when it never connected) is more
/// than `seconds` before `now` (`0` selects every agent). The manager never is.
fn older_than(agent: &Value, now: DateTime<Utc>, seconds: i64) -> bool {
    if agent.get("id").and_then(Value::as_str) == Some(MANAGER_ID) {
        return false;
    }
    let date = ["lastKeepAlive", "dateAdd"]
        .iter()
        .filter_map(|key| agent.get(*key).and_then(Value::as_str))
        .find_map(|text| DateTime::parse_from_rfc3339(text).ok());
    date.is_some_and(|date| date.timestamp() <= now.timestamp() - seconds)
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
            .ok_or_else(|| ApiError::code(1701))
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
    let (deleted, failures) = state
        .write(move |store| {
            let agents = store.agents().map_err(ApiError::internal)?;
            let (ids, mut failures) = plan.select(&agents, Utc::now());
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
    let agents = state.agents();
    off_thread(move || {
        let permitted = guard.agents();
        let ungrouped = permitted.filter(agents.iter(), "id").filter(|agent| {
            id_of(agent) != Some(MANAGER_ID)
                && agent
                    .get("group")
                    .and_then(Value::as_array)
                    .is_none_or(Vec::is_empty)
        });
        list::answer(
            &AGENTS,
            ungrouped,
            Vec::new(),
            &query.list,
            &MESSAGES,
            query.pretty(),
            Utc::now(),
        )
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
    let agents = state.agents();
    off_thread(move || {
        let manager = manager_version(&agents);
        let permitted = guard.agents();
        let outdated = permitted
            .filter(agents.iter(), "id")
            .filter(|agent| is_outdated(agent, manager.as_deref()));
        list::answer(
            &AGENTS,
            outdated,
            Vec::new(),
            &query.list,
            &MESSAGES,
            query.pretty(),
            Utc::now(),
        )
    })
    .await
}

/// The manager's version (agent `000`), as numbers.
fn manager_version(agents: &[Value]) -> Option<Vec<u64>> {
    agents
        .iter()
        .find(|agent| id_of(agent) == Some(MANAGER_ID))
        .and_then(version_of)
}

fn version_of(agent: &Value) -> Option<Vec<u64>> {
    agent
        .get("version")
        .and_then(Value::as_str)
        .and_then(parse_version)
}

/// An agent (not the manager) with a known version other than the manager's, whatever its
/// status; never true without a manager.
fn is_outdated(agent: &Value, manager: Option<&[u64]>) -> bool {
    let (Some(manager), Some(version)) = (manager, version_of(agent)) else {
        return false;
    };
    id_of(agent) != Some(MANAGER_ID) && compare_versions(&version, manager).is_ne()
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
    let agents = state.agents();
    let mut failures = Failures::default();
    let affected = match sync_of(&agents, &id) {
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
fn sync_of(agents: &[Value], id: &str) -> Result<bool, ApiError> {
    if id == MANAGER_ID {
        return Err(ApiError::code(1703));
    }
    let agent = agents
        .iter()
        .find(|agent| id_of(agent) == Some(id))
        .ok_or_else(|| ApiError::code(1701))?;
    Ok(agent.get("group_config_status").and_then(Value::as_str) == Some("synced"))
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

fn id_of(agent: &Value) -> Option<&str> {
    agent.get("id").and_then(Value::as_str)
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
    fn select(&self, agents: &[Value], now: DateTime<Utc>) -> (Vec<String>, Failures) {
        let mut failures = Failures::default();
        let candidates: Vec<&Value> = match &self.named {
            None => agents
                .iter()
                .filter(|agent| id_of(agent) != Some(MANAGER_ID))
                .collect(),
            Some(ids) => ids
                .iter()
                .filter_map(|id| {
                    if id == MANAGER_ID {
                        failures.add(id.clone(), &ApiError::code(1703));
                        return None;
                    }
                    let found = agents.iter().find(|agent| id_of(agent) == Some(id));
                    if found.is_none() {
                        failures.add(id.clone(), &ApiError::code(1701));
                    }
                    found
                })
                .collect(),
        };
        let mut ids: Vec<String> = candidates
            .into_iter()
            .filter(|agent| self.filter.matches(agent, now))
            .filter(|agent| self.query.as_ref().is_none_or(|q| q.matches(agent)))
            .filter_map(id_of)
            .map(str::to_string)
            .collect();
        ids.sort_by(|a, b| list::id_order(a, b));
        ids.dedup();
        (ids, failures)
    }
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
