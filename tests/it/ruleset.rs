//! `ruleset pull|push DIR` through the real CLI against a real `serve` with a data dir: the
//! manager's user files come down as real files, local edits go up after their diff, a bad
//! local file or `--dry-run` changes nothing on the server, and pull never clobbers a local
//! edit without `--force`.

use crate::common::Server;
use std::fs;
use std::path::Path;
use tempfile::TempDir;

/// A server with its data dir, and an empty local directory.
fn lab() -> (TempDir, Server, TempDir) {
    let data_dir = TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    (data_dir, server, TempDir::new().unwrap())
}

/// The text of a file.
fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

/// A new rule file of our own, whose rule hangs off a rule of the local rules.
const LAB_RULES: &str = r#"<group name="lab,">
  <rule id="100050" level="8">
    <if_sid>100001</if_sid>
    <description>lab: internal sshd failure seen again.</description>
  </rule>
</group>
"#;

/// A rule file named to sort before `lab_rules.xml`, whose rule hangs off a rule there: it
/// can only go up after it.
const EARLY_RULES: &str = r#"<group name="lab,">
  <rule id="100051" level="10">
    <if_sid>100050</if_sid>
    <description>lab: and again.</description>
  </rule>
</group>
"#;

#[test]
fn pull_edit_push_puts_the_change_on_the_server() {
    let (data_dir, server, local) = lab();
    let dir = local.path().join("ruleset");
    let dir_arg = dir.to_str().unwrap();
    let pulled = server.ok_text(&["ruleset", "pull", dir_arg]);
    assert_eq!(pulled.trim(), "4 written, 0 unchanged");
    let server_rules = data_dir.path().join("etc/rules/local_rules.xml");
    let local_rules = dir.join("rules/local_rules.xml");
    assert_eq!(read(&local_rules), read(&server_rules));
    assert!(dir.join("decoders/local_decoder.xml").is_file());
    assert!(dir.join("lists/admin-users").is_file());
    assert!(
        !dir.join("rules/0010-base_rules.xml").exists(),
        "no default file"
    );

    let edited = read(&local_rules).replace("level=\"5\"", "level=\"6\"");
    assert_ne!(edited, read(&local_rules));
    fs::write(&local_rules, &edited).unwrap();
    fs::write(dir.join("rules/lab_rules.xml"), LAB_RULES).unwrap();
    fs::write(dir.join("rules/a_lab_rules.xml"), EARLY_RULES).unwrap();

    let unconfirmed = server.run(&["ruleset", "push", dir_arg]);
    assert_eq!(unconfirmed.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&unconfirmed.stderr);
    assert!(stderr.contains("--yes"), "{stderr}");
    assert_ne!(read(&server_rules), edited);

    let log = data_dir.path().join("logs/ossec.log");
    let restarts = || {
        read(&log)
            .matches("Restart requested through the API.")
            .count()
    };
    let restarts_before = restarts();
    let pushed = server.ok_text(&["ruleset", "push", dir_arg, "--yes", "--restart"]);
    assert_eq!(restarts(), restarts_before + 1, "--restart restarts once");
    assert!(
        pushed.contains("-  <rule id=\"100001\" level=\"5\">"),
        "{pushed}"
    );
    assert!(
        pushed.contains("+  <rule id=\"100001\" level=\"6\">"),
        "{pushed}"
    );
    assert!(
        pushed.contains("+++ rules/lab_rules.xml (upload)"),
        "{pushed}"
    );
    assert!(
        pushed.contains("+  <rule id=\"100050\" level=\"8\">"),
        "{pushed}"
    );
    assert!(pushed.contains("\n3 uploaded, 3 unchanged\n"), "{pushed}");
    assert!(
        pushed.contains("master-node"),
        "the restart's answer: {pushed}"
    );
    assert_eq!(read(&server_rules), edited);
    assert_eq!(
        read(&data_dir.path().join("etc/rules/lab_rules.xml")),
        LAB_RULES
    );
    let rule = server.ok_json(&["rules", "get", "100050", "-o", "json"]);
    assert_eq!(rule[0]["level"], 8);
    let early = data_dir.path().join("etc/rules/a_lab_rules.xml");
    assert_eq!(read(&early), EARLY_RULES);

    let again = server.ok_text(&["ruleset", "push", dir_arg, "--yes", "--restart"]);
    assert_eq!(
        again.trim(),
        "0 uploaded, 6 unchanged: the manager already has this ruleset (not restarted)"
    );
    assert_eq!(restarts(), restarts_before + 1, "nothing to restart for");
}

#[test]
fn a_bad_file_or_a_dry_run_uploads_nothing() {
    let (data_dir, server, local) = lab();
    let dir = local.path();
    let dir_arg = dir.to_str().unwrap();
    server.ok_text(&["ruleset", "pull", dir_arg]);
    let server_rules = data_dir.path().join("etc/rules/local_rules.xml");
    let server_list = data_dir.path().join("etc/lists/admin-users");
    let before = (read(&server_rules), read(&server_list));

    fs::write(dir.join("lists/admin-users"), "root:admin\nalice:admin\n").unwrap();
    fs::write(dir.join("rules/lab_rules.xml"), LAB_RULES).unwrap();
    let dry = server.ok_text(&["ruleset", "push", dir_arg, "--dry-run"]);
    assert!(dry.contains("+alice:admin"), "{dry}");
    assert!(dry.contains("dry run: 2 to upload, 3 unchanged"), "{dry}");
    assert_eq!((read(&server_rules), read(&server_list)), before);
    assert!(!data_dir.path().join("etc/rules/lab_rules.xml").exists());

    // The lists come first in the upload order: a bad rule file must still stop them.
    let broken = "<group name=\"x,\">\n  <rule id=\"100060\">\n</group>\n";
    fs::write(dir.join("rules/zz_broken.xml"), broken).unwrap();
    let refused = server.run(&["ruleset", "push", dir_arg, "--yes"]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("zz_broken.xml:3:1"), "{stderr}");
    assert!(
        refused.stdout.is_empty(),
        "nothing to show before the check"
    );
    assert_eq!((read(&server_rules), read(&server_list)), before);
    assert!(!data_dir.path().join("etc/rules/lab_rules.xml").exists());
    assert!(!data_dir.path().join("etc/rules/zz_broken.xml").exists());

    // Well-formed, but the manager would refuse it: a rule id its default rules define.
    let taken = LAB_RULES.replace("100050", "5710");
    fs::write(dir.join("rules/zz_broken.xml"), taken).unwrap();
    let refused = server.run(&["ruleset", "push", dir_arg, "--yes"]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("rules/zz_broken.xml: rule id 5710 is already defined in ruleset/rules/"),
        "{stderr}"
    );
    assert_eq!((read(&server_rules), read(&server_list)), before);
    assert!(!data_dir.path().join("etc/rules/lab_rules.xml").exists());
}

#[test]
fn pull_refuses_to_clobber_a_local_edit_without_force() {
    let (data_dir, server, local) = lab();
    let dir = local.path();
    let dir_arg = dir.to_str().unwrap();
    server.ok_text(&["ruleset", "pull", dir_arg]);
    let local_rules = dir.join("rules/local_rules.xml");
    let local_decoders = dir.join("decoders/local_decoder.xml");
    fs::write(&local_rules, "my edit\n").unwrap();
    fs::remove_file(&local_decoders).unwrap();

    let refused = server.run(&["ruleset", "pull", dir_arg]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("1 local file (rules/local_rules.xml) differs"),
        "{stderr}"
    );
    assert_eq!(read(&local_rules), "my edit\n");
    assert!(!local_decoders.exists(), "nothing written on a refusal");

    let forced = server.ok_text(&["ruleset", "pull", dir_arg, "--force"]);
    assert_eq!(forced.trim(), "2 written, 2 unchanged");
    let on_server = data_dir.path().join("etc/rules/local_rules.xml");
    assert_eq!(read(&local_rules), read(&on_server));
    assert!(local_decoders.is_file());
    let leftovers = fs::read_dir(dir.join("rules")).unwrap().count();
    assert_eq!(leftovers, 1, "no temp file left behind");
}
