//! `wazuh-ctl groups ...`: one enum variant per verb, each calling a shared runner.
//!
//! Imports `api::groups` for the endpoints and filters, `verbs` for the runners.

use super::agents;
use super::complete;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use crate::api::groups::{GroupAgentFilters, GroupFilters, ListGroupAgents, ListGroups};
use crate::output::columns;
use clap_complete::engine::ArgValueCompleter;

/// Groups verbs.
#[derive(Debug, clap::Subcommand)]
pub enum GroupsCommand {
    /// List groups with their agent counts.
    #[command(visible_alias = "ls")]
    List {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// List the agents of a group.
    Agents {
        /// The group name.
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: String,
        /// Only agents with this status (repeat or separate with commas).
        #[arg(long, value_delimiter = ',', value_parser = agents::STATUSES, value_name = "STATUS")]
        status: Vec<String>,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
}

impl GroupsCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            GroupsCommand::List { list } => {
                let filters = GroupFilters::default();
                verbs::list::<ListGroups>(ctx, &[], list, &filters, columns::GROUPS).await
            }
            GroupsCommand::Agents {
                group,
                status,
                list,
            } => {
                let filters = GroupAgentFilters {
                    status: (!status.is_empty()).then(|| status.join(",")),
                };
                verbs::list::<ListGroupAgents>(ctx, &[group], list, &filters, columns::AGENTS).await
            }
        }
    }
}
