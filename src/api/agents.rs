//! Agents operations (spec tag `Agents`).

use super::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// `GET /agents`: list agents with filters, WQL, paging.
pub struct ListAgents;

/// The agent filters of `GET /agents` (besides the list parameters).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AgentFilters {
    /// Comma-separated agent ids.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agents_list: Option<String>,
    /// Comma-separated statuses: active, pending, never_connected, disconnected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Agents whose last keep-alive is older than this timeframe (`1d`, `12h`, `30m`, `45s`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub older_than: Option<String>,
    /// OS platform, e.g. `ubuntu`.
    #[serde(rename = "os.platform", skip_serializing_if = "Option::is_none")]
    pub os_platform: Option<String>,
    /// OS version, e.g. `22.04.3 LTS (Jammy Jellyfish)`.
    #[serde(rename = "os.version", skip_serializing_if = "Option::is_none")]
    pub os_version: Option<String>,
    /// OS name, e.g. `Ubuntu`.
    #[serde(rename = "os.name", skip_serializing_if = "Option::is_none")]
    pub os_name: Option<String>,
    /// Manager hostname.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    /// Agent version, e.g. `Wazuh v4.12.0`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Group name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Cluster node name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub node_name: Option<String>,
    /// Agent name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Agent IP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// IP the agent registered with.
    #[serde(rename = "registerIP", skip_serializing_if = "Option::is_none")]
    pub register_ip: Option<String>,
    /// `synced` or `not synced`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_config_status: Option<String>,
}

impl Endpoint for ListAgents {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents",
        operation_id: "api.controllers.agent_controller.get_agents",
        actions: &["agent:read"],
        query: &[
            "pretty",
            "wait_for_complete",
            "agents_list",
            "offset",
            "limit",
            "select",
            "sort",
            "search",
            "status",
            "q",
            "older_than",
            "os.platform",
            "os.version",
            "os.name",
            "manager",
            "version",
            "group",
            "node_name",
            "name",
            "ip",
            "registerIP",
            "group_config_status",
            "distinct",
        ],
    };
    type Query = AgentFilters;
}

/// `GET /agents/summary/os`: the distinct OS platforms of the agents.
pub struct SummaryOs;

impl Endpoint for SummaryOs {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/summary/os",
        operation_id: "api.controllers.agent_controller.get_agent_summary_os",
        actions: &["agent:read"],
        query: &["pretty", "wait_for_complete"],
    };
    type Query = NoQuery;
}

/// `GET /agents/summary/status`: agent counts by connection and sync status.
pub struct SummaryStatus;

impl Endpoint for SummaryStatus {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/summary/status",
        operation_id: "api.controllers.agent_controller.get_agent_summary_status",
        actions: &["agent:read"],
        query: &["pretty", "wait_for_complete"],
    };
    type Query = NoQuery;
}
