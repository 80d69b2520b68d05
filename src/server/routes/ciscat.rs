//! CIS-CAT handlers (spec tag `Ciscat`): an agent's CIS-CAT results (`server::inventory`),
//! through the list pipeline and the field filters.

use super::agent_data;
use super::inventory_lists::RESULT_LIST;
use super::op;
use crate::api::ciscat::ListCiscatResults;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;

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
