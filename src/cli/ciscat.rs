//! `wazuh-ctl ciscat AGENT`: the results of an agent's CIS-CAT assessments, with the usual
//! list flags and field filters (`--filter score=55`); `ciscat fleet` those of every agent
//! (or of `--agents`), through the experimental endpoint.
//!
//! Imports `api::ciscat`, `api::experimental` for the endpoints and the `syscollector`
//! runner of inventory lists.

use super::complete;
use super::ctx::Ctx;
use super::error::CliError;
use super::syscollector::{target, InventoryList};
use crate::api::ciscat::ListCiscatResults;
use crate::api::experimental::FleetCiscatResults;
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
    /// The agent, e.g. 001, or `fleet` for every agent (Wazuh's experimental endpoint,
    /// enabled by `experimental_features` in the API configuration).
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
    /// The filters (benchmark, profile, pass, fail, error, notchecked, unknown, score),
    /// `--agents` with `fleet`, and the list flags.
    #[command(flatten)]
    list: InventoryList,
}

impl CiscatArgs {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let agent = target(&self.agent);
        let list = &self.list;
        list.run::<ListCiscatResults, FleetCiscatResults>(ctx, &agent, RESULTS)
            .await
    }
}
