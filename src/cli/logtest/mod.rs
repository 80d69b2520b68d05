//! `wazuh-ctl logtest`: log lines run through the manager's analysis engine (`PUT /logtest`),
//! all lines of one invocation in one session so a later line sees the earlier ones. On a
//! terminal each answer is printed as the three phases `wazuh-logtest` shows ([`tree`]);
//! piped, or with `-o json`, as the answer's `data`. `--expect RULE[:LEVEL[:DECODER]]` checks
//! every line's result (exit 3 with a one-line diff when one differs, as `wazuh-logtest -U`).
//! `logtest run FILE...` runs rule test files ([`suite`]); `logtest end TOKEN` ends a session.
//!
//! Imports `api::logtest` and the CLI's request and printing machinery.

mod suite;
mod tree;

use super::ctx::Ctx;
use super::error::{CliError, EXIT_PARTIAL};
use super::input;
use super::verbs;
use crate::api::logtest::{EndLogtestSession, LogtestRequest, RunLogtest, LOG_FORMATS};
use crate::api::NoQuery;
use crate::output::Format;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The location logtest events come from when `--location` is not given (as
/// `wazuh-logtest` names its input).
const DEFAULT_LOCATION: &str = "stdin";

/// `logtest`: lines to test, or a verb.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct LogtestArgs {
    /// A verb instead of lines.
    #[command(subcommand)]
    pub command: Option<LogtestCommand>,
    /// The lines to test and how.
    #[command(flatten)]
    pub lines: LineArgs,
}

/// Logtest verbs.
#[derive(Debug, clap::Subcommand)]
pub enum LogtestCommand {
    /// Run rule test files (INI, as Wazuh's ruleset tests): `[name]` sections with
    /// `log N pass|fail = LINE`, `rule = ID`, `alert = LEVEL`, `decoder = NAME`; one session
    /// per file; exit 3 when a case fails.
    Run(RunArgs),
    /// End a logtest session.
    End {
        /// The session's token.
        #[arg(value_name = "TOKEN")]
        session: String,
    },
}

/// How events are sent: their log format and location.
#[derive(Debug, Clone, clap::Args)]
pub struct EventArgs {
    /// The events' log format.
    #[arg(long, value_name = "F", default_value = "syslog",
          value_parser = clap::builder::PossibleValuesParser::new(LOG_FORMATS))]
    pub format: String,
    /// Where the events come from (a path, as a manager names it).
    #[arg(long, value_name = "L", default_value = DEFAULT_LOCATION)]
    pub location: String,
}

/// The lines of `logtest LINE...`.
#[derive(Debug, clap::Args)]
pub struct LineArgs {
    /// The log lines (read from stdin, one per line, when none are given).
    #[arg(value_name = "LINE")]
    pub lines: Vec<String>,
    /// Format and location of the lines.
    #[command(flatten)]
    pub event: EventArgs,
    /// Continue the session of this token (its rules' memory and firedtimes).
    #[arg(long, value_name = "T")]
    pub session: Option<String>,
    /// Exit 0 only when every line fires this rule (with this level and decoder, when
    /// given), else 3 with a one-line diff.
    #[arg(long, value_name = "RULE[:LEVEL[:DECODER]]")]
    pub expect: Option<Expectation>,
}

/// `logtest run`.
#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The rule test files.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Also write the results as JUnit XML to this file.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Format and location of the files' lines.
    #[command(flatten)]
    pub event: EventArgs,
}

impl LogtestArgs {
    /// Runs the verb, or tests the lines.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match &self.command {
            Some(LogtestCommand::Run(args)) => suite::run(ctx, args).await,
            Some(LogtestCommand::End { session }) => end(ctx, session).await,
            None => test_lines(ctx, &self.lines).await,
        }
    }
}

/// Tests each line in one session, printing each answer; then checks `--expect`.
async fn test_lines(ctx: &Ctx, args: &LineArgs) -> Result<(), CliError> {
    let lines = match args.lines.is_empty() {
        true => input::lines(&input::read_text(Path::new(input::STDIN))?),
        false => args.lines.clone(),
    };
    if lines.is_empty() {
        return Err(CliError::usage(
            "no log lines given",
            Some("give lines as arguments, or one per line on stdin"),
        ));
    }
    let mut session = Session::new(&args.event, args.session.clone());
    let mut diffs = Vec::new();
    for line in &lines {
        let Some(answer) = session.send(ctx, line).await? else {
            continue;
        };
        print_answer(ctx, &answer)?;
        if let Some(expect) = &args.expect {
            diffs.extend(expect.check(&answer["data"]["output"]).err());
        }
    }
    if diffs.is_empty() {
        return Ok(());
    }
    diffs.iter().for_each(|diff| ctx.warn(diff));
    Err(CliError::Reported { code: EXIT_PARTIAL })
}

/// Prints one answer: the three phases on a terminal, else as the output format says.
fn print_answer(ctx: &Ctx, answer: &Value) -> Result<(), CliError> {
    match ctx.printer.format() {
        Format::Table if ctx.global.jq.is_none() => ctx.out(&tree::render(&answer["data"])),
        _ => ctx.print(answer, &[]),
    }
}

/// `logtest end TOKEN`: ends the session and prints analysisd's message.
async fn end(ctx: &Ctx, token: &str) -> Result<(), CliError> {
    let request = verbs::request::<EndLogtestSession>([token], &[&NoQuery {}])?;
    let Some(answer) = ctx.send(&request).await? else {
        return Ok(());
    };
    match ctx.printer.format() {
        Format::Table => tree::messages(&answer["data"])
            .iter()
            .try_for_each(|line| ctx.out(line))?,
        _ => ctx.print(&answer, &[])?,
    }
    match answer["data"]["codemsg"].as_i64() {
        Some(code) if code < 0 => Err(CliError::not_found(
            format!("no logtest session has the token {token}"),
            None,
        )),
        _ => Ok(()),
    }
}

/// A logtest session seen from the client: the token of the answers, reused for every line.
struct Session<'a> {
    event: &'a EventArgs,
    token: Option<String>,
}

impl<'a> Session<'a> {
    fn new(event: &'a EventArgs, token: Option<String>) -> Self {
        Session { event, token }
    }

    /// Sends one line; the whole answer (`None` with `--dry-run`).
    async fn send(&mut self, ctx: &Ctx, line: &str) -> Result<Option<Value>, CliError> {
        let body = LogtestRequest {
            token: self.token.clone(),
            log_format: self.event.format.clone(),
            location: self.event.location.clone(),
            event: line.to_owned(),
        };
        let request = verbs::request_with_body::<RunLogtest>([], &[&NoQuery {}], &body)?;
        let answer = ctx.send(&request).await?;
        if let Some(token) = answer.as_ref().and_then(|a| a["data"]["token"].as_str()) {
            self.token = Some(token.to_owned());
        }
        Ok(answer)
    }

    /// Ends the session, when one was opened.
    async fn end(self, ctx: &Ctx) -> Result<(), CliError> {
        let Some(token) = self.token else {
            return Ok(());
        };
        let request = verbs::request::<EndLogtestSession>([token.as_str()], &[&NoQuery {}])?;
        ctx.send(&request).await.map(drop)
    }
}

/// What a line should produce: a rule, and optionally its level and decoder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    /// The rule id.
    pub rule: String,
    /// The rule's level.
    pub level: Option<u64>,
    /// The decoder's name (or its parent's).
    pub decoder: Option<String>,
}

impl FromStr for Expectation {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut parts = text.splitn(3, ':');
        let rule = parts.next().unwrap_or_default().trim();
        if rule.is_empty() || !rule.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("{rule:?} is not a rule id"));
        }
        let level = match parts.next().map(str::trim).filter(|l| !l.is_empty()) {
            Some(level) => Some(
                level
                    .parse()
                    .map_err(|_| format!("{level:?} is not a level"))?,
            ),
            None => None,
        };
        let decoder = parts.next().map(str::trim).filter(|d| !d.is_empty());
        Ok(Expectation {
            rule: rule.to_owned(),
            level,
            decoder: decoder.map(str::to_owned),
        })
    }
}

impl Expectation {
    /// Whether an answer's `output` is as expected; else `expected ..., got ...`.
    pub fn check(&self, output: &Value) -> Result<(), String> {
        let got = Got::of(output);
        let level_ok = self.level.is_none_or(|level| got.level == Some(level));
        let decoder_ok = self
            .decoder
            .as_deref()
            .is_none_or(|name| got.decoders.contains(&name));
        if got.rule == Some(self.rule.as_str()) && level_ok && decoder_ok {
            return Ok(());
        }
        Err(format!(
            "expected {}, got {}",
            self.describe(),
            got.describe()
        ))
    }

    fn describe(&self) -> String {
        let mut text = format!("rule {}", self.rule);
        if let Some(level) = self.level {
            text.push_str(&format!(" level {level}"));
        }
        if let Some(decoder) = &self.decoder {
            text.push_str(&format!(" decoder {decoder}"));
        }
        text
    }
}

/// What an answer's `output` shows: the rule, its level, the decoder names.
struct Got<'o> {
    rule: Option<&'o str>,
    level: Option<u64>,
    decoders: Vec<&'o str>,
}

impl<'o> Got<'o> {
    fn of(output: &'o Value) -> Got<'o> {
        let decoder = &output["decoder"];
        Got {
            rule: output["rule"]["id"].as_str(),
            level: output["rule"]["level"].as_u64(),
            decoders: ["name", "parent"]
                .iter()
                .filter_map(|key| decoder[*key].as_str())
                .collect(),
        }
    }

    fn describe(&self) -> String {
        let rule = match (self.rule, self.level) {
            (Some(id), Some(level)) => format!("rule {id} level {level}"),
            (Some(id), None) => format!("rule {id}"),
            (None, _) => "no rule".to_owned(),
        };
        match self.decoders.first() {
            Some(name) => format!("{rule} decoder {name}"),
            None => format!("{rule}, no decoder"),
        }
    }
}

#[cfg(test)]
mod tests;
