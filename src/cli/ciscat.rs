//! `wazuh-ctl ciscat AGENT`: the results of an agent's CIS-CAT assessments, with the usual
//! list flags and field filters (`--filter score=55`).
//!
//! Imports `api::ciscat` for the endpoint and the `verbs` runners.

use super::agents::agent_id;
use super::complete;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use crate::api::ciscat::ListCiscatResults;
use crate::output::Column;
use clap_complete::engine::ArgValueCompleter;

/// Columns of result tables.
const RESULTS: &[Column] = &[
    Column::new("BENCHMARK", "benchmark"),
    Column::new("SCORE %", "score"),
    Column::new("PASS", "pass"),
    Column::new("FAIL", "fail"),
    Column::new("NOT CHECKED", "notchecked").drop_rank(1),
    Column::new("PROFILE", "profile").drop_rank(2),
];

/// `ciscat AGENT`.
#[derive(Debug, clap::Args)]
pub struct CiscatArgs {
    /// The agent, e.g. 001.
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
    /// Only results whose FIELD equals VALUE (repeatable): benchmark, profile, pass, fail,
    /// error, notchecked, unknown, score.
    #[arg(long = "filter", short = 'f', value_name = "FIELD=VALUE")]
    filters: Vec<String>,
    /// The list flags.
    #[command(flatten)]
    list: ListArgs,
}

impl CiscatArgs {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let filters = verbs::field_filters::<ListCiscatResults>(&self.filters)?;
        let agent = agent_id(&self.agent);
        verbs::list::<ListCiscatResults>(ctx, [agent.as_str()], &self.list, &filters, RESULTS).await
    }
}
