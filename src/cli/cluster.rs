//! `wazuh-ctl cluster ...`: the cluster as a whole — its status, the nodes, their health and
//! ruleset synchronization, the local node and its cluster configuration, the nodes' API
//! configurations and the validation of their configurations — and `cluster node NODE ...`,
//! the manager verbs on one node. The global `--node` (alias `--nodes`) narrows the
//! operations that take `nodes_list`.
//!
//! Imports `api::cluster` for the endpoints, `verbs` for the runners, `manager` for the verbs
//! on one node.

use super::complete;
use super::confirm::confirm;
use super::ctx::Ctx;
use super::error::CliError;
use super::manager::ManagerCommand;
use super::verbs::{self, ListArgs};
use crate::api::cluster::{
    GetClusterApiConfig, GetClusterStatus, GetHealthcheck, GetLocalConfig, GetLocalInfo,
    GetRulesetSync, ListNodes, NodeFilters, NodesQuery, RestartCluster,
    ValidateClusterConfiguration, NODE_TYPES,
};
use crate::output::Column;
use clap::builder::PossibleValuesParser;
use clap_complete::engine::ArgValueCompleter;

/// Columns of the status.
const STATUS: &[Column] = &[
    Column::new("ENABLED", "enabled"),
    Column::new("RUNNING", "running"),
];

/// Columns of the node table.
const NODES: &[Column] = &[
    Column::new("NAME", "name"),
    Column::new("TYPE", "type"),
    Column::new("VERSION", "version"),
    Column::new("IP", "ip"),
];

/// Columns of the health table, one row per node.
const HEALTH: &[Column] = &[
    Column::new("NAME", "info.name"),
    Column::new("TYPE", "info.type"),
    Column::new("ACTIVE AGENTS", "info.n_active_agents"),
    Column::new("IP", "info.ip").drop_rank(2),
    Column::new("VERSION", "info.version").drop_rank(1),
    Column::new("LAST KEEP ALIVE", "status.last_keep_alive").drop_rank(3),
];

/// Columns of the ruleset synchronization, one row per node.
const SYNC: &[Column] = &[Column::new("NAME", "name"), Column::new("SYNCED", "synced")];

/// Columns of the validation, one row per node.
const VALIDATION: &[Column] = &[Column::new("NAME", "name"), Column::new("STATUS", "status")];

/// Columns of the local node.
const LOCAL_INFO: &[Column] = &[
    Column::new("NODE", "node"),
    Column::new("CLUSTER", "cluster"),
    Column::new("TYPE", "type"),
];

/// Columns of the local cluster configuration (the key is left to JSON output).
const LOCAL_CONFIG: &[Column] = &[
    Column::new("CLUSTER", "name"),
    Column::new("NODE", "node_name"),
    Column::new("TYPE", "node_type"),
    Column::new("PORT", "port"),
    Column::new("BIND", "bind_addr").drop_rank(1),
    Column::new("MASTER", "nodes").drop_rank(2),
    Column::new("DISABLED", "disabled").drop_rank(1),
];

/// Columns of the nodes' API configurations.
const API_CONFIG: &[Column] = &[
    Column::new("NODE", "node_name"),
    Column::new("MAX UPLOAD", "node_api_config.max_upload_size"),
    Column::new(
        "REQUESTS/MIN",
        "node_api_config.access.max_request_per_minute",
    ),
    Column::new(
        "LOGIN ATTEMPTS",
        "node_api_config.access.max_login_attempts",
    ),
];

/// `cluster` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum ClusterCommand {
    /// Show whether the cluster is enabled and running.
    Status,
    /// List the nodes with their type, version and address.
    Nodes {
        /// Only nodes of this type.
        #[arg(long = "type", value_name = "TYPE", value_parser = PossibleValuesParser::new(NODE_TYPES))]
        node_type: Option<String>,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show each node's health: agents active on it and its last synchronizations.
    Health,
    /// The node answering the API.
    #[command(subcommand)]
    Local(LocalCommand),
    /// Show each node's API configuration.
    ApiConfig,
    /// Check each node's configuration (ossec.conf); an invalid one is a failure (exit 3).
    Validate,
    /// Restart the nodes (all, or --node A,B): each reads its configuration and the ruleset
    /// again, unless invalid (that node keeps running as it was: exit 3). Asks first; `--yes`
    /// without a terminal.
    Restart,
    /// Show whether each node's custom ruleset is the master's.
    RulesetSync,
    /// One node: the manager verbs (info, status, config, logs, stats, daemon-stats, ...) on
    /// the node named, e.g. `cluster node worker1 logs --follow`.
    Node {
        /// The node's name, as `cluster nodes` lists it.
        #[arg(value_name = "NODE", add = ArgValueCompleter::new(complete::node_names))]
        name: String,
        /// What to do on it.
        #[command(subcommand)]
        command: ManagerCommand,
    },
}

/// `cluster local` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum LocalCommand {
    /// Show the node's name, cluster and type.
    Info,
    /// Show the node's cluster configuration (the <cluster> section of its ossec.conf).
    Config,
}

impl ClusterCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            ClusterCommand::Status => {
                let request = verbs::request::<GetClusterStatus>([], &[])?;
                verbs::record(ctx, &request, STATUS).await
            }
            ClusterCommand::Nodes { node_type, list } => {
                let filters = NodeFilters {
                    nodes_list: joined(&ctx.global.node),
                    node_type: node_type.clone(),
                };
                verbs::list::<ListNodes>(ctx, [], list, &filters, NODES).await
            }
            ClusterCommand::Health => {
                verbs::get::<GetHealthcheck>(ctx, [], &[&of(ctx)], HEALTH).await
            }
            ClusterCommand::Local(LocalCommand::Info) => {
                verbs::get::<GetLocalInfo>(ctx, [], &[], LOCAL_INFO).await
            }
            ClusterCommand::Local(LocalCommand::Config) => {
                verbs::get::<GetLocalConfig>(ctx, [], &[], LOCAL_CONFIG).await
            }
            ClusterCommand::ApiConfig => {
                verbs::get::<GetClusterApiConfig>(ctx, [], &[&of(ctx)], API_CONFIG).await
            }
            ClusterCommand::Validate => {
                let query = of(ctx);
                verbs::get::<ValidateClusterConfiguration>(ctx, [], &[&query], VALIDATION).await
            }
            ClusterCommand::Restart => {
                let which = match ctx.global.node.is_empty() {
                    true => "every node of the cluster".to_string(),
                    false => ctx.global.node.join(", "),
                };
                confirm(ctx, &format!("Restart {which}?"))?;
                let request = verbs::request::<RestartCluster>([], &[&of(ctx)])?;
                verbs::act(ctx, &request, &[]).await
            }
            ClusterCommand::RulesetSync => {
                verbs::get::<GetRulesetSync>(ctx, [], &[&of(ctx)], SYNC).await
            }
            ClusterCommand::Node { name, command } => {
                command.run_at(ctx, std::slice::from_ref(name)).await
            }
        }
    }
}

/// `nodes_list` from the global `--node`.
fn of(ctx: &Ctx) -> NodesQuery {
    nodes_list(&ctx.global.node)
}

/// `nodes_list` naming these nodes (every node when none).
pub fn nodes_list(nodes: &[String]) -> NodesQuery {
    NodesQuery {
        nodes_list: joined(nodes),
    }
}

/// Comma-joined names, or none.
fn joined(nodes: &[String]) -> Option<String> {
    (!nodes.is_empty()).then(|| nodes.join(","))
}
