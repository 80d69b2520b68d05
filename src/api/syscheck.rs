//! Spec tag `Syscheck` (file integrity monitoring): `PUT /syscheck`, which asks the listed
//! agents (every agent when none are listed) to start a scan, an agent's FIM entries, the
//! dates of its last scan, and the clearing of its results.

use super::agents::AgentCommandQuery;
use super::params::{self, FieldFilters};
use super::{query, NoQuery, Param};
use super::{Endpoint, Method, Spec};
use crate::api::fields::Field;

/// The fields of a FIM entry, as `GET /syscheck/{agent_id}` lists them.
pub const SYSCHECK_FIELDS: &[Field] = &[
    Field::text("type"),
    Field::text("file"),
    Field::text("arch"),
    Field::text("value.name"),
    Field::text("value.type"),
    Field::number("changes"),
    Field::date("date"),
    Field::date("mtime"),
    Field::number("size"),
    Field::text("perm"),
    Field::text("uid"),
    Field::text("gid"),
    Field::text("uname"),
    Field::text("gname"),
    Field::number("inode"),
    Field::text("md5"),
    Field::text("sha1"),
    Field::text("sha256"),
    Field::text("attributes"),
];

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

/// `GET /syscheck/{agent_id}`: the agent's file integrity monitoring entries.
pub struct ListSyscheck;

impl Endpoint for ListSyscheck {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/syscheck/{agent_id}",
        operation_id: "api.controllers.syscheck_controller.get_syscheck_agent",
        actions: &["syscheck:read"],
        query: query!(
            list,
            [
                Param::text("file"),
                Param::enumeration("arch"),
                Param::text("value.name"),
                Param::text("value.type"),
                Param::enumeration("type"),
                Param::boolean("summary"),
                Param::text("md5"),
                Param::text("sha1"),
                Param::text("sha256"),
                Param::text("hash"),
            ]
        ),
    };
    type Query = FieldFilters;
}

/// `DELETE /syscheck/{agent_id}`: clear an agent's FIM results (agents before 3.12 only).
pub struct ClearSyscheck;

impl Endpoint for ClearSyscheck {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/syscheck/{agent_id}",
        operation_id: "api.controllers.syscheck_controller.delete_syscheck_agent",
        actions: &["syscheck:clear"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /syscheck/{agent_id}/last_scan`: when the agent's last FIM scan started and ended.
pub struct SyscheckLastScan;

impl Endpoint for SyscheckLastScan {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/syscheck/{agent_id}/last_scan",
        operation_id: "api.controllers.syscheck_controller.get_last_scan_agent",
        actions: &["syscheck:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    RunSyscheck::SPEC,
    ListSyscheck::SPEC,
    ClearSyscheck::SPEC,
    SyscheckLastScan::SPEC,
];
