//! `wazuh-ctl groups ...`: one enum variant per verb, each calling a shared runner.
//!
//! Imports `api::groups` and `api::agents` (group assignment) for the endpoints and filters,
//! `verbs` for the runners.

use super::agents::{self, agent_ids};
use super::bulk::BATCH_SIZE;
use super::complete;
use super::confirm::{confirm, describe};
use super::ctx::Ctx;
use super::error::CliError;
use super::input;
use super::verbs::{self, ListArgs};
use crate::api::agents::{AssignAgentsToGroup, AssignmentQuery, RemoveAgentsFromGroup};
use crate::api::groups::{
    CreateGroup, CreateGroupBody, DeleteGroups, DeleteGroupsQuery, GetGroupConfig, GetGroupFile,
    GroupAgentFilters, GroupFileQuery, GroupFilters, ListGroupAgents, ListGroupFiles, ListGroups,
    PutGroupConfig,
};
use crate::api::Endpoint;
use crate::client::{Body, Request};
use crate::output::{columns, Format};
use clap_complete::engine::ArgValueCompleter;
use std::path::PathBuf;

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
    /// Create a group.
    Create {
        /// The group name (letters, digits, `.`, `_`, `-`; at most 128 characters).
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Delete groups (asks first; `--yes` without a terminal).
    Delete {
        /// Group names, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "NAME", add = ArgValueCompleter::new(complete::group_names))]
        names: Vec<String>,
    },
    /// Add agents to a group.
    Assign {
        /// The group.
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: String,
        /// Agent ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID", add = ArgValueCompleter::new(complete::agent_ids))]
        ids: Vec<String>,
        /// Make it the agents' only group instead of adding it.
        #[arg(long)]
        force_single: bool,
    },
    /// Remove agents from a group (asks first; `--yes` without a terminal).
    Unassign {
        /// The group.
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: String,
        /// Agent ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID", add = ArgValueCompleter::new(complete::agent_ids))]
        ids: Vec<String>,
    },
    /// Show or replace a group's configuration (agent.conf).
    #[command(subcommand)]
    Config(GroupConfigCommand),
    /// List the files of a group with their checksums.
    Files {
        /// The group.
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: String,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show one file of a group.
    File {
        /// The group.
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: String,
        /// The file name, e.g. agent.conf.
        #[arg(value_name = "FILE")]
        file: String,
        /// Print the file as it is (XML or text) instead of as JSON.
        #[arg(long)]
        raw: bool,
    },
}

/// `groups config` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum GroupConfigCommand {
    /// Show a group's configuration as JSON.
    Get {
        /// The group.
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: String,
    },
    /// Replace a group's configuration with an XML file (checked before it is sent).
    Set {
        /// The group.
        #[arg(value_name = "GROUP", add = ArgValueCompleter::new(complete::group_names))]
        group: String,
        /// The agent.conf XML file, or `-` for stdin.
        #[arg(long, required = true, value_name = "FILE")]
        file: PathBuf,
    },
}

impl GroupsCommand {
    /// The output format when `-o` is not given: JSON for the configuration and file verbs
    /// (nested documents a table cannot show), else the usual default.
    pub fn default_format(&self) -> Option<Format> {
        match self {
            GroupsCommand::Config(GroupConfigCommand::Get { .. }) | GroupsCommand::File { .. } => {
                Some(Format::Json)
            }
            _ => None,
        }
    }

    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            GroupsCommand::List { list } => {
                let filters = GroupFilters::default();
                verbs::list::<ListGroups>(ctx, [], list, &filters, columns::GROUPS).await
            }
            GroupsCommand::Agents {
                group,
                status,
                list,
            } => {
                let filters = GroupAgentFilters {
                    status: (!status.is_empty()).then(|| status.join(",")),
                };
                verbs::list::<ListGroupAgents>(
                    ctx,
                    [group.as_str()],
                    list,
                    &filters,
                    columns::AGENTS,
                )
                .await
            }
            GroupsCommand::Create { name } => {
                let body = CreateGroupBody {
                    group_id: name.clone(),
                };
                let request = verbs::request_with_body::<CreateGroup>([], &[], &body)?;
                verbs::act(ctx, &request, &[]).await
            }
            GroupsCommand::Delete { names } => {
                let names = input::ids(names)?;
                confirm(ctx, &format!("Delete {}?", describe(&names, "group")))?;
                let batch_request = |batch: &[String]| {
                    let query = DeleteGroupsQuery {
                        groups_list: Some(batch.join(",")),
                    };
                    verbs::request::<DeleteGroups>([], &[&query])
                };
                verbs::bulk(ctx, &names, BATCH_SIZE, batch_request, columns::GROUP_NAMES).await
            }
            GroupsCommand::Assign {
                group,
                ids,
                force_single,
            } => {
                let ids = agent_ids(ids)?;
                let batch_request = |batch: &[String]| {
                    assignment::<AssignAgentsToGroup>(group, batch, *force_single)
                };
                verbs::bulk(ctx, &ids, BATCH_SIZE, batch_request, columns::AGENT_IDS).await
            }
            GroupsCommand::Unassign { group, ids } => {
                let ids = agent_ids(ids)?;
                let what = describe(&ids, "agent");
                confirm(ctx, &format!("Remove {what} from group {group}?"))?;
                let batch_request =
                    |batch: &[String]| assignment::<RemoveAgentsFromGroup>(group, batch, false);
                verbs::bulk(ctx, &ids, BATCH_SIZE, batch_request, columns::AGENT_IDS).await
            }
            GroupsCommand::Config(command) => command.run(ctx).await,
            GroupsCommand::Files { group, list } => {
                let filters = GroupFilters::default();
                verbs::list::<ListGroupFiles>(
                    ctx,
                    [group.as_str()],
                    list,
                    &filters,
                    columns::GROUP_FILES,
                )
                .await
            }
            GroupsCommand::File { group, file, raw } => {
                let query = GroupFileQuery {
                    kind: None,
                    raw: raw.then_some(true),
                };
                verbs::get::<GetGroupFile>(ctx, [group.as_str(), file.as_str()], &[&query], &[])
                    .await
            }
        }
    }
}

impl GroupConfigCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            GroupConfigCommand::Get { group } => {
                verbs::get::<GetGroupConfig>(ctx, [group.as_str()], &[], &[]).await
            }
            GroupConfigCommand::Set { group, file } => {
                let request = config_request(group, file)?;
                verbs::act(ctx, &request, &[]).await
            }
        }
    }
}

/// The request of a group-assignment batch: the agents and the group in the query.
fn assignment<E: Endpoint<Query = AssignmentQuery>>(
    group: &str,
    batch: &[String],
    force_single: bool,
) -> Result<Request, CliError> {
    let query = AssignmentQuery {
        agents_list: Some(batch.join(",")),
        group_id: Some(group.to_string()),
        force_single_group: force_single.then_some(true),
        ..AssignmentQuery::default()
    };
    verbs::request::<E>([], &[&query])
}

/// The `PUT /groups/{group_id}/configuration` request of a file (or stdin), refused before
/// sending unless it is well-formed XML; the XML is the body as a string.
fn config_request(group: &str, file: &std::path::Path) -> Result<Request, CliError> {
    let xml = input::read_text(file)?;
    input::check_xml(&xml).map_err(|reason| {
        CliError::usage(
            format!(
                "{} is not well-formed XML: {reason}",
                input::display_name(file)
            ),
            Some("fix the file; nothing was sent and the group's configuration is unchanged"),
        )
    })?;
    let mut request = verbs::request::<PutGroupConfig>([group], &[])?;
    request.body = Some(Body::Xml(xml));
    Ok(request)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Method;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn parse(args: &[&str]) -> Result<GroupsCommand, clap::Error> {
        let cli = Cli::try_parse_from(["wazuh-ctl", "groups"].iter().chain(args))?;
        match cli.command {
            Command::Groups(command) => Ok(command),
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn configurations_and_files_print_json_by_default() {
        let get = parse(&["config", "get", "web"]).unwrap();
        assert_eq!(get.default_format(), Some(Format::Json));
        let file = parse(&["file", "web", "agent.conf"]).unwrap();
        assert_eq!(file.default_format(), Some(Format::Json));
        assert_eq!(parse(&["files", "web"]).unwrap().default_format(), None);
    }

    #[test]
    fn bulk_verbs_need_ids_and_config_set_needs_a_file() {
        assert!(parse(&["assign", "web"]).is_err());
        assert!(parse(&["unassign", "web"]).is_err());
        assert!(parse(&["delete"]).is_err());
        assert!(parse(&["config", "set", "web"]).is_err());
        assert!(parse(&["assign", "web", "-"]).is_ok());
    }

    #[test]
    fn an_assignment_batch_names_the_agents_and_the_group() {
        let batch = ["001".to_string(), "002".to_string()];
        let request = assignment::<AssignAgentsToGroup>("web", &batch, true).unwrap();
        assert_eq!(
            (request.method, request.path.as_str()),
            (Method::Put, "/agents/group")
        );
        let pairs: Vec<(&str, &str)> = request
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("agents_list", "001,002"),
                ("group_id", "web"),
                ("force_single_group", "true"),
            ]
        );
        let request = assignment::<RemoveAgentsFromGroup>("web", &batch, false).unwrap();
        assert_eq!(request.method, Method::Delete);
        assert_eq!(request.query.len(), 2);
    }

    #[test]
    fn a_configuration_is_sent_only_when_well_formed() {
        let dir = tempfile::TempDir::new().unwrap();
        let good = dir.path().join("agent.conf");
        std::fs::write(&good, "<agent_config><syscheck/></agent_config>\n").unwrap();
        let request = config_request("web", &good).unwrap();
        assert_eq!(request.path, "/groups/web/configuration");
        assert_eq!(
            request.body,
            Some(Body::Xml(
                "<agent_config><syscheck/></agent_config>\n".into()
            ))
        );
        let bad = dir.path().join("bad.conf");
        std::fs::write(&bad, "<agent_config><syscheck></agent_config>").unwrap();
        let err = config_request("web", &bad).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("not well-formed"));
        let missing = dir.path().join("missing.conf");
        assert_eq!(config_request("web", &missing).unwrap_err().exit_code(), 2);
    }
}
