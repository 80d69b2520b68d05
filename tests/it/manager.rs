//! `wazuh-ctl manager ...` through the real CLI against a real `serve`: the manager node the
//! API runs on, as JSON and as tables with the columns of each answer.

use crate::common::Server;

/// Runs the CLI, expects success and returns stdout as text.
fn ok_text(server: &Server, args: &[&str]) -> String {
    let output = server.run(args);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{args:?} failed: {stderr}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn info_shows_the_version_and_type_of_the_manager() {
    let server = Server::start();
    let info = server.ok_json(&["manager", "info", "-o", "json"]);
    assert_eq!(info[0]["version"], "v4.12.0");
    assert_eq!(info[0]["type"], "server");
    let table = ok_text(&server, &["manager", "info", "-o", "table"]);
    let mut lines = table.lines();
    let header = lines.next().unwrap();
    assert!(
        header.contains("VERSION") && header.contains("TYPE"),
        "{table}"
    );
    assert!(lines.next().unwrap().contains("v4.12.0"), "{table}");
}

#[test]
fn status_is_a_table_of_daemons_and_json_keeps_the_api_answer() {
    let server = Server::start();
    let table = ok_text(&server, &["manager", "status", "-o", "table"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 18, "a header and 17 daemons: {table}");
    assert!(
        lines[0].starts_with("DAEMON") && lines[0].contains("STATUS"),
        "{table}"
    );
    let apid = lines.iter().find(|line| line.starts_with("wazuh-apid"));
    assert!(
        apid.is_some_and(|line| line.ends_with("running")),
        "{table}"
    );
    let json = server.ok_json(&["manager", "status", "-o", "json"]);
    assert_eq!(json[0]["wazuh-maild"], "stopped");
    let jq = ok_text(&server, &["manager", "status", "--jq", ".[0].\"wazuh-db\""]);
    assert_eq!(jq, "running\n");
}

#[test]
fn api_config_shows_what_serve_config_set() {
    let dir = tempfile::TempDir::new().unwrap();
    let toml = "max_upload_size = 4096\n[access]\nblock_time = 60\n";
    let server = Server::start_with_config(dir.path(), toml, &[]);
    let config = server.ok_json(&["manager", "api-config", "-o", "json"]);
    assert_eq!(config[0]["node_name"], "master-node");
    assert_eq!(config[0]["node_api_config"]["max_upload_size"], 4096);
    assert_eq!(config[0]["node_api_config"]["access"]["block_time"], 60);
    assert_eq!(
        config[0]["node_api_config"]["access"]["max_login_attempts"],
        50
    );
    let table = ok_text(&server, &["manager", "api-config", "-o", "table"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("NODE") && lines[0].contains("MAX UPLOAD"),
        "{table}"
    );
    assert!(
        lines[1].starts_with("master-node") && lines[1].contains("4096"),
        "{table}"
    );
}

#[test]
fn version_check_says_offline_that_no_update_is_known() {
    let server = Server::start();
    let check = server.ok_json(&["manager", "version-check", "--force", "-o", "json"]);
    assert_eq!(check["current_version"], "v4.12.0");
    assert_eq!(check["update_check"], false);
    let dry = ok_text(
        &server,
        &["manager", "version-check", "--force", "--dry-run"],
    );
    assert!(
        dry.contains("/manager/version/check?force_query=true"),
        "{dry}"
    );
    let table = ok_text(&server, &["manager", "version-check", "-o", "table"]);
    assert!(
        table.contains("current_version") && table.contains("v4.12.0"),
        "{table}"
    );
}

#[test]
fn config_get_reads_ossec_conf_as_fields_json_or_the_file() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let file = std::fs::read_to_string(data_dir.path().join("etc/ossec.conf")).unwrap();
    let raw = ok_text(&server, &["manager", "config", "get", "--raw"]);
    assert_eq!(raw.trim_end(), file.trim_end());
    let section = [
        "manager",
        "config",
        "get",
        "--section",
        "global",
        "--field",
        "white_list",
    ];
    let json = server.ok_json(&[&section[..], &["-o", "json"]].concat());
    assert_eq!(json[0]["global"]["white_list"][1], "10.10.0.0/16");
    let table = ok_text(&server, &[&section[..], &["-o", "table"]].concat());
    assert!(table.starts_with("FIELD"), "{table}");
    assert!(
        table.contains("global.white_list") && table.contains("127.0.0.1, 10.10.0.0/16"),
        "{table}"
    );
    let missing = server.run(&[
        "manager",
        "config",
        "get",
        "--section",
        "email_alerts",
        "-o",
        "json",
    ]);
    assert_eq!(missing.status.code(), Some(3), "a failed item of the node");
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(
        stderr.contains("master-node") && stderr.contains("1106"),
        "{stderr}"
    );
    let usage = server.run(&["manager", "config", "get", "--field", "white_list"]);
    assert_eq!(usage.status.code(), Some(2), "--field needs --section");
}

#[test]
fn config_validate_shows_the_node_ok_or_exits_3_with_the_problem() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let table = ok_text(&server, &["manager", "config", "validate", "-o", "table"]);
    assert_eq!(
        table.lines().collect::<Vec<_>>(),
        ["NODE         STATUS", "master-node  OK"]
    );
    let conf = data_dir.path().join("etc/ossec.conf");
    std::fs::write(&conf, "<ossec_config><remot/></ossec_config>").unwrap();
    let invalid = server.run(&["manager", "config", "validate", "-o", "json"]);
    assert_eq!(invalid.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&invalid.stderr);
    assert!(
        stderr.contains("master-node") && stderr.contains("'remot'"),
        "{stderr}"
    );
}
