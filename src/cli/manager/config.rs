//! `manager config ...`: a node's `ossec.conf` (read, checked, replaced after a diff and a
//! confirmation) and the active configuration of its daemons.

use super::{fields, node_request, one_node, VALIDATION};
use crate::api::agents::runtime::{CONFIG_COMPONENTS, CONFIG_SECTIONS};
use crate::api::cluster::{
    GetNodeActiveConfig, GetNodeConfiguration, PutNodeConfiguration, ValidateClusterConfiguration,
};
use crate::api::manager::{
    ConfigurationQuery, GetActiveConfig, GetConfiguration, PutConfiguration, ValidateConfiguration,
    SECTIONS,
};
use crate::cli::cluster::nodes_list;
use crate::cli::confirm::{confirm, will_ask};
use crate::cli::ctx::Ctx;
use crate::cli::diff;
use crate::cli::error::CliError;
use crate::cli::input;
use crate::cli::verbs;
use crate::client::Body;
use crate::output::Terminal;
use crate::server::node::ossec_conf;
use clap::builder::PossibleValuesParser;
use std::path::{Path, PathBuf};

/// Verbs on the manager's configuration.
#[derive(Debug, clap::Subcommand)]
pub enum ConfigCommand {
    /// Show the configuration as the API reads it (a FIELD/VALUE table, or JSON), all of it
    /// or one section (and one of its options); --raw prints the file itself.
    Get {
        /// Only this section, e.g. global, remote, syscheck.
        #[arg(long, value_name = "SECTION", value_parser = PossibleValuesParser::new(SECTIONS))]
        section: Option<String>,
        /// Only this option of the section, e.g. white_list.
        #[arg(long, value_name = "OPTION", requires = "section")]
        field: Option<String>,
        /// Print the file (XML) as it is.
        #[arg(long, conflicts_with_all = ["section", "field"])]
        raw: bool,
    },
    /// Check that the configuration is valid: each node's status, or what is wrong with it
    /// (on stderr, exit status 3).
    Validate,
    /// Show one section of the configuration a daemon of the manager runs with (its active
    /// configuration), e.g. `analysis global`, `com cluster`, `wazuh-db wdb`.
    Component {
        /// The daemon (component).
        #[arg(value_name = "COMPONENT", value_parser = PossibleValuesParser::new(CONFIG_COMPONENTS))]
        component: String,
        /// The section of its configuration.
        #[arg(value_name = "CONFIGURATION", value_parser = PossibleValuesParser::new(CONFIG_SECTIONS))]
        configuration: String,
    },
    /// Replace the configuration with FILE (`-`: stdin), checked here (a valid ossec.conf,
    /// with the server's own check) and by the server (protected sections unchanged too)
    /// before it replaces anything. On a terminal it shows the diff against the server's file and asks first;
    /// `--yes` without one; `--dry-run` shows the diff and sends nothing. Takes effect at the
    /// next `manager restart`.
    Set {
        /// The new ossec.conf, or `-` for stdin.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

impl ConfigCommand {
    /// Runs the verb on the nodes named (the node answering the API when none).
    pub(super) async fn run_at(&self, ctx: &Ctx, nodes: &[String]) -> Result<(), CliError> {
        match self {
            ConfigCommand::Get {
                section,
                field,
                raw,
            } => {
                let query = ConfigurationQuery {
                    raw: raw.then_some(true),
                    section: section.clone(),
                    field: field.clone(),
                    distinct: None,
                };
                let node = one_node(nodes, "manager config get")?;
                at_node!(
                    node,
                    GetConfiguration,
                    GetNodeConfiguration,
                    get_rows(ctx, &[&query], &[], fields)
                )
            }
            ConfigCommand::Validate if nodes.is_empty() => {
                verbs::get::<ValidateConfiguration>(ctx, [], &[], VALIDATION).await
            }
            ConfigCommand::Validate => {
                let query = nodes_list(nodes);
                verbs::get::<ValidateClusterConfiguration>(ctx, [], &[&query], VALIDATION).await
            }
            ConfigCommand::Component {
                component,
                configuration,
            } => {
                let node = one_node(nodes, "manager config component")?;
                let (component, configuration) = (component.as_str(), configuration.as_str());
                match node {
                    None => {
                        let path = [component, configuration];
                        verbs::get_rows::<GetActiveConfig>(ctx, path, &[], &[], fields).await
                    }
                    Some(node) => {
                        let path = [node, component, configuration];
                        verbs::get_rows::<GetNodeActiveConfig>(ctx, path, &[], &[], fields).await
                    }
                }
            }
            ConfigCommand::Set { file } => {
                set_configuration(ctx, one_node(nodes, "manager config set")?, file).await
            }
        }
    }
}

/// `manager config set FILE`: checks the file, shows what changes (on a terminal, or with
/// `--dry-run`), asks, then uploads it to the node (the node answering the API when none).
async fn set_configuration(ctx: &Ctx, node: Option<&str>, file: &Path) -> Result<(), CliError> {
    let text = input::read_text(file)?;
    input::check_xml(&text).map_err(|err| {
        CliError::usage(
            format!("{} is not well-formed XML: {err}", file.display()),
            Some("nothing was sent; fix the file and try again"),
        )
    })?;
    // The server's own check, here first: a configuration it would refuse is never sent.
    ossec_conf::validate(&text).map_err(|err| {
        CliError::usage(
            format!(
                "{} is not a valid ossec.conf: {}",
                file.display(),
                err.body.detail
            ),
            Some("nothing was sent; fix the file and try again"),
        )
    })?;
    if will_ask(ctx) || ctx.global.dry_run {
        let current = current_configuration(ctx, node).await?;
        let color = Terminal::of_stdout(ctx.global.no_color).is_some_and(|t| t.color);
        match diff::unified("ossec.conf", &current, &text, color) {
            Some(diff) => print!("{diff}"),
            None => {
                ctx.note("the server's ossec.conf is already this file: nothing to change");
                return Ok(());
            }
        }
    }
    let whose = node.map_or("the manager's".to_string(), |node| format!("{node}'s"));
    confirm(ctx, &format!("Replace {whose} ossec.conf with this file?"))?;
    let mut request = node_request::<PutConfiguration, PutNodeConfiguration>(node, &[])?;
    request.body = Some(Body::Octet(text));
    verbs::act(ctx, &request, &[]).await
}

/// The node's ossec.conf as it is (sent even under `--dry-run`: it only reads).
async fn current_configuration(ctx: &Ctx, node: Option<&str>) -> Result<String, CliError> {
    let query = ConfigurationQuery {
        raw: Some(true),
        ..ConfigurationQuery::default()
    };
    let request = node_request::<GetConfiguration, GetNodeConfiguration>(node, &[&query])?;
    Ok(ctx.client()?.send_text(&request).await?)
}
