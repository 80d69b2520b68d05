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
