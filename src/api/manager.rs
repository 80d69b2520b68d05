//! Manager operations (spec tag `Manager`): the manager node the API runs on — its
//! information, the states of its daemons, its configuration, its logs and its statistics.

use super::params;
use super::{query, Param};
use super::{Endpoint, Method, NoQuery, Spec};
use crate::api::fields::Field;
use serde::{Deserialize, Serialize};

/// The fields of a log entry, as `GET /manager/logs` lists them.
pub const LOG_FIELDS: &[Field] = &[
    Field::date("timestamp"),
    Field::text("tag"),
    Field::text("level"),
    Field::text("description"),
];

/// `GET /manager/info`: the manager's installation path, version, type and time zone.
pub struct GetManagerInfo;

impl Endpoint for GetManagerInfo {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/info",
        operation_id: "api.controllers.manager_controller.get_info",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/status`: whether each of the manager's daemons runs.
pub struct GetManagerStatus;

impl Endpoint for GetManagerStatus {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/status",
        operation_id: "api.controllers.manager_controller.get_status",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/api/config`: the API configuration the node's API runs with.
pub struct GetApiConfig;

impl Endpoint for GetApiConfig {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/api/config",
        operation_id: "api.controllers.manager_controller.get_api_config",
        actions: &["manager:read_api_config"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/configuration`: the manager's `ossec.conf`, as JSON or as the file.
pub struct GetConfiguration;

/// The query of `GET /manager/configuration`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ConfigurationQuery {
    /// The file as it is (XML), ignoring `section` and `field`.
    pub raw: Option<bool>,
    /// Only this section (one of [`SECTIONS`]).
    pub section: Option<String>,
    /// Only this option of the section.
    pub field: Option<String>,
    /// Each of the section's `decoder_dir` or `rule_dir` values once (with `ruleset`).
    pub distinct: Option<bool>,
}

/// The sections `GET /manager/configuration` may be asked for: the configuration's sections,
/// then (the last [`WODLE_SECTIONS`]) the modules configured in a `<wodle name="...">`.
pub const SECTIONS: &[&str] = &[
    "active-response",
    "agentless",
    "alerts",
    "auth",
    "client",
    "client_buffer",
    "cluster",
    "command",
    "database_output",
    "email_alerts",
    "global",
    "integration",
    "labels",
    "localfile",
    "logging",
    "remote",
    "reports",
    "rootcheck",
    "ruleset",
    "sca",
    "socket",
    "syscheck",
    "syslog_output",
    "vulnerability-detection",
    "indexer",
    "aws-s3",
    "azure-logs",
    "cis-cat",
    "docker-listener",
    "open-scap",
    "osquery",
    "syscollector",
];

/// How many of [`SECTIONS`], at its end, name a `<wodle>` module rather than a section.
pub const WODLE_SECTIONS: usize = 7;

impl Endpoint for GetConfiguration {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/configuration",
        operation_id: "api.controllers.manager_controller.get_configuration",
        actions: &["manager:read"],
        query: query!([
            Param::boolean("raw"),
            Param::enumeration("section"),
            Param::text("field"),
            params::DISTINCT
        ]),
    };
    type Query = ConfigurationQuery;
}

/// `PUT /manager/configuration`: replaces the manager's `ossec.conf` with the body.
pub struct PutConfiguration;

impl Endpoint for PutConfiguration {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/manager/configuration",
        operation_id: "api.controllers.manager_controller.update_configuration",
        actions: &["manager:update_config"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `PUT /manager/restart`: restart the manager (its configuration and ruleset read again).
pub struct RestartManager;

impl Endpoint for RestartManager {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/manager/restart",
        operation_id: "api.controllers.manager_controller.put_restart",
        actions: &["manager:read", "manager:restart"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/configuration/validation`: whether the manager's configuration is valid.
pub struct ValidateConfiguration;

impl Endpoint for ValidateConfiguration {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/configuration/validation",
        operation_id: "api.controllers.manager_controller.get_conf_validation",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/version/check`: whether a newer Wazuh version is available.
pub struct CheckVersion;

/// The query of `GET /manager/version/check`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct VersionCheckQuery {
    /// Ask the update service now instead of using the last answer.
    pub force_query: Option<bool>,
}

impl Endpoint for CheckVersion {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/version/check",
        operation_id: "api.controllers.manager_controller.check_available_version",
        actions: &[],
        query: &[params::PRETTY, Param::boolean("force_query")],
    };
    type Query = VersionCheckQuery;
}

/// `GET /manager/logs`: the last lines of the manager's `ossec.log`, newest first.
pub struct GetLogs;

/// The levels a log line may have (`level` of `GET /manager/logs`).
pub const LOG_LEVELS: &[&str] = &["critical", "debug", "debug2", "error", "info", "warning"];

/// The largest `limit` of `GET /manager/logs`.
pub const MAX_LOG_LIMIT: u64 = 500;

/// The filters of `GET /manager/logs`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct LogFilters {
    /// Only lines of this component, e.g. `wazuh-authd`.
    pub tag: Option<String>,
    /// Only lines of this level (one of [`LOG_LEVELS`]).
    pub level: Option<String>,
}

impl Endpoint for GetLogs {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/logs",
        operation_id: "api.controllers.manager_controller.get_log",
        actions: &["manager:read"],
        query: query!(list, [Param::text("tag"), Param::enumeration("level")]),
    };
    type Query = LogFilters;
}

/// `GET /manager/logs/summary`: how many log lines each component wrote, per level.
pub struct GetLogsSummary;

impl Endpoint for GetLogsSummary {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/logs/summary",
        operation_id: "api.controllers.manager_controller.get_log_summary",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The daemons `GET /manager/daemons/stats` reports on, in the order it answers them.
pub const STATS_DAEMONS: &[&str] = &["wazuh-remoted", "wazuh-analysisd", "wazuh-db"];

/// `GET /manager/daemons/stats`: the counters of the manager's daemons.
pub struct GetDaemonStats;

/// The filter of `GET /manager/daemons/stats`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DaemonsQuery {
    /// Comma-separated daemon names (every one of [`STATS_DAEMONS`] when absent).
    pub daemons_list: Option<String>,
}

impl Endpoint for GetDaemonStats {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/daemons/stats",
        operation_id: "api.controllers.manager_controller.get_daemon_stats",
        actions: &["manager:read"],
        query: query!([Param::enumeration("daemons_list")]),
    };
    type Query = DaemonsQuery;
}

/// `GET /manager/stats`: the totals of each hour of a day (today by default).
pub struct GetStats;

/// The query of `GET /manager/stats`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct StatsQuery {
    /// The day, `YYYY-MM-DD`.
    pub date: Option<String>,
}

impl Endpoint for GetStats {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/stats",
        operation_id: "api.controllers.manager_controller.get_stats",
        actions: &["manager:read"],
        query: query!([Param::text("date")]),
    };
    type Query = StatsQuery;
}

/// `GET /manager/stats/hourly`: the events of each hour of the day, averaged over the days.
pub struct GetStatsHourly;

impl Endpoint for GetStatsHourly {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/stats/hourly",
        operation_id: "api.controllers.manager_controller.get_stats_hourly",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/stats/weekly`: the hourly averages of each day of the week.
pub struct GetStatsWeekly;

impl Endpoint for GetStatsWeekly {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/stats/weekly",
        operation_id: "api.controllers.manager_controller.get_stats_weekly",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/stats/analysisd`: analysisd's counters, flat (deprecated by Wazuh).
pub struct GetStatsAnalysisd;

impl Endpoint for GetStatsAnalysisd {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/stats/analysisd",
        operation_id: "api.controllers.manager_controller.get_stats_analysisd",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/stats/remoted`: remoted's counters, flat (deprecated by Wazuh).
pub struct GetStatsRemoted;

impl Endpoint for GetStatsRemoted {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/stats/remoted",
        operation_id: "api.controllers.manager_controller.get_stats_remoted",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /manager/configuration/{component}/{configuration}`: one section of the configuration
/// a daemon of the manager runs with (the values in `api::agents::runtime`).
pub struct GetActiveConfig;

impl Endpoint for GetActiveConfig {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/manager/configuration/{component}/{configuration}",
        operation_id: "api.controllers.manager_controller.get_manager_config_ondemand",
        actions: &["manager:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    GetManagerInfo::SPEC,
    GetManagerStatus::SPEC,
    GetApiConfig::SPEC,
    CheckVersion::SPEC,
    GetConfiguration::SPEC,
    PutConfiguration::SPEC,
    RestartManager::SPEC,
    ValidateConfiguration::SPEC,
    GetActiveConfig::SPEC,
    GetLogs::SPEC,
    GetLogsSummary::SPEC,
    GetDaemonStats::SPEC,
    GetStats::SPEC,
    GetStatsHourly::SPEC,
    GetStatsWeekly::SPEC,
    GetStatsAnalysisd::SPEC,
    GetStatsRemoted::SPEC,
];
