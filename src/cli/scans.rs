//! `wazuh-ctl syscheck run` and `wazuh-ctl rootcheck run`: ask agents (listed ids, `-` for
//! stdin, or `--all`) to start a file integrity or rootcheck scan. A scan changes nothing on
//! the agent, so no confirmation is asked; `--dry-run` still prints the requests instead.
//!
//! Imports `api::agents` for the query and the `agent_commands` runner.

use super::agent_commands::{self, Targets};
use super::complete;
use super::ctx::Ctx;
use super::error::CliError;
use crate::api::agents::AgentCommandQuery;
use crate::api::Endpoint;
use clap_complete::engine::ArgValueCompleter;

/// Scan verbs (the same for syscheck and rootcheck).
#[derive(Debug, clap::Subcommand)]
pub enum ScanCommand {
    /// Start a scan on agents: listed ids or `--all`. Only active agents take it; the others
    /// are listed as failures (with `--all`, inactive agents are left out).
    Run {
        /// Agent ids, or `-` to read them from stdin (one per line).
        #[arg(value_name = "ID", required_unless_present = "all", add = ArgValueCompleter::new(complete::agent_ids))]
        ids: Vec<String>,
        /// Scan every agent.
        #[arg(long, conflicts_with = "ids")]
        all: bool,
    },
}

impl ScanCommand {
    /// Runs the verb with the scan endpoint `E` (`PUT /syscheck` or `PUT /rootcheck`).
    pub async fn run<E: Endpoint<Query = AgentCommandQuery>>(
        &self,
        ctx: &Ctx,
    ) -> Result<(), CliError> {
        let ScanCommand::Run { ids, all } = self;
        let targets = Targets::new(ids, *all)?;
        agent_commands::send::<E>(ctx, &targets, None).await
    }
}

#[cfg(test)]
mod tests {
    use crate::cli::{Cli, Command};
    use clap::Parser;

    #[test]
    fn run_takes_ids_or_all_for_both_scans() {
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
