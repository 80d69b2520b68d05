//! `rules ...` through the real CLI against a real `serve` with a data dir: the ruleset is
//! real XML on disk, and the rules, groups, requirements and files read back from it.

use crate::common::Server;
use serde_json::Value;
use tempfile::TempDir;

/// The `id`s of a JSON list of rules.
fn ids(rules: &Value) -> Vec<i64> {
    let rules = rules.as_array().unwrap();
    rules
        .iter()
        .map(|rule| rule["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn rules_read_back_from_the_ruleset_on_disk() {
    let data_dir = TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let on_disk = data_dir.path().join("ruleset/rules/0050-sshd_rules.xml");
    assert!(std::fs::read_to_string(on_disk)
        .unwrap()
        .contains("<rule id=\"5710\""));
    assert!(data_dir.path().join("etc/rules/local_rules.xml").is_file());

    let high = server.ok_json(&["rules", "list", "--level", "12-15", "--all", "-o", "json"]);
    let levels = high
        .as_array()
        .unwrap()
        .iter()
        .map(|rule| rule["level"].as_i64().unwrap());
    assert!(levels.clone().count() >= 4);
    assert!(levels.into_iter().all(|level| (12..=15).contains(&level)));
    let sshd = [
        "rules",
        "list",
        "--group",
        "sshd",
        "--mitre",
        "T1110.001",
        "-o",
        "json",
    ];
    assert_eq!(ids(&server.ok_json(&sshd)), [5702, 5703, 5710]);
    let by_query = [
        "rules",
        "list",
        "-q",
        "level>11",
        "--sort",
        "-level,id",
        "--limit",
        "1",
    ];
    let by_query = server.ok_json(&[&by_query[..], &["-o", "json"]].concat());
    assert_eq!(ids(&by_query), [86604]);
    assert_eq!(
        ids(&server.ok_json(&["rules", "get", "5710", "-o", "json"])),
        [5710]
    );

    let groups = server.ok_json(&["rules", "groups", "--all", "-o", "json"]);
    assert!(groups.as_array().unwrap().contains(&Value::from("sshd")));
    let mitre = server.ok_json(&["rules", "requirement", "mitre", "-o", "json"]);
    assert!(mitre.as_array().unwrap().contains(&Value::from("T1110")));
    let files = server.ok_json(&["rules", "files", "-o", "json"]);
    assert_eq!(files.as_array().unwrap().len(), 9);
}

#[test]
fn tables_files_and_unknown_ids_read_as_a_user_expects() {
    let server = Server::start();
    let table = server.run(&["rules", "list", "--group", "firewall_drop", "-o", "table"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(table.status.success());
    assert!(
        text.contains("DESCRIPTION") && text.contains("Firewall: packet dropped."),
        "{text}"
    );
    let raw = server.run(&["rules", "file", "get", "local_rules.xml", "--raw"]);
    let xml = String::from_utf8_lossy(&raw.stdout);
    assert!(raw.status.success());
    assert!(xml.contains("<rule id=\"100001\" level=\"5\">"), "{xml}");
    let document = server.ok_json(&["rules", "file", "get", "0010-base_rules.xml"]);
    assert_eq!(document[0]["group"][0]["rule"]["@id"], "1");
    let unknown = server.run(&["rules", "get", "5710", "99999", "-o", "json"]);
    assert_eq!(unknown.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(stderr.contains("1208"), "{stderr}");
}

const LAB_RULES: &str = r#"<group name="lab,">
  <rule id="100010" level="7">
    <if_sid>5710</if_sid>
    <description>lab: brute force on the bastion.</description>
  </rule>
</group>
"#;

#[test]
fn rule_files_are_uploaded_from_a_file_or_stdin_and_deleted() {
    let data_dir = TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let local = TempDir::new().unwrap();
    let file = local.path().join("lab_rules.xml");
    std::fs::write(&file, LAB_RULES).unwrap();
    let on_server = data_dir.path().join("etc/rules/lab_rules.xml");

    let put = server.ok_json(&["rules", "file", "put", file.to_str().unwrap()]);
    assert_eq!(put[0], "etc/rules/lab_rules.xml");
    assert_eq!(std::fs::read_to_string(&on_server).unwrap(), LAB_RULES);
    let listed = ["rules", "list", "--relative-dirname", "etc", "-o", "json"];
    assert!(ids(&server.ok_json(&listed)).contains(&100010));

    let again = server.run(&["rules", "file", "put", file.to_str().unwrap()]);
    assert_ne!(again.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&again.stderr).contains("1905"));
    let changed = LAB_RULES.replace("level=\"7\"", "level=\"9\"");
    let stdin = server.run_with_stdin(
        &[
            "rules",
            "file",
            "put",
            "-",
            "--name",
            "lab_rules.xml",
            "--overwrite",
            "--relative-dirname",
            "etc/rules",
        ],
        &changed,
    );
    assert!(
        stdin.status.success(),
        "{}",
        String::from_utf8_lossy(&stdin.stderr)
    );
    assert_eq!(std::fs::read_to_string(&on_server).unwrap(), changed);

    let deleted = server.ok_json(&["rules", "file", "delete", "lab_rules.xml"]);
    assert_eq!(deleted[0], "etc/rules/lab_rules.xml");
    assert!(!on_server.exists());
}

#[test]
fn bad_rule_files_are_refused_locally_or_by_the_server_and_nothing_changes() {
    let data_dir = TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let local = TempDir::new().unwrap();
    let malformed = local.path().join("broken.xml");
    std::fs::write(
        &malformed,
        "<group name=\"x,\">\n  <rule id=\"1\">\n</group>\n",
    )
    .unwrap();
    let refused = server.run(&["rules", "file", "put", malformed.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("broken.xml:3:1"), "{stderr}");
    assert!(!data_dir.path().join("etc/rules/broken.xml").exists());

    let duplicate = local.path().join("dup.xml");
    std::fs::write(&duplicate, LAB_RULES.replace("100010", "5710")).unwrap();
    let refused = server.run(&["rules", "file", "put", duplicate.to_str().unwrap()]);
    assert_ne!(refused.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("1114") && stderr.contains("5710"),
        "{stderr}"
    );
    assert!(!data_dir.path().join("etc/rules/dup.xml").exists());

    let default = data_dir.path().join("ruleset/rules/0010-base_rules.xml");
    let before = std::fs::read_to_string(&default).unwrap();
    let protected = server.run(&["rules", "file", "delete", "0010-base_rules.xml"]);
    assert_ne!(protected.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&protected.stderr).contains("1210"));
    assert_eq!(std::fs::read_to_string(&default).unwrap(), before);
    let traversal = server.run(&["rules", "file", "delete", "../../etc/passwd.xml"]);
    assert_ne!(traversal.status.code(), Some(0));
}
