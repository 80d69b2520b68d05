//! `wazuh-ctl manager ...`: the manager node the API runs on — its information, the states
//! of its daemons, the configuration its API runs with, and whether a newer version exists.
//!
//! Imports `api::manager` for the endpoints and the `verbs` runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::verbs;
use crate::api::manager::{
    CheckVersion, GetApiConfig, GetManagerInfo, GetManagerStatus, VersionCheckQuery,
};
use crate::output::Column;
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
    /// Show whether a newer Wazuh version is available.
    VersionCheck {
        /// Ask the update service now instead of using its last answer.
        #[arg(long)]
        force: bool,
    },
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

#[cfg(test)]
mod tests {
    use super::*;

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
