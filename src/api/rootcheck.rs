//! Spec tag `Rootcheck` (rootkit and policy checks): `PUT /rootcheck`, which asks the listed
//! agents (every agent when none are listed) to start a scan.

use super::agents::AgentCommandQuery;
use super::params;
use super::{query, Param};
use super::{Endpoint, Method, Spec};

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

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[RunRootcheck::SPEC];
