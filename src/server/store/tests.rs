//! Store tests against real SQLite files in temp dirs.

use super::*;
use crate::server::auth::password;
use chrono::TimeZone;
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 5, 16, 28).unwrap()
}

fn open(dir: &tempfile::TempDir, agents: usize) -> Store {
    let seed = Seed { agents, now: now() };
    Store::open(&dir.path().join("wazuh.db"), &seed).unwrap()
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .conn()
        .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .unwrap()
}

fn field<'a>(agent: &'a Value, key: &str) -> &'a str {
    agent[key].as_str().unwrap_or_default()
}

#[test]
fn demo_agents_have_the_test_environment_topology() {
    let dir = tempfile::tempdir().unwrap();
    let agents = open(&dir, 12).agents_json().unwrap();
    let ids: Vec<&str> = agents.iter().map(|a| field(a, "id")).collect();
    assert_eq!(
        ids,
        [
            "000", "001", "002", "003", "004", "005", "006", "007", "008", "009", "010", "011",
            "012"
        ]
    );
    let statuses: Vec<&str> = agents.iter().map(|a| field(a, "status")).collect();
    assert_eq!(&statuses[..9], ["active"; 9]);
    assert_eq!(
        &statuses[9..],
        [
            "disconnected",
            "disconnected",
            "never_connected",
            "never_connected"
        ]
    );
    let groups: Vec<&Value> = agents.iter().map(|a| &a["group"]).collect();
    assert_eq!(groups[0], &Value::Null);
    assert_eq!(groups[1], &json!(["default", "group1"]));
    assert_eq!(groups[4], &json!(["default"]));
    assert_eq!(groups[5], &json!(["default", "group1", "group2"]));
    assert_eq!(groups[8], &json!(["default", "group1", "group2", "group3"]));
    assert_eq!(groups[10], &json!(["default", "group2"]));
    assert_eq!(groups[11], &Value::Null);
    assert_eq!(groups[12], &Value::Null);
    for agent in &agents[9..=10] {
        assert_eq!(field(agent, "version"), "Wazuh v3.9.2");
        assert!(agent.get("disconnection_time").is_some());
    }
}

#[test]
fn the_manager_and_an_agent_look_like_the_api() {
    let dir = tempfile::tempdir().unwrap();
    let agents = open(&dir, 12).agents_json().unwrap();
    let manager = &agents[0];
    assert_eq!(field(manager, "name"), "wazuh-master");
    assert_eq!(field(manager, "ip"), "127.0.0.1");
    assert_eq!(field(manager, "node_name"), "master-node");
    assert_eq!(field(manager, "version"), "Wazuh v4.12.0");
    assert_eq!(field(manager, "lastKeepAlive"), "9999-12-31T23:59:59+00:00");
    let keys: Vec<&str> = agents[1]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "os",
            "lastKeepAlive",
            "id",
            "dateAdd",
            "configSum",
            "manager",
            "group",
            "registerIP",
            "ip",
            "name",
            "status",
            "mergedSum",
            "version",
            "node_name",
            "group_config_status",
            "status_code"
        ]
    );
    let os_keys: Vec<&str> = agents[1]["os"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        os_keys,
        ["arch", "codename", "major", "minor", "name", "platform", "uname", "version"]
    );
    assert_eq!(field(&agents[5]["os"], "build"), "20348.2402");
    let keep_alive =
        chrono::DateTime::parse_from_rfc3339(field(&agents[1], "lastKeepAlive")).unwrap();
    assert!(keep_alive <= now() && keep_alive > now() - chrono::Duration::minutes(1));
    assert!(field(&agents[1], "dateAdd").ends_with("+00:00"));
    assert!(agents
        .iter()
        .all(|a| a.get("agent_key").is_none() && a.get("key").is_none()));
}

#[test]
fn never_connected_agents_have_only_registration_fields() {
    let dir = tempfile::tempdir().unwrap();
    let agents = open(&dir, 12).agents_json().unwrap();
    let keys: Vec<&str> = agents[12]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "id",
            "dateAdd",
            "registerIP",
            "ip",
            "name",
            "status",
            "node_name",
            "group_config_status",
            "status_code"
        ]
    );
    assert_eq!(agents[12]["status_code"], json!(0));
    assert_eq!(agents[9]["status_code"], json!(4));
}

#[test]
fn groups_count_their_agents() {
    let dir = tempfile::tempdir().unwrap();
    let groups = open(&dir, 12).groups_json().unwrap();
    let counts: Vec<(&str, i64)> = groups
        .iter()
        .map(|g| (field(g, "name"), g["count"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        counts,
        [("default", 10), ("group1", 5), ("group2", 5), ("group3", 4)]
    );
    let keys: Vec<&str> = groups[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["name", "count", "mergedSum", "configSum"]);
    assert_eq!(field(&groups[0], "mergedSum").len(), 32);
}

#[test]
fn an_agent_in_default_only_has_the_default_checksums() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir, 12);
    let default = store.groups_json().unwrap().remove(0);
    let agent_4 = store.agents_json().unwrap().remove(4);
    assert_eq!(agent_4["group"], json!(["default"]));
    assert_eq!(agent_4["configSum"], default["configSum"]);
    assert_eq!(agent_4["mergedSum"], default["mergedSum"]);
}

#[test]
fn cluster_nodes_master_first() {
    let dir = tempfile::tempdir().unwrap();
    let nodes = open(&dir, 12).cluster_nodes().unwrap();
    let names: Vec<(&str, &str)> = nodes
        .iter()
        .map(|n| (field(n, "name"), field(n, "type")))
        .collect();
    assert_eq!(
        names,
        [
            ("master-node", "master"),
            ("worker1", "worker"),
            ("worker2", "worker")
        ]
    );
}

#[test]
fn reopening_keeps_the_data_and_does_not_reseed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wazuh.db");
    let first = open(&dir, 12);
    let agents = first.agents_json().unwrap();
    first.revoke_user_tokens(1, 1_700_000_000).unwrap();
    let wui_hash = first
        .user_by_name("wazuh-wui")
        .unwrap()
        .unwrap()
        .password_hash;
    drop(first);
    let later = Seed {
        agents: 40,
        now: now() + chrono::Duration::days(3),
    };
    let again = Store::open(&path, &later).unwrap();
    assert_eq!(again.agents_json().unwrap(), agents);
    assert_eq!(count(&again, "users"), 2);
    assert_eq!(
        again.user_tokens_not_before(1).unwrap(),
        Some(1_700_000_000)
    );
    assert_eq!(
        again
            .user_by_name("wazuh-wui")
            .unwrap()
            .unwrap()
            .password_hash,
        wui_hash
    );
}

#[test]
fn the_file_uses_wal() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir, 12);
    let mode: String = store
        .conn()
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let sync: i64 = store
        .conn()
        .pragma_query_value(None, "synchronous", |row| row.get(0))
        .unwrap();
    assert_eq!(sync, 1);
}

#[cfg(unix)]
#[test]
fn the_database_and_its_wal_are_private_to_the_owner() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wazuh.db");
    let mode = |suffix: &str| {
        let file = format!("{}{suffix}", path.display());
        std::fs::metadata(file).unwrap().permissions().mode() & 0o777
    };
    let store = open(&dir, 12);
    store.delete_agents(&[3]).unwrap();
    assert_eq!((mode(""), mode("-wal")), (0o600, 0o600));
    drop(store);

    let open_to_all = std::fs::Permissions::from_mode(0o644);
    std::fs::set_permissions(&path, open_to_all).unwrap();
    let _reopened = open(&dir, 12);
    assert_eq!(mode(""), 0o600, "an existing database is made private too");
}

#[test]
fn two_thousand_agents_are_varied_and_grouped() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir, 2000);
    let agents = store.agents_json().unwrap();
    assert_eq!(agents.len(), 2001);
    assert_eq!(field(&agents[2000], "id"), "2000");
    let statuses: BTreeSet<&str> = agents.iter().map(|a| field(a, "status")).collect();
    assert_eq!(
        statuses,
        BTreeSet::from(["active", "disconnected", "never_connected", "pending"])
    );
    let platforms: BTreeSet<&str> = agents.iter().map(|a| field(&a["os"], "platform")).collect();
    assert!(platforms.is_superset(&BTreeSet::from([
        "ubuntu", "centos", "debian", "windows", "darwin"
    ])));
    let groups = store.groups_json().unwrap();
    let group_names: BTreeSet<&str> = groups.iter().map(|g| field(g, "name")).collect();
    assert_eq!(
        group_names,
        BTreeSet::from(["default", "group1", "group2", "group3"])
    );
    let mut members = 0;
    for agent in &agents[1..] {
        if let Some(list) = agent["group"].as_array() {
            assert_eq!(list[0], "default");
            assert!(list
                .iter()
                .all(|g| group_names.contains(g.as_str().unwrap())));
            members += list.len() as i64;
        }
    }
    let total: i64 = groups.iter().map(|g| g["count"].as_i64().unwrap()).sum();
    assert_eq!(total, members);
}

#[test]
fn default_rbac_objects_are_seeded() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir, 12);
    assert_eq!(count(&store, "users"), 2);
    assert_eq!(count(&store, "roles"), 7);
    assert_eq!(count(&store, "policies"), 35);
    assert_eq!(count(&store, "security_rules"), 2);
    assert_eq!(store.user_role_ids(1).unwrap(), [1]);
    assert_eq!(store.user_role_ids(2).unwrap(), [1]);
    let wazuh = store.user_by_name("wazuh").unwrap().unwrap();
    assert_eq!((wazuh.id, wazuh.allow_run_as), (1, true));
    assert!(password::verify("wazuh", &wazuh.password_hash));
    assert!(!password::verify("wazuh-wui", &wazuh.password_hash));
    assert!(store.user_by_name("nobody").unwrap().is_none());
}

#[test]
fn user_me_expands_roles_policies_and_rules() {
    let dir = tempfile::tempdir().unwrap();
    let me = open(&dir, 12).user_me(1).unwrap();
    let keys: Vec<&str> = me.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["id", "username", "allow_run_as", "roles"]);
    assert_eq!(
        (me["id"].clone(), me["username"].clone()),
        (json!(1), json!("wazuh"))
    );
    let role = &me["roles"][0];
    assert_eq!(role["name"], "administrator");
    let policy_ids: Vec<i64> = role["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    assert_eq!(
        policy_ids,
        [1, 2, 3, 6, 7, 8, 29, 30, 12, 14, 15, 18, 19, 21, 23, 24, 16, 25, 27, 28, 33, 34, 35]
    );
    assert_eq!(
        role["policies"][0],
        json!({"id": 1, "name": "agents_all_resourceless", "policy": {
            "actions": ["agent:create", "group:create", "agent:uninstall"],
            "resources": ["*:*:*"], "effect": "allow"}})
    );
    assert_eq!(
        role["rules"][1],
        json!({"id": 2, "name": "wui_opensearch_admin", "rule": {"FIND": {"user_name": "admin"}}})
    );
    assert!(matches!(
        open(&dir, 12).user_me(77),
        Err(StoreError::UserNotFound(77))
    ));
}

#[test]
fn user_me_with_other_roles() {
    let dir = tempfile::tempdir().unwrap();
    let me = open(&dir, 12).user_me_with_roles(2, &[4, 99]).unwrap();
    assert_eq!(me["username"], "wazuh-wui");
    assert_eq!(me["roles"].as_array().unwrap().len(), 1);
    assert_eq!(me["roles"][0]["name"], "agents_readonly");
    assert_eq!(me["roles"][0]["rules"], json!([]));
}

#[test]
fn token_revocations_round_trip_and_only_move_forward() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir, 12);
    assert_eq!(store.user_tokens_not_before(1).unwrap(), None);
    store.revoke_user_tokens(1, 1_800_000_000).unwrap();
    assert_eq!(
        store.user_tokens_not_before(1).unwrap(),
        Some(1_800_000_000)
    );
    store.revoke_user_tokens(1, 1_700_000_000).unwrap();
    assert_eq!(
        store.user_tokens_not_before(1).unwrap(),
        Some(1_800_000_000)
    );
    store.revoke_user_tokens(1, 1_900_000_000).unwrap();
    assert_eq!(
        store.user_tokens_not_before(1).unwrap(),
        Some(1_900_000_000)
    );
    assert_eq!(store.user_tokens_not_before(2).unwrap(), None);
}

#[test]
fn security_config_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir, 12);
    let defaults = SecurityConfig {
        auth_token_exp_timeout: 900,
        rbac_mode: "white".into(),
    };
    assert_eq!(store.security_config().unwrap(), defaults);
    let changed = SecurityConfig {
        auth_token_exp_timeout: 3600,
        rbac_mode: "black".into(),
    };
    store.set_security_config(&changed).unwrap();
    assert_eq!(store.security_config().unwrap(), changed);
    drop(store);
    assert_eq!(open(&dir, 12).security_config().unwrap(), changed);
}
