//! Spec tag `Syscheck` (file integrity monitoring): `PUT /syscheck`, which asks the listed
//! agents (every agent when none are listed) to start a scan.

use super::agents::AgentCommandQuery;
use super::params;
use super::{query, Param};
use super::{Endpoint, Method, Spec};

/// `PUT /syscheck`: start a file integrity scan on agents.
pub struct RunSyscheck;

impl Endpoint for RunSyscheck {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/syscheck",
        operation_id: "api.controllers.syscheck_controller.put_syscheck",
        actions: &["syscheck:run"],
        query: query!([Param::text("agents_list")]),
    };
    type Query = AgentCommandQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[RunSyscheck::SPEC];
