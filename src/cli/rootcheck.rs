//! `wazuh-ctl rootcheck ...`: rootkit and policy checks. `run` asks agents (listed ids, `-`
//! for stdin, or `--all`) to start a scan; `--dry-run` prints the requests instead.
//!
//! Imports `api::rootcheck` for the endpoints and the `agents::commands` runner.

use super::agents::commands::ScanArgs;
use super::ctx::Ctx;
use super::error::CliError;
use crate::api::rootcheck::RunRootcheck;

/// Rootcheck verbs.
#[derive(Debug, clap::Subcommand)]
pub enum RootcheckCommand {
    /// Start a scan on agents: listed ids or `--all`. Only active agents take it; the others
    /// are listed as failures (with `--all`, inactive agents are left out).
    Run(ScanArgs),
}

impl RootcheckCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            RootcheckCommand::Run(targets) => targets.start::<RunRootcheck>(ctx).await,
        }
    }
}
