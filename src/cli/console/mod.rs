//! `wazuh-ctl console`: requests in the Dashboard's Dev Tools form (`script`), typed at a
//! prompt with history and completion on a terminal (`repl`), or run from a file or stdin in
//! order, each answer printed as JSON (one document per request; compact lines with
//! `-o ndjson`), or what the request's own `| FILTER` makes of it. The client's login, token
//! reuse, 429 retries and `--dry-run` apply to every request. Without `--keep-going` the first
//! failed request ends the run with its exit code; with it the rest run and the exit code is
//! still the first failure's.
//!
//! Imports `api` (the operations), `client` (requests), `output` (printing, jq) and the CLI's
//! `api` verb (request building).

mod repl;
pub mod script;

use super::ctx::Ctx;
use super::error::{self, CliError};
use super::input;
use super::verbs;
use crate::client::{Body, Request};
use crate::output::{self, jq, json_color, Format, Printer, Terminal};
use script::Step;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The arguments of `console`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Requests, as in the Dashboard's Dev Tools (a blank line ends each):\n  \
GET /agents?status=active&limit=5\n  GET /agents | .[].id\n  POST /groups\n  \
{\"group_id\": \"web\"}\n\n\
Examples:\n  wazuh-ctl console\n  wazuh-ctl console --file checks.http\n  \
wazuh-ctl --context prod console --file checks.http --keep-going -o ndjson\n  \
echo 'GET /manager/info' | wazuh-ctl console"
)]
pub struct ConsoleArgs {
    /// Run the requests of a file instead of prompting (`-` for stdin; stdin is read when it
    /// is not a terminal).
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Go on after a failed request; the exit code is still the first failure's.
    #[arg(long)]
    pub keep_going: bool,
}

/// Runs `console`: the prompt on a terminal, else the requests of the file or stdin.
pub async fn run(ctx: &Ctx, args: &ConsoleArgs) -> Result<(), CliError> {
    let source = match &args.file {
        Some(file) => file.clone(),
        None if std::io::stdin().is_terminal() => return repl::run(ctx).await,
        None => PathBuf::from("-"),
    };
    let text = input::read_text(&source)?;
    let name = match source.to_str() {
        Some("-") => "stdin".to_string(),
        _ => source.display().to_string(),
    };
    let steps = script::parse(&text).map_err(|err| {
        CliError::usage(
            format!("{name}, line {}: {}", err.line, err.message),
            Some("`wazuh-ctl console --help` shows the request form"),
        )
    })?;
    for step in &steps {
        check_filter(step).map_err(|message| {
            CliError::usage(format!("{name}, line {}: {message}", step.line), None)
        })?;
        check_query(ctx, step).map_err(|err| at_line(err, &name, step.line))?;
    }
    run_steps(ctx, &steps, args.keep_going).await
}

/// Runs the steps in order; the first failure ends the run unless `keep_going`.
async fn run_steps(ctx: &Ctx, steps: &[Step], keep_going: bool) -> Result<(), CliError> {
    let mut first_failure = None;
    for step in steps {
        let err = match execute(ctx, step).await {
            Ok(Some(answered)) if answered.outcome != error::EXIT_OK => CliError::Items {
                code: answered.outcome,
            },
            Ok(_) => continue,
            Err(err) => err,
        };
        error::stderr_line(&format!(
            "wazuh-ctl: line {}: {} {} failed",
            step.line,
            step.method.as_str(),
            step.path
        ));
        if !keep_going {
            return Err(err);
        }
        let code = error::report(&err, error::stderr_color(ctx.global.no_color));
        first_failure.get_or_insert(code);
    }
    match first_failure {
        Some(code) => Err(CliError::Reported { code }),
        None => Ok(()),
    }
}

/// Checks the `q=` of a step's query string as `-q` is checked (unless `--no-check`), with
/// the fields of the operation its path names, when they are declared.
pub fn check_query(ctx: &Ctx, step: &Step) -> Result<(), CliError> {
    let (path, query) = step.path.split_once('?').unwrap_or((&step.path, ""));
    let q = form_urlencoded::parse(query.as_bytes()).find(|(name, _)| name == "q");
    match q {
        Some((_, q)) => verbs::check_query(ctx, Some(&q), crate::api::fields_of(step.method, path)),
        None => Ok(()),
    }
}

/// A usage error placed at a line of a script.
fn at_line(err: CliError, name: &str, line: usize) -> CliError {
    match err {
        CliError::Usage { message, hint } => CliError::Usage {
            message: format!("{name}, line {line}: {message}"),
            hint,
        },
        other => other,
    }
}

/// Whether a step's filter compiles (so a bad one fails before any request is sent).
pub fn check_filter(step: &Step) -> Result<(), String> {
    match &step.filter {
        Some(filter) => jq::compile(filter).map(drop),
        None => Ok(()),
    }
}

/// What one request took: its status and time (the prompt shows them), and the exit code
/// its failed items imply (0 when none failed).
pub struct Answered {
    /// The HTTP status.
    pub status: u16,
    /// From sending to the whole answer.
    pub took: Duration,
    /// 0, or the exit code of the answer's failed items (listed on stderr).
    pub outcome: u8,
}

/// Sends one step and prints its answer; `None` under `--dry-run` (the request is printed
/// as a curl command instead).
pub async fn execute(ctx: &Ctx, step: &Step) -> Result<Option<Answered>, CliError> {
    let request = request_of(step)?;
    if ctx.global.dry_run {
        ctx.send(&request).await?;
        return Ok(None);
    }
    let started = Instant::now();
    let response = ctx.client()?.send(&request).await?;
    let took = started.elapsed();
    print_answer(ctx, step, &response.body)?;
    for line in output::failed_item_lines(&response.body) {
        ctx.warn(&line);
    }
    Ok(Some(Answered {
        status: response.status,
        took,
        outcome: verbs::outcome(&response.body),
    }))
}

/// Whether answers get colour: stdout is a terminal that wants it.
fn colored(ctx: &Ctx) -> bool {
    Terminal::of_stdout(ctx.global.no_color).is_some_and(|terminal| terminal.color)
}

/// The request of a step.
fn request_of(step: &Step) -> Result<Request, CliError> {
    let body = step.body.clone().map(Body::Json);
    super::api::build(step.method, &step.path, &[], body)
}

/// Prints an answer: the whole answer as JSON (a compact line with `-o ndjson`), or what the
/// step's filter makes of its payload.
fn print_answer(ctx: &Ctx, step: &Step, answer: &serde_json::Value) -> Result<(), CliError> {
    let ndjson = ctx.global.output == Some(Format::Ndjson);
    let mut stdout = std::io::stdout().lock();
    match &step.filter {
        Some(filter) => {
            let format = if ndjson { Format::Ndjson } else { Format::Json };
            let printer = Printer::new(Some(format), Some(filter), None, None)?;
            printer.print(&mut stdout, answer, &[])?;
        }
        None if ndjson => writeln!(stdout, "{answer}")?,
        None if colored(ctx) => writeln!(stdout, "{}", json_color::pretty(answer))?,
        None => {
            let text = serde_json::to_string_pretty(answer).unwrap_or_default();
            writeln!(stdout, "{text}")?;
        }
    }
    stdout.flush()?;
    Ok(())
}
