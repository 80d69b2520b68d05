//! `wazuh-ctl manager ...`: the manager node the API runs on — its information, the states
//! of its daemons, its configuration (`ossec.conf`) and its daemons' active configuration,
//! the configuration its API runs with, whether a newer version exists, its log (`logs`,
//! followed with `--follow`) and its statistics. With the global `--node NODE` (or as
//! `cluster node NODE ...`) the same verbs read another node of the cluster through the
//! node-scoped Cluster operations (`/cluster/{node_id}/...`).
//!
//! The configuration verbs live in `config`, the log verbs in `logs`; the shared pieces
//! (`at_node!`, the node's request, one node of `--node`, the field table) here.
//!
//! Imports `api::manager` and `api::cluster` for the endpoints, the `verbs` runners and
//! `watch`'s interruption.

use super::cluster::nodes_list;
use super::confirm::confirm;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self};
use crate::api::cluster::{
    GetClusterApiConfig, GetNodeDaemonStats, GetNodeInfo, GetNodeLogsSummary, GetNodeStats,
    GetNodeStatsAnalysisd, GetNodeStatsHourly, GetNodeStatsRemoted, GetNodeStatsWeekly,
    GetNodeStatus, RestartCluster,
};
use crate::api::manager::{
    CheckVersion, DaemonsQuery, GetApiConfig, GetDaemonStats, GetLogsSummary, GetManagerInfo,
    GetManagerStatus, GetStats, GetStatsAnalysisd, GetStatsHourly, GetStatsRemoted, GetStatsWeekly,
    RestartManager, StatsQuery, VersionCheckQuery, STATS_DAEMONS,
};
use crate::api::Endpoint;
use crate::client::Request;
use crate::output::Column;
use clap::builder::PossibleValuesParser;
use serde_json::{json, Map, Value};

/// Columns of the manager's information.
const INFO: &[Column] = &[
    Column::new("VERSION", "version"),
    Column::new("TYPE", "type"),
    Column::new("PATH", "path").drop_rank(2),
    Column::new("MAX AGENTS", "max_agents").drop_rank(1),
    Column::new("TIME ZONE", "tz_name").drop_rank(1),
];

/// Columns of the daemon states, one row per daemon.
const DAEMONS: &[Column] = &[
    Column::new("DAEMON", "daemon"),
    Column::new("STATUS", "status"),
];

/// Columns of the API configuration of each node.
const API_CONFIG: &[Column] = &[
    Column::new("NODE", "node_name"),
    Column::new("MAX UPLOAD", "node_api_config.max_upload_size"),
    Column::new("MAX CONNECTIONS", "node_api_config.max_connections").drop_rank(1),
    Column::new(
        "LOGIN ATTEMPTS",
        "node_api_config.access.max_login_attempts",
    )
    .drop_rank(2),
    Column::new("BLOCK TIME", "node_api_config.access.block_time").drop_rank(2),
    Column::new(
        "REQUESTS/MIN",
        "node_api_config.access.max_request_per_minute",
    ),
];

/// Columns of a configuration check, one row per node.
const VALIDATION: &[Column] = &[Column::new("NODE", "name"), Column::new("STATUS", "status")];

/// Runs `verbs::$run` with the manager operation `$local` on the node answering the API, or
/// its node-scoped cluster form `$named` on the node named (`Some(node)`).
macro_rules! at_node {
    ($node:expr, $local:ty, $named:ty, $run:ident($ctx:expr $(, $arg:expr)* $(,)?)) => {
        match $node {
            None => verbs::$run::<$local>($ctx, [] $(, $arg)*).await,
            Some(node) => verbs::$run::<$named>($ctx, [node] $(, $arg)*).await,
        }
    };
}

/// The request of the manager operation `L` on the node answering the API, or of its
/// node-scoped cluster form `N` on the node named.
fn node_request<L: Endpoint, N: Endpoint>(
    node: Option<&str>,
    parts: &[&dyn verbs::QueryPart],
) -> Result<Request, CliError> {
    match node {
        None => verbs::request::<L>([], parts),
        Some(node) => verbs::request::<N>([node], parts),
    }
}

// After `at_node!`, which both use.
mod config;
mod logs;

pub use config::ConfigCommand;
use logs::{summary_rows, LOG_SUMMARY};
pub use logs::{LogsArgs, LogsCommand};

/// Columns of a day's totals, one row per hour.
const TOTALS: &[Column] = &[
    Column::new("HOUR", "hour"),
    Column::new("EVENTS", "events"),
    Column::new("ALERTS", "totalAlerts"),
    Column::new("SYSCHECK", "syscheck").drop_rank(1),
    Column::new("FIREWALL", "firewall").drop_rank(1),
];

/// Manager verbs.
#[derive(Debug, clap::Subcommand)]
pub enum ManagerCommand {
    /// Show the manager's version, type, installation path and time zone.
    Info,
    /// Show whether each of the manager's daemons is running.
    Status,
    /// Show the configuration the manager's API runs with (upload size, request and login
    /// limits).
    ApiConfig,
    /// Read and check the manager's configuration (ossec.conf).
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Restart the manager: it reads its configuration and ruleset again, unless either is
    /// invalid (then it keeps running as it was: exit 3). Asks first; `--yes` without a
    /// terminal.
    Restart,
    /// Show whether a newer Wazuh version is available.
    VersionCheck {
        /// Ask the update service now instead of using its last answer.
        #[arg(long)]
        force: bool,
    },
    /// Show the manager's log (the last lines of logs/ossec.log), newest first; --follow
    /// prints new lines as they are written, until Ctrl-C. `logs summary` counts the lines of
    /// each component per level.
    #[command(args_conflicts_with_subcommands = true)]
    Logs {
        /// What else to show of the log.
        #[command(subcommand)]
        command: Option<LogsCommand>,
        /// Which lines to show.
        #[command(flatten)]
        args: LogsArgs,
    },
    /// Show the manager's statistics: the totals of each hour of today (or --date), or the
    /// hourly or weekly averages, or analysisd's or remoted's counters.
    Stats {
        /// Which statistics.
        #[command(flatten)]
        which: StatsArgs,
    },
    /// Show the counters of the manager's daemons (remoted, analysisd, wazuh-db) as
    /// DAEMON.COUNTER rows.
    DaemonStats {
        /// Only these daemons (comma-separated).
        #[arg(long, value_name = "DAEMON", value_delimiter = ',',
              value_parser = PossibleValuesParser::new(STATS_DAEMONS))]
        daemons: Vec<String>,
    },
}

/// Which statistics `manager stats` shows (the totals of today by default).
#[derive(Debug, clap::Args)]
#[group(multiple = false)]
pub struct StatsArgs {
    /// The totals of each hour of this day (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// The events of each hour of the day, averaged over the days with statistics.
    #[arg(long)]
    hourly: bool,
    /// The hourly averages of each day of the week.
    #[arg(long)]
    weekly: bool,
    /// analysisd's counters (events received and processed, alerts written, queues).
    #[arg(long)]
    analysisd: bool,
    /// remoted's counters (sessions, messages, bytes).
    #[arg(long)]
    remoted: bool,
}

/// The one node a verb reads: none (the node answering the API) or the one named; a usage
/// error when several are.
fn one_node<'n>(nodes: &'n [String], verb: &str) -> Result<Option<&'n str>, CliError> {
    match nodes {
        [] => Ok(None),
        [node] => Ok(Some(node.as_str())),
        _ => Err(CliError::usage(
            format!("{verb} reads one node, and --node names {}", nodes.len()),
            Some("name one node: --node NODE"),
        )),
    }
}

impl ManagerCommand {
    /// Runs the verb on the nodes of the global `--node` (the node answering the API when
    /// none).
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        self.run_at(ctx, &ctx.global.node).await
    }

    /// Runs the verb on these nodes (the node answering the API when none): the verbs over
    /// several nodes (api-config, restart, config validate) through the cluster operations
    /// that take `nodes_list`, the others on the one node named.
    pub async fn run_at(&self, ctx: &Ctx, nodes: &[String]) -> Result<(), CliError> {
        let verb = || format!("manager {}", self.name());
        match self {
            ManagerCommand::Info => {
                let node = one_node(nodes, &verb())?;
                at_node!(node, GetManagerInfo, GetNodeInfo, get(ctx, &[], INFO))
            }
            ManagerCommand::ApiConfig if nodes.is_empty() => {
                verbs::get::<GetApiConfig>(ctx, [], &[], API_CONFIG).await
            }
            ManagerCommand::ApiConfig => {
                let query = nodes_list(nodes);
                verbs::get::<GetClusterApiConfig>(ctx, [], &[&query], API_CONFIG).await
            }
            ManagerCommand::VersionCheck { force } => {
                if !nodes.is_empty() {
                    return Err(CliError::usage(
                        "manager version-check asks the node answering the API, not a node",
                        Some("leave --node out"),
                    ));
                }
                let query = VersionCheckQuery {
                    force_query: force.then_some(true),
                };
                verbs::get::<CheckVersion>(ctx, [], &[&query], &[]).await
            }
            ManagerCommand::Config(command) => command.run_at(ctx, nodes).await,
            ManagerCommand::Restart if nodes.is_empty() => {
                confirm(ctx, "Restart the manager?")?;
                let request = verbs::request::<RestartManager>([], &[])?;
                verbs::act(ctx, &request, &[]).await
            }
            ManagerCommand::Restart => {
                confirm(ctx, &format!("Restart {}?", nodes.join(", ")))?;
                let request = verbs::request::<RestartCluster>([], &[&nodes_list(nodes)])?;
                verbs::act(ctx, &request, &[]).await
            }
            ManagerCommand::Status => {
                let node = one_node(nodes, &verb())?;
                at_node!(
                    node,
                    GetManagerStatus,
                    GetNodeStatus,
                    get_rows(ctx, &[], DAEMONS, daemon_rows)
                )
            }
            ManagerCommand::Logs {
                command: Some(LogsCommand::Summary),
                ..
            } => {
                let node = one_node(nodes, "manager logs summary")?;
                at_node!(
                    node,
                    GetLogsSummary,
                    GetNodeLogsSummary,
                    get_rows(ctx, &[], LOG_SUMMARY, summary_rows)
                )
            }
            ManagerCommand::Logs {
                command: None,
                args,
            } => args.run(ctx, one_node(nodes, &verb())?).await,
            ManagerCommand::Stats { which } => which.run(ctx, one_node(nodes, &verb())?).await,
            ManagerCommand::DaemonStats { daemons } => {
                let query = DaemonsQuery {
                    daemons_list: (!daemons.is_empty()).then(|| daemons.join(",")),
                };
                let node = one_node(nodes, &verb())?;
                at_node!(
                    node,
                    GetDaemonStats,
                    GetNodeDaemonStats,
                    get_rows(ctx, &[&query], &[], fields)
                )
            }
        }
    }

    /// The verb's name, as typed.
    fn name(&self) -> &'static str {
        match self {
            ManagerCommand::Info => "info",
            ManagerCommand::Status => "status",
            ManagerCommand::ApiConfig => "api-config",
            ManagerCommand::Config(_) => "config",
            ManagerCommand::Restart => "restart",
            ManagerCommand::VersionCheck { .. } => "version-check",
            ManagerCommand::Logs { .. } => "logs",
            ManagerCommand::Stats { .. } => "stats",
            ManagerCommand::DaemonStats { .. } => "daemon-stats",
        }
    }
}

impl StatsArgs {
    /// Runs `manager stats` on the node (the node answering the API when none).
    async fn run(&self, ctx: &Ctx, node: Option<&str>) -> Result<(), CliError> {
        if self.hourly {
            at_node!(
                node,
                GetStatsHourly,
                GetNodeStatsHourly,
                get_rows(ctx, &[], &[], fields)
            )
        } else if self.weekly {
            at_node!(
                node,
                GetStatsWeekly,
                GetNodeStatsWeekly,
                get_rows(ctx, &[], &[], fields)
            )
        } else if self.analysisd {
            at_node!(
                node,
                GetStatsAnalysisd,
                GetNodeStatsAnalysisd,
                get_rows(ctx, &[], &[], fields)
            )
        } else if self.remoted {
            at_node!(
                node,
                GetStatsRemoted,
                GetNodeStatsRemoted,
                get_rows(ctx, &[], &[], fields)
            )
        } else {
            let query = StatsQuery {
                date: self.date.clone(),
            };
            at_node!(node, GetStats, GetNodeStats, get(ctx, &[&query], TOTALS))
        }
    }
}

/// A daemon-states answer (one item: daemon name → state) as one row per daemon.
fn daemon_rows(answer: &Value) -> Value {
    let states = answer
        .pointer("/data/affected_items/0")
        .and_then(Value::as_object);
    let rows: Vec<Value> = states
        .into_iter()
        .flatten()
        .map(|(daemon, status)| json!({"daemon": daemon, "status": status}))
        .collect();
    json!({"data": {"affected_items": rows, "failed_items": answer["data"]["failed_items"]}})
}

/// An answer's items as one object, which a table shows as FIELD/VALUE rows: their fields
/// merged (a daemon's item under its name), each element of a list of objects numbered
/// (`remote.1.port`); an answer without an item (a failed one, or a file itself) as it is.
fn fields(answer: &Value) -> Value {
    let items = answer
        .pointer("/data/affected_items")
        .and_then(Value::as_array);
    let Some(items) = items.filter(|items| !items.is_empty()) else {
        return answer.clone();
    };
    let mut merged = Map::new();
    for item in items {
        match (item.get("name").and_then(Value::as_str), item.as_object()) {
            (Some(name), _) => {
                merged.insert(name.to_string(), item.clone());
            }
            (None, Some(fields)) => merged.extend(fields.clone()),
            (None, None) => {}
        }
    }
    json!({ "data": numbered(&Value::Object(merged)) })
}

/// A value with its lists of objects as objects keyed by position, so that every leaf has a
/// path of its own.
fn numbered(value: &Value) -> Value {
    match value {
        Value::Object(members) => {
            let members = members
                .iter()
                .map(|(name, member)| (name.clone(), numbered(member)));
            Value::Object(members.collect())
        }
        Value::Array(elements) if elements.iter().any(Value::is_object) => {
            let elements = elements.iter().enumerate();
            Value::Object(
                elements
                    .map(|(at, element)| (at.to_string(), numbered(element)))
                    .collect(),
            )
        }
        scalar_or_list => scalar_or_list.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_sections_are_numbered_for_the_field_table() {
        let answer = json!({"data": {"affected_items": [{
            "remote": [{"port": "1514"}, {"port": "514", "protocol": ["udp", "tcp"]}],
            "global": {"white_list": ["a", "b"]}
        }]}});
        assert_eq!(
            fields(&answer),
            json!({"data": {
                "remote": {"0": {"port": "1514"}, "1": {"port": "514", "protocol": ["udp", "tcp"]}},
                "global": {"white_list": ["a", "b"]}
            }})
        );
        let failed = json!({"data": {"affected_items": [], "failed_items": [{"id": ["n"]}]}});
        assert_eq!(fields(&failed), failed);
    }

    #[test]
    fn daemon_items_show_under_their_names_and_summaries_as_rows() {
        let daemons = json!({"data": {"affected_items": [
            {"name": "wazuh-db", "metrics": {"queries": {"received": 3}}},
            {"name": "wazuh-remoted", "metrics": {"tcp_sessions": 2}}
        ], "failed_items": []}});
        let merged = fields(&daemons);
        assert_eq!(
            merged["data"]["wazuh-db"]["metrics"]["queries"]["received"],
            3
        );
        assert_eq!(
            merged["data"]["wazuh-remoted"]["metrics"]["tcp_sessions"],
            2
        );
        let summary = json!({"data": {"affected_items": [{"wazuh-db": {"all": 2, "info": 2}}], "failed_items": []}});
        assert_eq!(
            summary_rows(&summary)["data"]["affected_items"],
            json!([{"tag": "wazuh-db", "all": 2, "info": 2}])
        );
    }

    #[test]
    fn daemon_states_become_one_row_per_daemon() {
        let answer = json!({"data": {
            "affected_items": [{"wazuh-db": "running", "wazuh-maild": "stopped"}],
            "failed_items": []
        }});
        assert_eq!(
            daemon_rows(&answer)["data"]["affected_items"],
            json!([
                {"daemon": "wazuh-db", "status": "running"},
                {"daemon": "wazuh-maild", "status": "stopped"}
            ])
        );
    }
}
