//! Agent commands through the real CLI against a real `serve`: restart and reconnect with mixed
//! ids, restart by group, the refusal without `--yes`, and `--dry-run`.

use crate::common::{stdout_json, Server};
use serde_json::Value;

/// The agents (not the manager) with a status, as JSON items.
fn agents_with_status(server: &Server, status: &str) -> Vec<Value> {
    let agents = server.ok_json(&[
        "agents", "list", "--status", status, "-q", "id!=000", "-o", "json",
    ]);
    agents.as_array().unwrap().clone()
}

fn id_of(agent: &Value) -> String {
    agent["id"].as_str().unwrap().to_string()
}

/// The ids an answer's command was sent to.
fn affected(answer: &Value) -> Vec<String> {
    answer["data"]["affected_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn mixed_ids_restart_the_active_agents_and_list_the_others_as_failures() {
    let server = Server::start();
    let active = id_of(&agents_with_status(&server, "active")[0]);
    let disconnected = id_of(&agents_with_status(&server, "disconnected")[0]);
    for verb in ["restart", "reconnect"] {
        let output = server.run(&[
            "agents",
            verb,
            &active,
            &disconnected,
            "0",
            "999",
            "--yes",
            "-o",
            "raw",
        ]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(3), "{verb}: {stderr}");
        for code in ["1707", "1703", "1701"] {
            assert!(stderr.contains(code), "{verb}: {code} missing in {stderr}");
        }
        assert!(
            stderr.contains(&disconnected) && stderr.contains("999"),
            "{stderr}"
        );
        assert_eq!(
            affected(&stdout_json(&output)),
            std::slice::from_ref(&active),
            "{verb}"
        );
    }
}

#[test]
fn restart_by_group_sends_to_its_active_members() {
    let server = Server::start();
    let members = server.ok_json(&["groups", "agents", "default", "-o", "json"]);
    let active_members: Vec<String> = members
        .as_array()
        .unwrap()
        .iter()
        .filter(|agent| agent["status"] == "active")
        .map(id_of)
        .collect();
    assert!(!active_members.is_empty());
    let output = server.run(&[
        "agents", "restart", "--group", "default", "--yes", "-o", "raw",
    ]);
    let answer = stdout_json(&output);
    let mut sent = affected(&answer);
    sent.sort();
    assert_eq!(sent, active_members, "{answer}");
    let output = server.run(&["agents", "restart", "--group", "nope", "--yes"]);
    assert_eq!(output.status.code(), Some(5));
    let output = server.run(&["agents", "restart", "--node", "nope", "--yes"]);
    assert_eq!(output.status.code(), Some(5));
}

#[test]
fn without_yes_and_without_a_terminal_nothing_is_sent() {
    let server = Server::start();
    let refused: &[&[&str]] = &[
        &["agents", "restart", "001"],
        &["agents", "restart", "--all"],
        &["agents", "restart", "--group", "default"],
        &["agents", "restart", "--node", "worker1"],
        &["agents", "reconnect", "001"],
    ];
    let before = agents_with_status(&server, "active");
    for args in refused {
        let output = server.run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("--yes"), "{args:?}: {stderr}");
    }
    assert_eq!(agents_with_status(&server, "active"), before);
}

#[test]
fn dry_run_prints_curl_and_changes_nothing() {
    let server = Server::start();
    let before = agents_with_status(&server, "active");
    let dry_runs: &[&[&str]] = &[
        &["agents", "restart", "001", "002"],
        &["agents", "restart", "--all"],
        &["agents", "restart", "--group", "default"],
        &["agents", "restart", "--node", "worker1"],
        &["agents", "reconnect", "--all"],
    ];
    for args in dry_runs {
        let output = server.run(&[*args, &["--dry-run"]].concat());
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{args:?}");
        assert!(stdout.starts_with("curl -X PUT"), "{args:?}: {stdout}");
        assert!(stdout.contains("/restart") || stdout.contains("/reconnect"));
    }
    assert_eq!(agents_with_status(&server, "active"), before);
}

#[test]
fn ids_from_stdin_go_in_batches_merged_into_one_answer() {
    let server = Server::start();
    let mut active: Vec<String> = agents_with_status(&server, "active")
        .iter()
        .map(id_of)
        .collect();
    active.sort();
    let ids: String = (1..=1100).map(|n| format!("{n:03}\n")).collect();
    let output = server
        .cmd()
        .args(["agents", "restart", "-", "--yes", "-o", "raw"])
        .write_stdin(ids)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let answer = stdout_json(&output);
    let mut sent = affected(&answer);
    sent.sort();
    assert_eq!(sent, active);
    let data = &answer["data"];
    assert_eq!(
        data["total_affected_items"].as_u64().unwrap()
            + data["total_failed_items"].as_u64().unwrap(),
        1100
    );
}
