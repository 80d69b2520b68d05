//! The agent reports through the real CLI against a real `serve` (the demo fleet: 12 agents
//! and the manager): `agents outdated`, `agents stats distinct`, `agents sync` and
//! `agents uninstall-check`, in JSON and as tables, with their exit codes.

use crate::common::{stdout_json, Server};
use serde_json::{json, Value};

/// Runs the CLI, expects success and returns stdout.
fn text_of(server: &Server, args: &[&str]) -> String {
    let output = server.run(args);
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// A field of every item of a JSON array.
fn column(items: &Value, field: &str) -> Vec<Value> {
    items
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {items}"))
        .iter()
        .map(|item| item[field].clone())
        .collect()
}

#[test]
fn outdated_lists_every_agent_behind_the_manager_whatever_its_status() {
    let server = Server::start();
    let outdated = server.ok_json(&["agents", "outdated", "-o", "json"]);
    assert_eq!(
        column(&outdated, "id"),
        [json!("003"), json!("006"), json!("009"), json!("010")]
    );
    assert_eq!(
        column(&outdated, "version"),
        [
            json!("Wazuh v4.11.2"),
            json!("Wazuh v4.10.1"),
            json!("Wazuh v3.9.2"),
            json!("Wazuh v3.9.2")
        ]
    );
    let active = server.ok_json(&["agents", "outdated", "-q", "status=active", "-o", "json"]);
    assert_eq!(column(&active, "id"), [json!("003"), json!("006")]);
    let newest_first = server.ok_json(&[
        "agents", "outdated", "--sort", "-version", "--limit", "1", "-o", "json",
    ]);
    assert_eq!(column(&newest_first, "id"), [json!("003")]);
    let names = server.ok_json(&[
        "--fields", "name", "agents", "outdated", "-q", "id=6", "-o", "json",
    ]);
    assert_eq!(names, json!([{"id": "006", "name": "wazuh-agent6"}]));
}

#[test]
fn stats_distinct_counts_combinations_and_leaves_global_fields_to_the_output() {
    let server = Server::start();
    let statuses = server.ok_json(&["agents", "stats", "distinct", "status", "-o", "json"]);
    assert_eq!(
        statuses,
        json!([
            {"status": "active", "count": 9},
            {"status": "disconnected", "count": 2},
            {"status": "never_connected", "count": 2},
        ])
    );
    let pairs = server.ok_json(&[
        "agents",
        "stats",
        "distinct",
        "os.platform,version",
        "-q",
        "status=never_connected",
        "-o",
        "json",
    ]);
    assert_eq!(
        pairs,
        json!([{"os": {"platform": "N/A"}, "version": "N/A", "count": 2}])
    );
    let table = text_of(
        &server,
        &[
            "--fields", "count", "agents", "stats", "distinct", "status", "-o", "table",
        ],
    );
    assert_eq!(table.lines().collect::<Vec<_>>(), ["COUNT", "9", "2", "2"]);
}

#[test]
fn stats_distinct_needs_fields_and_refuses_unknown_ones() {
    let server = Server::start();
    let missing = server.run(&["agents", "stats", "distinct"]);
    assert_eq!(missing.status.code(), Some(2));
    let unknown = server.run(&["agents", "stats", "distinct", "colour"]);
    assert!(!unknown.status.success());
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("1724"),
        "{}",
        String::from_utf8_lossy(&unknown.stderr)
    );
}

#[test]
fn sync_reports_each_agent_and_fails_unknown_ones() {
    let server = Server::start();
    let synced = server.ok_json(&["agents", "sync", "1", "003", "-o", "json"]);
    assert_eq!(
        synced,
        json!([{"id": "001", "synced": true}, {"id": "003", "synced": false}])
    );
    let table = text_of(&server, &["agents", "sync", "1", "-o", "table"]);
    assert_eq!(
        table.lines().collect::<Vec<_>>(),
        ["ID   SYNCED", "001  true"]
    );
    let partial = server.run(&["agents", "sync", "1", "1701", "-o", "json"]);
    assert_eq!(partial.status.code(), Some(3));
    assert_eq!(column(&stdout_json(&partial), "id"), [json!("001")]);
    let stderr = String::from_utf8_lossy(&partial.stderr);
    assert!(stderr.contains("1701: Agent does not exist"), "{stderr}");
    let unknown = server.run(&["agents", "sync", "1701"]);
    assert_eq!(unknown.status.code(), Some(5));
}

#[test]
fn uninstall_check_prints_the_servers_answer() {
    let server = Server::start();
    let text = text_of(&server, &["agents", "uninstall-check", "-o", "table"]);
    assert_eq!(text, "User has permission to uninstall agents.\n");
    let answer = server.ok_json(&["agents", "uninstall-check", "-o", "json"]);
    assert_eq!(
        answer["message"],
        "User has permission to uninstall agents."
    );
}
