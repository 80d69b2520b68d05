//! `wazuh-ctl manager ...`: the manager node the API runs on — its information, the states
//! of its daemons, its configuration (`ossec.conf`), the configuration its API runs with,
//! whether a newer version exists, its log (`logs`, followed with `--follow`) and its
//! statistics.
//!
//! Imports `api::manager` for the endpoints, the `verbs` runners and `watch`'s interruption.

use super::confirm::{confirm, will_ask};
use super::ctx::Ctx;
use super::diff;
use super::error::{stderr_line, CliError};
use super::input;
use super::verbs::{self, ListArgs};
use super::watch::{self, parse_interval};
use crate::api::manager::{
    CheckVersion, ConfigurationQuery, DaemonsQuery, GetApiConfig, GetConfiguration, GetDaemonStats,
    GetLogs, GetLogsSummary, GetManagerInfo, GetManagerStatus, GetStats, GetStatsAnalysisd,
    GetStatsHourly, GetStatsRemoted, GetStatsWeekly, LogFilters, PutConfiguration, RestartManager,
    StatsQuery, ValidateConfiguration, VersionCheckQuery, LOG_LEVELS, MAX_LOG_LIMIT, SECTIONS,
    STATS_DAEMONS,
};
use crate::api::params::ListParams;
use crate::client::Body;
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
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
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
                verbs::get_rows::<GetConfiguration>(ctx, [], &[&query], &[], fields).await
            }
            ConfigCommand::Validate => {
                verbs::get::<ValidateConfiguration>(ctx, [], &[], VALIDATION).await
            }
            ConfigCommand::Set { file } => set_configuration(ctx, file).await,
        }
    }
}

/// `manager config set FILE`: checks the file, shows what changes (on a terminal, or with
/// `--dry-run`), asks, then uploads it.
async fn set_configuration(ctx: &Ctx, file: &Path) -> Result<(), CliError> {
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
        let current = current_configuration(ctx).await?;
        let color = Terminal::of_stdout(ctx.global.no_color).is_some_and(|t| t.color);
        match diff::unified("ossec.conf", &current, &text, color) {
            Some(diff) => print!("{diff}"),
            None => {
                ctx.note("the server's ossec.conf is already this file: nothing to change");
                return Ok(());
            }
        }
    }
    confirm(ctx, "Replace the manager's ossec.conf with this file?")?;
    let mut request = verbs::request::<PutConfiguration>([], &[])?;
    request.body = Some(Body::Octet(text));
    verbs::act(ctx, &request, &[]).await
}

/// The server's ossec.conf as it is (sent even under `--dry-run`: it only reads).
async fn current_configuration(ctx: &Ctx) -> Result<String, CliError> {
    let query = ConfigurationQuery {
        raw: Some(true),
        ..ConfigurationQuery::default()
    };
    let request = verbs::request::<GetConfiguration>([], &[&query])?;
    Ok(ctx.client()?.send_text(&request).await?)
}

impl ManagerCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            ManagerCommand::Info => verbs::get::<GetManagerInfo>(ctx, [], &[], INFO).await,
            ManagerCommand::ApiConfig => verbs::get::<GetApiConfig>(ctx, [], &[], API_CONFIG).await,
            ManagerCommand::VersionCheck { force } => {
                let query = VersionCheckQuery {
                    force_query: force.then_some(true),
                };
                verbs::get::<CheckVersion>(ctx, [], &[&query], &[]).await
            }
            ManagerCommand::Config(command) => command.run(ctx).await,
            ManagerCommand::Restart => {
                confirm(ctx, "Restart the manager?")?;
                let request = verbs::request::<RestartManager>([], &[])?;
                verbs::act(ctx, &request, &[]).await
            }
            ManagerCommand::Status => {
                verbs::get_rows::<GetManagerStatus>(ctx, [], &[], DAEMONS, daemon_rows).await
            }
            ManagerCommand::Logs {
                command: Some(LogsCommand::Summary),
                ..
            } => verbs::get_rows::<GetLogsSummary>(ctx, [], &[], LOG_SUMMARY, summary_rows).await,
            ManagerCommand::Logs {
                command: None,
                args,
            } => args.run(ctx).await,
            ManagerCommand::Stats { which } => which.run(ctx).await,
            ManagerCommand::DaemonStats { daemons } => {
                let query = DaemonsQuery {
                    daemons_list: (!daemons.is_empty()).then(|| daemons.join(",")),
                };
                verbs::get_rows::<GetDaemonStats>(ctx, [], &[&query], &[], fields).await
            }
        }
    }
}

impl StatsArgs {
    /// Runs `manager stats`.
    async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        if self.hourly {
            verbs::get_rows::<GetStatsHourly>(ctx, [], &[], &[], fields).await
        } else if self.weekly {
            verbs::get_rows::<GetStatsWeekly>(ctx, [], &[], &[], fields).await
        } else if self.analysisd {
            verbs::get_rows::<GetStatsAnalysisd>(ctx, [], &[], &[], fields).await
        } else if self.remoted {
            verbs::get_rows::<GetStatsRemoted>(ctx, [], &[], &[], fields).await
        } else {
            let query = StatsQuery {
                date: self.date.clone(),
            };
            verbs::get::<GetStats>(ctx, [], &[&query], TOTALS).await
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

    /// Runs `manager logs`: one page, every page, or the lines as they come.
    async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        if !self.follow {
            return verbs::list::<GetLogs>(ctx, [], &self.list, &self.filters(), LOGS).await;
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
        watch::until_interrupted(self.follow(ctx, printer.as_ref())).await
    }

    /// Polls the newest lines every interval and prints those not printed yet, oldest first:
    /// as the file's own lines in a table, one JSON object a line otherwise. Returns only on
    /// a failure that is not transient.
    async fn follow(&self, ctx: &Ctx, printer: Option<&Printer>) -> Result<(), CliError> {
        let newest = ListParams {
            limit: Some(MAX_LOG_LIMIT),
            search: self.list.search.clone(),
            q: self.list.query.clone(),
            ..ListParams::default()
        };
        let request = verbs::request::<GetLogs>([], &[&newest, &self.filters()])?;
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
