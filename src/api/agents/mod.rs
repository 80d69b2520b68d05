//! Agents operations (spec tag `Agents`).

pub mod runtime;
pub mod upgrade;

use crate::api::fields::Field;
use crate::api::params;
use crate::api::{query, Param};
use crate::api::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// The fields of an agent, as `GET /agents` lists them (`os.name`: nested objects dotted).
pub const AGENT_FIELDS: &[Field] = &[
    Field::number("id"),
    Field::text("name"),
    Field::text("ip"),
    Field::text("status"),
    Field::number("status_code"),
    Field::text("os.name"),
    Field::text("os.version"),
    Field::text("os.platform"),
    Field::text("os.codename"),
    Field::text("os.major"),
    Field::text("os.minor"),
    Field::text("os.uname"),
    Field::text("os.arch"),
    Field::text("os.build"),
    Field::version("version"),
    Field::text("manager"),
    Field::date("dateAdd"),
    Field::date("lastKeepAlive"),
    Field::group_list("group"),
    Field::text("mergedSum"),
    Field::text("configSum"),
    Field::text("node_name"),
    Field::text("registerIP"),
    Field::date("disconnection_time"),
    Field::text("group_config_status"),
];

/// `GET /agents`: list agents with filters, WQL, paging.
pub struct ListAgents;

/// The agent attributes many agent operations filter on (`os.platform=ubuntu`, `group=web`...),
/// each an exact match.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AgentAttributes {
    /// OS platform, e.g. `ubuntu`.
    #[serde(rename = "os.platform")]
    pub os_platform: Option<String>,
    /// OS version, e.g. `22.04.3 LTS (Jammy Jellyfish)`.
    #[serde(rename = "os.version")]
    pub os_version: Option<String>,
    /// OS name, e.g. `Ubuntu`.
    #[serde(rename = "os.name")]
    pub os_name: Option<String>,
    /// Manager hostname.
    pub manager: Option<String>,
    /// Agent version, e.g. `Wazuh v4.12.0`.
    pub version: Option<String>,
    /// Group name.
    pub group: Option<String>,
    /// Cluster node name.
    pub node_name: Option<String>,
    /// Agent name.
    pub name: Option<String>,
    /// Agent IP.
    pub ip: Option<String>,
    /// IP the agent registered with.
    #[serde(rename = "registerIP")]
    pub register_ip: Option<String>,
}

/// The agent filters of `GET /agents` (besides the list parameters).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AgentFilters {
    /// Comma-separated agent ids.
    pub agents_list: Option<String>,
    /// Comma-separated statuses: active, pending, never_connected, disconnected.
    pub status: Option<String>,
    /// Agents whose last keep-alive is older than this timeframe (`1d`, `12h`, `30m`, `45s`).
    pub older_than: Option<String>,
    /// The agent attributes to match.
    #[serde(flatten)]
    pub attributes: AgentAttributes,
    /// `synced` or `not synced`.
    pub group_config_status: Option<String>,
}

impl Endpoint for ListAgents {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents",
        operation_id: "api.controllers.agent_controller.get_agents",
        actions: &["agent:read"],
        query: query!(
            list,
            agent_attributes,
            [
                Param::text("agents_list"),
                Param::enumeration("status"),
                Param::text("older_than"),
                Param::enumeration("group_config_status")
            ]
        ),
    };
    type Query = AgentFilters;
}

/// `GET /agents/summary/os`: the distinct OS platforms of the agents.
pub struct SummaryOs;

impl Endpoint for SummaryOs {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/summary/os",
        operation_id: "api.controllers.agent_controller.get_agent_summary_os",
        actions: &["agent:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /agents/summary/status`: agent counts by connection and sync status.
pub struct SummaryStatus;

impl Endpoint for SummaryStatus {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/summary/status",
        operation_id: "api.controllers.agent_controller.get_agent_summary_status",
        actions: &["agent:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// Body of `POST /agents`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AddAgentBody {
    /// Agent name.
    pub name: String,
    /// Agent IP (or `any`); the caller's address when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}

/// `POST /agents`: register an agent; answers its id and base64 key.
pub struct AddAgent;

impl Endpoint for AddAgent {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/agents",
        operation_id: "api.controllers.agent_controller.add_agent",
        actions: &["agent:create"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// Body of `POST /agents/insert`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct InsertAgentBody {
    /// Agent id to use (allocated when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Key to use (at least 64 characters; generated when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Agent name.
    pub name: String,
    /// Agent IP (or `any`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// Replace an existing agent with the same name, id or IP: `{"enabled": true,
    /// "disconnected_time": {"enabled": true, "value": "1h"}, "after_registration_time": "1h"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force: Option<serde_json::Value>,
}

/// `POST /agents/insert`: register an agent with a given id and key.
pub struct InsertAgent;

impl Endpoint for InsertAgent {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/agents/insert",
        operation_id: "api.controllers.agent_controller.insert_agent",
        actions: &["agent:create"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// Query of `POST /agents/insert/quick`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct QuickInsertQuery {
    /// Name of the new agent (required).
    pub agent_name: Option<String>,
}

/// `POST /agents/insert/quick`: register an agent by name only.
pub struct InsertAgentQuick;

impl Endpoint for InsertAgentQuick {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/agents/insert/quick",
        operation_id: "api.controllers.agent_controller.post_new_agent",
        actions: &["agent:create"],
        query: query!([Param::text("agent_name").required()]),
    };
    type Query = QuickInsertQuery;
}

/// `GET /agents/{agent_id}/key`: the agent's registration key.
pub struct GetAgentKey;

impl Endpoint for GetAgentKey {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/{agent_id}/key",
        operation_id: "api.controllers.agent_controller.get_agent_key",
        actions: &["agent:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// Filters of `DELETE /agents`: `agents_list` and `status` are mandatory safety filters.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeleteAgentsQuery {
    /// Comma-separated agent ids, or `all` (required).
    pub agents_list: Option<String>,
    /// Also remove the agents from the client.keys file.
    pub purge: Option<bool>,
    /// Comma-separated statuses, or `all` (required).
    pub status: Option<String>,
    /// Only agents whose last keep-alive (or registration) is older than this (default `7d`).
    pub older_than: Option<String>,
    /// A WQL query.
    pub q: Option<String>,
    /// The agent attributes to match.
    #[serde(flatten)]
    pub attributes: AgentAttributes,
}

/// `DELETE /agents`: delete agents matching the mandatory safety filters.
pub struct DeleteAgents;

impl Endpoint for DeleteAgents {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/agents",
        operation_id: "api.controllers.agent_controller.delete_agents",
        actions: &["agent:delete"],
        query: query!(
            agent_attributes,
            [
                Param::text("agents_list").required(),
                Param::boolean("purge"),
                Param::enumeration("status").required(),
                Param::text("older_than"),
                Param::text("q")
            ]
        ),
    };
    type Query = DeleteAgentsQuery;
}

/// `GET /agents/no_group`: agents that belong to no group.
pub struct ListAgentsWithoutGroup;

impl Endpoint for ListAgentsWithoutGroup {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/no_group",
        operation_id: "api.controllers.agent_controller.get_agent_no_group",
        actions: &["agent:read"],
        query: query!(list_without_distinct, []),
    };
    type Query = NoQuery;
}

/// `GET /agents/outdated`: active agents older than the manager's version.
pub struct ListOutdatedAgents;

impl Endpoint for ListOutdatedAgents {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/outdated",
        operation_id: "api.controllers.agent_controller.get_agent_outdated",
        actions: &["agent:read"],
        query: query!(list_without_distinct, []),
    };
    type Query = NoQuery;
}

/// The field list of `GET /agents/stats/distinct`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DistinctFieldsQuery {
    /// Comma-separated agent fields whose value combinations are counted (required).
    pub fields: Option<String>,
}

/// `GET /agents/stats/distinct`: the distinct value combinations of some agent fields, each
/// with the number of agents that have it.
pub struct DistinctAgentFields;

impl Endpoint for DistinctAgentFields {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/stats/distinct",
        operation_id: "api.controllers.agent_controller.get_agent_fields",
        actions: &["agent:read"],
        query: query!([
            Param::text("fields").required(),
            Param::integer("offset"),
            Param::integer("limit"),
            Param::text("sort"),
            Param::text("search"),
            Param::text("q")
        ]),
    };
    type Query = DistinctFieldsQuery;
}

/// `GET /agents/{agent_id}/group/is_sync`: whether the agent runs its groups' configuration.
pub struct GetAgentSync;

impl Endpoint for GetAgentSync {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/{agent_id}/group/is_sync",
        operation_id: "api.controllers.agent_controller.get_sync_agent",
        actions: &["agent:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `GET /agents/uninstall`: whether the caller may uninstall agents.
pub struct CheckUninstallPermission;

impl Endpoint for CheckUninstallPermission {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/uninstall",
        operation_id: "api.controllers.agent_controller.get_agent_uninstall_permission",
        actions: &["agent:uninstall"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// Query of the group-assignment operations.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AssignmentQuery {
    /// Comma-separated agent ids.
    pub agents_list: Option<String>,
    /// The group.
    pub group_id: Option<String>,
    /// Comma-separated groups.
    pub groups_list: Option<String>,
    /// Replace the agent's groups by this one instead of adding it.
    pub force_single_group: Option<bool>,
}

/// `PUT /agents/group`: assign many agents to one group.
pub struct AssignAgentsToGroup;

impl Endpoint for AssignAgentsToGroup {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/group",
        operation_id: "api.controllers.agent_controller.put_multiple_agent_single_group",
        actions: &["agent:modify_group", "group:modify_assignments"],
        query: query!([
            Param::text("agents_list"),
            Param::text("group_id").required(),
            Param::boolean("force_single_group")
        ]),
    };
    type Query = AssignmentQuery;
}

/// `DELETE /agents/group`: remove many agents from one group.
pub struct RemoveAgentsFromGroup;

impl Endpoint for RemoveAgentsFromGroup {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/agents/group",
        operation_id: "api.controllers.agent_controller.delete_multiple_agent_single_group",
        actions: &["agent:modify_group", "group:modify_assignments"],
        query: query!([
            Param::text("agents_list").required(),
            Param::text("group_id").required()
        ]),
    };
    type Query = AssignmentQuery;
}

/// `PUT /agents/{agent_id}/group/{group_id}`: assign one agent to a group.
pub struct AssignAgentToGroup;

impl Endpoint for AssignAgentToGroup {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/{agent_id}/group/{group_id}",
        operation_id: "api.controllers.agent_controller.put_agent_single_group",
        actions: &["agent:modify_group", "group:modify_assignments"],
        query: query!([Param::boolean("force_single_group")]),
    };
    type Query = AssignmentQuery;
}

/// `DELETE /agents/{agent_id}/group/{group_id}`: remove one agent from a group.
pub struct RemoveAgentFromGroup;

impl Endpoint for RemoveAgentFromGroup {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/agents/{agent_id}/group/{group_id}",
        operation_id: "api.controllers.agent_controller.delete_single_agent_single_group",
        actions: &["agent:modify_group", "group:modify_assignments"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `DELETE /agents/{agent_id}/group`: remove one agent from several (or all) groups.
pub struct RemoveAgentFromGroups;

impl Endpoint for RemoveAgentFromGroups {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/agents/{agent_id}/group",
        operation_id: "api.controllers.agent_controller.delete_single_agent_multiple_groups",
        actions: &["agent:modify_group", "group:modify_assignments"],
        query: query!([Param::text("groups_list")]),
    };
    type Query = AssignmentQuery;
}

/// Query of the agent commands (`restart`, `reconnect`): the agents to command.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AgentCommandQuery {
    /// Comma-separated agent ids (all agents when absent).
    pub agents_list: Option<String>,
}

/// `PUT /agents/restart`: restart the listed agents (all agents when none are listed).
pub struct RestartAgents;

impl Endpoint for RestartAgents {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/restart",
        operation_id: "api.controllers.agent_controller.restart_agents",
        actions: &["agent:restart"],
        query: query!([Param::text("agents_list")]),
    };
    type Query = AgentCommandQuery;
}

/// `PUT /agents/{agent_id}/restart`: restart one agent.
pub struct RestartAgent;

impl Endpoint for RestartAgent {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/{agent_id}/restart",
        operation_id: "api.controllers.agent_controller.restart_agent",
        actions: &["agent:restart"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `PUT /agents/group/{group_id}/restart`: restart every agent of a group.
pub struct RestartAgentsByGroup;

impl Endpoint for RestartAgentsByGroup {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/group/{group_id}/restart",
        operation_id: "api.controllers.agent_controller.restart_agents_by_group",
        actions: &["agent:restart"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `PUT /agents/node/{node_id}/restart`: restart every agent reporting to a cluster node.
pub struct RestartAgentsByNode;

impl Endpoint for RestartAgentsByNode {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/node/{node_id}/restart",
        operation_id: "api.controllers.agent_controller.restart_agents_by_node",
        actions: &["cluster:read", "agent:restart"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `PUT /agents/reconnect`: force the listed agents (all agents when none are listed) to
/// reconnect to the manager.
pub struct ReconnectAgents;

impl Endpoint for ReconnectAgents {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/reconnect",
        operation_id: "api.controllers.agent_controller.reconnect_agents",
        actions: &["agent:reconnect"],
        query: query!([Param::text("agents_list")]),
    };
    type Query = AgentCommandQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    DeleteAgents::SPEC,
    ListAgents::SPEC,
    AddAgent::SPEC,
    GetAgentKey::SPEC,
    CheckUninstallPermission::SPEC,
    InsertAgent::SPEC,
    InsertAgentQuick::SPEC,
    ListAgentsWithoutGroup::SPEC,
    ListOutdatedAgents::SPEC,
    DistinctAgentFields::SPEC,
    SummaryOs::SPEC,
    SummaryStatus::SPEC,
    RemoveAgentFromGroups::SPEC,
    GetAgentSync::SPEC,
    RemoveAgentFromGroup::SPEC,
    AssignAgentToGroup::SPEC,
    RemoveAgentsFromGroup::SPEC,
    AssignAgentsToGroup::SPEC,
    RestartAgents::SPEC,
    RestartAgent::SPEC,
    RestartAgentsByGroup::SPEC,
    RestartAgentsByNode::SPEC,
    ReconnectAgents::SPEC,
];
