//! `wazuh-ctl syscheck ...`: file integrity monitoring. `run` asks agents (listed ids, `-` for
//! stdin, or `--all`) to start a scan; `--dry-run` prints the requests instead. `results`,
//! `clear` and `last-scan` read and clear one agent's FIM results.
//!
//! Imports `api::syscheck` for the endpoints, the `agents::commands` and `scan_results` runners.

use super::agents::commands::ScanArgs;
use super::ctx::Ctx;
use super::error::CliError;
use super::scan_results::{AgentArg, ClearArgs, ResultsArgs};
use crate::api::experimental::ClearFleetSyscheck;
use crate::api::syscheck::{ClearSyscheck, ListSyscheck, RunSyscheck, SyscheckLastScan};
use crate::output::Column;

/// Columns of FIM entry tables.
const ENTRIES: &[Column] = &[
    Column::new("FILE", "file"),
    Column::new("TYPE", "type").drop_rank(2),
    Column::new("CHANGES", "changes"),
    Column::new("DATE", "date"),
    Column::new("SHA256", "sha256").drop_rank(1),
];

/// Syscheck verbs.
#[derive(Debug, clap::Subcommand)]
pub enum SyscheckCommand {
    /// Start a scan on agents: listed ids or `--all`. Only active agents take it; the others
    /// are listed as failures (with `--all`, inactive agents are left out).
    Run(ScanArgs),
    /// An agent's FIM entries (files; on Windows also registry keys and values), with the
    /// list flags and filters: file, arch, value.name, value.type, type, summary, md5, sha1,
    /// sha256, hash (any checksum).
    Results(ResultsArgs),
    /// Clear agents' FIM results until their next scan (one agent, several or
    /// `--all-agents`). Wazuh clears them only for agents before 3.12; newer agents fail
    /// with 1760 (exit 3).
    Clear(ClearArgs),
    /// When an agent's last FIM scan started and ended.
    LastScan(AgentArg),
}

impl SyscheckCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            SyscheckCommand::Run(targets) => targets.start::<RunSyscheck>(ctx).await,
            SyscheckCommand::Results(args) => args.run::<ListSyscheck>(ctx, ENTRIES).await,
            SyscheckCommand::Clear(agents) => {
                agents
                    .clear::<ClearSyscheck, ClearFleetSyscheck>(ctx, "syscheck")
                    .await
            }
            SyscheckCommand::LastScan(agent) => agent.last_scan::<SyscheckLastScan>(ctx).await,
        }
    }
}
