//! `wazuh-ctl active-response run`: runs an active-response command on agents (listed with
//! `--agents`, or `--all`), with its arguments and the alert it acts on. Destructive: asks
//! first on a terminal, needs `--yes` without one; `--dry-run` prints the requests instead.
//!
//! Imports `api::active_response` and the `agents::commands` runner.

use super::agents::commands::{self, Targets};
use super::complete;
use super::confirm::confirm;
use super::ctx::Ctx;
use super::error::CliError;
use super::input;
use crate::api::active_response::{ActiveResponseBody, RunCommand};
use clap_complete::engine::ArgValueCompleter;
use serde_json::{Map, Value};
use std::path::Path;

/// The argument that stands for stdin.
const STDIN: &str = "-";

/// Active-response verbs.
#[derive(Debug, clap::Subcommand)]
pub enum ActiveResponseCommand {
    /// Run an active-response command on agents (asks first; `--yes` without a terminal).
    /// COMMAND is a name the manager's ar.conf defines (e.g. restart-wazuh0, firewall-drop600)
    /// or `!` and a script name. Only active agents take it; the others are listed as failures.
    Run {
        /// The command, e.g. restart-wazuh0, or !script-name.
        #[arg(value_name = "COMMAND", allow_hyphen_values = true)]
        command: String,
        /// Agent ids, or `-` to read them from stdin (one per line).
        #[arg(long, value_name = "ID", num_args = 1.., required_unless_present = "all", add = ArgValueCompleter::new(complete::agent_ids))]
        agents: Vec<String>,
        /// Run it on every agent.
        #[arg(long, conflicts_with = "agents")]
        all: bool,
        /// An argument for the command (repeat for several).
        #[arg(long = "arg", value_name = "ARG", allow_hyphen_values = true)]
        args: Vec<String>,
        /// The alert the command acts on: a JSON object, or a file holding one (`-`: stdin).
        #[arg(long, value_name = "JSON|FILE")]
        alert_json: Option<String>,
    },
}

impl ActiveResponseCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let ActiveResponseCommand::Run {
            command,
            agents,
            all,
            args,
            alert_json,
        } = self;
        if agents.iter().any(|id| id == STDIN) && alert_json.as_deref() == Some(STDIN) {
            return Err(CliError::usage(
                "the agent ids and the alert cannot both come from stdin",
                Some("give the alert as a file or inline JSON"),
            ));
        }
        let body = ActiveResponseBody {
            command: command.clone(),
            arguments: (!args.is_empty()).then(|| args.clone()),
            alert: alert_json.as_deref().map(alert).transpose()?,
        };
        let targets = Targets::new(agents, *all)?;
        confirm(ctx, &format!("Run {command} on {}?", targets.describe()))?;
        commands::send::<RunCommand>(ctx, &targets, Some(&body)).await
    }
}

/// The alert of `--alert-json`: inline JSON when it starts with `{`, else a file's content;
/// it must be a JSON object.
fn alert(value: &str) -> Result<Map<String, Value>, CliError> {
    let text = if value.trim_start().starts_with('{') {
        value.to_string()
    } else {
        input::read_text(Path::new(value))?
    };
    match serde_json::from_str(&text) {
        Ok(Value::Object(alert)) => Ok(alert),
        Ok(_) => Err(CliError::usage("--alert-json must be a JSON object", None)),
        Err(err) => Err(CliError::usage(
            format!("--alert-json is not valid JSON: {err}"),
            None,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn parse(args: &[&str]) -> Result<ActiveResponseCommand, clap::Error> {
        let cli = Cli::try_parse_from(["wazuh-ctl", "active-response"].iter().chain(args))?;
        match cli.command {
            Command::ActiveResponse(command) => Ok(command),
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn run_takes_agents_or_all_and_repeated_arguments() {
        assert!(parse(&["run", "restart-wazuh0"]).is_err());
        assert!(parse(&["run", "restart-wazuh0", "--agents", "1", "--all"]).is_err());
        assert!(parse(&["run", "restart-wazuh0", "--all"]).is_ok());
        let ActiveResponseCommand::Run {
            command,
            agents,
            args,
            ..
        } = parse(&[
            "run",
            "firewall-drop600",
            "--agents",
            "1",
            "2",
            "--arg",
            "-",
            "--arg",
            "10.0.0.9",
        ])
        .unwrap();
        assert_eq!(command, "firewall-drop600");
        assert_eq!(agents, ["1", "2"]);
        assert_eq!(args, ["-", "10.0.0.9"]);
    }

    #[test]
    fn the_alert_is_inline_json_or_a_file_holding_an_object() {
        let inline = alert(r#"{"data": {"srcip": "10.0.0.9"}}"#).unwrap();
        assert_eq!(inline["data"]["srcip"], "10.0.0.9");
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("alert.json");
        std::fs::write(&file, r#"{"data": {}}"#).unwrap();
        assert!(alert(file.to_str().unwrap()).unwrap().contains_key("data"));
        std::fs::write(&file, "[1]").unwrap();
        assert!(alert(file.to_str().unwrap()).is_err());
        assert!(alert("{oops").is_err());
    }
}
