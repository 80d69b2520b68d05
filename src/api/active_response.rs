//! Spec tag `Active-response`: `PUT /active-response`, which runs an active-response command on
//! the listed agents (every agent when none are listed), and its JSON body.

use super::agents::AgentCommandQuery;
use super::params;
use super::{query, Param};
use super::{Endpoint, Method, Spec};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Body of `PUT /active-response`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ActiveResponseBody {
    /// The command, as the manager's `ar.conf` names it (e.g. `restart-wazuh0`), or `!` and a
    /// script name (e.g. `!custom-block.sh`).
    pub command: String,
    /// Arguments passed to the command.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arguments: Option<Vec<String>>,
    /// The alert the command acts on (its `data` member holds the alert's fields).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alert: Option<Map<String, Value>>,
}

/// `PUT /active-response`: run an active-response command on agents.
pub struct RunCommand;

impl Endpoint for RunCommand {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/active-response",
        operation_id: "api.controllers.active_response_controller.run_command",
        actions: &["active-response:command"],
        query: query!([Param::text("agents_list")]),
    };
    type Query = AgentCommandQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[RunCommand::SPEC];
