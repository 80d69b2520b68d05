//! CIS-CAT handlers (spec tag `Ciscat`): an agent's CIS-CAT results (`server::inventory`),
//! through the list pipeline and the field filters.

use super::agent_data;
use super::list::{ListSpec, Messages};
use super::op;
use crate::api::ciscat::ListCiscatResults;
use crate::api::ciscat::CISCAT_FIELDS;
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;

/// CIS-CAT results (the fleet-wide ones carry their `agent_id`).
const RESULTS: Collection = Collection {
    fields: CISCAT_FIELDS,
    mandatory: &[],
    default_sort: "",
    date_filters_skip_id: None,
};

/// The list of CIS-CAT results.
pub const RESULT_LIST: ListSpec = ListSpec {
    collection: &RESULTS,
    messages: Messages {
        all: "All CISCAT results were returned",
        some: "Some CISCAT results were not returned",
        none: "No CISCAT results were returned",
    },
    key: "benchmark",
    names: None,
    equalities: &[],
};

/// `GET /ciscat/{agent_id}/results`.
pub async fn results(
    State(state): State<AppState>,
    guard: Guarded<ListCiscatResults>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<ListCiscatResults>,
) -> Result<Response, ApiError> {
    agent_data::serve(&state, &guard, &agent_id, &query, &RESULT_LIST, |machine| {
        machine.ciscat_results()
    })
}

/// The CIS-CAT routes.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(ListCiscatResults, results))
}
