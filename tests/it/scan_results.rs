//! `wazuh-ctl syscheck|rootcheck results|clear|last-scan AGENT` through the real CLI against a
//! real `serve`: tables, field filters checked before anything is sent, a clearing asked for
//! first and lasting until the next scan, Wazuh's refusal to clear FIM on 4.x agents.

use crate::common::Server;

#[test]
fn syscheck_results_are_a_table_of_files_filtered_by_field() {
    let server = Server::start();
    let table = server.ok_text(&["syscheck", "results", "001", "-o", "table"]);
    assert!(
        table.starts_with("FILE") && table.contains("/etc/passwd"),
        "{table}"
    );
    let passwd = server.ok_json(&["syscheck", "results", "1", "-f", "file=/etc/passwd"]);
    let passwd = passwd.as_array().unwrap();
    assert_eq!(passwd.len(), 1, "{passwd:?}");
    let md5 = passwd[0]["md5"].as_str().unwrap();
    let by_hash = server.ok_json(&["syscheck", "results", "1", "-f", &format!("hash={md5}")]);
    assert_eq!(by_hash[0]["file"], "/etc/passwd");
    let output = server.run(&["syscheck", "results", "001", "-f", "status=solved"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a field syscheck does not filter on"
    );
}

#[test]
fn a_scan_moves_the_last_scan() {
    let server = Server::start();
    let before = server.ok_json(&["syscheck", "last-scan", "001", "-o", "json"]);
    server.ok_json(&["syscheck", "run", "001", "-o", "json"]);
    let after = server.ok_json(&["syscheck", "last-scan", "001", "-o", "json"]);
    assert!(after[0]["start"].is_string(), "{after}");
    assert_ne!(before, after);
    let table = server.ok_text(&["rootcheck", "last-scan", "001", "-o", "table"]);
    assert!(
        table.starts_with("START") && table.contains("END"),
        "{table}"
    );
}

#[test]
fn rootcheck_clear_asks_first_and_empties_the_results_until_the_next_scan() {
    let server = Server::start();
    let events = server.ok_json(&["rootcheck", "results", "001", "-f", "status=outstanding"]);
    assert!(!events.as_array().unwrap().is_empty(), "{events}");
    let refused = server.run(&["rootcheck", "clear", "001"]);
    assert_eq!(refused.status.code(), Some(2), "no terminal and no --yes");
    let kept = server.ok_json(&["rootcheck", "results", "001"]);
    assert!(!kept.as_array().unwrap().is_empty());
    server.ok_json(&["rootcheck", "clear", "001", "--yes", "-o", "json"]);
    let cleared = server.ok_json(&["rootcheck", "results", "001"]);
    assert_eq!(cleared, serde_json::json!([]));
    server.ok_json(&["rootcheck", "run", "001", "-o", "json"]);
    let scanned = server.ok_json(&["rootcheck", "results", "001"]);
    assert!(!scanned.as_array().unwrap().is_empty());
}

#[test]
fn syscheck_clear_on_a_4x_agent_is_a_partial_failure_with_1760() {
    let server = Server::start();
    let output = server.run(&["syscheck", "clear", "001", "--yes"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("1760"), "{stderr}");
    let kept = server.ok_json(&["syscheck", "results", "001"]);
    assert!(!kept.as_array().unwrap().is_empty());
}
