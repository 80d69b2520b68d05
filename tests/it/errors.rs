//! One-line errors with hints and the documented exit codes.

use crate::common::{cli, Server};
use std::process::Output;

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts the exit code and the `wazuh-ctl: error:` / `  hint:` shape; returns stderr.
fn assert_failure(output: &Output, code: i32) -> String {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(code), "stderr: {text}");
    assert!(text.starts_with("wazuh-ctl: error: "), "{text}");
    text
}

#[test]
fn unreachable_server_exits_1_with_a_hint() {
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path())
        .env("WAZUH_URL", "https://127.0.0.1:9")
        .env("WAZUH_USER", "wazuh")
        .env("WAZUH_PASSWORD", "wazuh")
        .args(["agents", "list"])
        .output()
        .unwrap();
    let text = assert_failure(&output, 1);
    assert!(text.contains("\n  hint: "), "{text}");
}

#[test]
fn untrusted_certificate_hints_at_ca_cert_or_insecure() {
    let server = Server::start();
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path())
        .env("WAZUH_URL", &server.url)
        .env("WAZUH_USER", "wazuh")
        .env("WAZUH_PASSWORD", "wazuh")
        .args(["agents", "list"])
        .output()
        .unwrap();
    let text = assert_failure(&output, 1);
    assert!(text.contains("--ca-cert") && text.contains("-k"), "{text}");
}

#[test]
fn bad_credentials_exit_4() {
    let server = Server::start();
    let output = server
        .env_cmd()
        .env("WAZUH_PASSWORD", "wrong")
        .args(["agents", "list"])
        .output()
        .unwrap();
    let text = assert_failure(&output, 4);
    assert!(text.to_lowercase().contains("credentials"), "{text}");
}

#[test]
fn expired_token_without_a_password_exits_4_and_says_login() {
    let server = Server::start_with(&["--token-lifetime", "1"]);
    let token = server.token("wazuh", "wazuh");
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path())
        .env("WAZUH_URL", &server.url)
        .env("WAZUH_TOKEN", &token)
        .args(["-k", "agents", "list"])
        .output()
        .unwrap();
    let text = assert_failure(&output, 4);
    assert!(text.contains("login"), "{text}");
}

#[test]
fn unknown_query_field_is_invalid_input() {
    let server = Server::start();
    let output = server
        .cmd()
        .args(["agents", "list", "-q", "os.nam=ubuntu"])
        .output()
        .unwrap();
    let text = assert_failure(&output, 2);
    assert!(text.contains("unknown field `os.nam`"), "{text}");
    assert!(text.contains("did you mean os.name, os.uname?"), "{text}");
    // Sent as written, the server refuses it as Wazuh does.
    let output = server
        .cmd()
        .args(["agents", "list", "-q", "os.nam=ubuntu", "--no-check"])
        .output()
        .unwrap();
    let text = assert_failure(&output, 2);
    assert!(text.contains("Field does not exist"), "{text}");
}

#[test]
fn missing_group_exits_5() {
    let server = Server::start();
    let output = server
        .cmd()
        .args(["groups", "agents", "nope"])
        .output()
        .unwrap();
    let text = assert_failure(&output, 5);
    assert!(text.contains("group does not exist"), "{text}");
}

#[test]
fn usage_errors_exit_2() {
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path())
        .args(["agents", "list", "--bogus"])
        .output()
        .unwrap();
    let text = assert_failure(&output, 2);
    assert!(text.contains("unexpected argument '--bogus'"), "{text}");
    let output = cli(home.path())
        .env("WAZUH_URL", "https://127.0.0.1:9")
        .env("WAZUH_TOKEN", "x.y.z")
        .args(["agents", "list", "--jq", ".[] | ("])
        .output()
        .unwrap();
    assert_failure(&output, 2);
}

#[test]
fn no_server_configured_says_how_to_configure_one() {
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path()).args(["agents", "list"]).output().unwrap();
    let text = assert_failure(&output, 2);
    assert!(text.contains("hint:"), "{text}");
}

#[test]
fn dry_run_prints_curl_and_sends_nothing() {
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path())
        .env("WAZUH_URL", "https://127.0.0.1:9")
        .env("WAZUH_TOKEN", "secret.token.value")
        .args(["--dry-run", "agents", "list", "--status", "active"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("curl "), "{stdout}");
    assert!(
        stdout.contains("$WAZUH_TOKEN") && stdout.contains("status=active"),
        "{stdout}"
    );
    assert!(!stdout.contains("secret.token.value"));
}

#[test]
fn verbose_logs_requests_without_secrets() {
    let server = Server::start();
    let output = server
        .env_cmd()
        .args(["-v", "agents", "list", "--limit", "1"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = stderr(&output);
    assert!(text.contains("/agents"), "{text}");
    assert!(
        !text.contains("wazuh:wazuh") && !text.contains("d2F6dWg6d2F6dWg"),
        "no basic credentials: {text}"
    );
    let token_like = text
        .split_whitespace()
        .any(|word| word.len() > 100 && word.matches('.').count() == 2);
    assert!(!token_like, "no token in the log: {text}");
}

#[test]
fn a_name_given_as_an_agent_id_points_at_list_name() {
    let server = Server::start();
    let output = server.run(&["agents", "get", "wazuh-agent1"]);
    let text = assert_failure(&output, 2);
    assert!(text.contains("agent ids are numbers"), "{text}");
    assert!(
        text.contains(
            "hint: to find an agent by name: `wazuh-ctl agents list --name wazuh-agent1`"
        ),
        "{text}"
    );
    // The suggested command works.
    let found = server.ok_json(&["agents", "list", "--name", "wazuh-agent1", "-o", "json"]);
    assert_eq!(found[0]["id"], "001");
}

#[test]
fn a_second_agent_from_the_same_address_hints_at_ip_any() {
    let server = Server::start();
    server.ok_json(&["agents", "add", "first-from-here", "-o", "json"]);
    let output = server.run(&["agents", "add", "second-from-here"]);
    let text = assert_failure(&output, 2);
    assert!(text.contains("(error 1706)"), "{text}");
    assert!(text.contains("`--ip any`"), "{text}");
    let added = server.ok_json(&[
        "agents",
        "add",
        "second-from-here",
        "--ip",
        "any",
        "-o",
        "json",
    ]);
    assert!(added["id"].is_string(), "{added}");
}

#[test]
fn malformed_xml_names_the_line_column_and_input() {
    let server = Server::start();
    let dir = tempfile::TempDir::new().unwrap();
    let bad = dir.path().join("bad.conf");
    std::fs::write(
        &bad,
        "<agent_config>\n  <localfile></logfile>\n</agent_config>\n",
    )
    .unwrap();
    let output = server.run(&[
        "groups",
        "config",
        "set",
        "group1",
        "--file",
        bad.to_str().unwrap(),
    ]);
    let text = assert_failure(&output, 2);
    assert!(
        text.contains(&format!(
            "{} is not well-formed XML: line 2, column ",
            bad.display()
        )),
        "{text}"
    );
    let output = server
        .cmd()
        .args(["groups", "config", "set", "group1", "--file", "-"])
        .write_stdin("<agent_config>\n<syscheck a=1>")
        .output()
        .unwrap();
    let text = assert_failure(&output, 2);
    assert!(
        text.contains("stdin is not well-formed XML: line 2, column "),
        "{text}"
    );
}
