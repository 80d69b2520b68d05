//! Wazuh's default RBAC data: the two default users, roles 1..7, security rules 1..2 and
//! policies 1..35 with their ids, names and links in Wazuh's order. Ids up to 99 are reserved
//! for these defaults.

/// A default API user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct User {
    /// User id.
    pub id: i64,
    /// Login name.
    pub username: &'static str,
    /// Default password (hashed when seeded).
    pub password: &'static str,
    /// Whether the user may log in with `run_as`.
    pub allow_run_as: bool,
    /// Role ids, in link order.
    pub roles: &'static [i64],
}

/// A default role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    /// Role id.
    pub id: i64,
    /// Role name.
    pub name: &'static str,
    /// Policy ids, in link order.
    pub policies: &'static [i64],
    /// Security rule ids, in link order.
    pub rules: &'static [i64],
}

/// A default security rule (maps an authorization context to roles for `run_as` logins).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Rule id.
    pub id: i64,
    /// Rule name.
    pub name: &'static str,
    /// The rule body as JSON.
    pub rule: &'static str,
}

/// A default policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Policy id.
    pub id: i64,
    /// Policy name (`<group>_<sub>`).
    pub name: &'static str,
    /// RBAC actions.
    pub actions: &'static [&'static str],
    /// Resources the actions apply to.
    pub resources: &'static [&'static str],
    /// `allow` or `deny`.
    pub effect: &'static str,
}

/// The default users.
pub const USERS: [User; 2] = [
    User {
        id: 1,
        username: "wazuh",
        password: "wazuh",
        allow_run_as: true,
        roles: &[1],
    },
    User {
        id: 2,
        username: "wazuh-wui",
        password: "wazuh-wui",
        allow_run_as: true,
        roles: &[1],
    },
];

/// The default roles.
pub const ROLES: [Role; 7] = [
    Role {
        id: 1,
        name: "administrator",
        policies: &[
            1, 2, 3, 6, 7, 8, 29, 30, 12, 14, 15, 18, 19, 21, 23, 24, 16, 25, 27, 28, 33, 34, 35,
        ],
        rules: &[1, 2],
    },
    Role {
        id: 2,
        name: "readonly",
        policies: &[4, 5, 12, 31, 32, 13, 17, 20, 22, 16, 25, 26, 28],
        rules: &[],
    },
    Role {
        id: 3,
        name: "users_admin",
        policies: &[9, 10],
        rules: &[],
    },
    Role {
        id: 4,
        name: "agents_readonly",
        policies: &[4, 5],
        rules: &[],
    },
    Role {
        id: 5,
        name: "agents_admin",
        policies: &[1, 2, 3],
        rules: &[],
    },
    Role {
        id: 6,
        name: "cluster_readonly",
        policies: &[31, 32],
        rules: &[],
    },
    Role {
        id: 7,
        name: "cluster_admin",
        policies: &[29, 30],
        rules: &[],
    },
];

/// The default security rules.
pub const RULES: [Rule; 2] = [
    Rule {
        id: 1,
        name: "wui_elastic_admin",
        rule: r#"{"FIND": {"username": "elastic"}}"#,
    },
    Rule {
        id: 2,
        name: "wui_opensearch_admin",
        rule: r#"{"FIND": {"user_name": "admin"}}"#,
    },
];

const ANY: &[&str] = &["*:*:*"];
const AGENT_IDS: &[&str] = &["agent:id:*"];
const AGENT_IDS_AND_GROUPS: &[&str] = &["agent:id:*", "agent:group:*"];
const NODE_IDS: &[&str] = &["node:id:*"];

const fn allow(
    id: i64,
    name: &'static str,
    actions: &'static [&'static str],
    resources: &'static [&'static str],
) -> Policy {
    Policy {
        id,
        name,
        actions,
        resources,
        effect: "allow",
    }
}

/// The default policies, by id.
pub const POLICIES: [Policy; 35] = [
    allow(
        1,
        "agents_all_resourceless",
        &["agent:create", "group:create", "agent:uninstall"],
        ANY,
    ),
    allow(
        2,
        "agents_all_agents",
        &[
            "agent:read",
            "agent:delete",
            "agent:modify_group",
            "agent:reconnect",
            "agent:restart",
            "agent:upgrade",
        ],
        AGENT_IDS_AND_GROUPS,
    ),
    allow(
        3,
        "agents_all_groups",
        &[
            "group:read",
            "group:delete",
            "group:update_config",
            "group:modify_assignments",
        ],
        &["group:id:*"],
    ),
    allow(
        4,
        "agents_read_agents",
        &["agent:read"],
        AGENT_IDS_AND_GROUPS,
    ),
    allow(5, "agents_read_groups", &["group:read"], &["group:id:*"]),
    allow(
        6,
        "agents_commands_agents",
        &["active-response:command"],
        AGENT_IDS,
    ),
    allow(
        7,
        "security_all_resourceless",
        &[
            "security:create",
            "security:create_user",
            "security:read_config",
            "security:update_config",
            "security:revoke",
            "security:edit_run_as",
        ],
        ANY,
    ),
    allow(
        8,
        "security_all_security",
        &["security:read", "security:update", "security:delete"],
        &["role:id:*", "policy:id:*", "user:id:*", "rule:id:*"],
    ),
    allow(
        9,
        "users_all_resourceless",
        &[
            "security:create_user",
            "security:revoke",
            "security:edit_run_as",
        ],
        ANY,
    ),
    allow(
        10,
        "users_all_users",
        &["security:read", "security:update", "security:delete"],
        &["user:id:*"],
    ),
    allow(
        11,
        "users_modify_run_as_flag",
        &["security:edit_run_as"],
        ANY,
    ),
    allow(12, "ciscat_read_ciscat", &["ciscat:read"], AGENT_IDS),
    allow(
        13,
        "decoders_read_decoders",
        &["decoders:read"],
        &["decoder:file:*"],
    ),
    allow(
        14,
        "decoders_all_files",
        &["decoders:read", "decoders:delete"],
        &["decoder:file:*"],
    ),
    allow(15, "decoders_all_resourceless", &["decoders:update"], ANY),
    allow(16, "mitre_read_mitre", &["mitre:read"], ANY),
    allow(17, "lists_read_rules", &["lists:read"], &["list:file:*"]),
    allow(
        18,
        "lists_all_rules",
        &["lists:read", "lists:delete"],
        &["list:file:*"],
    ),
    allow(19, "lists_all_resourceless", &["lists:update"], ANY),
    allow(
        20,
        "rootcheck_read_rootcheck",
        &["rootcheck:read"],
        AGENT_IDS,
    ),
    allow(
        21,
        "rootcheck_all_rootcheck",
        &["rootcheck:clear", "rootcheck:read", "rootcheck:run"],
        AGENT_IDS,
    ),
    allow(22, "rules_read_rules", &["rules:read"], &["rule:file:*"]),
    allow(
        23,
        "rules_all_files",
        &["rules:read", "rules:delete"],
        &["rule:file:*"],
    ),
    allow(24, "rules_all_resourceless", &["rules:update"], ANY),
    allow(25, "sca_read_sca", &["sca:read"], AGENT_IDS),
    allow(26, "syscheck_read_syscheck", &["syscheck:read"], AGENT_IDS),
    allow(
        27,
        "syscheck_all_syscheck",
        &["syscheck:clear", "syscheck:read", "syscheck:run"],
        AGENT_IDS,
    ),
    allow(
        28,
        "syscollector_read_syscollector",
        &["syscollector:read"],
        AGENT_IDS,
    ),
    allow(
        29,
        "cluster_all_resourceless",
        &[
            "cluster:status",
            "manager:read",
            "manager:read_api_config",
            "manager:update_config",
            "manager:restart",
        ],
        ANY,
    ),
    allow(
        30,
        "cluster_all_nodes",
        &[
            "cluster:read_api_config",
            "cluster:read",
            "cluster:restart",
            "cluster:update_config",
        ],
        NODE_IDS,
    ),
    allow(
        31,
        "cluster_read_resourceless",
        &["cluster:status", "manager:read", "manager:read_api_config"],
        ANY,
    ),
    // Wazuh's default lists `cluster:read_api_config` twice here; kept as Wazuh stores it.
    allow(
        32,
        "cluster_read_nodes",
        &[
            "cluster:read_api_config",
            "cluster:read",
            "cluster:read_api_config",
        ],
        NODE_IDS,
    ),
    allow(33, "logtest_all_logtest", &["logtest:run"], ANY),
    allow(34, "task_status_task", &["task:status"], ANY),
    allow(35, "events_ingest_resourceless", &["event:ingest"], ANY),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_one_to_n_in_order() {
        for (index, policy) in POLICIES.iter().enumerate() {
            assert_eq!(policy.id, index as i64 + 1, "{}", policy.name);
        }
        for (index, role) in ROLES.iter().enumerate() {
            assert_eq!(role.id, index as i64 + 1, "{}", role.name);
        }
    }

    #[test]
    fn every_link_points_at_an_existing_object() {
        let policy_ids = 1..=POLICIES.len() as i64;
        let rule_ids: Vec<i64> = RULES.iter().map(|r| r.id).collect();
        for role in ROLES {
            assert!(role.policies.iter().all(|id| policy_ids.contains(id)));
            assert!(role.rules.iter().all(|id| rule_ids.contains(id)));
        }
        for user in USERS {
            assert!(user.roles.iter().all(|id| (1..=7).contains(id)));
        }
    }

    #[test]
    fn rules_are_json_objects() {
        for rule in RULES {
            let parsed: serde_json::Value = serde_json::from_str(rule.rule).unwrap();
            assert!(parsed.is_object(), "{}", rule.name);
        }
    }
}
