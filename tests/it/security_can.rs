//! `wazuh-ctl security can` against a real `serve`: yes (exit 0) or no (exit 1) with the
//! deciding policy, for the administrator, a user limited to one group with a deny after an
//! allow, and black mode — each answer checked against what the server then does for that user.

use crate::common::{stdout_json, Server};
use crate::security_cli::{create_analyst, created_id, ok, ANALYST_PASSWORD};
use serde_json::{json, Value};
use std::process::Output;

/// Creates the user `analyst` with a role holding the policies given, linked in order.
fn analyst_holding(server: &Server, policies: &[(&str, &str)]) {
    let role = created_id(&ok(server, &["security", "roles", "create", "analyst"]));
    for (name, document) in policies {
        let policy = created_id(&ok(
            server,
            &["security", "policies", "create", name, document],
        ));
        ok(server, &["security", "roles", "add-policy", &role, &policy]);
    }
    let user = create_analyst(server);
    ok(server, &["security", "users", "add-role", &user, &role]);
}

/// `security can` with JSON output: its exit code and answer.
fn can(server: &Server, words: &[&str]) -> (i32, Value) {
    let mut args = vec!["security", "can"];
    args.extend(words);
    args.extend(["-o", "json"]);
    let output = server.run(&args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.stdout.len() > 2, "{words:?}: no answer; {stderr}");
    (output.status.code().unwrap(), stdout_json(&output))
}

/// The CLI as the analyst (logged in on first use), JSON output.
pub fn as_analyst(server: &Server, args: &[&str]) -> Output {
    let mut all = vec!["--user", "analyst", "-o", "json"];
    all.extend(args);
    server
        .cmd()
        .args(&all)
        .env("WAZUH_PASSWORD", ANALYST_PASSWORD)
        .output()
        .unwrap()
}

#[test]
fn the_administrator_may_read_an_agent_through_the_default_policies() {
    let server = Server::start();
    let (code, answer) = can(&server, &["agent:read", "agent:id:001"]);
    assert_eq!(code, 0, "{answer}");
    assert_eq!(answer["user"], "wazuh");
    assert_eq!(answer["allowed"], true);
    assert_eq!(answer["decided_by"]["role"], "administrator");
    // A resourceless action, asked for another user by name.
    let (code, answer) = can(&server, &["wazuh-wui", "cluster:status"]);
    assert_eq!((code, &answer["resource"]), (0, &json!("*")), "{answer}");
}

#[test]
fn a_user_limited_to_one_group_gets_the_answers_the_server_then_gives() {
    let server = Server::start();
    ok(&server, &["groups", "create", "webservers"]);
    ok(&server, &["groups", "assign", "webservers", "001", "002"]);
    analyst_holding(
        &server,
        &[
            (
                "web_read",
                r#"{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}"#,
            ),
            (
                "not_002",
                r#"{"actions": ["agent:read"], "resources": ["agent:id:002"], "effect": "deny"}"#,
            ),
        ],
    );
    let (code, answer) = can(&server, &["analyst", "agent:read", "agent:id:001"]);
    assert_eq!(code, 0, "{answer}");
    assert_eq!(answer["decided_by"]["policy"], "web_read");
    assert_eq!(answer["decided_by"]["resource"], "agent:group:webservers");
    assert_eq!(
        answer["agent_groups"],
        json!(["default", "group1", "webservers"])
    );
    // A deny after an allow: the later entry wins.
    let (code, answer) = can(&server, &["analyst", "agent:read", "agent:id:2"]);
    assert_eq!(code, 1, "{answer}");
    assert_eq!(answer["decided_by"]["policy"], "not_002");
    assert_eq!(answer["considered"].as_array().unwrap().len(), 2);
    // Outside the group no entry applies: white mode says no.
    let (code, answer) = can(&server, &["analyst", "agent:read", "agent:id:003"]);
    assert_eq!((code, &answer["decided_by"]), (1, &Value::Null), "{answer}");
    // A write is no, whatever the agent.
    let (code, _) = can(&server, &["analyst", "agent:restart", "agent:id:001"]);
    assert_eq!(code, 1);
    // What the server does for the analyst agrees.
    for (agent, expected) in [("001", 0), ("002", 4), ("003", 4)] {
        let output = as_analyst(&server, &["agents", "get", agent]);
        assert_eq!(output.status.code(), Some(expected), "agents get {agent}");
    }
    let restart = as_analyst(&server, &["agents", "restart", "001", "--yes"]);
    assert_eq!(restart.status.code(), Some(4));
    // --explain in a table marks the deciding entry.
    let output = server.run(&[
        "security",
        "can",
        "analyst",
        "agent:read",
        "agent:id:002",
        "--explain",
        "-o",
        "table",
    ]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("no\n"), "{text}");
    assert!(text.contains("→ deny  agent:id:002"), "{text}");
    // --list: agent reads depend on the agent's groups; security reads on nothing.
    let rows = ok(&server, &["security", "can", "--list", "analyst"]);
    let permitted = |action: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|row| row["action"] == action)
            .unwrap()["permitted"]
            .clone()
    };
    assert_eq!(permitted("agent:read"), "by agent groups (ask per agent)");
    assert_eq!(permitted("agent:restart"), "nothing");
}

#[test]
fn in_black_mode_what_no_policy_names_is_yes() {
    let server = Server::start();
    ok(
        &server,
        &["security", "config", "set", "--rbac-mode", "black", "--yes"],
    );
    std::thread::sleep(std::time::Duration::from_millis(1100));
    analyst_holding(
        &server,
        &[(
            "not_003",
            r#"{"actions": ["agent:read"], "resources": ["agent:id:003"], "effect": "deny"}"#,
        )],
    );
    let (code, answer) = can(&server, &["analyst", "agent:read", "agent:id:004"]);
    assert_eq!(
        (code, &answer["rbac_mode"]),
        (0, &json!("black")),
        "{answer}"
    );
    assert_eq!(answer["decided_by"], Value::Null);
    let (code, _) = can(&server, &["analyst", "agent:read", "agent:id:003"]);
    assert_eq!(code, 1);
    let denied = as_analyst(&server, &["agents", "get", "003"]);
    assert_eq!(denied.status.code(), Some(4));
}

#[test]
fn mistakes_are_usage_errors_and_unknown_users_not_found() {
    let server = Server::start();
    let code = |words: &[&str]| {
        let mut args = vec!["security", "can"];
        args.extend(words);
        let output = server.run(&args);
        (
            output.status.code().unwrap(),
            String::from_utf8_lossy(&output.stderr).to_string(),
        )
    };
    let (status, stderr) = code(&["agent:red", "agent:id:001"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("did you mean agent:read"), "{stderr}");
    let (status, stderr) = code(&["agent:read", "group:id:web"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("agent:id:VALUE"), "{stderr}");
    let (status, _) = code(&["agent:read"]);
    assert_eq!(status, 2, "agent:read needs a resource");
    let (status, stderr) = code(&["nobody", "agent:read", "agent:id:001"]);
    assert_eq!(status, 5);
    assert!(stderr.contains("no API user is named `nobody`"), "{stderr}");
}
