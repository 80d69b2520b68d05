//! `wazuh-ctl manager ...`: the manager node the API runs on — its information, the states
//! of its daemons, its configuration (`ossec.conf`), the configuration its API runs with,
//! and whether a newer version exists.
//!
//! Imports `api::manager` for the endpoints and the `verbs` runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::verbs;
use crate::api::manager::{
    CheckVersion, ConfigurationQuery, GetApiConfig, GetConfiguration, GetManagerInfo,
    GetManagerStatus, ValidateConfiguration, VersionCheckQuery, SECTIONS,
};
use crate::output::Column;
use clap::builder::PossibleValuesParser;
use serde_json::{json, Value};

/// Columns of the manager's information.
const INFO: &[Column] = &[
    Column::new("VERSION", "version"),
    Column::new("TYPE", "type"),
    Column::new("PATH", "path").drop_rank(2),
    Column::new("MAX AGENTS", "max_agents").drop_rank(1),
    Column::new("TIME ZONE", "tz_name").drop_rank(1),
];

/// Columns of the daemon states, one row per daemon.
const DAEMONS: &[Column] = &[
    Column::new("DAEMON", "daemon"),
    Column::new("STATUS", "status"),
];

/// Columns of the API configuration of each node.
const API_CONFIG: &[Column] = &[
    Column::new("NODE", "node_name"),
    Column::new("MAX UPLOAD", "node_api_config.max_upload_size"),
    Column::new("MAX CONNECTIONS", "node_api_config.max_connections").drop_rank(1),
    Column::new(
        "LOGIN ATTEMPTS",
        "node_api_config.access.max_login_attempts",
    )
    .drop_rank(2),
    Column::new("BLOCK TIME", "node_api_config.access.block_time").drop_rank(2),
    Column::new(
        "REQUESTS/MIN",
        "node_api_config.access.max_request_per_minute",
    ),
];

/// Columns of a configuration check, one row per node.
const VALIDATION: &[Column] = &[Column::new("NODE", "name"), Column::new("STATUS", "status")];

/// Manager verbs.
#[derive(Debug, clap::Subcommand)]
pub enum ManagerCommand {
    /// Show the manager's version, type, installation path and time zone.
    Info,
    /// Show whether each of the manager's daemons is running.
    Status,
    /// Show the configuration the manager's API runs with (upload size, request and login
    /// limits).
    ApiConfig,
    /// Read and check the manager's configuration (ossec.conf).
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Show whether a newer Wazuh version is available.
    VersionCheck {
        /// Ask the update service now instead of using its last answer.
        #[arg(long)]
        force: bool,
    },
}

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
}

impl ConfigCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
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
                verbs::get_rows::<GetConfiguration>(ctx, [], &[&query], &[], configuration_fields)
                    .await
            }
            ConfigCommand::Validate => {
                verbs::get::<ValidateConfiguration>(ctx, [], &[], VALIDATION).await
            }
        }
    }
}

impl ManagerCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            ManagerCommand::Info => verbs::get::<GetManagerInfo>(ctx, [], &[], INFO).await,
            ManagerCommand::ApiConfig => verbs::get::<GetApiConfig>(ctx, [], &[], API_CONFIG).await,
            ManagerCommand::VersionCheck { force } => {
                let query = VersionCheckQuery {
                    force_query: force.then_some(true),
                };
                verbs::get::<CheckVersion>(ctx, [], &[&query], &[]).await
            }
            ManagerCommand::Config(command) => command.run(ctx).await,
            ManagerCommand::Status => {
                verbs::get_rows::<GetManagerStatus>(ctx, [], &[], DAEMONS, daemon_rows).await
            }
        }
    }
}

/// A daemon-states answer (one item: daemon name → state) as one row per daemon.
fn daemon_rows(answer: &Value) -> Value {
    let states = answer
        .pointer("/data/affected_items/0")
        .and_then(Value::as_object);
    let rows: Vec<Value> = states
        .into_iter()
        .flatten()
        .map(|(daemon, status)| json!({"daemon": daemon, "status": status}))
        .collect();
    json!({"data": {"affected_items": rows, "failed_items": answer["data"]["failed_items"]}})
}

/// A configuration answer as its one item, which a table shows as FIELD/VALUE rows (each
/// occurrence of a listed section numbered: `remote.1.port`); an answer without an item (a
/// failed one, or the file itself) as it is.
fn configuration_fields(answer: &Value) -> Value {
    match answer.pointer("/data/affected_items/0") {
        Some(config) => json!({ "data": numbered(config) }),
        None => answer.clone(),
    }
}

/// A value with its lists of objects as objects keyed by position, so that every leaf has a
/// path of its own.
fn numbered(value: &Value) -> Value {
    match value {
        Value::Object(members) => {
            let members = members
                .iter()
                .map(|(name, member)| (name.clone(), numbered(member)));
            Value::Object(members.collect())
        }
        Value::Array(elements) if elements.iter().any(Value::is_object) => {
            let elements = elements.iter().enumerate();
            Value::Object(
                elements
                    .map(|(at, element)| (at.to_string(), numbered(element)))
                    .collect(),
            )
        }
        scalar_or_list => scalar_or_list.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_sections_are_numbered_for_the_field_table() {
        let answer = json!({"data": {"affected_items": [{
            "remote": [{"port": "1514"}, {"port": "514", "protocol": ["udp", "tcp"]}],
            "global": {"white_list": ["a", "b"]}
        }]}});
        assert_eq!(
            configuration_fields(&answer),
            json!({"data": {
                "remote": {"0": {"port": "1514"}, "1": {"port": "514", "protocol": ["udp", "tcp"]}},
                "global": {"white_list": ["a", "b"]}
            }})
        );
        let failed = json!({"data": {"affected_items": [], "failed_items": [{"id": ["n"]}]}});
        assert_eq!(configuration_fields(&failed), failed);
    }

    #[test]
    fn daemon_states_become_one_row_per_daemon() {
        let answer = json!({"data": {
            "affected_items": [{"wazuh-db": "running", "wazuh-maild": "stopped"}],
            "failed_items": []
        }});
        assert_eq!(
            daemon_rows(&answer)["data"]["affected_items"],
            json!([
                {"daemon": "wazuh-db", "status": "running"},
                {"daemon": "wazuh-maild", "status": "stopped"}
            ])
        );
    }
}
