//! `wazuh-ctl syscollector AGENT ...`, `sca AGENT` and `ciscat AGENT` through the real CLI
//! against a real `serve`: per-item tables, JSON as the API answers, field filters checked
//! before anything is sent.

use crate::common::Server;

#[test]
fn packages_are_a_table_of_names_and_versions_filtered_by_field() {
    let server = Server::start();
    let table = server.ok_text(&[
        "syscollector",
        "001",
        "packages",
        "-f",
        "name=openssh-server",
        "-o",
        "table",
    ]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2, "{table}");
    assert!(
        lines[0].starts_with("NAME") && lines[0].contains("VERSION"),
        "{table}"
    );
    assert!(lines[1].starts_with("openssh-server "), "{table}");
    let all = server.ok_json(&["syscollector", "1", "packages", "--all", "-o", "json"]);
    let all = all.as_array().unwrap();
    assert!(all.len() >= 15 && all.iter().all(|p| p["agent_id"] == "001"));
}

#[test]
fn ports_processes_and_the_os_agree() {
    let server = Server::start();
    let ssh = server.ok_json(&[
        "syscollector",
        "001",
        "ports",
        "-f",
        "local.port=22",
        "--jq",
        ".[0].pid",
    ]);
    let pid = ssh.to_string();
    let process = server.ok_text(&[
        "syscollector",
        "001",
        "processes",
        "-f",
        &format!("pid={pid}"),
        "--jq",
        ".[0].name",
    ]);
    assert_eq!(process, "sshd\n");
    let os = server.ok_json(&[
        "syscollector",
        "001",
        "os",
        "--fields",
        "os.name,hostname",
        "-o",
        "json",
    ]);
    let agent = server.ok_json(&["agents", "get", "001", "-o", "json"]);
    assert_eq!(os[0]["hostname"], agent[0]["name"]);
    assert_eq!(os[0]["os"]["name"], agent[0]["os"]["name"]);
    assert!(
        os[0].get("architecture").is_none(),
        "--fields selects: {os}"
    );
}

#[test]
fn a_field_the_operation_cannot_filter_on_is_refused_before_any_request() {
    let server = Server::start();
    let output = server.run(&["syscollector", "001", "packages", "-f", "hotfix=KB1"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot filter on `hotfix`") && stderr.contains("vendor"),
        "{stderr}"
    );
    let unknown = server.run(&["syscollector", "999", "hardware", "-o", "json"]);
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(stderr.contains("1701"), "{stderr}");
}

#[test]
fn sca_lists_the_policy_and_its_failed_checks() {
    let server = Server::start();
    let policies = server.ok_json(&["sca", "001", "-o", "json"]);
    let policy = policies[0]["policy_id"].as_str().unwrap();
    let table = server.ok_text(&["sca", "001", "-o", "table"]);
    assert!(
        table.starts_with("POLICY") && table.contains(policy),
        "{table}"
    );
    let failed = server.ok_json(&["sca", "001", policy, "-f", "result=failed", "-o", "json"]);
    let failed = failed.as_array().unwrap();
    assert_eq!(failed.len() as u64, policies[0]["fail"].as_u64().unwrap());
    assert!(failed.iter().all(|check| check["result"] == "failed"));
}

#[test]
fn ciscat_shows_the_score_of_the_agents_benchmark() {
    let server = Server::start();
    let table = server.ok_text(&["ciscat", "001", "-o", "table"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("BENCHMARK") && lines[0].contains("SCORE"),
        "{table}"
    );
    assert!(lines[1].starts_with("CIS Ubuntu"), "{table}");
    let score = server.ok_json(&["ciscat", "001", "--jq", ".[0].score"]);
    assert!(score.as_u64().is_some_and(|score| score <= 100), "{score}");
}
