//! Agent upgrade operations (spec tag `Agents`): upgrade from a WPK repository, upgrade with a
//! WPK file on the manager, and the result of each agent's last upgrade task.

use super::AgentAttributes;
use crate::api::params;
use crate::api::{query, Param};
use crate::api::{Endpoint, Method, Spec};
use serde::{Deserialize, Serialize};

/// The agent filters the upgrade operations share with `GET /agents` (besides `agents_list`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpgradeFilters {
    /// Comma-separated agent ids (`all` for every agent on the upgrade calls).
    pub agents_list: Option<String>,
    /// A WQL query the agents must match.
    pub q: Option<String>,
    /// The agent attributes to match.
    #[serde(flatten)]
    pub attributes: AgentAttributes,
}

/// Query of `PUT /agents/upgrade`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpgradeQuery {
    /// The agents.
    #[serde(flatten)]
    pub filters: UpgradeFilters,
    /// WPK repository URL.
    pub wpk_repo: Option<String>,
    /// Version to upgrade to (default: the manager's), e.g. `v4.12.0`.
    pub upgrade_version: Option<String>,
    /// Download the WPK over HTTP instead of HTTPS.
    pub use_http: Option<bool>,
    /// Upgrade even to the same or an older version, or beyond the manager's.
    pub force: Option<bool>,
    /// `rpm` or `deb`.
    pub package_type: Option<String>,
}

/// `PUT /agents/upgrade`: create an upgrade task per agent (WPK from a repository).
pub struct UpgradeAgents;

impl Endpoint for UpgradeAgents {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/upgrade",
        operation_id: "api.controllers.agent_controller.put_upgrade_agents",
        actions: &["agent:upgrade"],
        query: query!(
            agent_attributes,
            [
                Param::text("agents_list").required(),
                Param::text("wpk_repo"),
                Param::text("upgrade_version"),
                Param::boolean("use_http"),
                Param::boolean("force"),
                Param::enumeration("package_type"),
                Param::text("q")
            ]
        ),
    };
    type Query = UpgradeQuery;
}

/// Query of `PUT /agents/upgrade_custom`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpgradeCustomQuery {
    /// The agents.
    #[serde(flatten)]
    pub filters: UpgradeFilters,
    /// Path of the WPK file on the manager.
    pub file_path: Option<String>,
    /// The installation script in the WPK.
    pub installer: Option<String>,
}

/// `PUT /agents/upgrade_custom`: create an upgrade task per agent (a WPK file on the manager).
pub struct UpgradeAgentsCustom;

impl Endpoint for UpgradeAgentsCustom {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/agents/upgrade_custom",
        operation_id: "api.controllers.agent_controller.put_upgrade_custom_agents",
        actions: &["agent:upgrade"],
        query: query!(
            agent_attributes,
            [
                Param::text("agents_list").required(),
                Param::text("file_path").required(),
                Param::text("installer"),
                Param::text("q")
            ]
        ),
    };
    type Query = UpgradeCustomQuery;
}

/// `GET /agents/upgrade_result`: each agent's last upgrade task.
pub struct GetUpgradeResult;

impl Endpoint for GetUpgradeResult {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/agents/upgrade_result",
        operation_id: "api.controllers.agent_controller.get_agent_upgrade",
        actions: &["agent:upgrade"],
        query: query!(
            agent_attributes,
            [Param::text("agents_list"), Param::text("q")]
        ),
    };
    type Query = UpgradeFilters;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    UpgradeAgents::SPEC,
    UpgradeAgentsCustom::SPEC,
    GetUpgradeResult::SPEC,
];
