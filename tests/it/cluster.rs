//! `wazuh-ctl cluster ...` against `serve`'s demo cluster (the master this API runs on, two
//! workers installed under the data dir): status, nodes and their filters, health with the
//! agents active on each node, the local node and its `<cluster>` configuration, the nodes'
//! API configurations, validation of each node's own `ossec.conf`, ruleset synchronization;
//! unknown nodes (1730) and a user limited to one node.

use crate::common::Server;
use crate::security_can::as_analyst;
use crate::security_cli::{create_analyst, created_id, ok};
use serde_json::Value;

/// The `name` (or `info.name`) of each item.
fn names(items: &Value) -> Vec<String> {
    let name = |item: &Value| {
        item["name"]
            .as_str()
            .or(item["info"]["name"].as_str())
            .unwrap()
            .to_string()
    };
    items.as_array().unwrap().iter().map(name).collect()
}

#[test]
fn the_demo_cluster_answers_every_cluster_wide_read() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let status = server.ok_json(&["cluster", "status", "-o", "json"]);
    assert_eq!(
        (status["enabled"].as_str(), status["running"].as_str()),
        (Some("yes"), Some("yes"))
    );
    let nodes = server.ok_json(&["cluster", "nodes", "-o", "json"]);
    assert_eq!(names(&nodes), ["master-node", "worker1", "worker2"]);
    let workers = server.ok_json(&["cluster", "nodes", "--type", "worker", "-o", "json"]);
    assert_eq!(names(&workers), ["worker1", "worker2"]);
    let sorted = server.ok_json(&[
        "cluster",
        "nodes",
        "--sort",
        "-name",
        "-q",
        "type=worker",
        "-o",
        "json",
    ]);
    assert_eq!(names(&sorted), ["worker2", "worker1"]);
    // Health: each node's active agents are those the agents list says report to it.
    let health = server.ok_json(&["cluster", "health", "-o", "json"]);
    for node in health.as_array().unwrap() {
        let name = node["info"]["name"].as_str().unwrap();
        let q = format!("node_name={name};status=active");
        let agents = server.ok_json(&["agents", "list", "-q", &q, "--all", "-o", "json"]);
        assert_eq!(
            node["info"]["n_active_agents"],
            agents.as_array().unwrap().len(),
            "{name}"
        );
        let is_worker = node["info"]["type"] == "worker";
        assert_eq!(
            node["status"]["last_keep_alive"].is_string(),
            is_worker,
            "{node}"
        );
    }
    let local = server.ok_json(&["cluster", "local", "info", "-o", "json"]);
    assert_eq!(local[0]["node"], "master-node");
    let config = server.ok_json(&["cluster", "local", "config", "-o", "json"]);
    assert_eq!(
        (config[0]["node_type"].as_str(), config[0]["port"].as_u64()),
        (Some("master"), Some(1516))
    );
    assert_eq!(config[0]["disabled"], false);
    let api = server.ok_json(&["cluster", "api-config", "--nodes", "worker2", "-o", "json"]);
    assert_eq!(api[0]["node_name"], "worker2");
    assert_eq!(api[0]["node_api_config"]["max_upload_size"], 10_485_760);
    let synced = server.ok_json(&["cluster", "ruleset-sync", "-o", "json"]);
    assert!(synced
        .as_array()
        .unwrap()
        .iter()
        .all(|node| node["synced"] == true));
    // Each worker has its own ossec.conf: a broken one fails that node only.
    let validated = server.ok_json(&["cluster", "validate", "-o", "json"]);
    assert_eq!(names(&validated), ["master-node", "worker1", "worker2"]);
    let worker2 = data_dir.path().join("cluster/worker2/etc/ossec.conf");
    let text = std::fs::read_to_string(&worker2).unwrap();
    assert!(
        text.contains("<node_name>worker2</node_name>")
            && text.contains("<node_type>worker</node_type>")
    );
    std::fs::write(&worker2, "<ossec_config><remot/></ossec_config>").unwrap();
    let output = server.run(&["cluster", "validate", "-o", "json"]);
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("worker2") && stderr.contains("1908"),
        "{stderr}"
    );
}

#[test]
fn unknown_nodes_fail_with_1730_and_a_user_sees_only_its_nodes() {
    let server = Server::start();
    let output = server.run(&["cluster", "health", "--nodes", "worker1,nope", "-o", "json"]);
    assert_eq!(output.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("nope: Node does not exist (error 1730)")
    );
    let output = server.run(&["cluster", "nodes", "--nodes", "nope"]);
    assert_eq!(
        output.status.code(),
        Some(5),
        "every node asked for is unknown"
    );
    // A user whose policy reads node worker1 only.
    let policy =
        r#"{"actions": ["cluster:read"], "resources": ["node:id:worker1"], "effect": "allow"}"#;
    let policy = created_id(&ok(
        &server,
        &["security", "policies", "create", "worker1_read", policy],
    ));
    let role = created_id(&ok(
        &server,
        &["security", "roles", "create", "node_reader"],
    ));
    ok(
        &server,
        &["security", "roles", "add-policy", &role, &policy],
    );
    let user = create_analyst(&server);
    ok(&server, &["security", "users", "add-role", &user, &role]);
    let seen = as_analyst(&server, &["cluster", "nodes"]);
    assert!(
        seen.status.success(),
        "{}",
        String::from_utf8_lossy(&seen.stderr)
    );
    assert_eq!(
        names(&serde_json::from_slice(&seen.stdout).unwrap()),
        ["worker1"]
    );
    let health = as_analyst(&server, &["cluster", "health"]);
    assert_eq!(
        names(&serde_json::from_slice(&health.stdout).unwrap()),
        ["worker1"]
    );
    let denied = as_analyst(&server, &["cluster", "validate", "--nodes", "worker2"]);
    assert_eq!(denied.status.code(), Some(4));
}

#[test]
fn a_standalone_manager_answers_that_its_cluster_is_not_running() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let dir = data_dir.path().to_str().unwrap();
    let server = Server::start_with(&["--data-dir", dir, "--standalone"]);
    let status = server.ok_json(&["cluster", "status", "-o", "json"]);
    assert_eq!(
        (status["enabled"].as_str(), status["running"].as_str()),
        (Some("no"), Some("no"))
    );
    let config = server.ok_json(&["cluster", "local", "config", "-o", "json"]);
    assert_eq!(config[0]["disabled"], true);
    for verb in [
        &["nodes"][..],
        &["health"],
        &["local", "info"],
        &["validate"],
        &["ruleset-sync"],
        &["api-config"],
    ] {
        let mut args = vec!["cluster"];
        args.extend(verb);
        let output = server.run(&args);
        assert_eq!(output.status.code(), Some(2), "{verb:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("Cluster is not running") && stderr.contains("3013"),
            "{verb:?}: {stderr}"
        );
    }
    assert!(
        !data_dir.path().join("cluster").exists(),
        "no workers are installed"
    );
    // The manager itself is unaffected.
    let info = server.ok_json(&["manager", "info", "-o", "json"]);
    assert_eq!(info[0]["version"], "v4.12.0");
}
