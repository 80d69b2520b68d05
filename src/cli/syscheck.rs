//! `wazuh-ctl syscheck ...`: file integrity monitoring. `run` asks agents (listed ids, `-` for
//! stdin, or `--all`) to start a scan; `--dry-run` prints the requests instead.
//!
//! Imports `api::syscheck` for the endpoints and the `agents::commands` runner.

use super::agents::commands::ScanArgs;
use super::ctx::Ctx;
use super::error::CliError;
use crate::api::syscheck::RunSyscheck;

/// Syscheck verbs.
#[derive(Debug, clap::Subcommand)]
pub enum SyscheckCommand {
    /// Start a scan on agents: listed ids or `--all`. Only active agents take it; the others
    /// are listed as failures (with `--all`, inactive agents are left out).
    Run(ScanArgs),
}

impl SyscheckCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            SyscheckCommand::Run(targets) => targets.start::<RunSyscheck>(ctx).await,
        }
    }
}
