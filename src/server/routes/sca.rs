//! SCA handlers (spec tag `SCA`): the policy an agent runs with its scores, and the results of
//! its checks (`server::inventory`), through the list pipeline and the field filters.

use super::agent_data;
use super::list::{ListSpec, Messages};
use super::op;
use crate::api::sca::SCA_CHECK_FIELDS;
use crate::api::sca::SCA_POLICY_FIELDS;
use crate::api::sca::{ListScaChecks, ListScaPolicies};
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;

/// An agent's policies.
const POLICIES: Collection = Collection {
    fields: SCA_POLICY_FIELDS,
    mandatory: &[],
    default_sort: "",
    date_filters_skip_id: None,
};

/// A policy's checks.
const CHECKS: Collection = Collection {
    fields: SCA_CHECK_FIELDS,
    mandatory: &[],
    default_sort: "",
    date_filters_skip_id: None,
};

const POLICY_LIST: ListSpec = ListSpec {
    collection: &POLICIES,
    messages: Messages {
        all: "All selected SCA information was returned",
        some: "Some SCA information was not returned",
        none: "No SCA information was returned",
    },
    key: "policy_id",
    names: None,
    equalities: &[],
};

const CHECK_LIST: ListSpec = ListSpec {
    collection: &CHECKS,
    messages: Messages {
        all: "All selected SCA/policy information was returned",
        some: "Some SCA/policy information was not returned",
        none: "No SCA/policy information was returned",
    },
    key: "id",
    names: None,
    equalities: &[],
};

/// `GET /sca/{agent_id}`.
pub async fn policies(
    State(state): State<AppState>,
    guard: Guarded<ListScaPolicies>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<ListScaPolicies>,
) -> Result<Response, ApiError> {
    agent_data::serve(&state, &guard, &agent_id, &query, &POLICY_LIST, |machine| {
        machine.sca_policies()
    })
}

/// `GET /sca/{agent_id}/checks/{policy_id}`: no checks for a policy the agent does not run.
pub async fn checks(
    State(state): State<AppState>,
    guard: Guarded<ListScaChecks>,
    Path((agent_id, policy_id)): Path<(String, String)>,
    query: WazuhQuery<ListScaChecks>,
) -> Result<Response, ApiError> {
    agent_data::serve(&state, &guard, &agent_id, &query, &CHECK_LIST, |machine| {
        machine.sca_checks(&policy_id)
    })
}

/// The SCA routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListScaPolicies, policies))
        .merge(op(ListScaChecks, checks))
}
