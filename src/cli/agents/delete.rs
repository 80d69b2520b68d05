//! `agents delete`: which filters go with the ids, the question that names how many agents go
//! and under which filters, and the batched `DELETE /agents` requests.
//!
//! Listed ids mean "these agents": they are sent with `status=all` and `older_than=0s`, since
//! the API's own defaults would spare recent or active ones. `all` is a filter-based delete: it
//! needs `--status`, and without `--older-than` the API applies its implicit 7 days, which the
//! question says. Imports the CLI's runners and the `api` contract.

use crate::api::agents::{AgentFilters, DeleteAgents, DeleteAgentsQuery, ListAgents};
use crate::api::params::ListParams;
use crate::cli::bulk::BATCH_SIZE;
use crate::cli::confirm::{self, describe};
use crate::cli::ctx::Ctx;
use crate::cli::error::CliError;
use crate::cli::verbs;
use crate::client::Request;
use crate::output::columns;

/// The `older_than` the API applies to a delete that does not give one.
const API_DEFAULT_OLDER_THAN: &str = "7d";

/// What one `agents delete` sends besides the ids.
#[derive(Debug, PartialEq)]
pub struct DeleteFilters {
    /// The `status` parameter (comma-separated).
    pub status: String,
    /// The `older_than` parameter, when one is sent.
    pub older_than: Option<String>,
    /// True when the ids are listed and no filter was given: the agents go whatever their
    /// status and age.
    pub whatever_state: bool,
}

impl DeleteFilters {
    /// The filters of a delete of `ids` (`["all"]` or listed ids) with the flags given.
    pub fn new(
        ids: &[String],
        status: &[String],
        older_than: Option<&str>,
    ) -> Result<DeleteFilters, CliError> {
        let all = is_all(ids);
        if all && status.is_empty() {
            return Err(CliError::usage(
                "deleting `all` agents needs --status (the API requires a status filter)",
                Some(
                    "e.g. `wazuh-ctl agents delete all --status never_connected,disconnected \
                     --older-than 30d`, or list the ids to delete",
                ),
            ));
        }
        let status = match status.is_empty() {
            true => "all".to_string(),
            false => status.join(","),
        };
        let whatever_state = !all && status == "all" && older_than.is_none_or(|t| t == "0s");
        let older_than = older_than.or((!all).then_some("0s")).map(str::to_string);
        Ok(DeleteFilters {
            status,
            older_than,
            whatever_state,
        })
    }

    /// The filters in words, with the API's implicit 7 days when they apply.
    pub fn describe(&self) -> String {
        if self.whatever_state {
            return "whatever their status and age (status=all, older_than=0s)".to_string();
        }
        let age = match self.older_than.as_deref() {
            Some("0s") => String::new(),
            Some(timeframe) => format!(", last seen more than {timeframe} ago"),
            None => format!(
                ", last seen more than {API_DEFAULT_OLDER_THAN} ago (the API's default \
                 --older-than)"
            ),
        };
        format!("with status {}{age}", self.status)
    }
}

/// True for the single id `all`.
fn is_all(ids: &[String]) -> bool {
    matches!(ids, [only] if only == "all")
}

/// `agents delete`: confirms (naming how many agents and the filters), then deletes in batches.
pub async fn run(
    ctx: &Ctx,
    ids: &[String],
    filters: &DeleteFilters,
    purge: bool,
) -> Result<(), CliError> {
    if ctx.global.dry_run && filters.whatever_state {
        ctx.note("note: listed ids are deleted whatever their status and age: sending status=all and older_than=0s");
    }
    // Counting what `all` matches costs a request: only when someone will read the answer.
    let agents = match is_all(ids) && confirm::will_ask(ctx) {
        true => format!("{} agents", count_matching(ctx, filters).await?),
        false => describe(ids, "agent"),
    };
    let keys = if purge { " and purge their keys" } else { "" };
    confirm::confirm(
        ctx,
        &format!("Delete {agents} {}{keys}?", filters.describe()),
    )?;
    let batch_request = |batch: &[String]| delete_request(batch, filters, purge);
    verbs::bulk(ctx, ids, BATCH_SIZE, batch_request, columns::AGENT_IDS).await
}

/// How many agents a filter-based delete would remove (a one-item list with its filters).
async fn count_matching(ctx: &Ctx, filters: &DeleteFilters) -> Result<u64, CliError> {
    let query = AgentFilters {
        status: Some(filters.status.clone()).filter(|status| status != "all"),
        older_than: Some(
            filters
                .older_than
                .clone()
                .unwrap_or_else(|| API_DEFAULT_OLDER_THAN.to_string()),
        ),
        ..AgentFilters::default()
    };
    let params = ListParams {
        limit: Some(1),
        ..ListParams::default()
    };
    let request = verbs::request::<ListAgents>([], &[&params, &query])?;
    let answer = ctx.client()?.send(&request).await?;
    Ok(answer.body["data"]["total_affected_items"]
        .as_u64()
        .unwrap_or(0))
}

/// The `DELETE /agents` request of one batch of ids.
fn delete_request(
    batch: &[String],
    filters: &DeleteFilters,
    purge: bool,
) -> Result<Request, CliError> {
    let query = DeleteAgentsQuery {
        agents_list: Some(batch.join(",")),
        status: Some(filters.status.clone()),
        older_than: filters.older_than.clone(),
        purge: purge.then_some(true),
        ..DeleteAgentsQuery::default()
    };
    verbs::request::<DeleteAgents>([], &[&query])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|value| value.to_string()).collect()
    }

    fn pairs(request: &Request) -> Vec<(&str, &str)> {
        request
            .query
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_str()))
            .collect()
    }

    #[test]
    fn listed_ids_go_whatever_their_status_and_age() {
        let filters = DeleteFilters::new(&strings(&["001", "002"]), &[], None).unwrap();
        assert_eq!(filters.status, "all");
        assert_eq!(filters.older_than.as_deref(), Some("0s"));
        assert!(filters.whatever_state);
        assert_eq!(
            filters.describe(),
            "whatever their status and age (status=all, older_than=0s)"
        );
        let request = delete_request(&strings(&["001", "002"]), &filters, true).unwrap();
        assert_eq!(request.path, "/agents");
        assert_eq!(
            pairs(&request),
            [
                ("agents_list", "001,002"),
                ("purge", "true"),
                ("status", "all"),
                ("older_than", "0s"),
            ]
        );
    }

    #[test]
    fn listed_ids_keep_the_filters_given() {
        let ids = strings(&["013"]);
        let filters = DeleteFilters::new(&ids, &strings(&["active"]), Some("1d")).unwrap();
        assert!(!filters.whatever_state);
        assert_eq!(filters.older_than.as_deref(), Some("1d"));
        assert_eq!(
            filters.describe(),
            "with status active, last seen more than 1d ago"
        );
        let filters = DeleteFilters::new(&ids, &strings(&["disconnected"]), None).unwrap();
        assert_eq!(filters.describe(), "with status disconnected");
    }

    #[test]
    fn all_needs_a_status_and_says_the_api_default_age() {
        let all = strings(&["all"]);
        assert_eq!(
            DeleteFilters::new(&all, &[], None).unwrap_err().exit_code(),
            2
        );
        let filters = DeleteFilters::new(&all, &strings(&["never_connected"]), None).unwrap();
        assert_eq!(filters.older_than, None);
        assert_eq!(
            filters.describe(),
            "with status never_connected, last seen more than 7d ago (the API's default --older-than)"
        );
        let filters = DeleteFilters::new(&all, &strings(&["all"]), Some("30d")).unwrap();
        assert!(!filters.whatever_state);
        assert_eq!(filters.older_than.as_deref(), Some("30d"));
    }
}
