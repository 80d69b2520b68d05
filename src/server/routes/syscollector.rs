//! Syscollector handlers (spec tag `Syscollector`): one agent's inventory
//! (`server::inventory`), generated when read, through the list pipeline, narrowed by the
//! operation's field filters (`vendor=...`, `local.port=22`). An agent the caller may not
//! read is 4000; an unknown one is a failed item (1701), as Wazuh answers.

use super::agent_data;
use super::inventory_lists::{Inventory, MESSAGES};
use super::list::ListSpec;
use super::op;
use crate::api::syscollector::{
    GetHardware, GetOs, ListHotfixes, ListNetaddr, ListNetiface, ListNetproto, ListPackages,
    ListPorts, ListProcesses, DHCP_VALUES,
};
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::rbac::Guarded;
use crate::server::state::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::Router;

/// `GET /syscollector/{agent_id}/{hardware,os,packages,...}`: a page of one agent's
/// inventory, only the items whose fields equal the filters given.
pub async fn inventory<E: Inventory>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    Path(agent_id): Path<String>,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    if let Some(dhcp) = query.param("dhcp") {
        check_one_of("dhcp", dhcp, DHCP_VALUES)?;
    }
    let spec = ListSpec {
        collection: E::COLLECTION,
        messages: MESSAGES,
        key: "agent_id",
        names: None,
        equalities: &[],
    };
    agent_data::serve(&state, &guard, &agent_id, &query, &spec, |machine| {
        machine.items(E::KIND)
    })
}

/// The syscollector routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(GetHardware, inventory::<GetHardware>))
        .merge(op(GetOs, inventory::<GetOs>))
        .merge(op(ListHotfixes, inventory::<ListHotfixes>))
        .merge(op(ListNetaddr, inventory::<ListNetaddr>))
        .merge(op(ListNetiface, inventory::<ListNetiface>))
        .merge(op(ListNetproto, inventory::<ListNetproto>))
        .merge(op(ListPackages, inventory::<ListPackages>))
        .merge(op(ListPorts, inventory::<ListPorts>))
        .merge(op(ListProcesses, inventory::<ListProcesses>))
}
