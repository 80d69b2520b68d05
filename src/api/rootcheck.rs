//! Spec tag `Rootcheck` (rootkit and policy checks): `PUT /rootcheck`, which asks the listed
//! agents (every agent when none are listed) to start a scan, an agent's rootcheck events,
//! the dates of its last scan, and the clearing of its results.

use super::agents::AgentCommandQuery;
use super::params::{self, FieldFilters};
use super::{query, NoQuery, Param};
use super::{Endpoint, Method, Spec};
use crate::api::fields::Field;

/// The fields of a rootcheck event, as `GET /rootcheck/{agent_id}` lists them.
pub const ROOTCHECK_FIELDS: &[Field] = &[
    Field::text("status"),
    Field::text("log"),
    Field::date("date_first"),
    Field::date("date_last"),
    Field::text("pci_dss"),
    Field::text("cis"),
];

/// `PUT /rootcheck`: start a rootcheck scan on agents.
pub struct RunRootcheck;

impl Endpoint for RunRootcheck {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/rootcheck",
        operation_id: "api.controllers.rootcheck_controller.put_rootcheck",
        actions: &["rootcheck:run"],
        query: query!([Param::text("agents_list")]),
    };
    type Query = AgentCommandQuery;
}

/// `GET /rootcheck/{agent_id}`: the agent's rootcheck events.
pub struct ListRootcheck;

impl Endpoint for ListRootcheck {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/rootcheck/{agent_id}",
        operation_id: "api.controllers.rootcheck_controller.get_rootcheck_agent",
        actions: &["rootcheck:read"],
        query: query!(
            list,
            [
                Param::text("status"),
                Param::text("pci_dss"),
                Param::text("cis"),
            ]
        ),
    };
    type Query = FieldFilters;
}

/// `DELETE /rootcheck/{agent_id}`: clear an agent's rootcheck results.
pub struct ClearRootcheck;

impl Endpoint for ClearRootcheck {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/rootcheck/{agent_id}",
        operation_id: "api.controllers.rootcheck_controller.delete_rootcheck",
        actions: &["rootcheck:clear"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /rootcheck/{agent_id}/last_scan`: when the agent's last rootcheck scan started and ended.
pub struct RootcheckLastScan;

impl Endpoint for RootcheckLastScan {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/rootcheck/{agent_id}/last_scan",
        operation_id: "api.controllers.rootcheck_controller.get_last_scan_agent",
        actions: &["rootcheck:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    RunRootcheck::SPEC,
    ListRootcheck::SPEC,
    ClearRootcheck::SPEC,
    RootcheckLastScan::SPEC,
];
