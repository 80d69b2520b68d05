//! `wazuh-ctl agents ...`: one enum variant per verb, each calling a shared runner.
//!
//! Imports `api::agents` for the endpoints and filters, `verbs` for the runners.

use super::complete;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use crate::api::agents::{AgentFilters, ListAgents, SummaryOs, SummaryStatus};
use crate::api::params::ListParams;
use crate::api::NoQuery;
use crate::output::columns;
use clap_complete::engine::ArgValueCompleter;

/// Agent connection statuses accepted by `--status`.
pub const STATUSES: [&str; 4] = ["active", "pending", "never_connected", "disconnected"];

/// Agents verbs.
#[derive(Debug, clap::Subcommand)]
pub enum AgentsCommand {
    /// List agents, with filters, a WQL query, sorting and paging.
    #[command(visible_alias = "ls")]
    List {
        /// The agent filters.
        #[command(flatten)]
        filters: Box<AgentFilterArgs>,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show agents by id.
    Get {
        /// Agent ids, e.g. 001 (leading zeros may be left out).
        #[arg(required = true, value_name = "ID", add = ArgValueCompleter::new(complete::agent_ids))]
        ids: Vec<String>,
    },
    /// Count agents by connection and configuration status, or list their OS platforms.
    Summary {
        /// List the distinct OS platforms instead.
        #[arg(long)]
        os: bool,
    },
}

/// The filters of `agents list`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct AgentFilterArgs {
    /// Only agents with this status (repeat or separate with commas).
    #[arg(long, value_delimiter = ',', value_parser = STATUSES, value_name = "STATUS")]
    pub status: Vec<String>,
    /// Only agents in this group.
    #[arg(long, value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
    pub group: Option<String>,
    /// Only agents on this OS platform, e.g. ubuntu.
    #[arg(long, value_name = "PLATFORM")]
    pub os_platform: Option<String>,
    /// Only agents with this OS name, e.g. Ubuntu.
    #[arg(long, value_name = "NAME")]
    pub os_name: Option<String>,
    /// Only agents with this OS version.
    #[arg(long, value_name = "VERSION")]
    pub os_version: Option<String>,
    /// Only agents of this Wazuh version, e.g. 'Wazuh v4.12.0'.
    #[arg(long, value_name = "VERSION")]
    pub version: Option<String>,
    /// Only agents reporting to this cluster node.
    #[arg(long, value_name = "NODE")]
    pub node: Option<String>,
    /// Only the agent with this name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only the agent with this IP.
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
}

impl AgentFilterArgs {
    /// The API's filters for these flags.
    pub fn filters(&self) -> AgentFilters {
        AgentFilters {
            status: (!self.status.is_empty()).then(|| self.status.join(",")),
            group: self.group.clone(),
            os_platform: self.os_platform.clone(),
            os_name: self.os_name.clone(),
            os_version: self.os_version.clone(),
            version: self.version.clone(),
            node_name: self.node.clone(),
            name: self.name.clone(),
            ip: self.ip.clone(),
            ..AgentFilters::default()
        }
    }
}

/// Agent ids as the API spells them: at least 3 digits, zero-padded (`1` → `001`).
pub fn agent_id(id: &str) -> String {
    let id = id.trim();
    if id.len() < 3 && !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) {
        format!("{id:0>3}")
    } else {
        id.to_string()
    }
}

impl AgentsCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            AgentsCommand::List { filters, list } => {
                verbs::list::<ListAgents>(ctx, &[], list, &filters.filters(), columns::AGENTS).await
            }
            AgentsCommand::Get { ids } => {
                let filters = AgentFilters {
                    agents_list: Some(
                        ids.iter()
                            .map(|id| agent_id(id))
                            .collect::<Vec<_>>()
                            .join(","),
                    ),
                    ..AgentFilters::default()
                };
                let params = ListParams {
                    select: verbs::select(ctx.global.fields.as_deref()),
                    ..ListParams::default()
                };
                verbs::get::<ListAgents>(ctx, &[], &[&params, &filters], columns::AGENTS).await
            }
            AgentsCommand::Summary { os: true } => {
                verbs::get::<SummaryOs>(ctx, &[], &[&NoQuery {}], &[]).await
            }
            AgentsCommand::Summary { os: false } => {
                verbs::get::<SummaryStatus>(ctx, &[], &[&NoQuery {}], &[]).await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn parse(args: &[&str]) -> Result<AgentsCommand, clap::Error> {
        let cli = Cli::try_parse_from(["wazuh-ctl", "agents"].iter().chain(args))?;
        match cli.command {
            Command::Agents(command) => Ok(command),
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn list_flags_map_to_the_api_filters() {
        let command = parse(&[
            "list",
            "--status",
            "active,disconnected",
            "--status",
            "pending",
            "--node",
            "master",
            "--os-platform",
            "ubuntu",
            "-q",
            "id>001",
            "--sort",
            "-name",
            "--search",
            "-web",
        ])
        .unwrap();
        let AgentsCommand::List { filters, list } = command else {
            panic!("not a list");
        };
        let filters = filters.filters();
        assert_eq!(
            filters.status.as_deref(),
            Some("active,disconnected,pending")
        );
        assert_eq!(filters.node_name.as_deref(), Some("master"));
        assert_eq!(filters.os_platform.as_deref(), Some("ubuntu"));
        assert_eq!(list.query.as_deref(), Some("id>001"));
        assert_eq!(list.sort.as_deref(), Some("-name"));
        assert_eq!(list.search.as_deref(), Some("-web"));
    }

    #[test]
    fn unknown_statuses_and_offset_with_all_are_usage_errors() {
        assert!(parse(&["list", "--status", "sleeping"]).is_err());
        assert!(parse(&["list", "--all", "--offset", "5"]).is_err());
        assert!(parse(&["get"]).is_err());
    }

    #[test]
    fn short_ids_are_zero_padded() {
        assert_eq!(agent_id("1"), "001");
        assert_eq!(agent_id("12"), "012");
        assert_eq!(agent_id("1000"), "1000");
        assert_eq!(agent_id("web"), "web");
    }
}
