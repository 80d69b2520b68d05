//! Reads of what one agent reports (its inventory, its SCA results), shared by the handlers
//! of those tags: the agent checked against the caller's `agent:id` scope (4000), an unknown
//! agent answered as a failed item (1701) as Wazuh does, the items narrowed by the
//! operation's field filters and served through the list pipeline. Holds no handler.

use super::agents::common::numeric_id;
use super::list::{self, ListSpec};
use crate::api::codes::AGENT_NOT_FOUND;
use crate::api::Endpoint;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::inventory::Machine;
use crate::server::rbac::Guarded;
use crate::server::respond;
use crate::server::state::AppState;
use crate::server::store;
use axum::response::Response;
use serde_json::Value;

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
    let items = Machine::of(agent).map_or_else(Vec::new, |machine| read(&machine));
    let kept = list::keep_field_filters(query, items);
    list::serve(spec, query, None, &kept[..])
}
