//! Groups operations (spec tag `Groups`).

use super::fields::Field;
use super::params;
use super::{query, Param};
use super::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// The fields of a group file, as `GET /groups/{group_id}/files` lists them.
pub const GROUP_FILE_FIELDS: &[Field] = &[Field::text("filename"), Field::text("hash")];

/// The fields of a group, as `GET /groups` lists them.
pub const GROUP_FIELDS: &[Field] = &[
    Field::text("name"),
    Field::number("count"),
    Field::text("mergedSum"),
    Field::text("configSum"),
];

/// `GET /groups`: list groups with their agent counts and file checksums.
pub struct ListGroups;

/// Filters of `GET /groups`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupFilters {
    /// Comma-separated group names.
    pub groups_list: Option<String>,
    /// Hash algorithm for the file checksums (`md5` by default).
    pub hash: Option<String>,
}

impl Endpoint for ListGroups {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/groups",
        operation_id: "api.controllers.agent_controller.get_list_group",
        actions: &["group:read"],
        query: query!(
            list,
            [Param::text("groups_list"), Param::enumeration("hash")]
        ),
    };
    type Query = GroupFilters;
}

/// `GET /groups/{group_id}/agents`: the agents of one group.
pub struct ListGroupAgents;

/// Filters of `GET /groups/{group_id}/agents`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupAgentFilters {
    /// Comma-separated statuses.
    pub status: Option<String>,
}

impl Endpoint for ListGroupAgents {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/groups/{group_id}/agents",
        operation_id: "api.controllers.agent_controller.get_agents_in_group",
        actions: &["group:read", "agent:read"],
        query: query!(list, [Param::enumeration("status")]),
    };
    type Query = GroupAgentFilters;
}

/// Body of `POST /groups`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateGroupBody {
    /// Group name: a-z, A-Z, 0-9, `.`, `_`, `-`; at most 128 characters.
    pub group_id: String,
}

/// `POST /groups`: create a group.
pub struct CreateGroup;

impl Endpoint for CreateGroup {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/groups",
        operation_id: "api.controllers.agent_controller.post_group",
        actions: &["group:create"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// Query of `DELETE /groups`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeleteGroupsQuery {
    /// Comma-separated group names, or `all` (required).
    pub groups_list: Option<String>,
}

/// `DELETE /groups`: delete groups (the `default` group is protected).
pub struct DeleteGroups;

impl Endpoint for DeleteGroups {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/groups",
        operation_id: "api.controllers.agent_controller.delete_groups",
        actions: &["group:delete"],
        query: query!([Param::text("groups_list").required()]),
    };
    type Query = DeleteGroupsQuery;
}

/// `GET /groups/{group_id}/configuration`: the group's `agent.conf`, as JSON.
pub struct GetGroupConfig;

impl Endpoint for GetGroupConfig {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/groups/{group_id}/configuration",
        operation_id: "api.controllers.agent_controller.get_group_config",
        actions: &["group:read"],
        query: query!([Param::integer("offset"), Param::integer("limit")]),
    };
    type Query = NoQuery;
}

/// `PUT /groups/{group_id}/configuration`: replace the group's `agent.conf` (XML body).
pub struct PutGroupConfig;

impl Endpoint for PutGroupConfig {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/groups/{group_id}/configuration",
        operation_id: "api.controllers.agent_controller.put_group_config",
        actions: &["group:update_config"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /groups/{group_id}/files`: the files of a group with their checksums.
pub struct ListGroupFiles;

impl Endpoint for ListGroupFiles {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/groups/{group_id}/files",
        operation_id: "api.controllers.agent_controller.get_group_files",
        actions: &["group:read"],
        query: query!(list, [Param::enumeration("hash")]),
    };
    type Query = GroupFilters;
}

/// Query of `GET /groups/{group_id}/files/{file_name}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct GroupFileQuery {
    /// Type of file: `conf`, `rootkit_files`, `rootkit_trojans`, `rcl`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Answer the file as it is (XML or plain text) instead of JSON.
    pub raw: Option<bool>,
}

/// `GET /groups/{group_id}/files/{file_name}`: one file of a group.
pub struct GetGroupFile;

impl Endpoint for GetGroupFile {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/groups/{group_id}/files/{file_name}",
        operation_id: "api.controllers.agent_controller.get_group_file",
        actions: &["group:read"],
        query: query!([Param::enumeration("type"), Param::boolean("raw")]),
    };
    type Query = GroupFileQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    DeleteGroups::SPEC,
    ListGroups::SPEC,
    CreateGroup::SPEC,
    ListGroupAgents::SPEC,
    GetGroupConfig::SPEC,
    PutGroupConfig::SPEC,
    ListGroupFiles::SPEC,
    GetGroupFile::SPEC,
];
