//! `wazuh-ctl manager ...`: the manager node the API runs on — its information.
//!
//! Imports `api::manager` for the endpoints and the `verbs` runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::verbs;
use crate::api::manager::GetManagerInfo;
use crate::output::Column;

/// Columns of the manager's information.
const INFO: &[Column] = &[
    Column::new("VERSION", "version"),
    Column::new("TYPE", "type"),
    Column::new("PATH", "path").drop_rank(2),
    Column::new("MAX AGENTS", "max_agents").drop_rank(1),
    Column::new("TIME ZONE", "tz_name").drop_rank(1),
];

/// Manager verbs.
#[derive(Debug, clap::Subcommand)]
pub enum ManagerCommand {
    /// Show the manager's version, type, installation path and time zone.
    Info,
}

impl ManagerCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            ManagerCommand::Info => verbs::get::<GetManagerInfo>(ctx, [], &[], INFO).await,
        }
    }
}
