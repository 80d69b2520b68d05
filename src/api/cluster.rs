//! Cluster operations (spec tag `Cluster`) about the cluster as a whole: the node receiving
//! the request and its cluster configuration, the nodes and their health, the status, the
//! ruleset synchronization, the nodes' API configurations and the validation of their
//! configurations.

use super::fields::Field;
use super::manager::{ConfigurationQuery, DaemonsQuery, LogFilters, StatsQuery};
use super::params;
use super::{query, Param};
use super::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// The fields of a node, as `GET /cluster/nodes` lists them.
pub const NODE_FIELDS: &[Field] = &[
    Field::text("name"),
    Field::text("type"),
    Field::version("version"),
    Field::text("ip"),
];

/// The query of the operations over some nodes: `nodes_list` (all nodes when absent).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct NodesQuery {
    /// Comma-separated node names.
    pub nodes_list: Option<String>,
}

/// The filters of `GET /cluster/nodes`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct NodeFilters {
    /// Comma-separated node names.
    pub nodes_list: Option<String>,
    /// `master` or `worker` (the parameter is `type`).
    #[serde(rename = "type")]
    pub node_type: Option<String>,
}

/// `GET /cluster/local/info`: the node receiving the request, its cluster and its type.
pub struct GetLocalInfo;

impl Endpoint for GetLocalInfo {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/cluster/local/info",
        operation_id: "api.controllers.cluster_controller.get_cluster_node",
        actions: &["cluster:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /cluster/local/config`: the cluster configuration of the node receiving the request.
pub struct GetLocalConfig;

impl Endpoint for GetLocalConfig {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/cluster/local/config",
        operation_id: "api.controllers.cluster_controller.get_config",
        actions: &["cluster:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /cluster/nodes`: the nodes with their type, version and address.
pub struct ListNodes;

impl Endpoint for ListNodes {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/cluster/nodes",
        operation_id: "api.controllers.cluster_controller.get_cluster_nodes",
        actions: &["cluster:read"],
        query: query!(
            list,
            [Param::enumeration("type"), Param::text("nodes_list")]
        ),
    };
    type Query = NodeFilters;
}

/// `GET /cluster/healthcheck`: each node's information and, for workers, its synchronization.
pub struct GetHealthcheck;

impl Endpoint for GetHealthcheck {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/cluster/healthcheck",
        operation_id: "api.controllers.cluster_controller.get_healthcheck",
        actions: &["cluster:read"],
        query: query!([Param::text("nodes_list")]),
    };
    type Query = NodesQuery;
}

/// `GET /cluster/ruleset/synchronization`: whether each node's custom ruleset is the master's.
pub struct GetRulesetSync;

impl Endpoint for GetRulesetSync {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/cluster/ruleset/synchronization",
        operation_id: "api.controllers.cluster_controller.get_nodes_ruleset_sync_status",
        actions: &["cluster:read"],
        query: query!([Param::text("nodes_list")]),
    };
    type Query = NodesQuery;
}

/// `GET /cluster/status`: whether the cluster is enabled and running.
pub struct GetClusterStatus;

impl Endpoint for GetClusterStatus {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/cluster/status",
        operation_id: "api.controllers.cluster_controller.get_status",
        actions: &["cluster:status"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /cluster/api/config`: the API configuration of each node.
pub struct GetClusterApiConfig;

impl Endpoint for GetClusterApiConfig {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/cluster/api/config",
        operation_id: "api.controllers.cluster_controller.get_api_config",
        actions: &["cluster:read_api_config"],
        query: query!([Param::text("nodes_list")]),
    };
    type Query = NodesQuery;
}

/// `PUT /cluster/restart`: restart every node (or those of `nodes_list`).
pub struct RestartCluster;

impl Endpoint for RestartCluster {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/cluster/restart",
        operation_id: "api.controllers.cluster_controller.put_restart",
        actions: &["cluster:read", "cluster:restart"],
        query: query!([Param::text("nodes_list")]),
    };
    type Query = NodesQuery;
}

/// `GET /cluster/configuration/validation`: whether each node's `ossec.conf` is valid.
pub struct ValidateClusterConfiguration;

impl Endpoint for ValidateClusterConfiguration {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/cluster/configuration/validation",
        operation_id: "api.controllers.cluster_controller.get_conf_validation",
        actions: &["cluster:read"],
        query: query!([Param::text("nodes_list")]),
    };
    type Query = NodesQuery;
}

/// Declares a node-scoped operation (`/cluster/{node_id}/...`): the manager operation of the
/// same name, answered by the node named in the path.
macro_rules! node_operation {
    ($(#[$doc:meta])* $name:ident, $method:ident, $path:literal, $operation:literal,
     $action:literal, $query:ty, [$($param:expr),* $(,)?]) => {
        node_operation!($(#[$doc])* $name, $method, $path, $operation, $action, $query,
            query!([$($param),*]));
    };
    ($(#[$doc:meta])* $name:ident, $method:ident, $path:literal, $operation:literal,
     $action:literal, $query:ty, $params:expr) => {
        $(#[$doc])*
        pub struct $name;

        impl Endpoint for $name {
            const SPEC: Spec = Spec {
                method: Method::$method,
                path: $path,
                operation_id: concat!("api.controllers.cluster_controller.", $operation),
                actions: &[$action],
                query: $params,
            };
            type Query = $query;
        }
    };
}

node_operation!(
    /// `GET /cluster/{node_id}/status`: whether each daemon of the node runs.
    GetNodeStatus, Get, "/cluster/{node_id}/status", "get_status_node", "cluster:read",
    NoQuery, []
);
node_operation!(
    /// `GET /cluster/{node_id}/info`: the node's installation path, version, type, time zone.
    GetNodeInfo, Get, "/cluster/{node_id}/info", "get_info_node", "cluster:read", NoQuery, []
);
node_operation!(
    /// `GET /cluster/{node_id}/configuration`: the node's `ossec.conf`, as JSON or the file.
    GetNodeConfiguration, Get, "/cluster/{node_id}/configuration", "get_configuration_node",
    "cluster:read", ConfigurationQuery,
    [Param::boolean("raw"), Param::enumeration("section"), Param::text("field")]
);
node_operation!(
    /// `PUT /cluster/{node_id}/configuration`: replaces the node's `ossec.conf` with the body.
    PutNodeConfiguration, Put, "/cluster/{node_id}/configuration", "update_configuration",
    "cluster:update_config", NoQuery, []
);
node_operation!(
    /// `GET /cluster/{node_id}/daemons/stats`: the counters of the node's daemons.
    GetNodeDaemonStats, Get, "/cluster/{node_id}/daemons/stats", "get_daemon_stats_node",
    "cluster:read", DaemonsQuery, [Param::enumeration("daemons_list")]
);
node_operation!(
    /// `GET /cluster/{node_id}/stats`: the node's totals of each hour of a day.
    GetNodeStats, Get, "/cluster/{node_id}/stats", "get_stats_node", "cluster:read",
    StatsQuery, [Param::text("date")]
);
node_operation!(
    /// `GET /cluster/{node_id}/stats/hourly`: the node's events of each hour, averaged.
    GetNodeStatsHourly, Get, "/cluster/{node_id}/stats/hourly", "get_stats_hourly_node",
    "cluster:read", NoQuery, []
);
node_operation!(
    /// `GET /cluster/{node_id}/stats/weekly`: the node's hourly averages of each weekday.
    GetNodeStatsWeekly, Get, "/cluster/{node_id}/stats/weekly", "get_stats_weekly_node",
    "cluster:read", NoQuery, []
);
node_operation!(
    /// `GET /cluster/{node_id}/stats/analysisd`: the node's analysisd counters, flat.
    GetNodeStatsAnalysisd, Get, "/cluster/{node_id}/stats/analysisd",
    "get_stats_analysisd_node", "cluster:read", NoQuery, []
);
node_operation!(
    /// `GET /cluster/{node_id}/stats/remoted`: the node's remoted counters, flat.
    GetNodeStatsRemoted, Get, "/cluster/{node_id}/stats/remoted", "get_stats_remoted_node",
    "cluster:read", NoQuery, []
);
node_operation!(
    /// `GET /cluster/{node_id}/logs`: the last lines of the node's `ossec.log`.
    GetNodeLogs, Get, "/cluster/{node_id}/logs", "get_log_node", "cluster:read", LogFilters,
    query!(list, [Param::text("tag"), Param::enumeration("level")])
);
node_operation!(
    /// `GET /cluster/{node_id}/logs/summary`: how many lines each component of the node
    /// logged, per level.
    GetNodeLogsSummary, Get, "/cluster/{node_id}/logs/summary", "get_log_summary_node",
    "cluster:read", NoQuery, []
);
node_operation!(
    /// `GET /cluster/{node_id}/configuration/{component}/{configuration}`: one section of
    /// the configuration a daemon of the node runs with.
    GetNodeActiveConfig, Get, "/cluster/{node_id}/configuration/{component}/{configuration}",
    "get_node_config", "cluster:read", NoQuery, []
);

/// The cluster operations both halves implement.
pub const ENDPOINTS: &[Spec] = &[
    GetLocalInfo::SPEC,
    GetLocalConfig::SPEC,
    ListNodes::SPEC,
    GetHealthcheck::SPEC,
    GetRulesetSync::SPEC,
    GetClusterStatus::SPEC,
    GetClusterApiConfig::SPEC,
    ValidateClusterConfiguration::SPEC,
    RestartCluster::SPEC,
    GetNodeStatus::SPEC,
    GetNodeInfo::SPEC,
    GetNodeConfiguration::SPEC,
    PutNodeConfiguration::SPEC,
    GetNodeDaemonStats::SPEC,
    GetNodeStats::SPEC,
    GetNodeStatsHourly::SPEC,
    GetNodeStatsWeekly::SPEC,
    GetNodeStatsAnalysisd::SPEC,
    GetNodeStatsRemoted::SPEC,
    GetNodeLogs::SPEC,
    GetNodeLogsSummary::SPEC,
    GetNodeActiveConfig::SPEC,
];

/// The node types `node_type` may name.
pub const NODE_TYPES: &[&str] = &["master", "worker"];
