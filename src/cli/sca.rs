//! `wazuh-ctl sca AGENT [POLICY]`: the security configuration assessment of an agent — its
//! policies with their scores, or the checks of one policy with their results — with the
//! usual list flags and field filters (`--filter result=failed`).
//!
//! Imports `api::sca` for the endpoints and the `verbs` runners.

use super::agents::agent_id;
use super::complete;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use crate::api::sca::{ListScaChecks, ListScaPolicies};
use crate::output::Column;
use clap_complete::engine::ArgValueCompleter;

/// Columns of policy tables.
const POLICIES: &[Column] = &[
    Column::new("POLICY", "policy_id"),
    Column::new("SCORE %", "score"),
    Column::new("PASS", "pass"),
    Column::new("FAIL", "fail"),
    Column::new("N/A", "invalid").drop_rank(2),
    Column::new("NAME", "name").drop_rank(1),
];

/// Columns of check tables.
const CHECKS: &[Column] = &[
    Column::new("ID", "id"),
    Column::new("RESULT", "result"),
    Column::new("TITLE", "title"),
];

/// `sca AGENT [POLICY]`.
#[derive(Debug, clap::Args)]
pub struct ScaArgs {
    /// The agent, e.g. 001.
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
    /// A policy id (e.g. cis_ubuntu22-04): show its checks instead of the policies.
    #[arg(value_name = "POLICY")]
    policy: Option<String>,
    /// Only items whose FIELD equals VALUE (repeatable): for policies name, description,
    /// references; for checks result, title, condition, command, file, reason, ...
    #[arg(long = "filter", short = 'f', value_name = "FIELD=VALUE")]
    filters: Vec<String>,
    /// The list flags.
    #[command(flatten)]
    list: ListArgs,
}

impl ScaArgs {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let agent = agent_id(&self.agent);
        match &self.policy {
            None => {
                let filters = verbs::field_filters::<ListScaPolicies>(&self.filters)?;
                let path = [agent.as_str()];
                verbs::list::<ListScaPolicies>(ctx, path, &self.list, &filters, POLICIES).await
            }
            Some(policy) => {
                let filters = verbs::field_filters::<ListScaChecks>(&self.filters)?;
                let path = [agent.as_str(), policy.as_str()];
                verbs::list::<ListScaChecks>(ctx, path, &self.list, &filters, CHECKS).await
            }
        }
    }
}
