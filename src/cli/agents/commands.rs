//! Messages sent to agents (restart, reconnect, active responses, scan requests): which agents
//! — listed ids (arguments, or `-` and one per line on stdin; zero-padded) or every agent —
//! and the runner that sends them: one request per batch of at most 500 ids, the answers
//! merged and printed once (exit 3 with the failures on stderr), or one request without
//! `agents_list` for every agent.
//!
//! Imports `api` for the query and the `verbs` runners; confirmation is the caller's.

use super::agent_ids;
use crate::api::agents::AgentCommandQuery;
use crate::api::Endpoint;
use crate::cli::bulk::BATCH_SIZE;
use crate::cli::complete;
use crate::cli::confirm::describe;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliError;
use crate::cli::verbs::{self, QueryPart};
use crate::client::Request;
use crate::output::columns;
use clap_complete::engine::ArgValueCompleter;

/// The agents a message goes to.
#[derive(Debug, Clone, PartialEq)]
pub enum Targets {
    /// These ids, zero-padded.
    Listed(Vec<String>),
    /// Every agent (the request carries no `agents_list`).
    All,
}

impl Targets {
    /// The targets of a verb's ids (read from stdin for `-`) or its `--all`.
    pub fn new(ids: &[String], all: bool) -> Result<Targets, CliError> {
        if all {
            return Ok(Targets::All);
        }
        Ok(Targets::Listed(agent_ids(ids)?))
    }

    /// `all agents`, or `2 agents (001, 002)` for a confirmation question.
    pub fn describe(&self) -> String {
        match self {
            Targets::Listed(ids) => describe(ids, "agent"),
            Targets::All => "all agents".to_string(),
        }
    }
}

/// The targets of a scan verb: listed ids (`-` for stdin) or `--all`.
#[derive(Debug, clap::Args)]
pub struct ScanArgs {
    /// Agent ids, or `-` to read them from stdin (one per line).
    #[arg(value_name = "ID", required_unless_present = "all", add = ArgValueCompleter::new(complete::agent_ids))]
    ids: Vec<String>,
    /// Scan every agent.
    #[arg(long, conflicts_with = "ids")]
    all: bool,
}

impl ScanArgs {
    /// Asks the targets to start the scan of `E` (`PUT /syscheck` or `PUT /rootcheck`). A scan
    /// changes nothing on the agent, so no confirmation is asked.
    pub async fn start<E: Endpoint<Query = AgentCommandQuery>>(
        &self,
        ctx: &Ctx,
    ) -> Result<(), CliError> {
        send::<E>(ctx, &Targets::new(&self.ids, self.all)?, None).await
    }
}

/// Sends `E` (with `body`, when given) to the targets and prints the merged answer.
pub async fn send<E: Endpoint<Query = AgentCommandQuery>>(
    ctx: &Ctx,
    targets: &Targets,
    body: Option<&dyn QueryPart>,
) -> Result<(), CliError> {
    match targets {
        Targets::All => verbs::act(ctx, &request::<E>(None, body)?, columns::AGENT_IDS).await,
        Targets::Listed(ids) => {
            let batch_request = |batch: &[String]| request::<E>(Some(batch), body);
            verbs::bulk(ctx, ids, BATCH_SIZE, batch_request, columns::AGENT_IDS).await
        }
    }
}

/// The request of `E` for one batch of ids (every agent for `None`), with its body.
pub fn request<E: Endpoint<Query = AgentCommandQuery>>(
    batch: Option<&[String]>,
    body: Option<&dyn QueryPart>,
) -> Result<Request, CliError> {
    let query = AgentCommandQuery {
        agents_list: batch.map(|ids| ids.join(",")),
    };
    match body {
        Some(body) => verbs::request_with_body::<E>([], &[&query], body),
        None => verbs::request::<E>([], &[&query]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_padded_ids_or_every_agent() {
        let ids = ["1".to_string(), "12".to_string()];
        let listed = Targets::new(&ids, false).unwrap();
        assert_eq!(listed, Targets::Listed(vec!["001".into(), "012".into()]));
        assert_eq!(listed.describe(), "2 agents (001, 012)");
        let all = Targets::new(&[], true).unwrap();
        assert_eq!(
            (all.clone(), all.describe().as_str()),
            (Targets::All, "all agents")
        );
    }

    #[test]
    fn run_takes_ids_or_all_for_both_scans() {
        use crate::cli::{Cli, Command};
        use clap::Parser;
        for scan in ["syscheck", "rootcheck"] {
            let parse = |args: &[&str]| Cli::try_parse_from(["wazuh-ctl", scan].iter().chain(args));
            assert!(parse(&["run"]).is_err());
            assert!(parse(&["run", "1", "--all"]).is_err());
            assert!(parse(&["run", "--all"]).is_ok());
            let cli = parse(&["run", "1", "2"]).unwrap();
            assert!(matches!(
                cli.command,
                Command::Syscheck(_) | Command::Rootcheck(_)
            ));
        }
    }
}
