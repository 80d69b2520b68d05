//! `wazuh-ctl agents ...`: one enum variant per verb, each calling a shared runner.
//!
//! Imports `api::agents` for the endpoints and filters, `verbs` for the runners.

pub mod commands;
mod delete;
mod runtime;
mod upgrade;

use crate::api::agents::{
    AddAgent, AddAgentBody, AgentAttributes, AgentCommandQuery, AgentFilters, AssignAgentToGroup,
    AssignmentQuery, CheckUninstallPermission, DistinctAgentFields, DistinctFieldsQuery,
    GetAgentKey, GetAgentSync, InsertAgent, InsertAgentBody, ListAgents, ListAgentsWithoutGroup,
    ListOutdatedAgents, ReconnectAgents, RemoveAgentFromGroup, RemoveAgentFromGroups,
    RestartAgents, RestartAgentsByGroup, RestartAgentsByNode, SummaryOs, SummaryStatus,
};
use crate::api::params::ListParams;
use crate::api::AgentId;
use crate::api::Endpoint;
use crate::api::NoQuery;
use crate::cli::complete;
use crate::cli::confirm::confirm;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliError;
use crate::cli::input;
use crate::cli::verbs::{self, ListArgs};
use crate::cli::watch::{self, WatchArgs};
use crate::output::{columns, Format};
use clap_complete::engine::ArgValueCompleter;
use commands::Targets;
use delete::DeleteFilters;
use runtime::{ComponentStatsArgs, ConfigArgs, DaemonStatsArgs};
use serde_json::json;

/// Agent connection statuses accepted by `--status`.
pub const STATUSES: [&str; 4] = ["active", "pending", "never_connected", "disconnected"];

/// Statuses accepted by `agents delete --status` (`all` for any).
pub const DELETE_STATUSES: [&str; 5] = [
    "all",
    "active",
    "pending",
    "never_connected",
    "disconnected",
];

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
    /// Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON
    /// line per change when piped.
    ///
    /// With table output (the default on a terminal) the screen is redrawn every --interval
    /// until Ctrl-C. Otherwise each change is one JSON line, as a Kubernetes watch event:
    /// {"type":"ADDED"|"MODIFIED"|"DELETED","object":{...}}, agents matched by id; the first
    /// poll reports every agent as ADDED, and --jq runs on each event. Ctrl-C or a closed pipe
    /// ends the watch with status 0. An unreachable or failing server (5xx, 429) is retried at
    /// the next tick; any other error ends it with its usual exit code.
    Watch {
        /// The agent filters.
        #[command(flatten)]
        filters: Box<AgentFilterArgs>,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
        /// The watch flags.
        #[command(flatten)]
        watch: WatchArgs,
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
    /// Register an agent; prints its id and key (`--jq .key` gives the key alone).
    Add {
        /// The agent name.
        #[arg(value_name = "NAME")]
        name: String,
        /// The agent IP, or `any` (default: the address the request comes from).
        #[arg(long, value_name = "IP")]
        ip: Option<String>,
    },
    /// Register an agent with a chosen id and key; prints its id and key.
    Insert {
        /// The agent name.
        #[arg(value_name = "NAME")]
        name: String,
        /// The agent id (allocated when left out).
        #[arg(long, value_name = "ID")]
        id: Option<String>,
        /// The agent IP, or `any`.
        #[arg(long, value_name = "IP")]
        ip: Option<String>,
        /// The registration key (at least 64 characters; generated when left out).
        #[arg(long, value_name = "KEY")]
        key: Option<String>,
        /// Replace an existing agent with the same name, id or IP (Wazuh's defaults: one
        /// registered over an hour ago and disconnected for an hour).
        #[arg(long)]
        force: bool,
    },
    /// Show an agent's registration key.
    Key {
        /// The agent id.
        #[arg(value_name = "ID", add = ArgValueCompleter::new(complete::agent_ids))]
        id: String,
    },
    /// Delete agents (asks first; `--yes` without a terminal).
    Delete {
        /// Agent ids, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID", add = ArgValueCompleter::new(complete::agent_ids))]
        ids: Vec<String>,
        /// Only agents with this status (`all` for any): needed with `all`; listed ids are
        /// deleted whatever their status unless it is given.
        #[arg(long, value_delimiter = ',', value_parser = DELETE_STATUSES, value_name = "STATUS")]
        status: Vec<String>,
        /// Only agents whose last keep-alive (or registration) is older than this, e.g. 30m,
        /// 7d (default: 0s for listed ids, the API's implicit 7d for `all`).
        #[arg(long, value_name = "TIMEFRAME")]
        older_than: Option<String>,
        /// Also remove the agents from the keys file for good.
        #[arg(long)]
        purge: bool,
    },
    /// List the agents that belong to no group.
    NoGroup {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// List the agents whose Wazuh version differs from the manager's, whatever their status.
    Outdated {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Agent statistics.
    #[command(subcommand)]
    Stats(AgentStatsCommand),
    /// Show one section of an agent's active configuration, e.g. `agents config 001 agent
    /// client` (only active agents answer; 000 is the manager).
    Config(ConfigArgs),
    /// Show what the manager's daemons (remoted, analysisd) count about an active agent.
    DaemonStats(DaemonStatsArgs),
    /// Show whether agents run their groups' latest configuration.
    Sync {
        /// Agent ids, e.g. 001 (leading zeros may be left out).
        #[arg(required = true, value_name = "ID", add = ArgValueCompleter::new(complete::agent_ids))]
        ids: Vec<String>,
    },
    /// Check that you may uninstall agents.
    UninstallCheck,
    /// Add an agent to a group or remove it from groups.
    #[command(subcommand)]
    Group(AgentGroupCommand),
    /// Restart agents: listed ids, `--all`, a group's or a node's (`--node`) (asks first; `--yes` without
    /// a terminal). Only active agents take it; the others are listed as failures.
    Restart {
        /// Agent ids, or `-` to read them from stdin (one per line).
        #[arg(value_name = "ID", required_unless_present_any = ["all", "group", "node"], add = ArgValueCompleter::new(complete::agent_ids))]
        ids: Vec<String>,
        /// Restart every agent.
        #[arg(long, conflicts_with_all = ["ids", "group", "node"])]
        all: bool,
        /// Restart every agent of this group.
        #[arg(long, value_name = "GROUP", conflicts_with_all = ["ids", "node"], add = ArgValueCompleter::new(complete::group_names))]
        group: Option<String>,
    },
    /// Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes`
    /// without a terminal). Only active agents take it; the others are listed as failures.
    Reconnect {
        /// Agent ids, or `-` to read them from stdin (one per line).
        #[arg(value_name = "ID", required_unless_present = "all", add = ArgValueCompleter::new(complete::agent_ids))]
        ids: Vec<String>,
        /// Reconnect every agent.
        #[arg(long, conflicts_with = "ids")]
        all: bool,
    },
    /// Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks
    /// first; `--yes` without a terminal). Creates one upgrade task per agent.
    Upgrade(upgrade::UpgradeArgs),
    /// Show each agent's last upgrade task.
    UpgradeResult(upgrade::UpgradeResultArgs),
}

/// `agents group` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum AgentGroupCommand {
    /// Add an agent to a group.
    Add {
        /// The agent id.
        #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
        agent: String,
        /// The group.
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: String,
        /// Make it the agent's only group instead of adding it.
        #[arg(long)]
        force_single: bool,
    },
    /// Remove an agent from a group, or from all its groups (asks first).
    Remove {
        /// The agent id.
        #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
        agent: String,
        /// The group (default: every group of the agent).
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: Option<String>,
    },
}

/// `agents stats` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum AgentStatsCommand {
    /// Count the agents by each distinct combination of some fields' values (`N/A` where an
    /// agent has none), e.g. `agents stats distinct os.platform version`.
    Distinct {
        // Not named `fields`: that argument id belongs to the global `--fields`.
        /// Agent fields, e.g. os.platform (repeat or separate with commas).
        #[arg(required = true, value_delimiter = ',', value_name = "FIELD")]
        field_names: Vec<String>,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show the counters of an agent's own logcollector or agent daemon.
    Component(ComponentStatsArgs),
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
    /// Only the agent with this name.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Only the agent with this IP.
    #[arg(long, value_name = "IP")]
    pub ip: Option<String>,
}

impl AgentFilterArgs {
    /// The API's filters for these flags, and the cluster nodes of the global `--node` (the
    /// agents reporting to them).
    pub fn filters(&self, nodes: &[String]) -> AgentFilters {
        AgentFilters {
            status: (!self.status.is_empty()).then(|| self.status.join(",")),
            attributes: AgentAttributes {
                group: self.group.clone(),
                os_platform: self.os_platform.clone(),
                os_name: self.os_name.clone(),
                os_version: self.os_version.clone(),
                version: self.version.clone(),
                node_name: (!nodes.is_empty()).then(|| nodes.join(",")),
                name: self.name.clone(),
                ip: self.ip.clone(),
                ..AgentAttributes::default()
            },
            ..AgentFilters::default()
        }
    }
}

/// Agent ids as the API spells them: at least 3 digits, zero-padded (`1` → `001`).
pub fn agent_id(id: &str) -> String {
    AgentId::pad(id.trim())
}

impl AgentsCommand {
    /// The output format when `-o` is not given: JSON for the documents a table cannot show
    /// (a configuration section, logcollector's per-file statistics), else the usual default.
    pub fn default_format(&self) -> Option<Format> {
        match self {
            AgentsCommand::Config(_) => ConfigArgs::default_format(),
            AgentsCommand::Stats(AgentStatsCommand::Component(args)) => args.default_format(),
            _ => None,
        }
    }

    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            AgentsCommand::List { filters, list } => {
                verbs::list::<ListAgents>(
                    ctx,
                    [],
                    list,
                    &filters.filters(&ctx.global.node),
                    columns::AGENTS,
                )
                .await
            }
            AgentsCommand::Watch {
                filters,
                list,
                watch,
            } => {
                let watch = watch.of("agents watch", "id", columns::AGENTS);
                watch::list::<ListAgents>(ctx, [], list, &filters.filters(&ctx.global.node), &watch)
                    .await
            }
            AgentsCommand::Get { ids } => {
                let filters = AgentFilters {
                    agents_list: Some(numeric_agent_ids(ids)?.join(",")),
                    ..AgentFilters::default()
                };
                let params = ListParams {
                    select: verbs::select(ctx.global.fields.as_deref()),
                    ..ListParams::default()
                };
                verbs::get::<ListAgents>(ctx, [], &[&params, &filters], columns::AGENTS).await
            }
            AgentsCommand::Summary { os: true } => {
                verbs::get::<SummaryOs>(ctx, [], &[&NoQuery {}], &[]).await
            }
            AgentsCommand::Summary { os: false } => {
                verbs::get::<SummaryStatus>(ctx, [], &[&NoQuery {}], &[]).await
            }
            AgentsCommand::Add { name, ip } => {
                let body = AddAgentBody {
                    name: name.clone(),
                    ip: ip.clone(),
                };
                let request = verbs::request_with_body::<AddAgent>([], &[], &body)?;
                verbs::record(ctx, &request, columns::AGENT_KEYS)
                    .await
                    .map_err(|err| explain_taken_address(err, ip.is_none()))
            }
            AgentsCommand::Insert {
                name,
                id,
                ip,
                key,
                force,
            } => {
                let body = InsertAgentBody {
                    id: id.as_deref().map(agent_id),
                    key: key.clone(),
                    name: name.clone(),
                    ip: ip.clone(),
                    force: force.then(|| json!({"enabled": true})),
                };
                let request = verbs::request_with_body::<InsertAgent>([], &[], &body)?;
                verbs::record(ctx, &request, columns::AGENT_KEYS).await
            }
            AgentsCommand::Config(args) => args.run(ctx).await,
            AgentsCommand::DaemonStats(args) => args.run(ctx).await,
            AgentsCommand::Key { id } => {
                verbs::get::<GetAgentKey>(ctx, [agent_id(id).as_str()], &[], columns::AGENT_KEYS)
                    .await
            }
            AgentsCommand::Delete {
                ids,
                status,
                older_than,
                purge,
            } => {
                let ids = agent_ids(ids)?;
                let filters = DeleteFilters::new(&ids, status, older_than.as_deref())?;
                delete::run(ctx, &ids, &filters, *purge).await
            }
            AgentsCommand::NoGroup { list } => {
                let filters = NoQuery {};
                verbs::list::<ListAgentsWithoutGroup>(ctx, [], list, &filters, columns::AGENTS)
                    .await
            }
            AgentsCommand::Outdated { list } => {
                verbs::list::<ListOutdatedAgents>(ctx, [], list, &NoQuery {}, columns::AGENTS).await
            }
            AgentsCommand::Stats(command) => command.run(ctx).await,
            AgentsCommand::Sync { ids } => {
                // One agent a request: the batches below hold one id each.
                let request =
                    |batch: &[String]| verbs::request::<GetAgentSync>([batch[0].as_str()], &[]);
                let ids: Vec<String> = ids.iter().map(|id| agent_id(id)).collect();
                verbs::bulk(ctx, &ids, 1, request, columns::AGENT_SYNC).await
            }
            AgentsCommand::UninstallCheck => {
                verbs::get::<CheckUninstallPermission>(ctx, [], &[&NoQuery {}], &[]).await
            }
            AgentsCommand::Group(command) => command.run(ctx).await,
            AgentsCommand::Restart {
                group: Some(group), ..
            } => {
                confirm(ctx, &format!("Restart every agent of group {group}?"))?;
                verbs::get::<RestartAgentsByGroup>(ctx, [group.as_str()], &[], &[]).await
            }
            AgentsCommand::Restart {
                ids,
                all,
                group: None,
            } if ids.is_empty() && !all => {
                let [node] = ctx.global.node.as_slice() else {
                    return Err(CliError::usage(
                        "agents restart --node restarts the agents of one node",
                        Some("name one node: --node NODE"),
                    ));
                };
                confirm(ctx, &format!("Restart every agent of node {node}?"))?;
                verbs::get::<RestartAgentsByNode>(ctx, [node.as_str()], &[], &[]).await
            }
            AgentsCommand::Restart { ids, all, .. } => {
                command::<RestartAgents>(ctx, "Restart", ids, *all).await
            }
            AgentsCommand::Reconnect { ids, all } => {
                command::<ReconnectAgents>(ctx, "Force to reconnect", ids, *all).await
            }
            AgentsCommand::Upgrade(args) => upgrade::upgrade(ctx, args).await,
            AgentsCommand::UpgradeResult(args) => upgrade::result(ctx, args).await,
        }
    }
}

impl AgentStatsCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            AgentStatsCommand::Distinct { field_names, list } => {
                let query = DistinctFieldsQuery {
                    fields: Some(field_names.join(",")),
                };
                verbs::list::<DistinctAgentFields>(ctx, [], list, &query, &[]).await
            }
            AgentStatsCommand::Component(args) => args.run(ctx).await,
        }
    }
}

impl AgentGroupCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            AgentGroupCommand::Add {
                agent,
                group,
                force_single,
            } => {
                let query = AssignmentQuery {
                    force_single_group: force_single.then_some(true),
                    ..AssignmentQuery::default()
                };
                let path = [agent_id(agent), group.clone()];
                let request = verbs::request::<AssignAgentToGroup>(
                    [path[0].as_str(), path[1].as_str()],
                    &[&query],
                )?;
                verbs::act(ctx, &request, columns::AGENT_IDS).await
            }
            AgentGroupCommand::Remove {
                agent,
                group: Some(group),
            } => {
                let id = agent_id(agent);
                confirm(ctx, &format!("Remove agent {id} from group {group}?"))?;
                let request =
                    verbs::request::<RemoveAgentFromGroup>([id.as_str(), group.as_str()], &[])?;
                verbs::act(ctx, &request, columns::AGENT_IDS).await
            }
            AgentGroupCommand::Remove { agent, group: None } => {
                let id = agent_id(agent);
                confirm(ctx, &format!("Remove agent {id} from all its groups?"))?;
                let query = AssignmentQuery::default();
                let request = verbs::request::<RemoveAgentFromGroups>([id.as_str()], &[&query])?;
                verbs::act(ctx, &request, columns::AGENT_IDS).await
            }
        }
    }
}

/// Agent ids that must be numbers (`agents get`), zero-padded; a name gets a usage error that
/// points at `agents list --name`.
fn numeric_agent_ids(ids: &[String]) -> Result<Vec<String>, CliError> {
    ids.iter()
        .map(|id| match id.trim().bytes().all(|b| b.is_ascii_digit()) {
            true => Ok(agent_id(id)),
            false => Err(CliError::usage(
                format!("`{id}` is not an agent id: agent ids are numbers, e.g. 001"),
                Some(&format!(
                    "to find an agent by name: `wazuh-ctl agents list --name {id}`"
                )),
            )),
        })
        .collect()
}

/// Error 1706 on an `agents add` without `--ip`: the agent got the request's own address,
/// which another agent already has; say how to register it anyway.
fn explain_taken_address(err: CliError, no_ip_given: bool) -> CliError {
    let taken = match &err {
        CliError::Client(client) => client.body().and_then(|body| body.error) == Some(1706),
        _ => false,
    };
    if !(taken && no_ip_given) {
        return err;
    }
    CliError::usage(
        err.to_string(),
        Some(
            "without --ip the agent gets the address this request comes from, and another \
             agent has it: give its address with --ip IP, or `--ip any` to accept any",
        ),
    )
}

/// The agent ids of a bulk verb (arguments or stdin), zero-padded.
pub fn agent_ids(args: &[String]) -> Result<Vec<String>, CliError> {
    Ok(input::ids(args)?.iter().map(|id| agent_id(id)).collect())
}

/// `agents restart|reconnect`: confirms, then sends the command to every agent (one request)
/// or to the listed ids in batches.
async fn command<E: Endpoint<Query = AgentCommandQuery>>(
    ctx: &Ctx,
    verb: &str,
    ids: &[String],
    all: bool,
) -> Result<(), CliError> {
    let targets = Targets::new(ids, all)?;
    confirm(ctx, &format!("{verb} {}?", targets.describe()))?;
    commands::send::<E>(ctx, &targets, None).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use crate::client::Request;
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
        let args = [
            "wazuh-ctl",
            "agents",
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
        ];
        let cli = Cli::try_parse_from(args).unwrap();
        let Command::Agents(AgentsCommand::List { filters, list }) = cli.command else {
            panic!("not a list");
        };
        let filters = filters.filters(&cli.global.node);
        assert_eq!(
            filters.status.as_deref(),
            Some("active,disconnected,pending")
        );
        assert_eq!(filters.attributes.node_name.as_deref(), Some("master"));
        assert_eq!(filters.attributes.os_platform.as_deref(), Some("ubuntu"));
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

    fn pairs(request: &Request) -> Vec<(&str, &str)> {
        request
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    #[test]
    fn delete_needs_ids_and_known_statuses() {
        assert!(parse(&["delete", "001"]).is_ok());
        assert!(parse(&["delete", "--status", "all"]).is_err());
        assert!(parse(&["delete", "1", "--status", "sleeping"]).is_err());
        let AgentsCommand::Delete { ids, status, .. } = parse(&[
            "delete",
            "1",
            "2",
            "--status",
            "never_connected,disconnected",
        ])
        .unwrap() else {
            panic!("not a delete");
        };
        assert_eq!(agent_ids(&ids).unwrap(), ["001", "002"]);
        assert_eq!(status, ["never_connected", "disconnected"]);
    }

    #[test]
    fn group_remove_without_a_group_means_every_group() {
        let AgentsCommand::Group(AgentGroupCommand::Remove { agent, group }) =
            parse(&["group", "remove", "7"]).unwrap()
        else {
            panic!("not a group remove");
        };
        assert_eq!((agent.as_str(), group), ("7", None));
        assert!(parse(&["group", "add", "7"]).is_err());
    }

    #[test]
    fn restart_takes_ids_all_a_group_or_a_node_but_one_of_them() {
        assert!(parse(&["restart"]).is_err());
        assert!(parse(&["restart", "1", "--all"]).is_err());
        assert!(parse(&["restart", "--group", "web", "--node", "worker1"]).is_err());
        assert!(parse(&["restart", "--group", "web"]).is_ok());
        assert!(parse(&["reconnect"]).is_err());
        assert!(parse(&["reconnect", "--all"]).is_ok());
    }

    #[test]
    fn a_command_batch_lists_its_ids() {
        let batch = ["001".to_string(), "002".to_string()];
        let request = commands::request::<RestartAgents>(Some(&batch), None).unwrap();
        assert_eq!(request.path, "/agents/restart");
        assert_eq!(pairs(&request), [("agents_list", "001,002")]);
        let request = commands::request::<ReconnectAgents>(Some(&batch), None).unwrap();
        assert_eq!(request.path, "/agents/reconnect");
    }

    #[test]
    fn short_ids_are_zero_padded() {
        assert_eq!(agent_id("1"), "001");
        assert_eq!(agent_id("12"), "012");
        assert_eq!(agent_id("1000"), "1000");
        assert_eq!(agent_id("web"), "web");
    }
}
