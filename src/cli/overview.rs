//! `wazuh-ctl overview`: the dashboard summary of the fleet.
//!
//! Imports `api::overview` and the `verbs` runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::verbs;
use crate::api::overview::OverviewAgents;
use crate::api::NoQuery;

/// Prints `GET /overview/agents`.
pub async fn run(ctx: &Ctx) -> Result<(), CliError> {
    verbs::get::<OverviewAgents>(ctx, [], &[&NoQuery {}], &[]).await
}
