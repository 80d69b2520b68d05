//! Groups operations (spec tag `Groups`).

use super::{Endpoint, Method, Spec};
use serde::{Deserialize, Serialize};

/// `GET /groups`: list groups with their agent counts and file checksums.
pub struct ListGroups;

/// Filters of `GET /groups`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupFilters {
    /// Comma-separated group names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups_list: Option<String>,
    /// Hash algorithm for the file checksums (`md5` by default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
}

impl Endpoint for ListGroups {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/groups",
        operation_id: "api.controllers.agent_controller.get_list_group",
        actions: &["group:read"],
        query: &[
            "pretty",
            "wait_for_complete",
            "groups_list",
            "offset",
            "limit",
            "sort",
            "search",
            "hash",
            "q",
            "select",
            "distinct",
        ],
    };
    type Query = GroupFilters;
}

/// `GET /groups/{group_id}/agents`: the agents of one group.
pub struct ListGroupAgents;

/// Filters of `GET /groups/{group_id}/agents`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupAgentFilters {
    /// Comma-separated statuses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl Endpoint for ListGroupAgents {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/groups/{group_id}/agents",
        operation_id: "api.controllers.agent_controller.get_agents_in_group",
        actions: &["group:read", "agent:read"],
        query: &[
            "pretty",
            "wait_for_complete",
            "offset",
            "limit",
            "select",
            "sort",
            "search",
            "status",
            "q",
            "distinct",
        ],
    };
    type Query = GroupAgentFilters;
}
