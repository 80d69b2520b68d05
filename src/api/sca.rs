//! SCA operations (spec tag `SCA`): the security configuration assessment policies an agent
//! runs, and the results of a policy's checks.

use super::params::{self, FieldFilters};
use super::{query, Param};
use super::{Endpoint, Method, Spec};

/// The RBAC action of every SCA read.
const READ: &[&str] = &["sca:read"];

/// `GET /sca/{agent_id}`: the agent's SCA policies with their scores.
pub struct ListScaPolicies;

impl Endpoint for ListScaPolicies {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/sca/{agent_id}",
        operation_id: "api.controllers.sca_controller.get_sca_agent",
        actions: READ,
        query: query!(
            list,
            [
                Param::text("name"),
                Param::text("description"),
                Param::text("references"),
            ]
        ),
    };
    type Query = FieldFilters;
}

/// `GET /sca/{agent_id}/checks/{policy_id}`: the checks of one policy with the agent's results.
pub struct ListScaChecks;

impl Endpoint for ListScaChecks {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/sca/{agent_id}/checks/{policy_id}",
        operation_id: "api.controllers.sca_controller.get_sca_checks",
        actions: READ,
        query: query!(
            list,
            [
                Param::text("title"),
                Param::text("description"),
                Param::text("rationale"),
                Param::text("remediation"),
                Param::text("command"),
                Param::text("reason"),
                Param::text("file"),
                Param::text("process"),
                Param::text("directory"),
                Param::text("registry"),
                Param::text("references"),
                Param::text("result"),
                Param::text("condition"),
            ]
        ),
    };
    type Query = FieldFilters;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[ListScaPolicies::SPEC, ListScaChecks::SPEC];
