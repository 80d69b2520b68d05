//! `manager restart` and `cluster restart` against `serve`: a restart reads the configuration
//! and the ruleset from disk again (a rule file dropped into `etc/rules` is in force after
//! it, not before); an invalid `ossec.conf` or ruleset refuses the restart (1908, exit 3) and
//! the node keeps running as it was; both ask for confirmation.

use crate::common::Server;
use std::path::Path;

/// A rule file a user drops on disk, outside the API.
const DROPPED_RULES: &str = r#"<group name="local,">
  <rule id="100900" level="3">
    <if_sid>5702</if_sid>
    <description>Dropped on disk, in force after a restart.</description>
  </rule>
</group>
"#;

/// Whether `rules get 100900` finds the dropped rule.
fn dropped_rule_in_force(server: &Server) -> bool {
    let rules = server.ok_json(&["rules", "list", "-q", "id=100900", "-o", "json"]);
    !rules.as_array().unwrap().is_empty()
}

/// Starts a server on a data dir of its own.
fn server_in(dir: &Path, args: &[&str]) -> Server {
    let mut all = vec!["--data-dir", dir.to_str().unwrap()];
    all.extend(args);
    Server::start_with(&all)
}

#[test]
fn a_restart_puts_what_is_on_disk_in_force_and_a_broken_file_is_refused() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let server = server_in(data_dir.path(), &[]);
    let refused = server.run(&["manager", "restart"]);
    assert_eq!(refused.status.code(), Some(2), "no terminal, no --yes");
    let dropped = data_dir.path().join("etc/rules/dropped_rules.xml");
    std::fs::write(&dropped, DROPPED_RULES).unwrap();
    assert!(!dropped_rule_in_force(&server), "not before the restart");
    let restarted = server.ok_json(&["manager", "restart", "--yes", "-o", "json"]);
    assert_eq!(restarted, serde_json::json!(["master-node"]));
    assert!(dropped_rule_in_force(&server), "in force after the restart");
    let log = std::fs::read_to_string(data_dir.path().join("logs/ossec.log")).unwrap();
    assert!(
        log.contains("wazuh-apid: INFO: Restart requested through the API."),
        "{log}"
    );

    // A broken ossec.conf: refused, the node keeps running as it was.
    let conf = data_dir.path().join("etc/ossec.conf");
    let good = std::fs::read_to_string(&conf).unwrap();
    std::fs::write(&conf, "<ossec_config><remot/></ossec_config>").unwrap();
    std::fs::remove_file(&dropped).unwrap();
    let output = server.run(&["manager", "restart", "--yes"]);
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("master-node") && stderr.contains("1908"),
        "{stderr}"
    );
    assert!(
        dropped_rule_in_force(&server),
        "the ruleset in force is unchanged"
    );
    // A broken rule file: refused too.
    std::fs::write(&conf, &good).unwrap();
    std::fs::write(&dropped, "<group name=\"x,\"><rule id=\"100901\"").unwrap();
    let output = server.run(&["manager", "restart", "--yes"]);
    assert_eq!(
        output.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(dropped_rule_in_force(&server));
    // Fixed: the restart goes through.
    std::fs::remove_file(&dropped).unwrap();
    server.ok_json(&["manager", "restart", "--yes", "-o", "json"]);
    assert!(!dropped_rule_in_force(&server));
}

#[test]
fn a_cluster_restart_restarts_the_nodes_asked_for_and_refuses_a_broken_one() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let server = server_in(data_dir.path(), &[]);
    let all = server.ok_json(&["cluster", "restart", "--yes", "-o", "json"]);
    assert_eq!(
        all,
        serde_json::json!(["master-node", "worker1", "worker2"])
    );
    let worker1 = data_dir.path().join("cluster/worker1/etc/ossec.conf");
    std::fs::write(&worker1, "<ossec_config><remot/></ossec_config>").unwrap();
    let output = server.run(&[
        "cluster",
        "restart",
        "--nodes",
        "worker1,worker2",
        "--yes",
        "-o",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(3));
    let restarted: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(restarted, serde_json::json!(["worker2"]));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("worker1") && stderr.contains("1908"),
        "{stderr}"
    );
    let worker2_log =
        std::fs::read_to_string(data_dir.path().join("cluster/worker2/logs/ossec.log")).unwrap();
    assert!(
        worker2_log.contains("Restart requested through the API."),
        "{worker2_log}"
    );
}

#[test]
fn config_set_checks_shows_the_change_and_replaces_the_file_for_the_next_restart() {
    let data_dir = tempfile::TempDir::new().unwrap();
    let server = server_in(data_dir.path(), &[]);
    let conf = data_dir.path().join("etc/ossec.conf");
    let current = std::fs::read_to_string(&conf).unwrap();
    let edited = current.replace("<logall>no</logall>", "<logall>yes</logall>");
    assert_ne!(edited, current);
    let new = data_dir.path().join("new.conf");
    std::fs::write(&new, &edited).unwrap();
    let new = new.to_str().unwrap();
    // --dry-run: the diff and the request, nothing sent.
    let output = server.run(&["--dry-run", "manager", "config", "set", new]);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("-    <logall>no</logall>\n+    <logall>yes</logall>\n"),
        "{stdout}"
    );
    assert!(stdout.contains("curl -X PUT"), "{stdout}");
    assert_eq!(std::fs::read_to_string(&conf).unwrap(), current);
    // Without a terminal it needs --yes.
    assert_eq!(
        server.run(&["manager", "config", "set", new]).status.code(),
        Some(2)
    );
    let replaced = server.ok_json(&["manager", "config", "set", new, "--yes", "-o", "json"]);
    assert_eq!(replaced, serde_json::json!(["master-node"]));
    assert_eq!(std::fs::read_to_string(&conf).unwrap(), edited);
    server.ok_json(&["manager", "restart", "--yes", "-o", "json"]);
    let logall = [
        "manager",
        "config",
        "get",
        "--section",
        "global",
        "--field",
        "logall",
        "-o",
        "json",
    ];
    assert_eq!(server.ok_json(&logall)[0]["global"]["logall"], "yes");
    // Not well-formed, or not a valid ossec.conf: refused here, nothing sent. The file stays.
    let broken = data_dir.path().join("broken.conf");
    std::fs::write(&broken, "<ossec_config><global>").unwrap();
    let output = server.run(&[
        "manager",
        "config",
        "set",
        broken.to_str().unwrap(),
        "--yes",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not well-formed XML"));
    std::fs::write(&broken, "<ossec_config><remot/></ossec_config>").unwrap();
    let output = server.run(&[
        "manager",
        "config",
        "set",
        broken.to_str().unwrap(),
        "--yes",
    ]);
    assert_eq!(output.status.code(), Some(2), "refused here, nothing sent");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("not a valid ossec.conf") && stderr.contains("'remot'"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&conf).unwrap(),
        edited,
        "the file is intact"
    );
}
