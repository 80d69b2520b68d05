//! The result verbs `syscheck` and `rootcheck` share: `results AGENT` (the list flags and
//! `-f FIELD=VALUE`), `clear AGENT` (asks first; `--yes`) and `last-scan AGENT`, each
//! calling the endpoints its group names.
//!
//! Imports the `verbs` runners and `confirm`.

use super::agents::agent_id;
use super::complete;
use super::confirm::confirm;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use crate::api::params::FieldFilters;
use crate::api::Endpoint;
use crate::output::columns;
use crate::output::Column;
use clap_complete::engine::ArgValueCompleter;

/// Columns of last-scan tables.
const LAST_SCAN: &[Column] = &[Column::new("START", "start"), Column::new("END", "end")];

/// `results AGENT`.
#[derive(Debug, clap::Args)]
pub struct ResultsArgs {
    /// The agent, e.g. 001.
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
    /// Only items whose FIELD equals VALUE (repeatable), e.g. type=file, hash=SHA256 or
    /// status=outstanding.
    #[arg(long = "filter", short = 'f', value_name = "FIELD=VALUE")]
    filters: Vec<String>,
    /// The list flags.
    #[command(flatten)]
    list: ListArgs,
}

impl ResultsArgs {
    /// Lists the agent's results through `E`.
    pub async fn run<E>(&self, ctx: &Ctx, columns: &[Column]) -> Result<(), CliError>
    where
        E: Endpoint<Query = FieldFilters>,
    {
        let filters = verbs::field_filters::<E>(&self.filters)?;
        let agent = agent_id(&self.agent);
        verbs::list::<E>(ctx, [agent.as_str()], &self.list, &filters, columns).await
    }
}

/// `clear AGENT` and `last-scan AGENT`.
#[derive(Debug, clap::Args)]
pub struct AgentArg {
    /// The agent, e.g. 001.
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
}

impl AgentArg {
    /// Clears the agent's `what` results through `E`, once confirmed.
    pub async fn clear<E: Endpoint>(&self, ctx: &Ctx, what: &str) -> Result<(), CliError> {
        let agent = agent_id(&self.agent);
        confirm(ctx, &format!("Clear the {what} results of agent {agent}?"))?;
        let request = verbs::request::<E>([agent.as_str()], &[])?;
        verbs::act(ctx, &request, columns::AGENT_IDS).await
    }

    /// Shows when the agent's last scan started and ended, through `E`.
    pub async fn last_scan<E: Endpoint>(&self, ctx: &Ctx) -> Result<(), CliError> {
        let agent = agent_id(&self.agent);
        verbs::get::<E>(ctx, [agent.as_str()], &[], LAST_SCAN).await
    }
}
