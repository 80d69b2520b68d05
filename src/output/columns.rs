//! Table columns per item type, as the API names the fields. Dotted paths reach into nested
//! objects (`os.name`); arrays show joined. A column's drop rank says what a narrow terminal
//! gives up first: rank 0 columns stay longest, the highest ranks go first.
//!
//! Imports only the parent's `Column`.

use super::Column;

/// A column from its header and path, kept as long as possible.
const fn column(header: &'static str, path: &'static str) -> Column {
    Column::new(header, path)
}

/// Columns of agent tables.
pub const AGENTS: &[Column] = &[
    column("ID", "id"),
    column("NAME", "name"),
    column("IP", "ip").drop_rank(2),
    column("STATUS", "status"),
    column("OS", "os.name").drop_rank(1),
    column("OS VERSION", "os.version").drop_rank(4),
    column("VERSION", "version").drop_rank(3),
    column("GROUPS", "group").drop_rank(2),
    column("NODE", "node_name").drop_rank(5),
    column("LAST KEEPALIVE", "lastKeepAlive").drop_rank(4),
];

/// The column of answers whose items are agent ids (restart, delete, assign...).
pub const AGENT_IDS: &[Column] = &[column("AGENT", "")];

/// The column of answers whose items are group names (`groups delete`).
pub const GROUP_NAMES: &[Column] = &[column("GROUP", "")];

/// The events of an `events send` answer (the affected items are the event texts).
pub const EVENTS: &[Column] = &[column("EVENT", "")];

/// Columns of agent registration answers (`agents add`, `agents key`).
pub const AGENT_KEYS: &[Column] = &[column("ID", "id"), column("KEY", "key")];

/// Columns of an agent's group sync status.
pub const AGENT_SYNC: &[Column] = &[column("ID", "id"), column("SYNCED", "synced")];

/// Columns of an agent's daemon statistics (one row per daemon).
pub const AGENT_DAEMON_STATS: &[Column] = &[
    column("DAEMON", "name"),
    column("AGENT", "agents.id"),
    column("UPTIME", "agents.uptime"),
    column(
        "RECEIVED",
        "agents.metrics.messages.received_breakdown.event",
    ),
    column("PROCESSED", "agents.metrics.events.processed"),
    column("ALERTS", "agents.metrics.events.written_breakdown.alerts"),
];

/// Columns of an agent daemon's state (`agents stats component ID agent`).
pub const AGENT_STATE: &[Column] = &[
    column("STATUS", "status"),
    column("LAST KEEPALIVE", "last_keepalive"),
    column("GENERATED", "msg_count"),
    column("SENT", "msg_sent"),
    column("BUFFERED", "msg_buffer"),
];

/// Columns of the contexts of the config file (`config list`).
pub const CONTEXTS: &[Column] = &[
    column("CURRENT", "current"),
    column("NAME", "name"),
    column("URL", "url"),
    column("USER", "user").drop_rank(1),
];

/// Columns of agent group tables.
pub const GROUPS: &[Column] = &[
    column("NAME", "name"),
    column("AGENTS", "count"),
    column("CONFIG SUM", "configSum"),
];

/// Columns of the files of a group.
pub const GROUP_FILES: &[Column] = &[column("FILE", "filename"), column("HASH", "hash")];

/// Columns of the current user (`whoami`).
pub const CURRENT_USER: &[Column] = &[
    column("USER", "username"),
    column("ROLES", "roles.name"),
    column("RUN AS", "allow_run_as"),
];

/// Columns of API user tables.
pub const USERS: &[Column] = &[
    column("ID", "id"),
    column("USERNAME", "username"),
    column("RUN AS", "allow_run_as").drop_rank(1),
    column("ROLES", "roles"),
];

/// Columns of security role tables.
pub const ROLES: &[Column] = &[
    column("ID", "id"),
    column("NAME", "name"),
    column("POLICIES", "policies").drop_rank(1),
    column("USERS", "users").drop_rank(2),
    column("RULES", "rules").drop_rank(2),
];

/// Columns of security policy tables.
pub const POLICIES: &[Column] = &[
    column("ID", "id"),
    column("NAME", "name"),
    column("ACTIONS", "policy.actions"),
    column("RESOURCES", "policy.resources"),
    column("EFFECT", "policy.effect"),
    column("ROLES", "roles").drop_rank(1),
];

/// Columns of security rule (role mapping) tables.
pub const SECURITY_RULES: &[Column] = &[
    column("ID", "id"),
    column("NAME", "name"),
    column("ROLES", "roles"),
];

/// Columns of the security configuration.
pub const SECURITY_CONFIG: &[Column] = &[
    column("TOKEN LIFETIME", "auth_token_exp_timeout"),
    column("RBAC MODE", "rbac_mode"),
];

/// Columns of the RBAC action catalogue.
pub const RBAC_ACTIONS: &[Column] = &[
    column("ACTION", "action"),
    column("RESOURCES", "resources"),
    column("DESCRIPTION", "description"),
];

/// Columns of the RBAC resource types.
pub const RBAC_RESOURCES: &[Column] = &[
    column("RESOURCE", "resource"),
    column("DESCRIPTION", "description"),
];

/// Columns of a user's processed permissions.
pub const PERMISSIONS: &[Column] = &[
    column("ACTION", "action"),
    column("RESOURCE", "resource"),
    column("EFFECT", "effect"),
];

/// Columns of `security can --list`: what a user may do per action and resource kind.
pub const CAN_LIST: &[Column] = &[
    column("ACTION", "action"),
    column("RESOURCE", "resource"),
    column("PERMITTED", "permitted"),
];

/// Columns of task tables.
pub const TASKS: &[Column] = &[
    column("ID", "task_id"),
    column("AGENT", "agent_id"),
    column("NODE", "node").drop_rank(4),
    column("MODULE", "module").drop_rank(3),
    column("COMMAND", "command").drop_rank(1),
    column("STATUS", "status"),
    column("CREATED", "create_time").drop_rank(3),
    column("UPDATED", "last_update_time").drop_rank(2),
    column("ERROR", "error_message").drop_rank(1),
];

/// Columns of the upgrade tasks an upgrade created.
pub const UPGRADE_TASKS: &[Column] = &[column("AGENT", "agent"), column("TASK", "task_id")];

/// Columns of agent upgrade results (each agent's last upgrade task).
pub const UPGRADE_RESULTS: &[Column] = &[
    column("AGENT", "agent"),
    column("TASK", "task_id"),
    column("COMMAND", "command"),
    column("STATUS", "status"),
    column("NODE", "node").drop_rank(2),
    column("UPDATED", "update_time").drop_rank(1),
    column("ERROR", "error_msg"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::cells::{cell, Flavor};
    use serde_json::json;

    #[test]
    fn agent_columns_reach_nested_fields() {
        let agent = json!({"id": "001", "os": {"name": "Ubuntu", "version": "22.04"},
                           "group": ["default", "web"], "lastKeepAlive": "2024-01-01"});
        let texts: Vec<String> = AGENTS
            .iter()
            .map(|c| cell(&agent, c.path, Flavor::Table))
            .collect();
        assert_eq!(
            texts,
            [
                "001",
                "",
                "",
                "",
                "Ubuntu",
                "22.04",
                "",
                "default, web",
                "",
                "2024-01-01"
            ]
        );
    }

    #[test]
    fn headers_are_capitals_and_unique() {
        for table in [
            AGENTS,
            GROUPS,
            USERS,
            ROLES,
            POLICIES,
            SECURITY_RULES,
            SECURITY_CONFIG,
            RBAC_ACTIONS,
            RBAC_RESOURCES,
            PERMISSIONS,
            TASKS,
            UPGRADE_TASKS,
            UPGRADE_RESULTS,
            CONTEXTS,
        ] {
            for (index, column) in table.iter().enumerate() {
                assert_eq!(column.header, column.header.to_uppercase());
                assert!(table[..index]
                    .iter()
                    .all(|other| other.header != column.header));
            }
        }
    }
}
