//! `wazuh-ctl agents upgrade` and `agents upgrade-result`: create upgrade tasks (from a WPK
//! repository, or with `--custom` a WPK file on the manager) and show each agent's last one.
//! Upgrades are destructive: they ask first (`--yes` without a terminal), go in batches of
//! 100 agents (the chunk Wazuh's upgrade module takes) and merge the answers; failures exit 3.
//!
//! Imports `api::agents::upgrade` for the endpoints and the `verbs` runners.

use super::agent_ids;
use crate::api::agents::upgrade::{
    GetUpgradeResult, UpgradeAgents, UpgradeAgentsCustom, UpgradeCustomQuery, UpgradeFilters,
    UpgradeQuery,
};
use crate::cli::complete;
use crate::cli::confirm::{confirm, describe};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliError;
use crate::cli::verbs;
use crate::client::Request;
use crate::output::columns;
use clap_complete::engine::ArgValueCompleter;

/// How many agents one upgrade request carries.
pub const UPGRADE_BATCH_SIZE: usize = 100;

/// The `agents_list` value naming every agent.
const EVERY_AGENT: &str = "all";

/// `agents upgrade` arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct UpgradeArgs {
    /// Agent ids, or `-` to read them from stdin (one per line).
    #[arg(value_name = "ID", required_unless_present = "all", add = ArgValueCompleter::new(complete::agent_ids))]
    pub ids: Vec<String>,
    /// Upgrade every agent (the manager's upgrade checks still apply).
    #[arg(long, conflicts_with = "ids")]
    pub all: bool,
    /// Version to upgrade to, e.g. 4.12.0 (default: the manager's).
    #[arg(long = "version", value_name = "VERSION", conflicts_with = "custom")]
    pub version: Option<String>,
    /// WPK repository URL.
    #[arg(long, value_name = "URL", conflicts_with = "custom")]
    pub wpk_repo: Option<String>,
    /// Download the WPK over HTTP instead of HTTPS.
    #[arg(long, conflicts_with = "custom")]
    pub use_http: bool,
    /// Upgrade even to the same or an older version, or beyond the manager's.
    #[arg(long, conflicts_with = "custom")]
    pub force: bool,
    /// Package type of the WPK.
    #[arg(long, value_name = "TYPE", value_parser = ["rpm", "deb"], conflicts_with = "custom")]
    pub package_type: Option<String>,
    /// Upgrade with this WPK file on the manager instead of a repository.
    #[arg(long, value_name = "FILE")]
    pub custom: Option<String>,
    /// The installation script inside the custom WPK.
    #[arg(long, value_name = "SCRIPT", requires = "custom")]
    pub installer: Option<String>,
}

/// `agents upgrade-result` arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct UpgradeResultArgs {
    /// Agent ids (default: every agent), or `-` to read them from stdin.
    #[arg(value_name = "ID", add = ArgValueCompleter::new(complete::agent_ids))]
    pub ids: Vec<String>,
}

/// `agents upgrade`: confirms, then creates the upgrade tasks in batches.
pub async fn upgrade(ctx: &Ctx, args: &UpgradeArgs) -> Result<(), CliError> {
    let ids = if args.all {
        vec![EVERY_AGENT.to_string()]
    } else {
        agent_ids(&args.ids)?
    };
    let how = match &args.custom {
        Some(file) => format!(" with {file}"),
        None => args
            .version
            .as_ref()
            .map_or(String::new(), |version| format!(" to {version}")),
    };
    confirm(ctx, &format!("Upgrade {}{how}?", describe(&ids, "agent")))?;
    let batch_request = |batch: &[String]| upgrade_request(args, batch);
    verbs::bulk(
        ctx,
        &ids,
        UPGRADE_BATCH_SIZE,
        batch_request,
        columns::UPGRADE_TASKS,
    )
    .await
}

/// `agents upgrade-result`: each agent's last upgrade task.
pub async fn result(ctx: &Ctx, args: &UpgradeResultArgs) -> Result<(), CliError> {
    let ids = if args.ids.is_empty() {
        Vec::new()
    } else {
        agent_ids(&args.ids)?
    };
    let filters = agents_filter(&ids);
    verbs::get::<GetUpgradeResult>(ctx, [], &[&filters], columns::UPGRADE_RESULTS).await
}

/// The upgrade request (repository or custom) of one batch of ids.
fn upgrade_request(args: &UpgradeArgs, batch: &[String]) -> Result<Request, CliError> {
    let filters = agents_filter(batch);
    match &args.custom {
        Some(file) => {
            let query = UpgradeCustomQuery {
                filters,
                file_path: Some(file.clone()),
                installer: args.installer.clone(),
            };
            verbs::request::<UpgradeAgentsCustom>([], &[&query])
        }
        None => {
            let query = UpgradeQuery {
                filters,
                wpk_repo: args.wpk_repo.clone(),
                upgrade_version: args.version.clone(),
                use_http: args.use_http.then_some(true),
                force: args.force.then_some(true),
                package_type: args.package_type.clone(),
            };
            verbs::request::<UpgradeAgents>([], &[&query])
        }
    }
}

/// The filter naming these agents (none when the list is empty).
fn agents_filter(ids: &[String]) -> UpgradeFilters {
    UpgradeFilters {
        agents_list: (!ids.is_empty()).then(|| ids.join(",")),
        ..UpgradeFilters::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::agents::AgentsCommand;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn parse(args: &[&str]) -> Result<UpgradeArgs, clap::Error> {
        let cli = Cli::try_parse_from(["wazuh-ctl", "agents", "upgrade"].iter().chain(args))?;
        match cli.command {
            Command::Agents(AgentsCommand::Upgrade(args)) => Ok(args),
            other => panic!("parsed as {other:?}"),
        }
    }

    fn query_of(request: &Request) -> Vec<(&str, &str)> {
        request
            .query
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect()
    }

    #[test]
    fn repository_upgrades_send_their_options() {
        let args = parse(&[
            "1",
            "--version",
            "4.13.0",
            "--force",
            "--use-http",
            "--package-type",
            "deb",
            "--wpk-repo",
            "repo.example/wpk/",
        ])
        .unwrap();
        let request = upgrade_request(&args, &["001".into(), "002".into()]).unwrap();
        assert_eq!(request.path, "/agents/upgrade");
        assert_eq!(
            query_of(&request),
            [
                ("agents_list", "001,002"),
                ("wpk_repo", "repo.example/wpk/"),
                ("upgrade_version", "4.13.0"),
                ("use_http", "true"),
                ("force", "true"),
                ("package_type", "deb"),
            ]
        );
    }

    #[test]
    fn custom_upgrades_send_the_file_and_refuse_repository_options() {
        let args = parse(&["3", "--custom", "/tmp/a.wpk", "--installer", "up.sh"]).unwrap();
        let request = upgrade_request(&args, &["003".into()]).unwrap();
        assert_eq!(request.path, "/agents/upgrade_custom");
        assert_eq!(
            query_of(&request),
            [
                ("agents_list", "003"),
                ("file_path", "/tmp/a.wpk"),
                ("installer", "up.sh"),
            ]
        );
        assert!(parse(&["3", "--custom", "a.wpk", "--force"]).is_err());
        assert!(parse(&["3", "--installer", "up.sh"]).is_err());
        assert!(parse(&["3", "--package-type", "msi"]).is_err());
    }

    #[test]
    fn results_name_the_given_agents_or_none() {
        assert_eq!(agents_filter(&[]).agents_list, None);
        let ids = ["001".to_string(), "003".to_string()];
        assert_eq!(agents_filter(&ids).agents_list.as_deref(), Some("001,003"));
        let cli = Cli::try_parse_from(["wazuh-ctl", "agents", "upgrade-result"]).unwrap();
        assert!(matches!(
            cli.command,
            Command::Agents(AgentsCommand::UpgradeResult(UpgradeResultArgs { ids })) if ids.is_empty()
        ));
    }

    #[test]
    fn ids_or_all_but_not_both() {
        assert!(parse(&[]).is_err());
        assert!(parse(&["1", "--all"]).is_err());
        assert!(parse(&["--all"]).unwrap().all);
    }
}
