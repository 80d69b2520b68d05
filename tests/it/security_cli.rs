//! `wazuh-ctl security ...` through the real CLI against a real `serve`: users, roles,
//! policies and security rules created, linked, shown and deleted; policies checked locally
//! before they are sent; new passwords from stdin or the environment, never printed; the
//! security configuration; revocation; confirmations and `--dry-run`.

use crate::common::{block_on, http, stdout_json, Server};
use serde_json::Value;

pub const ANALYST_PASSWORD: &str = "Analyst-2024!";
const WEB_READ: &str =
    r#"{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}"#;

/// Runs the CLI with JSON output and expects success; returns the printed payload.
pub fn ok(server: &Server, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    server.ok_json(&all)
}

/// The id of the only item of a create answer.
pub fn created_id(answer: &Value) -> String {
    let items = answer
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {answer}"));
    assert_eq!(items.len(), 1, "{answer}");
    items[0]["id"].as_i64().unwrap().to_string()
}

/// Creates the analyst user with its password from the environment; returns its id.
pub fn create_analyst(server: &Server) -> String {
    let output = server
        .cmd()
        .args(["security", "users", "create", "analyst", "-o", "json"])
        .env("WAZUH_NEW_PASSWORD", ANALYST_PASSWORD)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    created_id(&stdout_json(&output))
}

/// Whether a user can log in over HTTP with a password.
fn can_log_in(server: &Server, user: &str, password: &str) -> bool {
    let request = http()
        .post(format!("{}/security/user/authenticate", server.url))
        .basic_auth(user, Some(password));
    block_on(async { request.send().await.expect("login request").status() == 200 })
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

#[test]
fn objects_are_created_linked_shown_and_deleted() {
    let server = Server::start();
    let policy = created_id(&ok(
        &server,
        &["security", "policies", "create", "web_read", WEB_READ],
    ));
    let role = created_id(&ok(&server, &["security", "roles", "create", "analyst"]));
    let dir = tempfile::TempDir::new().unwrap();
    let rule_file = dir.path().join("rule.toml");
    std::fs::write(&rule_file, "[FIND]\nusername = \"analyst\"\n").unwrap();
    let rule_path = rule_file.to_str().unwrap();
    let rule = created_id(&ok(
        &server,
        &[
            "security", "rules", "create", "analysts", "--file", rule_path,
        ],
    ));
    let user = create_analyst(&server);

    ok(
        &server,
        &["security", "roles", "add-policy", &role, &policy],
    );
    ok(&server, &["security", "roles", "add-rule", &role, &rule]);
    let linked = ok(&server, &["security", "users", "add-role", &user, &role]);
    assert_eq!(
        linked[0]["roles"],
        serde_json::json!([role.parse::<i64>().unwrap()])
    );

    let shown = ok(&server, &["security", "roles", "get", &role]);
    assert_eq!(shown[0]["name"], "analyst");
    assert_eq!(shown[0]["policies"].to_string(), format!("[{policy}]"));
    assert_eq!(shown[0]["users"].to_string(), format!("[{user}]"));
    assert_eq!(shown[0]["rules"].to_string(), format!("[{rule}]"));
    let rules = ok(&server, &["security", "rules", "get", &rule]);
    assert_eq!(
        rules[0]["rule"],
        serde_json::json!({"FIND": {"username": "analyst"}})
    );
    let policies = ok(
        &server,
        &["security", "policies", "list", "-q", "name=web_read"],
    );
    assert_eq!(
        policies[0]["policy"]["resources"][0],
        "agent:group:webservers"
    );

    let renamed = ok(
        &server,
        &[
            "security",
            "policies",
            "update",
            &policy,
            "--name",
            "webservers_read",
        ],
    );
    assert_eq!(renamed[0]["name"], "webservers_read");
    let flagged = ok(&server, &["security", "users", "run-as", &user, "true"]);
    assert_eq!(flagged[0]["allow_run_as"], true);

    ok(
        &server,
        &["security", "roles", "remove-rule", &role, &rule, "--yes"],
    );
    ok(
        &server,
        &[
            "security",
            "roles",
            "remove-policy",
            &role,
            &policy,
            "--yes",
        ],
    );
    ok(
        &server,
        &["security", "users", "remove-role", &user, &role, "--yes"],
    );
    assert_eq!(
        ok(&server, &["security", "roles", "get", &role])[0]["users"],
        serde_json::json!([])
    );

    // Wazuh files unknown users and roles under 404-class codes (5001, 4002), but unknown
    // policies and security rules under 400-class ones (4007, 4022): all are not found, exit 5.
    for (kind, id, code, exit) in [
        ("users", &user, "5001", 5),
        ("roles", &role, "4002", 5),
        ("policies", &policy, "4007", 5),
        ("rules", &rule, "4022", 5),
    ] {
        ok(&server, &["security", kind, "delete", id, "--yes"]);
        let output = server.run(&["security", kind, "get", id, "-o", "json"]);
        assert_eq!(
            output.status.code(),
            Some(exit),
            "{kind} {id}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(code),
            "{kind}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn ids_may_come_from_stdin_and_unknown_ones_are_failures() {
    let server = Server::start();
    let output = server
        .cmd()
        .args(["security", "users", "get", "-", "-o", "json"])
        .write_stdin("1\n999\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("999"), "{}", stderr(&output));
    let users = stdout_json(&output);
    assert_eq!(users[0]["username"], "wazuh");
    let reserved = server.run(&["security", "roles", "delete", "1", "--yes", "-o", "json"]);
    assert_ne!(reserved.status.code(), Some(0), "{}", stderr(&reserved));
}

#[test]
fn a_policy_is_checked_against_the_catalogue_before_it_is_sent() {
    let server = Server::start();
    let before = ok(&server, &["security", "policies", "list"])
        .as_array()
        .unwrap()
        .len();
    let typo = r#"{"actions": ["agent:raed"], "resources": ["agent:id:*"], "effect": "allow"}"#;
    let output = server.run(&["security", "policies", "create", "typo", typo]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("unknown RBAC action `agent:raed`"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("did you mean agent:read?"),
        "{}",
        stderr(&output)
    );

    let wrong_kind =
        "actions = [\"agent:read\"]\nresources = [\"group:id:web\"]\neffect = \"allow\"\n";
    let output = server
        .cmd()
        .args(["security", "policies", "create", "wrong", "--file", "-"])
        .write_stdin(wrong_kind)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("group:id"), "{}", stderr(&output));

    let update = server.run(&[
        "security",
        "policies",
        "update",
        "1",
        r#"{"actions": ["x:y"], "resources": ["*:*:*"], "effect": "allow"}"#,
    ]);
    assert_eq!(update.status.code(), Some(2));
    let after = ok(&server, &["security", "policies", "list"])
        .as_array()
        .unwrap()
        .len();
    assert_eq!(before, after, "nothing was sent");
}

#[test]
fn new_passwords_come_from_stdin_or_the_environment_and_are_never_printed() {
    let server = Server::start();
    let output = server.run(&["security", "users", "create", "analyst"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--password-stdin"),
        "{}",
        stderr(&output)
    );

    let output = server
        .cmd()
        .args([
            "security",
            "users",
            "create",
            "analyst",
            "--password-stdin",
            "-v",
            "-o",
            "json",
        ])
        .write_stdin(format!("{ANALYST_PASSWORD}\n"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
    assert!(!printed.contains(ANALYST_PASSWORD), "{printed}");
    let user = created_id(&stdout_json(&output));
    assert!(can_log_in(&server, "analyst", ANALYST_PASSWORD));

    let new_password = "Changed-2025?";
    let output = server
        .cmd()
        .args(["security", "users", "update", &user, "-o", "json"])
        .env("WAZUH_NEW_PASSWORD", new_password)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!String::from_utf8_lossy(&output.stdout).contains(new_password));
    assert!(can_log_in(&server, "analyst", new_password));
    assert!(!can_log_in(&server, "analyst", ANALYST_PASSWORD));

    let output = server
        .cmd()
        .args(["security", "users", "update", &user, "--dry-run"])
        .env("WAZUH_NEW_PASSWORD", new_password)
        .output()
        .unwrap();
    let line = String::from_utf8_lossy(&output.stdout);
    assert!(
        line.contains(r#"{"password":"***"}"#) && !line.contains(new_password),
        "{line}"
    );

    let weak = server
        .cmd()
        .args(["security", "users", "create", "weakling"])
        .env("WAZUH_NEW_PASSWORD", "short")
        .output()
        .unwrap();
    assert_ne!(weak.status.code(), Some(0));
    assert!(stderr(&weak).contains("5009"), "{}", stderr(&weak));
}

#[test]
fn destructive_verbs_need_a_confirmation_without_a_terminal() {
    let server = Server::start();
    for args in [
        &["security", "users", "delete", "100"][..],
        &["security", "roles", "remove-policy", "1", "1"],
        &["security", "users", "remove-role", "1", "1"],
        &["security", "config", "set", "--rbac-mode", "black"],
        &["security", "config", "reset"],
        &["security", "revoke"],
    ] {
        let output = server.run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains("--yes"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert_eq!(
        ok(&server, &["security", "config", "get"])["rbac_mode"],
        "white"
    );
    assert_eq!(
        ok(&server, &["security", "roles", "get", "1"])[0]["policies"][0],
        1
    );
}

#[test]
fn config_changes_and_revocation_invalidate_earlier_tokens() {
    let server = Server::start();
    let token = server.token("wazuh", "wazuh");
    ok(
        &server,
        &[
            "security",
            "config",
            "set",
            "--token-lifetime",
            "60",
            "--rbac-mode",
            "black",
            "--yes",
        ],
    );
    let config = ok(&server, &["security", "config", "get"]);
    assert_eq!(
        (
            config["auth_token_exp_timeout"].as_u64(),
            config["rbac_mode"].as_str()
        ),
        (Some(60), Some("black"))
    );
    assert_eq!(server.get("/security/users/me", &token).0, 401);

    ok(&server, &["security", "config", "reset", "--yes"]);
    let config = ok(&server, &["security", "config", "get"]);
    assert_eq!(
        (
            config["auth_token_exp_timeout"].as_u64(),
            config["rbac_mode"].as_str()
        ),
        (Some(900), Some("white"))
    );

    std::thread::sleep(std::time::Duration::from_millis(1100));
    let token = server.token("wazuh", "wazuh");
    assert_eq!(server.get("/security/users/me", &token).0, 200);
    ok(&server, &["security", "revoke", "--yes"]);
    assert_eq!(server.get("/security/users/me", &token).0, 401);
    // The CLI itself logs in again (the lab context knows the password).
    assert_eq!(
        ok(&server, &["security", "users", "get", "1"])[0]["username"],
        "wazuh"
    );
}

#[test]
fn dry_run_prints_the_requests_and_sends_nothing() {
    let server = Server::start();
    let cases: [(&[&str], &str); 5] = [
        (
            &["security", "users", "delete", "100", "101"],
            "-X DELETE '{url}/security/users?user_ids=100%2C101'",
        ),
        (
            &[
                "security",
                "roles",
                "add-policy",
                "100",
                "5",
                "--position",
                "0",
            ],
            "-X POST '{url}/security/roles/100/policies?policy_ids=5&position=0'",
        ),
        (
            &["security", "users", "run-as", "100", "off"],
            "-X PUT '{url}/security/users/100/run_as?allow_run_as=false'",
        ),
        (
            &["security", "config", "set", "--token-lifetime", "60"],
            "-X PUT '{url}/security/config' -H \"Authorization: Bearer $WAZUH_TOKEN\" --cacert",
        ),
        (
            &["security", "policies", "create", "web_read", WEB_READ],
            "-X POST '{url}/security/policies'",
        ),
    ];
    for (args, expected) in cases {
        let mut all = args.to_vec();
        all.push("--dry-run");
        let output = server.run(&all);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        let line = String::from_utf8_lossy(&output.stdout);
        assert!(
            line.contains(&expected.replace("{url}", &server.url)),
            "{args:?}: {line}"
        );
    }
    assert_eq!(
        ok(
            &server,
            &["security", "policies", "list", "-q", "name=web_read"]
        ),
        serde_json::json!([])
    );
}

#[test]
fn the_rbac_views_show_the_catalogue_and_the_callers_permissions() {
    let server = Server::start();
    let actions = ok(
        &server,
        &["security", "actions", "--endpoint", "GET /agents"],
    );
    let names: Vec<&String> = actions.as_object().unwrap().keys().collect();
    assert_eq!(names, ["agent:read"]);
    assert_eq!(
        actions["agent:read"]["resources"],
        serde_json::json!(["agent:id", "agent:group"])
    );
    let resources = ok(
        &server,
        &["security", "resources", "--resource", "agent:group"],
    );
    assert!(
        resources["agent:group"]["description"].is_string(),
        "{resources}"
    );
    let table = server.run(&[
        "security",
        "actions",
        "--endpoint",
        "GET /agents",
        "-o",
        "table",
    ]);
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(
        table.starts_with("ACTION") && table.contains("agent:read  agent:id, agent:group"),
        "{table}"
    );
    let mine = ok(&server, &["whoami", "--policies"]);
    assert_eq!(mine["agent:read"]["agent:id:*"], "allow");
    assert_eq!(mine["rbac_mode"], "white");
}

/// Creates a policy from `policy`, a role with it and the analyst user with that role, then
/// logs the analyst in; returns a runner of the CLI as the analyst (JSON output).
fn analyst_with_policy<'a>(
    server: &'a Server,
    policy: &str,
) -> impl Fn(&[&str]) -> std::process::Output + 'a {
    let policy = created_id(&ok(
        server,
        &["security", "policies", "create", "analyst_policy", policy],
    ));
    let role = created_id(&ok(server, &["security", "roles", "create", "analyst"]));
    ok(server, &["security", "roles", "add-policy", &role, &policy]);
    let user = create_analyst(server);
    ok(server, &["security", "users", "add-role", &user, &role]);
    // Adding the role revoked the analyst's tokens up to this second (nbf must be later).
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let login = server
        .cmd()
        .args(["--user", "analyst", "login"])
        .env("WAZUH_PASSWORD", ANALYST_PASSWORD)
        .output()
        .unwrap();
    assert!(login.status.success(), "{}", stderr(&login));
    move |args: &[&str]| {
        let mut all = vec!["--user", "analyst", "-o", "json"];
        all.extend(args);
        server.run(&all)
    }
}

/// The agent ids a successful `agents list` printed.
fn listed_ids(output: &std::process::Output) -> Vec<String> {
    assert!(output.status.success(), "{}", stderr(output));
    stdout_json(output)
        .as_array()
        .unwrap()
        .iter()
        .map(|agent| agent["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn in_black_mode_an_analyst_sees_everything_but_what_is_denied() {
    let server = Server::start();
    ok(
        &server,
        &["security", "config", "set", "--rbac-mode", "black", "--yes"],
    );
    // The change revoked every token; the administrator logs in again on the next call.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let every: Vec<String> = listed_ids(&server.run(&["agents", "list", "--all", "-o", "json"]));
    let as_analyst = analyst_with_policy(
        &server,
        r#"{"actions": ["agent:read"], "resources": ["agent:id:003"], "effect": "deny"}"#,
    );
    let seen = listed_ids(&as_analyst(&["agents", "list", "--all"]));
    let expected: Vec<String> = every.into_iter().filter(|id| id != "003").collect();
    assert_eq!(seen, expected);
    let denied = as_analyst(&["agents", "get", "003"]);
    assert_eq!(denied.status.code(), Some(4), "{}", stderr(&denied));
    // Black mode: what no policy mentions is allowed, e.g. listing groups.
    let groups = as_analyst(&["groups", "list"]);
    assert!(groups.status.success(), "{}", stderr(&groups));
    assert!(!stdout_json(&groups).as_array().unwrap().is_empty());
}

#[test]
fn a_read_only_analyst_sees_only_its_group() {
    let server = Server::start();
    ok(&server, &["groups", "create", "webservers"]);
    ok(&server, &["groups", "assign", "webservers", "001", "002"]);
    let as_analyst = analyst_with_policy(&server, WEB_READ);

    let mine = stdout_json(&as_analyst(&["whoami", "--policies"]));
    assert_eq!(
        mine["agent:read"],
        serde_json::json!({"agent:group:webservers": "allow"})
    );
    assert_eq!(listed_ids(&as_analyst(&["agents", "list"])), ["001", "002"]);
    let mixed = as_analyst(&["agents", "get", "001", "003"]);
    assert_eq!(mixed.status.code(), Some(3));
    assert!(stderr(&mixed).contains("4000"), "{}", stderr(&mixed));
    let denied = as_analyst(&["agents", "get", "003"]);
    assert_eq!(denied.status.code(), Some(4), "{}", stderr(&denied));
    let restart = as_analyst(&["agents", "restart", "001", "--yes"]);
    assert_eq!(restart.status.code(), Some(4), "{}", stderr(&restart));
    let users = as_analyst(&["security", "users", "list"]);
    assert!(users.status.success(), "{}", stderr(&users));
    assert_eq!(stdout_json(&users), serde_json::json!([]));
    let create = as_analyst(&["security", "roles", "create", "escalate"]);
    assert_eq!(create.status.code(), Some(4), "{}", stderr(&create));
    assert!(stderr(&create).contains("4000"), "{}", stderr(&create));
}
