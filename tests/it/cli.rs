//! The CLI against a real server: the lab context, list flags, output formats, --jq, --all,
//! the raw `api` verb, and the environment-only mode.

use crate::common::{cli, stdout_json, Server};
use serde_json::Value;

fn json_ids(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_string())
        .collect()
}

fn run_json(server: &Server, args: &[&str]) -> Value {
    let output = server
        .cmd()
        .args(args)
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout_json(&output)
}

#[test]
fn agents_list_works_with_no_flags_after_serve() {
    let server = Server::start();
    let output = server.cmd().args(["agents", "list"]).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let items = stdout_json(&output);
    assert_eq!(
        json_ids(&items).len(),
        13,
        "piped output is the JSON payload"
    );
}

#[test]
fn list_flags_become_api_filters() {
    let server = Server::start();
    let items = run_json(
        &server,
        &["agents", "list", "--status", "active", "--group", "group1"],
    );
    assert_eq!(json_ids(&items), ["001", "005", "007", "008"]);
    let items = run_json(
        &server,
        &[
            "agents",
            "list",
            "-q",
            "id!=001;(status=active;(group=group1,group=group2))",
        ],
    );
    assert_eq!(json_ids(&items), ["002", "005", "006", "007", "008"]);
    let items = run_json(
        &server,
        &[
            "agents", "list", "--sort", "-id", "--limit", "2", "--offset", "1",
        ],
    );
    assert_eq!(json_ids(&items), ["011", "010"]);
    let items = run_json(
        &server,
        &[
            "agents",
            "list",
            "--status",
            "disconnected",
            "--status",
            "never_connected",
        ],
    );
    assert_eq!(json_ids(&items), ["009", "010", "011", "012"]);
    let items = run_json(
        &server,
        &[
            "agents", "list", "--search", "agent1", "--fields", "id,name",
        ],
    );
    assert_eq!(json_ids(&items), ["001", "010", "011", "012"]);
    assert_eq!(
        items[0].as_object().unwrap().len(),
        2,
        "--fields is sent as select: {}",
        items[0]
    );
}

#[test]
fn output_formats() {
    let server = Server::start();
    let output = server
        .cmd()
        .args(["agents", "list", "-o", "ndjson"])
        .output()
        .unwrap();
    let lines: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 13);
    assert_eq!(lines[12]["id"], "012");

    let output = server
        .cmd()
        .args(["agents", "list", "-o", "raw"])
        .output()
        .unwrap();
    let envelope = stdout_json(&output);
    assert_eq!(envelope["data"]["total_affected_items"], 13);
    assert_eq!(envelope["error"], 0);

    let output = server
        .cmd()
        .args(["agents", "list", "-o", "csv", "--fields", "id,name,status"])
        .output()
        .unwrap();
    let csv = String::from_utf8(output.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().map(str::to_lowercase).as_deref(),
        Some("id,name,status")
    );
    assert_eq!(lines.next(), Some("000,wazuh-master,active"));

    let output = server
        .cmd()
        .args(["agents", "list", "-o", "table"])
        .output()
        .unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(
        table.contains("wazuh-agent12") && table.to_uppercase().contains("NAME"),
        "{table}"
    );
}

#[test]
fn jq_prints_strings_without_quotes() {
    let server = Server::start();
    let output = server
        .cmd()
        .args([
            "agents",
            "list",
            "--status",
            "disconnected",
            "--jq",
            ".[].name",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "wazuh-agent9\nwazuh-agent10\n"
    );
    let output = server
        .cmd()
        .args(["agents", "list", "--jq", "length"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), "13");
}

#[test]
fn all_fetches_every_page_into_one_document() {
    let server = Server::start_with(&["--agents", "1200"]);
    let items = run_json(&server, &["agents", "list", "--all", "--fields", "id"]);
    let ids = json_ids(&items);
    assert_eq!(ids.len(), 1201);
    assert_eq!(ids.last().map(String::as_str), Some("1200"));
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(unique.len(), 1201, "no page fetched twice");
}

#[test]
fn agents_get_summary_groups_overview_whoami() {
    let server = Server::start();
    assert_eq!(
        json_ids(&run_json(&server, &["agents", "get", "003", "001"])),
        ["001", "003"]
    );
    let summary = run_json(&server, &["agents", "summary"]);
    assert_eq!(summary["connection"]["total"], 13, "{summary}");
    let os = run_json(&server, &["agents", "summary", "--os"]);
    assert!(
        os.as_array().is_some_and(|platforms| platforms.len() >= 3),
        "{os}"
    );
    let groups = run_json(&server, &["groups", "list"]);
    assert_eq!(groups.as_array().unwrap().len(), 4);
    assert_eq!(
        json_ids(&run_json(&server, &["groups", "agents", "group3"])),
        ["003", "006", "007", "008"]
    );
    assert!(run_json(&server, &["overview"]).is_object());
    let me = run_json(&server, &["whoami"]);
    let me = if me.is_array() { me[0].clone() } else { me };
    assert_eq!(me["username"], "wazuh", "{me}");
}

#[test]
fn api_escape_hatch_reaches_any_endpoint() {
    let server = Server::start();
    let output = server
        .cmd()
        .args([
            "api",
            "GET",
            "/agents",
            "-f",
            "status=disconnected",
            "-f",
            "select=id",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let envelope = stdout_json(&output);
    assert_eq!(envelope["data"]["total_affected_items"], 2);
    let output = server
        .cmd()
        .args(["api", "GET", "/security/users/me"])
        .output()
        .unwrap();
    assert_eq!(
        stdout_json(&output)["data"]["affected_items"][0]["username"],
        "wazuh"
    );
}

#[test]
fn api_typed_fields_send_numbers_where_strings_are_refused() {
    let server = Server::start();
    let as_string = server.run(&[
        "api",
        "PUT",
        "/security/config",
        "-f",
        "auth_token_exp_timeout=900",
    ]);
    assert_eq!(as_string.status.code(), Some(2), "{as_string:?}");
    let typed = server.run(&[
        "api",
        "PUT",
        "/security/config",
        "-F",
        "auth_token_exp_timeout=900",
    ]);
    assert!(typed.status.success(), "{typed:?}");
    let config = run_json(&server, &["api", "GET", "/security/config"]);
    assert_eq!(config["auth_token_exp_timeout"], 900, "{config}");
}

#[test]
fn environment_alone_is_enough() {
    let server = Server::start();
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path())
        .env("WAZUH_URL", &server.url)
        .env("WAZUH_USER", "wazuh-wui")
        .env("WAZUH_PASSWORD", "wazuh-wui")
        .env_remove("WAZUH_CTL_TOKEN_STORE")
        .args([
            "-k",
            "agents",
            "list",
            "--status",
            "disconnected",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(json_ids(&stdout_json(&output)), ["009", "010"]);
    assert!(
        !home.path().join("config.toml").exists(),
        "nothing written without a context"
    );

    let token = server.token("wazuh", "wazuh");
    let output = cli(home.path())
        .env("WAZUH_URL", &server.url)
        .env("WAZUH_TOKEN", &token)
        .args(["-k", "whoami", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn vulnerability_says_where_vulnerabilities_live_without_calling_any_server() {
    let home = tempfile::tempdir().unwrap();
    let output = cli(home.path())
        .args(["vulnerability", "001", "--summary"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Wazuh indexer") && stderr.contains("4.8"),
        "{stderr}"
    );
}
