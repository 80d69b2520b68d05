//! An agent's active configuration and statistics through the real CLI against a real
//! `serve`: `agents config`, `agents daemon-stats`, `agents stats component`, a group's
//! `agent.conf` showing in its agents' configuration, and the errors of an inactive agent.

use crate::common::Server;

#[test]
fn config_prints_the_section_as_a_json_document() {
    let server = Server::start();
    let client = server.ok_json(&["agents", "config", "001", "agent", "client"]);
    assert_eq!(client["client"]["notify_time"], 10);
    assert_eq!(client["client"]["server"][0]["port"], 1514);
    let profile = server.run(&[
        "agents",
        "config",
        "1",
        "agent",
        "client",
        "--jq",
        ".client[\"config-profile\"]",
    ]);
    let text = String::from_utf8_lossy(&profile.stdout);
    assert_eq!(text.trim(), "ubuntu, ubuntu22, ubuntu22.04");
    let output = server.run(&["agents", "config", "001", "agent", "nope"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_group_agent_conf_label_shows_in_the_agent_configuration() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let conf = dir.path().join("agent.conf");
    std::fs::write(
        &conf,
        "<agent_config>\n  <labels><label key=\"team\">blue</label></labels>\n</agent_config>\n",
    )
    .unwrap();
    let output = server.run(&[
        "groups",
        "config",
        "set",
        "group1",
        "--file",
        conf.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let labels = server.ok_json(&["agents", "config", "001", "agent", "labels"]);
    assert_eq!(labels["labels"][0]["key"], "team");
    assert_eq!(labels["labels"][0]["value"], "blue");
}

#[test]
fn daemon_stats_show_one_row_per_daemon() {
    let server = Server::start();
    let items = server.ok_json(&["agents", "daemon-stats", "001", "-o", "json"]);
    let names: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["wazuh-remoted", "wazuh-analysisd"]);
    let only = server.ok_json(&[
        "agents",
        "daemon-stats",
        "001",
        "--daemon",
        "wazuh-analysisd",
        "-o",
        "json",
    ]);
    assert_eq!(only.as_array().unwrap().len(), 1);
    let table = server.run(&["agents", "daemon-stats", "001", "-o", "table"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.starts_with("DAEMON"), "{text}");
    assert!(text.contains("wazuh-analysisd"));
}

#[test]
fn component_stats_count_the_agent_log_files() {
    let server = Server::start();
    let state = server.ok_json(&["agents", "stats", "component", "001", "logcollector"]);
    let files = state[0]["global"]["files"].as_array().unwrap();
    assert!(files.iter().any(|file| file["location"] == "journald"));
    let agent = server.ok_json(&["agents", "stats", "component", "001", "agent", "-o", "json"]);
    assert_eq!(agent[0]["status"], "connected");
}

#[test]
fn an_inactive_agent_is_refused_with_wazuh_codes() {
    let server = Server::start();
    let output = server.run(&["agents", "config", "009", "agent", "client"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr.lines().next(),
        Some("wazuh-ctl: error: Action only available for active agents (error 1740)")
    );
    let output = server.run(&["agents", "daemon-stats", "009"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("009: Cannot send request, agent is not active (error 1707)"));
    let output = server.run(&["agents", "config", "999", "agent", "client"]);
    assert_eq!(output.status.code(), Some(5));
}
