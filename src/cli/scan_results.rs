//! The result verbs `syscheck` and `rootcheck` share: `results AGENT` (the list flags and
//! `-f FIELD=VALUE`), `clear AGENT...` (asks first; `--yes`; several agents or
//! `--all-agents` through the experimental bulk endpoint) and `last-scan AGENT`, each
//! calling the endpoints its group names.
//!
//! Imports the `verbs` runners and `confirm`.

use super::agents::agent_id;
use super::complete;
use super::confirm::confirm;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use crate::api::agents::AgentCommandQuery;
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

/// `clear AGENT...` or `clear --all-agents`.
#[derive(Debug, clap::Args)]
pub struct ClearArgs {
    /// The agents, e.g. 001. One agent is cleared through its own endpoint; several through
    /// Wazuh's experimental bulk endpoint (`experimental_features` in the API configuration).
    #[arg(
        value_name = "AGENT",
        required_unless_present = "all_agents",
        add = ArgValueCompleter::new(complete::agent_ids)
    )]
    agents: Vec<String>,
    /// Every agent, through the experimental bulk endpoint.
    #[arg(long, conflicts_with = "agents")]
    all_agents: bool,
}

impl ClearArgs {
    /// Clears the `what` results of the agents, once confirmed: one agent through `E`,
    /// several or every agent through the bulk `F`.
    pub async fn clear<E: Endpoint, F: Endpoint>(
        &self,
        ctx: &Ctx,
        what: &str,
    ) -> Result<(), CliError> {
        let ids: Vec<String> = self.agents.iter().map(|id| agent_id(id)).collect();
        let (agents_list, whom) = match (&ids[..], self.all_agents) {
            ([agent], false) => {
                confirm(ctx, &format!("Clear the {what} results of agent {agent}?"))?;
                let request = verbs::request::<E>([agent.as_str()], &[])?;
                return verbs::act(ctx, &request, columns::AGENT_IDS).await;
            }
            (_, true) => ("all".to_string(), "every agent".to_string()),
            (ids, false) => (ids.join(","), format!("agents {}", ids.join(", "))),
        };
        confirm(ctx, &format!("Clear the {what} results of {whom}?"))?;
        let query = AgentCommandQuery {
            agents_list: Some(agents_list),
        };
        let request = verbs::request::<F>([], &[&query])?;
        verbs::act(ctx, &request, columns::AGENT_IDS).await
    }
}

/// `last-scan AGENT`.
#[derive(Debug, clap::Args)]
pub struct AgentArg {
    /// The agent, e.g. 001.
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
}

impl AgentArg {
    /// Shows when the agent's last scan started and ended, through `E`.
    pub async fn last_scan<E: Endpoint>(&self, ctx: &Ctx) -> Result<(), CliError> {
        let agent = agent_id(&self.agent);
        verbs::get::<E>(ctx, [agent.as_str()], &[], LAST_SCAN).await
    }
}
