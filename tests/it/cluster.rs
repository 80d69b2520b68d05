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
    let output = server.run(&["cluster", "node", "master-node", "info"]);
    assert_eq!(output.status.code(), Some(2), "a node-scoped read: 3013");
    // The manager itself is unaffected.
    let info = server.ok_json(&["manager", "info", "-o", "json"]);
    assert_eq!(info[0]["version"], "v4.12.0");
}

#[test]
fn the_manager_verbs_read_any_node_with_cluster_node_or_the_global_node_flag() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let dir = data_dir.path().to_str().unwrap();
    let server = Server::start_with(&["--data-dir", dir]);
    let info = server.ok_json(&["cluster", "node", "worker1", "info", "-o", "json"]);
    let worker1 = data_dir.path().join("cluster").join("worker1");
    assert_eq!(info[0]["path"], worker1.display().to_string());
    let same = server.ok_json(&["--node", "worker1", "manager", "info", "-o", "json"]);
    assert_eq!(same, info);
    let master = server.ok_json(&["manager", "info", "-o", "json"]);
    assert_eq!(master[0]["path"], dir);

    // Each worker logs its own start-up, in its own file.
    let logs = server.ok_json(&[
        "cluster",
        "node",
        "worker2",
        "logs",
        "--tag",
        "wazuh-analysisd",
        "-o",
        "json",
    ]);
    assert!(
        logs.as_array()
            .unwrap()
            .iter()
            .any(|line| line["description"]
                .as_str()
                .unwrap()
                .contains("Total rules enabled")),
        "{logs}"
    );
    assert!(worker1.join("logs/ossec.log").exists());

    // Daemons and statistics of a worker: its remoted counts the agents on it.
    let status = server.ok_json(&["cluster", "node", "worker2", "status", "-o", "json"]);
    assert_eq!(status[0]["wazuh-remoted"], "running");
    let on_worker1 = server.ok_json(&[
        "agents",
        "list",
        "-q",
        "node_name=worker1;status=active",
        "--all",
        "-o",
        "json",
    ]);
    let remoted = server.ok_json(&[
        "--node",
        "worker1",
        "manager",
        "stats",
        "--remoted",
        "-o",
        "json",
    ]);
    assert_eq!(
        remoted[0]["tcp_sessions"],
        on_worker1.as_array().unwrap().len() as f64
    );

    // The other reads of one node answer about that node.
    for verb in [
        &["daemon-stats", "--daemons", "wazuh-db"][..],
        &["stats", "--hourly"],
        &["stats", "--weekly"],
        &["stats", "--analysisd"],
        &["logs", "summary"],
        &["config", "get", "--section", "cluster"],
    ] {
        let mut args = vec!["cluster", "node", "worker2"];
        args.extend(verb);
        args.extend(["-o", "json"]);
        let answer = server.ok_json(&args);
        assert!(!answer.as_array().unwrap().is_empty(), "{verb:?}: {answer}");
    }
    let output = server.run(&["cluster", "node", "worker2", "stats"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "no events on worker2 today: 1308"
    );

    // The active configuration of a node's daemons.
    let cluster = server.ok_json(&[
        "cluster",
        "node",
        "worker2",
        "config",
        "component",
        "com",
        "cluster",
        "-o",
        "json",
    ]);
    assert_eq!(cluster[0]["cluster"]["node_name"], "worker2");
    let global = server.ok_json(&[
        "manager",
        "config",
        "component",
        "analysis",
        "global",
        "-o",
        "json",
    ]);
    assert_eq!(global[0]["global"]["jsonout_output"], "yes");
    let mail = server.run(&["manager", "config", "component", "mail", "alerts"]);
    assert_eq!(
        mail.status.code(),
        Some(3),
        "maild does not run: a failed item"
    );

    // One node's configuration: read, and replaced there only.
    let raw = server.run(&["cluster", "node", "worker1", "config", "get", "--raw"]);
    assert!(raw.status.success());
    let conf = String::from_utf8(raw.stdout).unwrap();
    assert!(conf.contains("<node_name>worker1</node_name>"));
    let edited = conf.replace("<logall>no</logall>", "<logall>yes</logall>");
    let file = data_dir.path().join("edited.conf");
    std::fs::write(&file, &edited).unwrap();
    let file = file.to_str().unwrap();
    ok(
        &server,
        &["cluster", "node", "worker1", "config", "set", file, "--yes"],
    );
    let worker_conf = std::fs::read_to_string(worker1.join("etc/ossec.conf")).unwrap();
    assert_eq!(worker_conf, edited);
    let master_conf = std::fs::read_to_string(data_dir.path().join("etc/ossec.conf")).unwrap();
    assert!(master_conf.contains("<logall>no</logall>"));
}

#[test]
fn node_flags_name_one_node_where_one_is_read_and_unknown_nodes_are_not_found() {
    let server = Server::start();
    let output = server.run(&["--node", "worker1,worker2", "manager", "info"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("reads one node"), "{stderr}");
    let output = server.run(&["cluster", "node", "nope", "status"]);
    assert_eq!(output.status.code(), Some(5), "1730 is a 404");
    assert!(String::from_utf8_lossy(&output.stderr).contains("1730"));
    // Over several nodes, the manager verbs go through nodes_list.
    let api = server.ok_json(&[
        "--nodes",
        "worker1,worker2",
        "manager",
        "api-config",
        "-o",
        "json",
    ]);
    let nodes: Vec<&str> = api
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["node_name"].as_str().unwrap())
        .collect();
    assert_eq!(nodes, ["worker1", "worker2"]);
    let output = server.run(&["--node", "worker1", "manager", "version-check"]);
    assert_eq!(output.status.code(), Some(2));
}
