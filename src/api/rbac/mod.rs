//! The RBAC catalogue: every action the API knows and the resource kinds it applies to, and
//! the evaluation of policies against it, shared by the server's guard and `security can`
//! (`policy`: processing, `scope`: what an action permits, `decide`: one question answered and
//! explained). Pure data: no store, no HTTP.

pub mod decide;
pub mod policy;
pub mod scope;

/// One RBAC action, e.g. `agent:read`, with the resource kinds it is checked against.
#[derive(Debug, Clone, Copy)]
pub struct Action {
    /// `<family>:<verb>`.
    pub name: &'static str,
    /// Resource kinds such as `agent:id`, `agent:group`, or `*:*` for resourceless actions.
    pub resources: &'static [&'static str],
    /// What the action allows.
    pub description: &'static str,
}

macro_rules! action {
    ($name:literal, [$($res:literal),*], $desc:literal) => {
        Action { name: $name, resources: &[$($res),*], description: $desc }
    };
}

/// Every action of the Wazuh 4.x RBAC catalogue, sorted by name.
pub const ACTIONS: &[Action] = &[
    action!(
        "active-response:command",
        ["agent:id", "agent:group"],
        "Execute active response commands in the agents"
    ),
    action!("agent:create", ["*:*"], "Create new agents"),
    action!("agent:delete", ["agent:id", "agent:group"], "Delete agents"),
    action!(
        "agent:modify_group",
        ["agent:id", "agent:group"],
        "Change the group of agents"
    ),
    action!(
        "agent:read",
        ["agent:id", "agent:group"],
        "Access agents information (id, name, group, last keep alive, etc)"
    ),
    action!(
        "agent:reconnect",
        ["agent:id", "agent:group"],
        "Force reconnect agents"
    ),
    action!(
        "agent:restart",
        ["agent:id", "agent:group"],
        "Restart agents"
    ),
    action!(
        "agent:uninstall",
        ["*:*"],
        "Check user's permission to uninstall agents"
    ),
    action!(
        "agent:upgrade",
        ["agent:id", "agent:group"],
        "Upgrade the version of the agents"
    ),
    action!(
        "ciscat:read",
        ["agent:id", "agent:group"],
        "Access CIS-CAT results for agents"
    ),
    action!(
        "cluster:read",
        ["node:id"],
        "Read Wazuh's cluster nodes configuration"
    ),
    // The spec's catalogue says `*:*`, but Wazuh's framework checks this action per node
    // (`node:id`), and the default policies grant it on `node:id:*`.
    action!(
        "cluster:read_api_config",
        ["node:id"],
        "Check Wazuh's cluster nodes API configuration"
    ),
    action!(
        "cluster:restart",
        ["node:id"],
        "Restart Wazuh's cluster nodes"
    ),
    action!(
        "cluster:status",
        ["*:*"],
        "Check Wazuh's cluster general status"
    ),
    action!(
        "cluster:update_config",
        ["node:id"],
        "Change the Wazuh's cluster node configuration"
    ),
    action!(
        "decoders:delete",
        ["decoder:file"],
        "Delete custom decoder files"
    ),
    action!("decoders:read", ["decoder:file"], "Read decoders files"),
    action!(
        "decoders:update",
        ["*:*"],
        "Update or upload custom decoder files"
    ),
    action!("event:ingest", ["*:*"], "Ingest events"),
    action!("group:create", ["*:*"], "Create new agent groups"),
    action!("group:delete", ["group:id"], "Delete agent groups"),
    action!(
        "group:modify_assignments",
        ["group:id"],
        "Change the agents assigned to the group"
    ),
    action!(
        "group:read",
        ["group:id"],
        "Access agent groups information (id, name, agents, etc)"
    ),
    action!(
        "group:update_config",
        ["group:id"],
        "Change the configuration of agent groups"
    ),
    action!("lists:delete", ["list:file"], "Delete CDB lists files"),
    action!("lists:read", ["list:file"], "Read CDB lists files"),
    action!("lists:update", ["*:*"], "Update or upload CDB lists files"),
    action!(
        "logtest:run",
        ["*:*"],
        "Run logtest tool or end a logtest session"
    ),
    action!("manager:read", ["*:*"], "Read Wazuh manager configuration"),
    action!(
        "manager:read_api_config",
        ["*:*"],
        "Read Wazuh manager API configuration"
    ),
    action!("manager:restart", ["*:*"], "Restart Wazuh managers"),
    action!(
        "manager:update_config",
        ["*:*"],
        "Update current Wazuh manager configuration"
    ),
    action!(
        "mitre:read",
        ["*:*"],
        "Access information from MITRE database"
    ),
    action!(
        "rootcheck:clear",
        ["agent:id", "agent:group"],
        "Clear the agents rootcheck database"
    ),
    action!(
        "rootcheck:read",
        ["agent:id", "agent:group"],
        "Access information from agents rootcheck database"
    ),
    action!(
        "rootcheck:run",
        ["agent:id", "agent:group"],
        "Run agents rootcheck scan"
    ),
    action!("rules:delete", ["rule:file"], "Delete custom rule files"),
    action!("rules:read", ["rule:file"], "Read rules files"),
    action!(
        "rules:update",
        ["*:*"],
        "Update or upload custom rule files"
    ),
    action!(
        "sca:read",
        ["agent:id", "agent:group"],
        "Access agents security configuration assessment"
    ),
    action!(
        "security:create",
        ["*:*"],
        "Create new system security resources"
    ),
    action!("security:create_user", ["*:*"], "Create new system users"),
    action!(
        "security:delete",
        ["policy:id", "role:id", "user:id", "rule:id"],
        "Delete system security resources"
    ),
    action!(
        "security:edit_run_as",
        ["*:*"],
        "Change the value of the allow_run_as flag for a user"
    ),
    action!(
        "security:read",
        ["policy:id", "role:id", "user:id", "rule:id"],
        "Access information about system security resources"
    ),
    action!(
        "security:read_config",
        ["*:*"],
        "Read current system security configuration"
    ),
    action!("security:revoke", ["*:*"], "Revoke all active JWT tokens"),
    action!(
        "security:update",
        ["policy:id", "role:id", "user:id", "rule:id"],
        "Update the information of system security resources"
    ),
    action!(
        "security:update_config",
        ["*:*"],
        "Update current system security configuration"
    ),
    action!(
        "syscheck:clear",
        ["agent:id", "agent:group"],
        "Clear the agents syscheck database"
    ),
    action!(
        "syscheck:read",
        ["agent:id", "agent:group"],
        "Access information from agents syscheck database"
    ),
    action!(
        "syscheck:run",
        ["agent:id", "agent:group"],
        "Run agents syscheck scan"
    ),
    action!(
        "syscollector:read",
        ["agent:id", "agent:group"],
        "Access agents syscollector information"
    ),
    action!("task:status", ["*:*"], "Access task's status information"),
];

/// Looks an action up by name.
pub fn action(name: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|a| a.name == name)
}
