//! Messages sent to agents (restart, reconnect, active responses, scan requests): which agents
//! — listed ids (arguments, or `-` and one per line on stdin; zero-padded) or every agent —
//! and the runner that sends them: one request per batch of at most 500 ids, the answers
//! merged and printed once (exit 3 with the failures on stderr), or one request without
//! `agents_list` for every agent.
//!
//! Imports `api` for the query and the `verbs` runners; confirmation is the caller's.

use super::agents::agent_ids;
use super::bulk::BATCH_SIZE;
use super::confirm::describe;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, QueryPart};
use crate::api::agents::AgentCommandQuery;
use crate::api::Endpoint;
use crate::client::Request;
use crate::output::columns;

/// The agents a message goes to.
#[derive(Debug, Clone, PartialEq)]
pub enum Targets {
    /// These ids, zero-padded.
    Listed(Vec<String>),
    /// Every agent (the request carries no `agents_list`).
    All,
}

impl Targets {
    /// The targets of a verb's ids (read from stdin for `-`) or its `--all`.
    pub fn new(ids: &[String], all: bool) -> Result<Targets, CliError> {
        if all {
            return Ok(Targets::All);
        }
        Ok(Targets::Listed(agent_ids(ids)?))
    }

    /// `all agents`, or `2 agents (001, 002)` for a confirmation question.
    pub fn describe(&self) -> String {
        match self {
            Targets::Listed(ids) => describe(ids, "agent"),
            Targets::All => "all agents".to_string(),
        }
    }
}

/// Sends `E` (with `body`, when given) to the targets and prints the merged answer.
pub async fn send<E: Endpoint<Query = AgentCommandQuery>>(
    ctx: &Ctx,
    targets: &Targets,
    body: Option<&dyn QueryPart>,
) -> Result<(), CliError> {
    match targets {
        Targets::All => verbs::act(ctx, &request::<E>(None, body)?, columns::AGENT_IDS).await,
        Targets::Listed(ids) => {
            let batch_request = |batch: &[String]| request::<E>(Some(batch), body);
            verbs::bulk(ctx, ids, BATCH_SIZE, batch_request, columns::AGENT_IDS).await
        }
    }
}

/// The request of `E` for one batch of ids (every agent for `None`), with its body.
pub fn request<E: Endpoint<Query = AgentCommandQuery>>(
    batch: Option<&[String]>,
    body: Option<&dyn QueryPart>,
) -> Result<Request, CliError> {
    let query = AgentCommandQuery {
        agents_list: batch.map(|ids| ids.join(",")),
    };
    match body {
        Some(body) => verbs::request_with_body::<E>(&[], &[&query], body),
        None => verbs::request::<E>(&[], &[&query]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_padded_ids_or_every_agent() {
        let ids = ["1".to_string(), "12".to_string()];
        let listed = Targets::new(&ids, false).unwrap();
        assert_eq!(listed, Targets::Listed(vec!["001".into(), "012".into()]));
        assert_eq!(listed.describe(), "2 agents (001, 012)");
        let all = Targets::new(&[], true).unwrap();
        assert_eq!(
            (all.clone(), all.describe().as_str()),
            (Targets::All, "all agents")
        );
    }
}
