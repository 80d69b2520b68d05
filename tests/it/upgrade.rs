//! Agent upgrades through the real CLI against a real `serve` (tasks advance every 0 s, so a
//! task finishes within a second): the task shows in `tasks list`, the agent ends at the
//! manager's version and leaves `agents outdated`; failures exit 3; `--dry-run` and a refusal
//! without `--yes` create nothing; ids from stdin go in batches of 100 merged into one answer.

use crate::common::{stdout_json, Server};
use serde_json::Value;
use std::time::{Duration, Instant};

/// A server whose upgrade tasks take no time per phase.
fn quick_server() -> Server {
    Server::start_with(&["--task-seconds", "0"])
}

/// Every task, as `tasks list -o json` prints them.
fn tasks(server: &Server, filters: &[&str]) -> Vec<Value> {
    let args = [&["tasks", "list", "-o", "json"], filters].concat();
    server.ok_json(&args).as_array().unwrap().clone()
}

/// Waits (up to 10 s) until the agent's last task has `status`.
fn wait_for_status(server: &Server, agent: &str, status: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let last = tasks(
            server,
            &["--agent", agent, "--sort", "-task_id", "--limit", "1"],
        );
        if last.first().is_some_and(|task| task["status"] == status) {
            return;
        }
        assert!(Instant::now() < deadline, "no {status} task: {last:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn ids(items: &Value, key: &str) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item[key].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn an_upgraded_agent_ends_at_the_managers_version_and_is_no_longer_outdated() {
    let server = quick_server();
    let outdated = server.ok_json(&["agents", "outdated", "-o", "json"]);
    assert!(ids(&outdated, "id").contains(&"003".to_string()));

    let created = server.ok_json(&["agents", "upgrade", "3", "--yes", "-o", "json"]);
    assert_eq!(ids(&created, "agent"), ["003"]);
    let task_id = created[0]["task_id"].clone();
    let listed = tasks(&server, &["--agent", "003"]);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["task_id"], task_id);
    assert_eq!(listed[0]["command"], "upgrade");
    assert_eq!(listed[0]["module"], "upgrade_module");

    wait_for_status(&server, "003", "Done");
    let agent = server.ok_json(&["agents", "get", "003", "-o", "json"]);
    let manager = server.ok_json(&["agents", "get", "000", "-o", "json"]);
    assert_eq!(agent[0]["version"], manager[0]["version"]);
    let outdated = server.ok_json(&["agents", "outdated", "-o", "json"]);
    assert!(!ids(&outdated, "id").contains(&"003".to_string()));

    let result = server.ok_json(&["agents", "upgrade-result", "3", "-o", "json"]);
    assert_eq!(result[0]["status"], "Done");
    assert_eq!(result[0]["task_id"], task_id);
    let table = server.run(&["tasks", "list", "--status", "Done", "-o", "table"]);
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.starts_with("ID") && table.contains("003"), "{table}");
}

#[test]
fn failures_are_listed_and_exit_3() {
    let server = quick_server();
    let output = server.run(&["agents", "upgrade", "001", "003", "999", "0", "--yes"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    for code in ["1824", "1701", "1703"] {
        assert!(stderr.contains(code), "{code} missing in {stderr}");
    }
    assert_eq!(tasks(&server, &[]).len(), 1);
}

#[test]
fn dry_run_and_refusal_create_no_task() {
    let server = quick_server();
    let output = server.run(&[
        "agents",
        "upgrade",
        "003",
        "--version",
        "4.12.0",
        "--dry-run",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    assert!(stdout.starts_with("curl -X PUT"), "{stdout}");
    assert!(
        stdout.contains("/agents/upgrade?agents_list=003"),
        "{stdout}"
    );
    let output = server.run(&[
        "agents",
        "upgrade",
        "003",
        "--custom",
        "/tmp/a.wpk",
        "--dry-run",
    ]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("/agents/upgrade_custom?"));

    for args in [
        &["agents", "upgrade", "003"][..],
        &["agents", "upgrade", "--all"],
    ] {
        let output = server.run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("--yes"), "{stderr}");
    }
    assert!(tasks(&server, &[]).is_empty());
}

#[test]
fn ids_from_stdin_go_in_batches_of_a_hundred_merged_into_one_answer() {
    let server = quick_server();
    let ids: String = (1..=250).map(|n| format!("{n}\n")).collect();
    let output = server
        .cmd()
        .args(["agents", "upgrade", "-", "--yes", "-o", "raw"])
        .write_stdin(ids)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let answer = stdout_json(&output);
    let data = &answer["data"];
    assert_eq!(self::ids(&data["affected_items"], "agent"), ["003", "006"]);
    assert_eq!(
        data["total_affected_items"].as_u64().unwrap()
            + data["total_failed_items"].as_u64().unwrap(),
        250
    );
}
