//! Fleet administration through the real CLI against a real `serve`: the agent life cycle as a
//! script runs it, bulk verbs with mixed ids, group configurations, confirmations, `--dry-run`
//! and ids from stdin.

use crate::common::{clean_env, stdout_json, Server};
use assert_cmd::cargo::cargo_bin;
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

/// A well-formed `agent.conf`.
const GOOD_CONF: &str =
    "<agent_config>\n  <localfile>\n    <location>/var/log/web.log</location>\n    \
                         <log_format>syslog</log_format>\n  </localfile>\n</agent_config>\n";

/// Runs the CLI with arguments and optional stdin.
fn run(server: &Server, args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = server.cmd();
    cmd.args(args);
    if let Some(text) = stdin {
        cmd.write_stdin(text);
    }
    cmd.output().unwrap()
}

/// Runs the CLI and expects success; returns stdout.
fn ok(server: &Server, args: &[&str]) -> String {
    let output = run(server, args, None);
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The exit code and stderr of a run.
fn code_and_stderr(output: &Output) -> (i32, String) {
    (
        output.status.code().unwrap(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The ids of the agents of a group.
fn group_members(server: &Server, group: &str) -> Vec<String> {
    ids_of(&serde_json::from_str(&ok(server, &["groups", "agents", group, "-o", "json"])).unwrap())
}

/// The ids of a JSON array of items.
fn ids_of(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {items}"))
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_string())
        .collect()
}

/// The ids of every agent.
fn all_agents(server: &Server) -> Vec<String> {
    ids_of(&serde_json::from_str(&ok(server, &["agents", "list", "--all", "-o", "json"])).unwrap())
}

/// The names of every group.
fn all_groups(server: &Server) -> Vec<String> {
    let groups: Value =
        serde_json::from_str(&ok(server, &["groups", "list", "-o", "json"])).unwrap();
    groups
        .as_array()
        .unwrap()
        .iter()
        .map(|group| group["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_agent_life_cycle_runs_as_a_script() {
    let server = Server::start();
    let added = ok(
        &server,
        &["agents", "add", "web-01", "--ip", "10.0.0.50", "-o", "json"],
    );
    let added: Value = serde_json::from_str(&added).unwrap();
    let id = added["id"].as_str().expect("an id").to_string();
    assert!(!added["key"].as_str().expect("a key").is_empty());

    let id_only = ok(
        &server,
        &[
            "agents",
            "add",
            "web-02",
            "--ip",
            "10.0.0.51",
            "--jq",
            ".id",
        ],
    );
    let second = id_only.trim().to_string();
    assert!(second.len() >= 3 && second != id, "{id_only:?}");
    let key = ok(&server, &["agents", "key", &second, "--jq", ".[0].key"]);
    assert!(!key.trim().is_empty());

    ok(&server, &["groups", "create", "web"]);
    assert!(all_groups(&server).contains(&"web".to_string()));
    ok(&server, &["groups", "assign", "web", &id, &second]);
    assert_eq!(group_members(&server, "web"), [id.clone(), second.clone()]);

    let listed = ok(
        &server,
        &["agents", "list", "--group", "web", "--jq", ".[].id"],
    );
    assert_eq!(
        listed.lines().collect::<Vec<_>>(),
        [id.as_str(), second.as_str()]
    );

    ok(&server, &["groups", "unassign", "web", &second, "--yes"]);
    assert_eq!(group_members(&server, "web"), [id.as_str()]);
    ok(&server, &["agents", "group", "remove", &id, "web", "--yes"]);
    assert!(group_members(&server, "web").is_empty());

    // Listed ids need no filter: the CLI sends what deleting those agents needs.
    let dry = run(
        &server,
        &["agents", "delete", &id, &second, "--dry-run"],
        None,
    );
    let (code, stderr) = code_and_stderr(&dry);
    assert_eq!(code, 0, "{stderr}");
    let curl = String::from_utf8_lossy(&dry.stdout);
    assert!(
        curl.contains("status=all") && curl.contains("older_than=0s"),
        "{curl}"
    );
    assert!(
        stderr.contains("sending status=all and older_than=0s"),
        "{stderr}"
    );
    ok(&server, &["agents", "delete", &id, &second, "--yes"]);
    let left = all_agents(&server);
    assert!(!left.contains(&id) && !left.contains(&second), "{left:?}");
    let (code, _) = code_and_stderr(&run(&server, &["agents", "get", &id], None));
    assert_eq!(code, 5);
}

#[test]
fn bulk_verbs_report_the_ids_that_failed() {
    let server = Server::start();
    let output = run(
        &server,
        &[
            "groups", "assign", "group3", "001", "999", "000", "-o", "json",
        ],
        None,
    );
    let (code, stderr) = code_and_stderr(&output);
    assert_eq!(code, 3, "{stderr}");
    assert_eq!(ids_of_strings(&stdout_json(&output)), ["001"]);
    assert!(
        stderr.contains("999") && stderr.contains("1701"),
        "{stderr}"
    );
    assert!(stderr.contains("000"), "{stderr}");
    assert!(group_members(&server, "group3").contains(&"001".to_string()));

    let output = run(
        &server,
        &[
            "agents", "delete", "003", "999", "000", "--status", "all", "--yes",
        ],
        None,
    );
    let (code, stderr) = code_and_stderr(&output);
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("999") && stderr.contains("000"), "{stderr}");
    let left = all_agents(&server);
    assert!(!left.contains(&"003".to_string()) && left.contains(&"000".to_string()));
}

#[test]
fn batches_of_500_are_merged_into_one_answer() {
    let server = Server::start();
    let ids: String = (1..=1100).map(|n| format!("{n:03}\n")).collect();
    let output = run(
        &server,
        &[
            "agents",
            "delete",
            "-",
            "--status",
            "all",
            "--older-than",
            "0s",
            "--yes",
            "-o",
            "raw",
        ],
        Some(&ids),
    );
    let (code, stderr) = code_and_stderr(&output);
    assert_eq!(code, 3, "{stderr}");
    let answer = stdout_json(&output);
    let data = &answer["data"];
    let deleted = data["total_affected_items"].as_u64().unwrap();
    assert_eq!(deleted, 12, "every demo agent but 000: {answer}");
    assert_eq!(data["total_failed_items"], 1100 - deleted);
    let unknown = data["failed_items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|group| group["error"]["code"] == 1701)
        .expect("one group of unknown ids");
    assert_eq!(
        unknown["id"].as_array().unwrap().len() as u64,
        1100 - deleted
    );
    assert_eq!(answer["error"], 2);
    assert_eq!(all_agents(&server), ["000"]);
}

#[test]
fn a_malformed_configuration_is_refused_and_the_old_one_stays() {
    let server = Server::start();
    let before = ok(
        &server,
        &["groups", "config", "get", "group1", "-o", "json"],
    );
    let raw_before = ok(
        &server,
        &["groups", "file", "group1", "agent.conf", "--raw"],
    );
    let dir = tempfile::TempDir::new().unwrap();
    let bad = dir.path().join("bad.conf");
    std::fs::write(&bad, "<agent_config>\n  <localfile>\n</agent_config>\n").unwrap();
    let output = run(
        &server,
        &[
            "groups",
            "config",
            "set",
            "group1",
            "--file",
            bad.to_str().unwrap(),
        ],
        None,
    );
    let (code, stderr) = code_and_stderr(&output);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("not well-formed"), "{stderr}");
    let output = run(
        &server,
        &["groups", "config", "set", "group1", "--file", "-"],
        Some("<agent_config><syscheck>"),
    );
    assert_eq!(code_and_stderr(&output).0, 2);

    let after = ok(
        &server,
        &["groups", "config", "get", "group1", "-o", "json"],
    );
    assert_eq!(before, after);
    let raw_after = ok(
        &server,
        &["groups", "file", "group1", "agent.conf", "--raw"],
    );
    assert_eq!(raw_before, raw_after);
}

#[test]
fn a_group_configuration_is_set_from_a_file_or_stdin() {
    let server = Server::start();
    ok(&server, &["groups", "create", "web"]);
    let dir = tempfile::TempDir::new().unwrap();
    let conf = dir.path().join("agent.conf");
    std::fs::write(&conf, GOOD_CONF).unwrap();
    ok(
        &server,
        &[
            "groups",
            "config",
            "set",
            "web",
            "--file",
            conf.to_str().unwrap(),
        ],
    );
    let config = ok(&server, &["groups", "config", "get", "web"]);
    assert!(config.contains("/var/log/web.log"), "{config}");
    let raw = ok(&server, &["groups", "file", "web", "agent.conf", "--raw"]);
    assert!(
        raw.contains("<location>/var/log/web.log</location>"),
        "{raw}"
    );

    let from_stdin = GOOD_CONF.replace("web.log", "api.log");
    let output = run(
        &server,
        &["groups", "config", "set", "web", "--file", "-"],
        Some(&from_stdin),
    );
    assert!(output.status.success(), "{}", code_and_stderr(&output).1);
    let raw = ok(&server, &["groups", "file", "web", "agent.conf", "--raw"]);
    assert!(raw.contains("/var/log/api.log"), "{raw}");

    let valid_xml_bad_wazuh = "<ossec_config><nothing/></ossec_config>\n";
    let output = run(
        &server,
        &["groups", "config", "set", "web", "--file", "-"],
        Some(valid_xml_bad_wazuh),
    );
    let (code, stderr) = code_and_stderr(&output);
    assert_ne!(
        code, 0,
        "the server refuses what is not an agent.conf: {stderr}"
    );
    let unchanged = ok(&server, &["groups", "file", "web", "agent.conf", "--raw"]);
    assert_eq!(raw, unchanged);
}

#[test]
fn destructive_verbs_need_yes_without_a_terminal() {
    let server = Server::start();
    let refused: &[&[&str]] = &[
        &[
            "agents",
            "delete",
            "001",
            "--status",
            "all",
            "--older-than",
            "0s",
        ],
        &["groups", "delete", "group1"],
        &["groups", "unassign", "group1", "001"],
        &["agents", "group", "remove", "001", "group1"],
        &["agents", "group", "remove", "001"],
    ];
    for args in refused {
        let (code, stderr) = code_and_stderr(&run(&server, args, None));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains("--yes"), "{args:?}: {stderr}");
    }
    assert!(all_agents(&server).contains(&"001".to_string()));
    assert!(all_groups(&server).contains(&"group1".to_string()));
    assert!(group_members(&server, "group1").contains(&"001".to_string()));
}

/// Runs the CLI on a pseudo-terminal (util-linux `script`), typing `answer` once it waits.
fn on_a_terminal(server: &Server, args: &str, answer: &str) -> Output {
    let command = format!("{} {args}", cargo_bin("wazuh-ctl").display());
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_remove("WAZUH_URL")
        .env_remove("WAZUH_USER")
        .env_remove("WAZUH_PASSWORD")
        .env_remove("WAZUH_TOKEN")
        .env_remove("WAZUH_CONTEXT")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .envs(clean_env(server.home.path()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux `script` runs the CLI on a pseudo-terminal");
    std::thread::sleep(Duration::from_secs(1));
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(answer.as_bytes()).unwrap();
    // stdin stays open until the CLI is done: `script` ends the session at end of input.
    let output = child.wait_with_output().unwrap();
    drop(stdin);
    output
}

#[test]
fn on_a_terminal_the_question_names_the_agents_and_no_sends_nothing() {
    let server = Server::start();
    let output = on_a_terminal(&server, "agents delete 1 2 5", "n");
    let screen = String::from_utf8_lossy(&output.stdout);
    assert!(
        screen.contains(
            "Delete 3 agents (001, 002, 005) whatever their status and age (status=all, older_than=0s)?"
        ),
        "{screen}"
    );
    assert_eq!(output.status.code(), Some(2), "{screen}");
    assert!(all_agents(&server).contains(&"001".to_string()));

    // A filter-based delete counts what it would remove and names the API's implicit 7 days.
    let matching = ok(
        &server,
        &[
            "api",
            "GET",
            "/agents",
            "-f",
            "status=disconnected",
            "-f",
            "older_than=7d",
            "--jq",
            ".data.total_affected_items",
        ],
    );
    let output = on_a_terminal(&server, "agents delete all --status disconnected", "n");
    let screen = String::from_utf8_lossy(&output.stdout);
    assert!(
        screen.contains(&format!(
            "Delete {} agents with status disconnected, last seen more than 7d ago (the API's default --older-than)?",
            matching.trim()
        )),
        "{screen}"
    );
    assert_eq!(output.status.code(), Some(2), "{screen}");

    let output = on_a_terminal(&server, "groups delete group3", "y");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(!all_groups(&server).contains(&"group3".to_string()));
}

#[test]
fn dry_run_prints_curl_and_sends_nothing() {
    let server = Server::start();
    let agents_before = all_agents(&server);
    let groups_before = all_groups(&server);
    let dry_runs: &[&[&str]] = &[
        &[
            "agents",
            "delete",
            "001",
            "002",
            "--status",
            "all",
            "--older-than",
            "0s",
        ],
        &["agents", "add", "ghost"],
        &["groups", "create", "ghosts"],
        &["groups", "delete", "group1", "group2"],
        &["groups", "unassign", "group1", "001"],
        &["agents", "group", "remove", "001"],
    ];
    for args in dry_runs {
        let stdout = ok(&server, &[*args, &["--dry-run"]].concat());
        assert!(stdout.starts_with("curl -X "), "{args:?}: {stdout}");
        assert!(stdout.contains("$WAZUH_TOKEN"), "{args:?}: {stdout}");
    }
    let before = ok(
        &server,
        &["groups", "config", "get", "group1", "-o", "json"],
    );
    let output = run(
        &server,
        &[
            "groups",
            "config",
            "set",
            "group1",
            "--file",
            "-",
            "--dry-run",
        ],
        Some(GOOD_CONF),
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{}", code_and_stderr(&output).1);
    assert!(stdout.contains("Content-Type: application/xml"), "{stdout}");
    let after = ok(
        &server,
        &["groups", "config", "get", "group1", "-o", "json"],
    );
    assert_eq!(before, after);
    assert_eq!(all_agents(&server), agents_before);
    assert_eq!(all_groups(&server), groups_before);
    assert!(group_members(&server, "group1").contains(&"001".to_string()));
}

#[test]
fn ids_come_from_stdin_one_per_line() {
    let server = Server::start();
    let output = run(
        &server,
        &["groups", "unassign", "group1", "-", "--yes"],
        Some("001\n\n5\n"),
    );
    assert!(output.status.success(), "{}", code_and_stderr(&output).1);
    let members = group_members(&server, "group1");
    assert!(!members.contains(&"001".to_string()) && !members.contains(&"005".to_string()));
    assert!(members.contains(&"007".to_string()));

    ok(&server, &["groups", "create", "old-1"]);
    ok(&server, &["groups", "create", "old-2"]);
    let output = run(
        &server,
        &["groups", "delete", "-", "--yes"],
        Some("old-1\nold-2\n"),
    );
    assert!(output.status.success(), "{}", code_and_stderr(&output).1);
    let groups = all_groups(&server);
    assert!(
        !groups.iter().any(|group| group.starts_with("old-")),
        "{groups:?}"
    );
}

/// The affected items of a bulk answer's payload, as strings.
fn ids_of_strings(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {items}"))
        .iter()
        .map(|item| item.as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn insert_key_no_group_and_group_files() {
    let server = Server::start();
    let key = "k".repeat(64);
    let inserted = ok(
        &server,
        &[
            "agents", "insert", "db-01", "--id", "200", "--ip", "10.0.0.9", "--key", &key, "-o",
            "json",
        ],
    );
    let inserted: Value = serde_json::from_str(&inserted).unwrap();
    assert_eq!(inserted["id"], "200");
    let shown = ok(&server, &["agents", "key", "200", "--jq", ".[0].key"]);
    assert_eq!(shown.trim(), inserted["key"].as_str().unwrap());
    let table = ok(&server, &["agents", "key", "200", "-o", "table"]);
    assert!(table.starts_with("ID") && table.contains("KEY"), "{table}");

    ok(&server, &["agents", "group", "remove", "001", "--yes"]);
    let groups = ok(&server, &["agents", "get", "001", "--jq", ".[0].group[]"]);
    assert_eq!(groups.trim(), "default", "back in `default`, as Wazuh does");

    let lonely = ok(&server, &["agents", "no-group", "--jq", ".[].id"]);
    assert!(lonely.lines().any(|id| id == "011"), "{lonely}");
    ok(
        &server,
        &["agents", "group", "add", "11", "group2", "--force-single"],
    );
    assert!(group_members(&server, "group2").contains(&"011".to_string()));
    let lonely = ok(&server, &["agents", "no-group", "--jq", ".[].id"]);
    assert!(!lonely.lines().any(|id| id == "011"), "{lonely}");

    let files = ok(
        &server,
        &["groups", "files", "group1", "--jq", ".[].filename"],
    );
    assert!(files.lines().any(|name| name == "agent.conf"), "{files}");
}
