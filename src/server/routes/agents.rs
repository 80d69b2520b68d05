//! Agents handlers (spec tag `Agents`): `GET /agents` with its filters, and the status and
//! OS summaries. Also the agent filters and status summary other groups reuse.

use super::list::{self, Messages};
use crate::api::agents::{AgentFilters, ListAgents, SummaryOs, SummaryStatus};
use crate::api::params::split_list;
use crate::server::auth::Caller;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::query::{field_value, Collection, Field, FieldKind};
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use axum::extract::State;
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

const fn field(name: &'static str, kind: FieldKind) -> Field {
    Field { name, kind }
}

/// `GET /agents`.
pub async fn list(
    State(state): State<AppState>,
    _: Caller,
    query: WazuhQuery<ListAgents>,
) -> Result<Response, ApiError> {
    let filter = AgentFilter::from_filters(&query.query)?;
    let named = query.query.agents_list.as_deref().map(agent_ids);
    let agents = state.agents();
    off_thread(move || {
        let now = Utc::now();
        let (picked, failed) = match &named {
            Some(ids) => list::pick_named(&agents, "id", ids, 1701),
            None => (agents.iter().collect(), Vec::new()),
        };
        let matching = picked
            .into_iter()
            .filter(|agent| filter.matches(agent, now));
        list::answer(
            &AGENTS,
            matching,
            failed,
            &query.list,
            &MESSAGES,
            query.pretty(),
            now,
        )
    })
    .await
}

/// `GET /agents/summary/status`.
pub async fn summary_status(
    State(state): State<AppState>,
    _: Caller,
    query: WazuhQuery<SummaryStatus>,
) -> Result<Response, ApiError> {
    let agents = state.agents();
    off_thread(move || {
        let body = json!({ "data": status_summary(&agents), "error": 0 });
        Ok(respond::ok(&body, query.pretty()))
    })
    .await
}

/// `GET /agents/summary/os`.
pub async fn summary_os(
    State(state): State<AppState>,
    _: Caller,
    query: WazuhQuery<SummaryOs>,
) -> Result<Response, ApiError> {
    let agents = state.agents();
    off_thread(move || {
        let mut platforms: Vec<&str> = agents
            .iter()
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
pub fn status_summary(agents: &[Value]) -> Value {
    let (mut active, mut disconnected, mut never_connected, mut pending) = (0, 0, 0, 0);
    let (mut synced, mut not_synced) = (0, 0);
    for agent in agents {
        match agent.get("status").and_then(Value::as_str) {
            Some("active") => active += 1,
            Some("disconnected") => disconnected += 1,
            Some("never_connected") => never_connected += 1,
            Some("pending") => pending += 1,
            _ => {}
        }
        match agent.get("group_config_status").and_then(Value::as_str) {
            Some("synced") => synced += 1,
            Some("not synced") => not_synced += 1,
            _ => {}
        }
    }
    json!({
        "connection": {
            "active": active,
            "disconnected": disconnected,
            "never_connected": never_connected,
            "pending": pending,
            "total": agents.len(),
        },
        "configuration": {
            "synced": synced,
            "not_synced": not_synced,
            "total": agents.len(),
        },
    })
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
                timeframe_seconds(value).ok_or_else(|| {
                    ApiError::bad_request(format!("'{value}' is not a 'timeframe' - 'older_than'"))
                })
            })
            .transpose()?;
        let equals = [
            ("os.platform", &filters.os_platform),
            ("os.version", &filters.os_version),
            ("os.name", &filters.os_name),
            ("manager", &filters.manager),
            ("node_name", &filters.node_name),
            ("name", &filters.name),
            ("ip", &filters.ip),
            ("registerIP", &filters.register_ip),
            ("group_config_status", &filters.group_config_status),
        ];
        filter.equals = equals
            .into_iter()
            .filter_map(|(field, value)| value.as_ref().map(|value| (field, value.clone())))
            .collect();
        filter.version = filters.version.as_deref().map(normal_version);
        filter.group = filters.group.clone();
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
/// than `seconds` before `now`. The manager never is.
fn older_than(agent: &Value, now: DateTime<Utc>, seconds: i64) -> bool {
    if agent.get("id").and_then(Value::as_str) == Some(MANAGER_ID) {
        return false;
    }
    let date = ["lastKeepAlive", "dateAdd"]
        .iter()
        .filter_map(|key| agent.get(*key).and_then(Value::as_str))
        .find_map(|text| DateTime::parse_from_rfc3339(text).ok());
    date.is_some_and(|date| date.timestamp() < now.timestamp() - seconds)
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
fn timeframe_seconds(value: &str) -> Option<i64> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn agent() -> Value {
        json!({
            "id": "005", "name": "web-01", "status": "active",
            "os": {"platform": "ubuntu", "name": "Ubuntu"},
            "version": "Wazuh v4.12.0", "group": ["default", "group1"],
            "lastKeepAlive": "2025-01-01T00:00:00+00:00", "group_config_status": "synced",
        })
    }

    fn now() -> DateTime<Utc> {
        "2025-01-02T00:00:00Z".parse().unwrap()
    }

    fn filters(query: &str) -> AgentFilter {
        AgentFilter::from_filters(&serde_urlencoded::from_str(query).unwrap()).unwrap()
    }

    #[test]
    fn timeframes_sum_their_units() {
        assert_eq!(timeframe_seconds("30"), Some(30));
        assert_eq!(timeframe_seconds("1d12h"), Some(129_600));
        assert_eq!(timeframe_seconds("45s"), Some(45));
        assert_eq!(timeframe_seconds("1w"), None);
        assert_eq!(timeframe_seconds("h"), None);
        assert_eq!(timeframe_seconds(""), None);
    }

    #[test]
    fn versions_are_normalised() {
        for v in ["Wazuh v4.12.0", "v4.12.0", "4.12.0", "wazuh V4.12.0"] {
            assert_eq!(normal_version(v), "4.12.0", "{v}");
        }
    }

    #[test]
    fn filters_match_fields_ignoring_case() {
        assert!(filters("os.platform=UBUNTU&status=active,pending").matches(&agent(), now()));
        assert!(filters("version=4.12.0&group=GROUP1").matches(&agent(), now()));
        assert!(!filters("group=group2").matches(&agent(), now()));
        assert!(!filters("status=disconnected").matches(&agent(), now()));
        assert!(!filters("name=web-02").matches(&agent(), now()));
        assert!(filters("group_config_status=synced").matches(&agent(), now()));
    }

    #[test]
    fn older_than_compares_the_last_keep_alive_and_skips_the_manager() {
        assert!(filters("older_than=12h").matches(&agent(), now()));
        assert!(!filters("older_than=2d").matches(&agent(), now()));
        let mut manager = agent();
        manager["id"] = json!("000");
        assert!(!filters("older_than=1s").matches(&manager, now()));
    }

    #[test]
    fn bad_filter_values_are_400() {
        let bad = |query: &str| {
            AgentFilter::from_filters(&serde_urlencoded::from_str(query).unwrap())
                .unwrap_err()
                .body
                .detail
        };
        assert_eq!(
            bad("status=sleeping"),
            "'sleeping' is not one of ['active', 'pending', 'never_connected', 'disconnected'] - 'status'"
        );
        assert_eq!(
            bad("older_than=soon"),
            "'soon' is not a 'timeframe' - 'older_than'"
        );
    }

    #[test]
    fn agent_ids_are_zero_padded() {
        assert_eq!(agent_ids("1,010,1000,abc"), ["001", "010", "1000", "abc"]);
    }

    #[test]
    fn status_summary_counts_connection_and_sync() {
        let mut other = agent();
        other["status"] = json!("never_connected");
        other["group_config_status"] = json!("not synced");
        let summary = status_summary(&[agent(), other]);
        assert_eq!(
            summary,
            json!({
                "connection": {"active": 1, "disconnected": 0, "never_connected": 1, "pending": 0, "total": 2},
                "configuration": {"synced": 1, "not_synced": 1, "total": 2},
            })
        );
    }
}
