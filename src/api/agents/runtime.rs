//! An agent's runtime views (spec tag `Agents`): its active configuration, one section at a
//! time, and the statistics its daemons and the manager's daemons keep about it. The value
//! lists here (components, sections, daemons) are the spec's enums, shared by the server's
//! validation and the CLI's argument parsing.

use crate::api::params;
use crate::api::{query, Param};
use crate::api::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// The `component` values of `GET /agents/{agent_id}/config/{component}/{configuration}`.
pub const CONFIG_COMPONENTS: &[&str] = &[
    "agent",
    "agentless",
    "analysis",
    "auth",
    "com",
    "csyslog",
    "integrator",
    "logcollector",
    "mail",
    "monitor",
    "request",
    "syscheck",
    "wazuh-db",
    "wmodules",
];

/// The `configuration` values of `GET /agents/{agent_id}/config/{component}/{configuration}`
/// (which ones a component has is the agent's business: see the spec's table).
pub const CONFIG_SECTIONS: &[&str] = &[
    "client",
    "buffer",
    "labels",
    "internal",
    "anti_tampering",
    "agentless",
    "global",
    "active_response",
    "alerts",
    "command",
    "rules",
    "decoders",
    "auth",
    "logging",
    "reports",
    "active-response",
    "cluster",
    "csyslog",
    "integration",
    "localfile",
    "socket",
    "remote",
    "syscheck",
    "rootcheck",
    "wdb",
    "wmodules",
    "rule_test",
];

/// The `daemons_list` values of `GET /agents/{agent_id}/daemons/stats`, in spec order.
pub const AGENT_DAEMONS: &[&str] = &["wazuh-analysisd", "wazuh-remoted"];

/// The `component` values of `GET /agents/{agent_id}/stats/{component}`.
pub const STATS_COMPONENTS: &[&str] = &["logcollector", "agent"];

/// `GET /agents/{agent_id}/config/{component}/{configuration}`: one section of the
/// configuration the agent is running (a plain `{"data": {section: ...}}` answer).
pub struct GetAgentConfig;

impl Endpoint for GetAgentConfig {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/{agent_id}/config/{component}/{configuration}",
        operation_id: "api.controllers.agent_controller.get_agent_config",
        actions: &["agent:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /agents/{agent_id}/daemons/stats`: what the manager's daemons count about one agent.
pub struct GetAgentDaemonStats;

/// The filter of `GET /agents/{agent_id}/daemons/stats`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DaemonStatsQuery {
    /// Comma-separated daemon names (every daemon when absent).
    pub daemons_list: Option<String>,
}

impl Endpoint for GetAgentDaemonStats {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/{agent_id}/daemons/stats",
        operation_id: "api.controllers.agent_controller.get_daemon_stats",
        actions: &["agent:read"],
        query: query!([Param::enumeration("daemons_list")]),
    };
    type Query = DaemonStatsQuery;
}

/// `GET /agents/{agent_id}/stats/{component}`: the counters of one of the agent's own daemons.
pub struct GetAgentComponentStats;

impl Endpoint for GetAgentComponentStats {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/{agent_id}/stats/{component}",
        operation_id: "api.controllers.agent_controller.get_component_stats",
        actions: &["agent:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    GetAgentConfig::SPEC,
    GetAgentDaemonStats::SPEC,
    GetAgentComponentStats::SPEC,
];
