//! SCA operations (spec tag `SCA`): the security configuration assessment policies an agent
//! runs, and the results of a policy's checks.

use super::params::{self, FieldFilters};
use super::{query, Param};
use super::{Endpoint, Method, Spec};
use crate::api::fields::Field;

/// The fields of an SCA check, as `GET /sca/{agent_id}/checks/{policy_id}` lists them.
pub const SCA_CHECK_FIELDS: &[Field] = &[
    Field::number("id"),
    Field::text("policy_id"),
    Field::text("title"),
    Field::text("description"),
    Field::text("rationale"),
    Field::text("remediation"),
    Field::text("condition"),
    Field::text("result"),
    Field::text("reason"),
    Field::text("command"),
    Field::text("file"),
    Field::text("directory"),
    Field::text("process"),
    Field::text("registry"),
    Field::text("references"),
    Field::text("compliance"),
    Field::text("rules"),
];

/// The fields of an SCA policy, as `GET /sca/{agent_id}` lists them.
pub const SCA_POLICY_FIELDS: &[Field] = &[
    Field::text("policy_id"),
    Field::text("name"),
    Field::text("description"),
    Field::text("references"),
    Field::number("pass"),
    Field::number("fail"),
    Field::number("invalid"),
    Field::number("total_checks"),
    Field::number("score"),
    Field::date("start_scan"),
    Field::date("end_scan"),
    Field::text("hash_file"),
];

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
