//! `wazuh-ctl manager ...`: the manager node the API runs on — its information, the states
//! of its daemons, its configuration (`ossec.conf`) and its daemons' active configuration,
//! the configuration its API runs with, whether a newer version exists, its log (`logs`,
//! followed with `--follow`) and its statistics. With the global `--node NODE` (or as
//! `cluster node NODE ...`) the same verbs read another node of the cluster through the
//! node-scoped Cluster operations (`/cluster/{node_id}/...`).
//!
//! Imports `api::manager` and `api::cluster` for the endpoints, the `verbs` runners and
//! `watch`'s interruption.

use super::cluster::nodes_list;
use super::confirm::{confirm, will_ask};
use super::ctx::Ctx;
use super::diff;
use super::error::{stderr_line, CliError};
use super::input;
use super::verbs::{self, ListArgs};
use super::watch::{self, parse_interval};
use crate::api::agents::runtime::{CONFIG_COMPONENTS, CONFIG_SECTIONS};
use crate::api::cluster::{
    GetClusterApiConfig, GetNodeActiveConfig, GetNodeConfiguration, GetNodeDaemonStats,
    GetNodeInfo, GetNodeLogs, GetNodeLogsSummary, GetNodeStats, GetNodeStatsAnalysisd,
    GetNodeStatsHourly, GetNodeStatsRemoted, GetNodeStatsWeekly, GetNodeStatus,
    PutNodeConfiguration, RestartCluster, ValidateClusterConfiguration,
};
use crate::api::manager::{
    CheckVersion, ConfigurationQuery, DaemonsQuery, GetActiveConfig, GetApiConfig,
    GetConfiguration, GetDaemonStats, GetLogs, GetLogsSummary, GetManagerInfo, GetManagerStatus,
    GetStats, GetStatsAnalysisd, GetStatsHourly, GetStatsRemoted, GetStatsWeekly, LogFilters,
    PutConfiguration, RestartManager, StatsQuery, ValidateConfiguration, VersionCheckQuery,
    LOG_LEVELS, MAX_LOG_LIMIT, SECTIONS, STATS_DAEMONS,
};
use crate::api::params::ListParams;
use crate::api::Endpoint;
use crate::client::Body;
use crate::client::Request;
use crate::output::{Column, Format, Printer, Terminal};
use crate::server::node::ossec_conf;
use clap::builder::PossibleValuesParser;
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};
use std::time::Duration;

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

/// Columns of log entries.
const LOGS: &[Column] = &[
    Column::new("TIMESTAMP", "timestamp"),
    Column::new("TAG", "tag"),
    Column::new("LEVEL", "level"),
    Column::new("DESCRIPTION", "description"),
];

/// Columns of the log summary, one row per tag.
const LOG_SUMMARY: &[Column] = &[
    Column::new("TAG", "tag"),
    Column::new("ALL", "all"),
    Column::new("INFO", "info"),
    Column::new("WARNING", "warning"),
    Column::new("ERROR", "error"),
    Column::new("CRITICAL", "critical"),
    Column::new("DEBUG", "debug"),
];

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

/// The flags of `manager logs`.
#[derive(Debug, clap::Args)]
pub struct LogsArgs {
    /// Only lines of this level.
    #[arg(long, value_name = "LEVEL", value_parser = PossibleValuesParser::new(LOG_LEVELS))]
    level: Option<String>,
    /// Only lines of this component, e.g. wazuh-authd or wazuh-modulesd:syscollector.
    #[arg(long, value_name = "TAG")]
    tag: Option<String>,
    /// Keep printing new lines as they are written (as tail -f), until Ctrl-C, after the last
    /// 10 lines (--limit N: the last N).
    #[arg(long, short = 'f', conflicts_with_all = ["all", "offset", "sort"])]
    follow: bool,
    /// With --follow, how often to look for new lines: e.g. 2s, 500ms (at least 500ms).
    #[arg(long, default_value = "1s", value_parser = parse_interval, value_name = "DURATION",
          requires = "follow")]
    interval: Duration,
    /// The list flags.
    #[command(flatten)]
    list: ListArgs,
}

/// Verbs on the manager's log besides reading it.
#[derive(Debug, clap::Subcommand)]
pub enum LogsCommand {
    /// Count the log's lines of each component (tag), per level.
    Summary,
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

/// Verbs on the manager's configuration.
#[derive(Debug, clap::Subcommand)]
pub enum ConfigCommand {
    /// Show the configuration as the API reads it (a FIELD/VALUE table, or JSON), all of it
    /// or one section (and one of its options); --raw prints the file itself.
    Get {
        /// Only this section, e.g. global, remote, syscheck.
        #[arg(long, value_name = "SECTION", value_parser = PossibleValuesParser::new(SECTIONS))]
        section: Option<String>,
        /// Only this option of the section, e.g. white_list.
        #[arg(long, value_name = "OPTION", requires = "section")]
        field: Option<String>,
        /// Print the file (XML) as it is.
        #[arg(long, conflicts_with_all = ["section", "field"])]
        raw: bool,
    },
    /// Check that the configuration is valid: each node's status, or what is wrong with it
    /// (on stderr, exit status 3).
    Validate,
    /// Show one section of the configuration a daemon of the manager runs with (its active
    /// configuration), e.g. `analysis global`, `com cluster`, `wazuh-db wdb`.
    Component {
        /// The daemon (component).
        #[arg(value_name = "COMPONENT", value_parser = PossibleValuesParser::new(CONFIG_COMPONENTS))]
        component: String,
        /// The section of its configuration.
        #[arg(value_name = "CONFIGURATION", value_parser = PossibleValuesParser::new(CONFIG_SECTIONS))]
        configuration: String,
    },
    /// Replace the configuration with FILE (`-`: stdin), checked here (a valid ossec.conf,
    /// with the server's own check) and by the server (protected sections unchanged too)
    /// before it replaces anything. On a terminal it shows the diff against the server's file and asks first;
    /// `--yes` without one; `--dry-run` shows the diff and sends nothing. Takes effect at the
    /// next `manager restart`.
    Set {
        /// The new ossec.conf, or `-` for stdin.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

impl ConfigCommand {
    /// Runs the verb on the nodes named (the node answering the API when none).
    async fn run_at(&self, ctx: &Ctx, nodes: &[String]) -> Result<(), CliError> {
        match self {
            ConfigCommand::Get {
                section,
                field,
                raw,
            } => {
                let query = ConfigurationQuery {
                    raw: raw.then_some(true),
                    section: section.clone(),
                    field: field.clone(),
                    distinct: None,
                };
                let node = one_node(nodes, "manager config get")?;
                at_node!(
                    node,
                    GetConfiguration,
                    GetNodeConfiguration,
                    get_rows(ctx, &[&query], &[], fields)
                )
            }
            ConfigCommand::Validate if nodes.is_empty() => {
                verbs::get::<ValidateConfiguration>(ctx, [], &[], VALIDATION).await
            }
            ConfigCommand::Validate => {
                let query = nodes_list(nodes);
                verbs::get::<ValidateClusterConfiguration>(ctx, [], &[&query], VALIDATION).await
            }
            ConfigCommand::Component {
                component,
                configuration,
            } => {
                let node = one_node(nodes, "manager config component")?;
                let (component, configuration) = (component.as_str(), configuration.as_str());
                match node {
                    None => {
                        let path = [component, configuration];
                        verbs::get_rows::<GetActiveConfig>(ctx, path, &[], &[], fields).await
                    }
                    Some(node) => {
                        let path = [node, component, configuration];
                        verbs::get_rows::<GetNodeActiveConfig>(ctx, path, &[], &[], fields).await
                    }
                }
            }
            ConfigCommand::Set { file } => {
                set_configuration(ctx, one_node(nodes, "manager config set")?, file).await
            }
        }
    }
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

/// `manager config set FILE`: checks the file, shows what changes (on a terminal, or with
/// `--dry-run`), asks, then uploads it to the node (the node answering the API when none).
async fn set_configuration(ctx: &Ctx, node: Option<&str>, file: &Path) -> Result<(), CliError> {
    let text = input::read_text(file)?;
    input::check_xml(&text).map_err(|err| {
        CliError::usage(
            format!("{} is not well-formed XML: {err}", file.display()),
            Some("nothing was sent; fix the file and try again"),
        )
    })?;
    // The server's own check, here first: a configuration it would refuse is never sent.
    ossec_conf::validate(&text).map_err(|err| {
        CliError::usage(
            format!(
                "{} is not a valid ossec.conf: {}",
                file.display(),
                err.body.detail
            ),
            Some("nothing was sent; fix the file and try again"),
        )
    })?;
    if will_ask(ctx) || ctx.global.dry_run {
        let current = current_configuration(ctx, node).await?;
        let color = Terminal::of_stdout(ctx.global.no_color).is_some_and(|t| t.color);
        match diff::unified("ossec.conf", &current, &text, color) {
            Some(diff) => print!("{diff}"),
            None => {
                ctx.note("the server's ossec.conf is already this file: nothing to change");
                return Ok(());
            }
        }
    }
    let whose = node.map_or("the manager's".to_string(), |node| format!("{node}'s"));
    confirm(ctx, &format!("Replace {whose} ossec.conf with this file?"))?;
    let mut request = node_request::<PutConfiguration, PutNodeConfiguration>(node, &[])?;
    request.body = Some(Body::Octet(text));
    verbs::act(ctx, &request, &[]).await
}

/// The node's ossec.conf as it is (sent even under `--dry-run`: it only reads).
async fn current_configuration(ctx: &Ctx, node: Option<&str>) -> Result<String, CliError> {
    let query = ConfigurationQuery {
        raw: Some(true),
        ..ConfigurationQuery::default()
    };
    let request = node_request::<GetConfiguration, GetNodeConfiguration>(node, &[&query])?;
    Ok(ctx.client()?.send_text(&request).await?)
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

impl LogsArgs {
    /// The filters of the log's lines.
    fn filters(&self) -> LogFilters {
        LogFilters {
            tag: self.tag.clone(),
            level: self.level.clone(),
        }
    }

    /// Runs `manager logs` on the node (the node answering the API when none): one page,
    /// every page, or the lines as they come.
    async fn run(&self, ctx: &Ctx, node: Option<&str>) -> Result<(), CliError> {
        if !self.follow {
            let filters = self.filters();
            return at_node!(
                node,
                GetLogs,
                GetNodeLogs,
                list(ctx, &self.list, &filters, LOGS)
            );
        }
        let printer = match ctx.printer.format() {
            Format::Table => None,
            _ => Some(Printer::new(
                Some(Format::Ndjson),
                ctx.global.jq.as_deref(),
                None,
                None,
            )?),
        };
        watch::until_interrupted(self.follow(ctx, node, printer.as_ref())).await
    }

    /// Polls the newest lines every interval and prints those not printed yet, oldest first:
    /// as the file's own lines in a table, one JSON object a line otherwise. Returns only on
    /// a failure that is not transient.
    async fn follow(
        &self,
        ctx: &Ctx,
        node: Option<&str>,
        printer: Option<&Printer>,
    ) -> Result<(), CliError> {
        let newest = ListParams {
            limit: Some(MAX_LOG_LIMIT),
            search: self.list.search.clone(),
            q: self.list.query.clone(),
            ..ListParams::default()
        };
        let parts: [&dyn verbs::QueryPart; 2] = [&newest, &self.filters()];
        let request = node_request::<GetLogs, GetNodeLogs>(node, &parts)?;
        let mut seen = Seen::default();
        let mut first = Some(self.list.limit.unwrap_or(FOLLOW_FIRST_LINES));
        let mut ticks = tokio::time::interval(self.interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            let envelope = match ctx.client()?.send(&request).await {
                Ok(answer) => answer.body,
                Err(err) => {
                    let err = CliError::from(err);
                    if !watch::is_transient(&err) {
                        return Err(err);
                    }
                    stderr_line(&format!("wazuh-ctl: warning: {err} (retrying)"));
                    continue;
                }
            };
            let entries = envelope
                .pointer("/data/affected_items")
                .and_then(Value::as_array);
            let mut fresh = seen.fresh(entries.map(Vec::as_slice).unwrap_or_default());
            if let Some(count) = first.take() {
                fresh.drain(..fresh.len().saturating_sub(count as usize));
            }
            let mut stdout = std::io::stdout().lock();
            for entry in fresh {
                match printer {
                    Some(printer) => printer.print(&mut stdout, entry, &[])?,
                    None => {
                        use std::io::Write;
                        writeln!(stdout, "{}", log_line(entry))?;
                        stdout.flush()?;
                    }
                }
            }
        }
    }
}

/// How many of the newest lines `logs --follow` prints before the new ones, by default.
const FOLLOW_FIRST_LINES: u64 = 10;

/// What `logs --follow` has printed: the newest timestamp, and how many times each entry of
/// that second was printed (lines of the same second are told apart by their text).
#[derive(Debug, Default)]
struct Seen {
    last: String,
    at_last: Vec<Value>,
}

impl Seen {
    /// The entries of a poll (newest first) not printed yet, oldest first; remembers them.
    fn fresh<'a>(&mut self, newest_first: &'a [Value]) -> Vec<&'a Value> {
        let timestamp = |entry: &Value| entry["timestamp"].as_str().unwrap_or_default().to_string();
        let mut fresh = Vec::new();
        let mut already = self.at_last.clone();
        for entry in newest_first.iter().rev() {
            let at = timestamp(entry);
            if at < self.last {
                continue;
            }
            if at == self.last {
                if let Some(position) = already.iter().position(|seen| seen == entry) {
                    already.remove(position);
                    continue;
                }
            }
            if at > self.last {
                self.last = at;
                self.at_last.clear();
                already.clear();
            }
            self.at_last.push(entry.clone());
            fresh.push(entry);
        }
        fresh
    }
}

/// A log entry written back as the line of `ossec.log` it was read from.
fn log_line(entry: &Value) -> String {
    let text = |key: &str| entry[key].as_str().unwrap_or_default().to_string();
    let date = text("timestamp")
        .replacen('-', "/", 2)
        .replace('T', " ")
        .replace('Z', "");
    format!(
        "{date} {}: {}:{}",
        text("tag"),
        text("level").to_uppercase(),
        text("description")
    )
}

/// A log summary (one item per tag: `{tag: counts}`) as one row per tag.
fn summary_rows(answer: &Value) -> Value {
    let items = answer
        .pointer("/data/affected_items")
        .and_then(Value::as_array);
    let rows: Vec<Value> = items
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(|tags| tags.iter())
        .map(|(tag, counts)| {
            let mut row = Map::new();
            row.insert("tag".into(), Value::String(tag.clone()));
            if let Some(counts) = counts.as_object() {
                row.extend(counts.clone());
            }
            Value::Object(row)
        })
        .collect();
    json!({"data": {"affected_items": rows, "failed_items": answer["data"]["failed_items"]}})
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
    fn follow_prints_each_entry_once_even_within_one_second() {
        let entry = |at: &str, text: &str| json!({"timestamp": at, "tag": "t", "level": "info", "description": text});
        let mut seen = Seen::default();
        let first = [
            entry("2026-01-01T00:00:01Z", " b"),
            entry("2026-01-01T00:00:00Z", " a"),
        ];
        assert_eq!(seen.fresh(&first), [&first[1], &first[0]]);
        let second = [
            entry("2026-01-01T00:00:02Z", " d"),
            entry("2026-01-01T00:00:01Z", " c"),
            entry("2026-01-01T00:00:01Z", " b"),
            entry("2026-01-01T00:00:00Z", " a"),
        ];
        assert_eq!(seen.fresh(&second), [&second[1], &second[0]]);
        assert!(seen.fresh(&second).is_empty());
        assert_eq!(log_line(&second[0]), "2026/01/01 00:00:02 t: INFO: d");
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
