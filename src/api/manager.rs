//! Manager operations (spec tag `Manager`): the manager node the API runs on — its
//! information, the states of its daemons, its configuration and its logs.

use super::params;
use super::{query, Param};
use super::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

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

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    GetManagerInfo::SPEC,
    GetManagerStatus::SPEC,
    GetApiConfig::SPEC,
    CheckVersion::SPEC,
    GetConfiguration::SPEC,
    ValidateConfiguration::SPEC,
];
