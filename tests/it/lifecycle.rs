//! The whole agent life cycle as a shell script runs it, each step one CLI call whose output
//! feeds the next: add an agent, create a group and assign it with an active outdated agent,
//! set the group's configuration, restart the group's active members, upgrade them, poll
//! `tasks list` until the upgrade is done, then delete both agents.

use crate::common::Server;
use std::process::Output;
use std::time::{Duration, Instant};

/// The group configuration the script sets.
const AGENT_CONF: &str = "<agent_config>\n  <localfile>\n    <location>/var/log/app.log</location>\n    <log_format>syslog</log_format>\n  </localfile>\n</agent_config>\n";

/// Runs one step (with optional stdin) and expects success; returns stdout.
fn step(server: &Server, args: &[&str], stdin: Option<&str>) -> String {
    let mut cmd = server.cmd();
    cmd.args(args);
    if let Some(text) = stdin {
        cmd.write_stdin(text);
    }
    let output: Output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn add_group_configure_restart_upgrade_and_delete_as_a_script() {
    let server = Server::start_with(&["--task-seconds", "0"]);
    // id=$(wazuh-ctl agents add app-01 --ip 10.0.0.60 --jq .id)
    let id = step(
        &server,
        &[
            "agents",
            "add",
            "app-01",
            "--ip",
            "10.0.0.60",
            "--jq",
            ".id",
        ],
        None,
    );
    let id = id.trim();
    step(&server, &["groups", "create", "app"], None);
    step(&server, &["groups", "assign", "app", id, "003"], None);
    step(
        &server,
        &["groups", "config", "set", "app", "--file", "-"],
        Some(AGENT_CONF),
    );
    let config = step(&server, &["groups", "config", "get", "app"], None);
    assert!(config.contains("/var/log/app.log"), "{config}");

    // active=$(wazuh-ctl agents list --group app --status active --jq '.[].id')
    let active = step(
        &server,
        &[
            "agents", "list", "--group", "app", "--status", "active", "--jq", ".[].id",
        ],
        None,
    );
    assert_eq!(active.lines().collect::<Vec<_>>(), ["003"]);
    // echo "$active" | wazuh-ctl agents restart - --yes
    step(&server, &["agents", "restart", "-", "--yes"], Some(&active));
    // task=$(echo "$active" | wazuh-ctl agents upgrade - --yes --jq '.[].task_id')
    let task = step(
        &server,
        &["agents", "upgrade", "-", "--yes", "--jq", ".[].task_id"],
        Some(&active),
    );
    let task = task.trim();
    assert!(task.parse::<u64>().is_ok(), "{task:?}");

    // until [ "$(wazuh-ctl tasks list --task "$task" --jq '.[0].status')" = Done ]; do sleep 0.2; done
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let status = step(
            &server,
            &["tasks", "list", "--task", task, "--jq", ".[0].status"],
            None,
        );
        if status.trim() == "Done" {
            break;
        }
        assert!(Instant::now() < deadline, "task {task} stuck at {status}");
        std::thread::sleep(Duration::from_millis(200));
    }
    let versions = step(
        &server,
        &["agents", "list", "--group", "app", "--jq", ".[].version"],
        None,
    );
    let manager = step(
        &server,
        &["agents", "get", "000", "--jq", ".[].version"],
        None,
    );
    assert!(versions.lines().any(|v| v == manager.trim()), "{versions}");

    step(
        &server,
        &["agents", "delete", id, "003", "--status", "all", "--yes"],
        None,
    );
    let left = step(
        &server,
        &["agents", "list", "--group", "app", "--jq", ".[].id"],
        None,
    );
    assert!(left.trim().is_empty(), "{left}");
    // The task manager keeps the finished task.
    let kept = step(
        &server,
        &["tasks", "list", "--task", task, "--jq", ".[].agent_id"],
        None,
    );
    assert_eq!(kept.trim(), "003");
}
