//! `manager logs`: a node's log, one page, every page or followed as `tail -f` does, and its
//! summary per component.

use super::node_request;
use crate::api::cluster::GetNodeLogs;
use crate::api::manager::{GetLogs, LogFilters, LOG_LEVELS, MAX_LOG_LIMIT};
use crate::api::params::ListParams;
use crate::cli::ctx::Ctx;
use crate::cli::error::{stderr_line, CliError};
use crate::cli::verbs::{self, ListArgs};
use crate::cli::watch::{self, parse_interval};
use crate::output::{Column, Format, Printer};
use clap::builder::PossibleValuesParser;
use serde_json::{json, Map, Value};
use std::time::Duration;

/// Columns of log entries.
const LOGS: &[Column] = &[
    Column::new("TIMESTAMP", "timestamp"),
    Column::new("TAG", "tag"),
    Column::new("LEVEL", "level"),
    Column::new("DESCRIPTION", "description"),
];

/// Columns of the log summary, one row per tag.
pub(super) const LOG_SUMMARY: &[Column] = &[
    Column::new("TAG", "tag"),
    Column::new("ALL", "all"),
    Column::new("INFO", "info"),
    Column::new("WARNING", "warning"),
    Column::new("ERROR", "error"),
    Column::new("CRITICAL", "critical"),
    Column::new("DEBUG", "debug"),
];

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
    pub(super) async fn run(&self, ctx: &Ctx, node: Option<&str>) -> Result<(), CliError> {
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
pub(super) fn summary_rows(answer: &Value) -> Value {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
}
