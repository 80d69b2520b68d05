//! The fleet-wide verbs (`syscollector fleet ...`, `ciscat fleet`, `syscheck|rootcheck clear`
//! of several or every agent) through the real CLI against `serve --config` with
//! `experimental_features` on, and the error when it is off.

use crate::common::Server;

/// A server whose API configuration enables the experimental operations.
fn experimental(dir: &tempfile::TempDir) -> Server {
    Server::start_with_config(dir.path(), "experimental_features = true\n", &[])
}

#[test]
fn fleet_packages_are_a_table_naming_each_agent() {
    let dir = tempfile::tempdir().unwrap();
    let server = experimental(&dir);
    let table = server.ok_text(&[
        "syscollector",
        "fleet",
        "packages",
        "-f",
        "name=openssh-server",
        "--agents",
        "1,2",
        "-o",
        "table",
    ]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("AGENT") && lines[0].contains("NAME"),
        "{table}"
    );
    let agents: Vec<&str> = lines[1..]
        .iter()
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    assert!(!agents.is_empty(), "{table}");
    assert!(
        agents.iter().all(|id| ["001", "002"].contains(id)),
        "{table}"
    );
    assert!(
        lines[1..]
            .iter()
            .all(|line| line.contains("openssh-server")),
        "{table}"
    );
    let os = server.ok_json(&["syscollector", "fleet", "os", "--all", "-o", "json"]);
    let agents = server.ok_json(&["agents", "list", "--all", "-o", "json"]);
    let with_os = agents
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["os"]["name"].is_string());
    assert_eq!(os.as_array().unwrap().len(), with_os.count());
    let ciscat = server.ok_json(&["ciscat", "fleet", "--agents", "001", "-o", "json"]);
    assert_eq!(ciscat[0]["agent_id"], "001");
}

#[test]
fn list_flags_of_one_agents_hardware_and_agents_without_fleet_are_usage_errors() {
    let server = Server::start();
    for args in [
        &["syscollector", "001", "hardware", "--limit", "2"][..],
        &["syscollector", "001", "packages", "--agents", "002"][..],
    ] {
        let output = server.run(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
    }
}

#[test]
fn fleet_verbs_say_experimental_features_are_off() {
    let server = Server::start();
    let output = server.run(&["syscollector", "fleet", "ports"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{stderr}");
    let first = stderr.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        "wazuh-ctl: error: Experimental features are disabled (error 1122)"
    );
}

#[test]
fn clearing_several_agents_is_one_bulk_answer() {
    let dir = tempfile::tempdir().unwrap();
    let server = experimental(&dir);
    let output = server.run(&["syscheck", "clear", "001", "999", "--yes", "-o", "json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("1760") && stderr.contains("1701"),
        "{stderr}"
    );
    let before = server.ok_json(&["rootcheck", "results", "001"]);
    assert!(!before.as_array().unwrap().is_empty());
    let cleared = server.ok_json(&["rootcheck", "clear", "--all-agents", "--yes", "-o", "json"]);
    assert!(cleared.as_array().unwrap().len() > 5, "{cleared}");
    let after = server.ok_json(&["rootcheck", "results", "001"]);
    assert!(after.as_array().unwrap().is_empty(), "{after}");
    let refused = server.run(&["rootcheck", "clear", "--all-agents"]);
    assert_ne!(refused.status.code(), Some(0), "asks first: {refused:?}");
}
