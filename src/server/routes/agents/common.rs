//! What the agents handlers, and other groups' agent lists, share (no handlers here): the
//! agent lists' specs and messages, the agent filters, agent ids, timeframes and versions.

use crate::api::agents::AgentFilters;
use crate::api::codes::AGENT_NOT_FOUND;
use crate::api::params::split_list;
use crate::api::AgentId;
use crate::server::collection::Record;
use crate::server::error::ApiError;
use crate::server::extract::check_one_of;
use crate::server::extract::not_numbers;
pub use crate::server::fleet::AGENTS;
use crate::server::fleet::{Agent, StatusCounts};
use crate::server::routes::list::{ListSpec, Messages, NameKind, Names};
use crate::server::wql::values::{normal_version, parse_version, timeframe_seconds};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

/// The messages of agent lists.
pub const MESSAGES: Messages = Messages {
    all: "All selected agents information was returned",
    some: "Some agents information was not returned",
    none: "No agent information was returned",
};

/// The values of the `status` filter.
pub const STATUSES: &[&str] = &["active", "pending", "never_connected", "disconnected"];

/// The values of the `group_config_status` filter.
pub const CONFIG_STATUSES: &[&str] = &["synced", "not synced"];

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
pub fn agent_ids(list: &str) -> Vec<String> {
    split_list(list)
        .into_iter()
        .map(|id| AgentId::pad(&id))
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
pub fn older_than(agent: &Agent, now: DateTime<Utc>, seconds: i64) -> bool {
    if agent.is_manager() {
        return false;
    }
    let date = agent.last_keep_alive.or(agent.date_add);
    date.is_some_and(|date| date <= now.timestamp() - seconds)
}

/// An agent's version, as numbers.
pub fn version_of(agent: &Agent) -> Option<Vec<u64>> {
    agent.version.as_deref().and_then(parse_version)
}

/// An all-digit agent id (`"7"`, `"007"`) as a number; anything else is a 400 on `param`.
pub fn numeric_id(text: &str, param: &str) -> Result<i64, ApiError> {
    AgentId::parse(text)
        .map(|id| id.0)
        .ok_or_else(|| not_numbers(text, param))
}

/// Connexion's 400 for a value of `param` that is not a timeframe.
pub fn not_a_timeframe(value: &str, param: &str) -> ApiError {
    ApiError::bad_request(format!("'{value}' is not a 'timeframe' - '{param}'"))
}

#[cfg(test)]
#[path = "unit_tests.rs"]
mod tests;
