//! `wazuh-ctl rootcheck ...`: rootkit and policy checks. `run` asks agents (listed ids, `-`
//! for stdin, or `--all`) to start a scan; `--dry-run` prints the requests instead.
//! `results`, `clear` and `last-scan` read and clear one agent's rootcheck results.
//!
//! Imports `api::rootcheck` for the endpoints, the `agents::commands` and `scan_results`
//! runners.

use super::agents::commands::ScanArgs;
use super::ctx::Ctx;
use super::error::CliError;
use super::scan_results::{AgentArg, ClearArgs, ResultsArgs};
use crate::api::experimental::ClearFleetRootcheck;
use crate::api::rootcheck::{ClearRootcheck, ListRootcheck, RootcheckLastScan, RunRootcheck};
use crate::output::Column;

/// Columns of rootcheck event tables.
const EVENTS: &[Column] = &[
    Column::new("STATUS", "status"),
    Column::new("LAST SEEN", "date_last"),
    Column::new("PCI DSS", "pci_dss").drop_rank(2),
    Column::new("CIS", "cis").drop_rank(1),
    Column::new("LOG", "log"),
];

/// Rootcheck verbs.
#[derive(Debug, clap::Subcommand)]
pub enum RootcheckCommand {
    /// Start a scan on agents: listed ids or `--all`. Only active agents take it; the others
    /// are listed as failures (with `--all`, inactive agents are left out).
    Run(ScanArgs),
    /// An agent's rootcheck events, with the list flags and filters: status (outstanding,
    /// solved), pci_dss, cis.
    Results(ResultsArgs),
    /// Clear agents' rootcheck results until their next scan (one agent, several or
    /// `--all-agents`).
    Clear(ClearArgs),
    /// When an agent's last rootcheck scan started and ended.
    LastScan(AgentArg),
}

impl RootcheckCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            RootcheckCommand::Run(targets) => targets.start::<RunRootcheck>(ctx).await,
            RootcheckCommand::Results(args) => args.run::<ListRootcheck>(ctx, EVENTS).await,
            RootcheckCommand::Clear(agents) => {
                agents
                    .clear::<ClearRootcheck, ClearFleetRootcheck>(ctx, "rootcheck")
                    .await
            }
            RootcheckCommand::LastScan(agent) => agent.last_scan::<RootcheckLastScan>(ctx).await,
        }
    }
}
