//! Dynamic shell completion (clap_complete's `CompleteEnv`): context names from the config, and
//! agent ids, group names and cluster node names from the server when it is reachable with the saved context or the
//! environment, reused for a short while from the completion cache (`completion_cache`) so a
//! warm TAB makes no request. Any failure means no candidates; nothing is ever printed but
//! candidates.
//!
//! Imports `client` (through `Ctx`) and `api`; only shell completion calls it.

use super::completion_cache::{self, CacheKey};
use super::ctx::Ctx;
use super::verbs;
use super::GlobalArgs;
use crate::api::agents::ListAgents;
use crate::api::cluster::{ListNodes, NodeFilters};
use crate::api::groups::{GroupFilters, ListGroups};
use crate::api::params::ListParams;
use crate::api::Endpoint;
use crate::output::Format;
use clap::{Args, FromArgMatches};
use clap_complete::engine::CompletionCandidate;
use serde_json::Value;
use std::ffi::OsStr;
use std::time::{Duration, SystemTime};

/// How long a completion may wait for the server.
const COMPLETION_TIMEOUT: Duration = Duration::from_secs(3);

/// How many agents or groups a completion asks for.
const COMPLETION_LIMIT: u64 = 1000;

/// Context names of the config file.
pub fn contexts(current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(ctx) = completion_ctx() else {
        return Vec::new();
    };
    let names = ctx.config.contexts.keys().map(|name| (name.clone(), None));
    candidates(current, names)
}

/// Agent ids, with the agent's name as help.
pub fn agent_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let items = fetch::<ListAgents>(
        "agent-ids",
        "id,name",
        &crate::api::agents::AgentFilters::default(),
    );
    let pairs = items.iter().filter_map(|agent| {
        let id = agent["id"].as_str()?.to_string();
        Some((id, agent["name"].as_str().map(str::to_string)))
    });
    candidates(current, pairs)
}

/// Group names, with the agent count as help.
pub fn group_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let items = fetch::<ListGroups>("group-names", "name,count", &GroupFilters::default());
    let pairs = items.iter().filter_map(|group| {
        let name = group["name"].as_str()?.to_string();
        let count = group["count"]
            .as_u64()
            .map(|count| format!("{count} agents"));
        Some((name, count))
    });
    candidates(current, pairs)
}

/// Cluster node names, with the node's type as help.
pub fn node_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let items = fetch::<ListNodes>("node-names", "name,type", &NodeFilters::default());
    let pairs = items.iter().filter_map(|node| {
        let name = node["name"].as_str()?.to_string();
        Some((name, node["type"].as_str().map(str::to_string)))
    });
    candidates(current, pairs)
}

/// The candidates starting with what was typed so far.
fn candidates(
    current: &OsStr,
    values: impl Iterator<Item = (String, Option<String>)>,
) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    values
        .filter(|(value, _)| value.starts_with(typed.as_ref()))
        .map(|(value, help)| CompletionCandidate::new(value).help(help.map(Into::into)))
        .collect()
}

/// The items of one list request (`kind` names it in the cache): from the completion cache
/// while it is fresh, else from the server (then cached); nothing when neither has them.
fn fetch<E: Endpoint>(kind: &str, select: &str, filters: &E::Query) -> Vec<Value> {
    let Some(ctx) = completion_ctx() else {
        return Vec::new();
    };
    let Ok((target, _)) = ctx.target() else {
        return Vec::new();
    };
    let key = CacheKey {
        context: target.context,
        url: target.url,
        user: target.user,
        kind: kind.to_string(),
    };
    let dir = completion_cache::cache_dir();
    let now = SystemTime::now();
    if let Some(items) = dir
        .as_deref()
        .and_then(|dir| completion_cache::read(dir, &key, now))
    {
        return items;
    }
    let Some(items) = fetch_from_server::<E>(&ctx, select, filters) else {
        return Vec::new();
    };
    if let Some(dir) = dir {
        // A cache that cannot be written only costs the next TAB a request.
        let _ = completion_cache::write(&dir, &key, items.clone(), now);
    }
    items
}

/// The items of one list request to the server, or `None` when it cannot be asked.
fn fetch_from_server<E: Endpoint>(
    ctx: &Ctx,
    select: &str,
    filters: &E::Query,
) -> Option<Vec<Value>> {
    let params = ListParams {
        select: Some(select.to_string()),
        limit: Some(COMPLETION_LIMIT),
        ..ListParams::default()
    };
    let request = verbs::request::<E>([], &[&params, filters]).ok()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let answer = runtime.block_on(async {
        let client = ctx.client().ok()?;
        client.send(&request).await.ok()
    })?;
    answer.body["data"]["affected_items"].as_array().cloned()
}

/// A quiet context built from the environment and the config alone (the command line being
/// completed is not parsed).
fn completion_ctx() -> Option<Ctx> {
    let command = GlobalArgs::augment_args(clap::Command::new("wazuh-ctl"));
    let matches = command.try_get_matches_from(["wazuh-ctl"]).ok()?;
    let mut global = GlobalArgs::from_arg_matches(&matches).ok()?;
    global.quiet = true;
    global.verbose = false;
    global.timeout = Some(COMPLETION_TIMEOUT.as_secs());
    Ctx::new(global, Some(Format::Json)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_keep_only_matching_values_with_their_help() {
        let values = [
            ("001".to_string(), Some("web-01".to_string())),
            ("002".to_string(), None),
            ("100".to_string(), None),
        ];
        let found = candidates(OsStr::new("00"), values.into_iter());
        let names: Vec<_> = found.iter().map(|c| c.get_value().to_owned()).collect();
        assert_eq!(names, ["001", "002"]);
        assert_eq!(
            found[0].get_help().map(|h| h.to_string()).as_deref(),
            Some("web-01")
        );
    }
}
