//! `wazuh-ctl manager ...` through the real CLI against a real `serve`: the manager node the
//! API runs on, as JSON and as tables with the columns of each answer.

use crate::common::Server;

#[test]
fn info_shows_the_version_and_type_of_the_manager() {
    let server = Server::start();
    let info = server.ok_json(&["manager", "info", "-o", "json"]);
    assert_eq!(info[0]["version"], "v4.12.0");
    assert_eq!(info[0]["type"], "server");
    let table = server.ok_text(&["manager", "info", "-o", "table"]);
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
    let table = server.ok_text(&["manager", "status", "-o", "table"]);
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
    let jq = server.ok_text(&["manager", "status", "--jq", ".[0].\"wazuh-db\""]);
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
    let table = server.ok_text(&["manager", "api-config", "-o", "table"]);
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
    let dry = server.ok_text(&["manager", "version-check", "--force", "--dry-run"]);
    assert!(
        dry.contains("/manager/version/check?force_query=true"),
        "{dry}"
    );
    let table = server.ok_text(&["manager", "version-check", "-o", "table"]);
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
    let raw = server.ok_text(&["manager", "config", "get", "--raw"]);
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
    let table = server.ok_text(&[&section[..], &["-o", "table"]].concat());
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
    let table = server.ok_text(&["manager", "config", "validate", "-o", "table"]);
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

#[test]
fn logs_show_what_serve_wrote_and_filter_by_level_and_tag() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let file = std::fs::read_to_string(data_dir.path().join("logs/ossec.log")).unwrap();
    assert!(file.contains(" wazuh-apid: INFO: Listening on "), "{file}");
    assert!(
        file.contains(" wazuh-analysisd: INFO: Total rules enabled: '"),
        "{file}"
    );
    let logs = server.ok_json(&["manager", "logs", "--tag", "wazuh-apid", "-o", "json"]);
    let listening = logs.as_array().unwrap().iter().any(|entry| {
        entry["description"]
            .as_str()
            .unwrap()
            .contains("Listening on")
    });
    assert!(listening, "{logs}");
    let table = server.ok_text(&[
        "manager", "logs", "--level", "info", "--limit", "3", "-o", "table",
    ]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("TIMESTAMP") && lines[0].contains("DESCRIPTION"),
        "{table}"
    );
    assert_eq!(
        lines.iter().filter(|line| line.contains(" info ")).count(),
        3,
        "{table}"
    );
    let errors = server.ok_json(&["manager", "logs", "--level", "error", "-o", "json"]);
    assert_eq!(
        errors,
        serde_json::json!([]),
        "a valid configuration logs no error"
    );
    let summary = server.ok_text(&["manager", "logs", "summary", "-o", "table"]);
    assert!(
        summary.starts_with("TAG") && summary.contains("wazuh-analysisd"),
        "{summary}"
    );
    let too_many = server.run(&["manager", "logs", "--limit", "501"]);
    assert_eq!(too_many.status.code(), Some(2), "the API's limit of 500");
}

#[test]
fn logs_follow_prints_a_line_written_after_it_started() {
    let server = Server::start();
    let mut command = crate::watch::wazuh_ctl(server.home.path());
    command.args([
        "manager",
        "logs",
        "--follow",
        "--interval",
        "500ms",
        "--tag",
        "wazuh-authd",
        "-o",
        "table",
    ]);
    let follower = crate::watch::Watcher::spawn(command);
    let next_line = |expected: &str| {
        let line = follower.stdout.recv_timeout(crate::watch::PATIENCE);
        let line = line.unwrap_or_else(|_| panic!("no line with {expected:?} in time"));
        assert!(line.contains(expected), "{line}");
    };
    // The first poll prints authd's start-up line; the agent is added after it.
    next_line(" wazuh-authd: INFO: Started (pid: ");
    let add = ["agents", "add", "followed-agent", "--ip", "10.7.7.7"];
    let added = server.ok_json(&[&add[..], &["-o", "json"]].concat());
    assert!(added["id"].is_string(), "{added}");
    next_line(" wazuh-authd: INFO: Agent key generated for 'followed-agent'");
}

#[test]
fn stats_and_daemon_counters_move_after_requests_and_events() {
    let server = Server::start();
    let missing = server.run(&["manager", "stats", "-o", "json"]);
    assert_eq!(missing.status.code(), Some(2), "no event yet today: 1308");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("1308"));
    let before = server.ok_json(&[
        "manager",
        "daemon-stats",
        "--daemons",
        "wazuh-db",
        "-o",
        "json",
    ]);
    let queries = |answer: &serde_json::Value| {
        answer[0]["metrics"]["queries"]["received"]
            .as_u64()
            .unwrap()
    };
    server.ok_json(&["events", "send", "an event", "-o", "json"]);
    let after = server.ok_json(&[
        "manager",
        "daemon-stats",
        "--daemons",
        "wazuh-db",
        "-o",
        "json",
    ]);
    assert!(queries(&after) > queries(&before), "{before} {after}");
    let analysisd = server.ok_text(&[
        "manager",
        "daemon-stats",
        "--daemons",
        "wazuh-analysisd",
        "-o",
        "table",
    ]);
    let received = analysisd
        .lines()
        .find(|line| line.starts_with("wazuh-analysisd.metrics.events.received "));
    assert!(
        received.is_some_and(|line| line.ends_with(" 1")),
        "{analysisd}"
    );
    let totals = server.ok_text(&["manager", "stats", "-o", "table"]);
    let lines: Vec<&str> = totals.lines().collect();
    assert!(
        lines[0].starts_with("HOUR") && lines[0].contains("EVENTS"),
        "{totals}"
    );
    assert_eq!(lines.len(), 2, "{totals}");
    let hourly = server.ok_json(&["manager", "stats", "--hourly", "-o", "json"]);
    assert_eq!(hourly[0]["interactions"], 1);
    let weekly = server.ok_text(&["manager", "stats", "--weekly", "-o", "table"]);
    assert!(weekly.contains("Sun.interactions"), "{weekly}");
    let remoted = server.ok_json(&["manager", "stats", "--remoted", "-o", "json"]);
    assert!(
        remoted[0]["tcp_sessions"].as_f64().unwrap() > 0.0,
        "{remoted}"
    );
    let usage = server.run(&["manager", "stats", "--hourly", "--weekly"]);
    assert_eq!(usage.status.code(), Some(2));
}
