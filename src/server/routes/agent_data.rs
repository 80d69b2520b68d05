//! Reads of what one agent reports (its inventory, its SCA results), shared by the handlers
//! of those tags: the agent checked against the caller's `agent:id` scope (4000), an unknown
//! agent answered as a failed item (1701) as Wazuh does, the items narrowed by the
//! operation's field filters and served through the list pipeline. The syscheck and rootcheck
//! results also follow the agent's scan history, read from the store per request in one
//! indexed query (`store::scan_results`); clearing them records a clearing there. Holds no
//! handler.

use super::agents::common::numeric_id;
use super::dispatch::answer;
use super::list::{self, ListSpec, Messages};
use crate::api::codes::{Code, AGENT_NOT_FOUND, ONLY_OLD_AGENTS};
use crate::api::Endpoint;
use crate::server::bulk::Failures;
use crate::server::collection::{Collection, Field};
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::fleet::Agent;
use crate::server::inventory::Machine;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::AppState;
use crate::server::store::{self, Scan, ScanHistory};
use crate::server::wql::values::{compare_versions, parse_version};
use axum::response::Response;
use chrono::Utc;
use serde_json::{json, Value};
use std::cmp::Ordering;

/// When an agent's last syscheck or rootcheck scan started and ended.
const LAST_SCAN: Collection = Collection {
    fields: &[Field::date("start"), Field::date("end")],
    mandatory: &[],
    default_sort: "",
    date_filters_skip_id: None,
};

/// The list of an agent's last syscheck or rootcheck scan, with its two messages.
pub const fn last_scan_list(all: &'static str, some: &'static str) -> ListSpec {
    ListSpec {
        collection: &LAST_SCAN,
        messages: Messages {
            all,
            some,
            none: "No last scan information was returned",
        },
        key: "start",
        names: None,
        equalities: &[],
    }
}

/// Serves the items `read` finds on agent `agent_id`'s machine (none for an agent that
/// never reported its OS).
pub fn serve<E: Endpoint>(
    state: &AppState,
    guard: &Guarded<E>,
    agent_id: &str,
    query: &WazuhQuery<E>,
    spec: &ListSpec,
    read: impl FnOnce(&Machine) -> Vec<Value>,
) -> Result<Response, ApiError> {
    serve_or(state, guard, agent_id, query, spec, read, Vec::new)
}

/// Serves the items `read` finds on agent `agent_id`'s machine, or those of `absent` for an
/// agent that never reported its OS.
fn serve_or<E: Endpoint>(
    state: &AppState,
    guard: &Guarded<E>,
    agent_id: &str,
    query: &WazuhQuery<E>,
    spec: &ListSpec,
    read: impl FnOnce(&Machine) -> Vec<Value>,
    absent: fn() -> Vec<Value>,
) -> Result<Response, ApiError> {
    let id = store::agent_id(numeric_id(agent_id, "agent_id")?);
    guard.agents().check(&id)?;
    let fleet = state.fleet();
    let Some(agent) = fleet.find(&id) else {
        let mut failures = Failures::default();
        failures.add(id, &ApiError::code(AGENT_NOT_FOUND));
        let groups = failures.into_groups();
        let envelope = list::envelope(Vec::<Value>::new(), 0, groups, &spec.messages);
        return Ok(respond::ok(&envelope, query.pretty()));
    };
    let items = Machine::of(agent).map_or_else(absent, |machine| read(&machine));
    let kept = list::keep_field_filters(spec, query, items);
    list::serve(spec, query, None, &kept[..])
}

/// Serves what `read` makes of agent `agent_id`'s machine and history of `scan` (one indexed
/// store query, made only for a caller allowed to see the agent); `absent` is what an agent
/// that never reported its OS has.
pub async fn serve_scan<E: Endpoint>(
    state: &AppState,
    guard: &Guarded<E>,
    (agent_id, scan): (&str, Scan),
    (query, spec): (&WazuhQuery<E>, &ListSpec),
    read: impl FnOnce(&Machine, &ScanHistory) -> Vec<Value>,
    absent: fn() -> Vec<Value>,
) -> Result<Response, ApiError> {
    let id = numeric_id(agent_id, "agent_id")?;
    guard.agents().check(&store::agent_id(id))?;
    let history = state
        .store(move |store| store.scan_history(id, scan))
        .await?;
    let read = |machine: &Machine| read(machine, &history);
    serve_or(state, guard, agent_id, query, spec, read, absent)
}

/// Serves when agent `agent_id`'s last `scan` started and ended: one item, with no dates for
/// an agent that never reported its OS (never connected), as Wazuh answers.
pub async fn serve_last_scan<E: Endpoint>(
    state: &AppState,
    guard: &Guarded<E>,
    scan: (&str, Scan),
    (query, spec): (&WazuhQuery<E>, &ListSpec),
) -> Result<Response, ApiError> {
    let read = |machine: &Machine, history: &ScanHistory| vec![machine.last_scan(history)];
    let never_scanned = || vec![json!({"start": null, "end": null})];
    serve_scan(state, guard, scan, (query, spec), read, never_scanned).await
}

/// Clears agent `agent_id`'s `scan` results until its next scan and answers the bulk
/// envelope; an agent `refuse` names a code for fails with it, as an unknown one with 1701.
pub async fn clear_scan<E: Endpoint>(
    state: &AppState,
    guard: &Guarded<E>,
    (agent_id, scan): (&str, Scan),
    answer: (&Messages, bool),
    refuse: impl Fn(&Agent) -> Option<Code>,
) -> Result<Response, ApiError> {
    let text = store::agent_id(numeric_id(agent_id, "agent_id")?);
    guard.agents().check(&text)?;
    clear_scans(
        state,
        (vec![text], scan),
        Failures::default(),
        answer,
        refuse,
    )
    .await
}

/// Clears the `scan` results of agents `ids` (permitted, zero-padded; `failures` holds those
/// already refused) and answers the bulk envelope: an agent `refuse` names a code for fails
/// with it, an unknown or malformed one with 1701.
pub async fn clear_scans(
    state: &AppState,
    (ids, scan): (Vec<String>, Scan),
    mut failures: Failures,
    (messages, pretty): (&Messages, bool),
    refuse: impl Fn(&Agent) -> Option<Code>,
) -> Result<Response, ApiError> {
    let mut clearable = Vec::new();
    {
        let fleet = state.fleet();
        for text in ids {
            let refused = match fleet.find(&text) {
                None => Some(AGENT_NOT_FOUND),
                Some(agent) => refuse(agent),
            };
            match (refused, text.parse::<i64>()) {
                (None, Ok(id)) => clearable.push(id),
                (code, _) => failures.add(text, &ApiError::code(code.unwrap_or(AGENT_NOT_FOUND))),
            }
        }
    }
    let now = Utc::now().timestamp();
    let cleared = state
        .write_store(move |store| {
            let mut cleared = Vec::new();
            for id in clearable {
                cleared.push((id, store.clear_scan_results(id, scan, now)?));
            }
            Ok(cleared)
        })
        .await?;
    let mut affected = Vec::new();
    for (id, known) in cleared {
        match known {
            true => affected.push(json!(store::agent_id(id))),
            false => failures.add(store::agent_id(id), &ApiError::code(AGENT_NOT_FOUND)),
        }
    }
    Ok(answer(affected, failures, messages, pretty))
}

/// The messages of a syscheck clearing.
pub const SYSCHECK_CLEAR_MESSAGES: Messages = Messages {
    all: "Syscheck database was cleared on returned agents",
    some: "Syscheck database was not cleared on some agents",
    none: "No syscheck database was cleared",
};

/// The messages of a rootcheck clearing.
pub const ROOTCHECK_CLEAR_MESSAGES: Messages = Messages {
    all: "Rootcheck database was cleared on returned agents",
    some: "Rootcheck database was not cleared on some agents",
    none: "No rootcheck database was cleared",
};

/// The first agent version whose FIM results the manager cannot clear.
const FIRST_UNCLEARABLE: [u64; 3] = [3, 12, 0];

/// 1760 for an agent whose FIM results the manager cannot clear: 3.12 or newer, or of an
/// unknown version.
pub fn fim_unclearable(agent: &Agent) -> Option<Code> {
    let version = agent.version.as_deref().and_then(parse_version);
    let old = version
        .is_some_and(|version| compare_versions(&version, &FIRST_UNCLEARABLE) == Ordering::Less);
    (!old).then_some(ONLY_OLD_AGENTS)
}
