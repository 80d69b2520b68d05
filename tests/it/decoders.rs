//! `decoders ...` through the real CLI against a real `serve` with a data dir: the decoders
//! read back from the XML on disk, and decoder files uploaded, refused and deleted.

use crate::common::Server;
use serde_json::Value;
use tempfile::TempDir;

/// The `name`s of a JSON list of decoders.
fn names(decoders: &Value) -> Vec<&str> {
    let decoders = decoders.as_array().unwrap();
    decoders
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect()
}

#[test]
fn decoders_read_back_and_their_files_change_through_the_cli() {
    let data_dir = TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let sshd = [
        "decoders",
        "list",
        "--filename",
        "0010-sshd_decoders.xml",
        "-o",
        "json",
    ];
    assert_eq!(
        names(&server.ok_json(&sshd))[..2],
        ["sshd", "sshd-accepted"]
    );
    let got = server.ok_json(&["decoders", "get", "sshd-failed", "-o", "json"]);
    assert_eq!(got[0]["details"]["parent"], "sshd");
    let parents = server.run(&["decoders", "parents", "--all", "-o", "table"]);
    let table = String::from_utf8_lossy(&parents.stdout);
    assert!(
        table.contains("NAME") && table.contains("sshd") && !table.contains("sshd-accepted"),
        "{table}"
    );
    let files = server.ok_json(&["decoders", "files", "-o", "json"]);
    assert_eq!(files.as_array().unwrap().len(), 8);
    let raw = server.run(&["decoders", "file", "get", "local_decoder.xml", "--raw"]);
    assert!(String::from_utf8_lossy(&raw.stdout).contains("<decoder name=\"lab-app\">"));

    let orphan = "<decoder name=\"lab-db\">\n  <parent>nope</parent>\n</decoder>\n";
    let put = server.run_with_stdin(
        &["decoders", "file", "put", "-", "--name", "lab_db.xml"],
        orphan,
    );
    assert_ne!(put.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&put.stderr).contains("1114"));
    let on_server = data_dir.path().join("etc/decoders/lab_db.xml");
    assert!(!on_server.exists());
    let fixed = orphan.replace("nope", "lab-app");
    let put = server.run_with_stdin(
        &["decoders", "file", "put", "-", "--name", "lab_db.xml"],
        &fixed,
    );
    assert!(
        put.status.success(),
        "{}",
        String::from_utf8_lossy(&put.stderr)
    );
    assert_eq!(std::fs::read_to_string(&on_server).unwrap(), fixed);
    server.ok_json(&["decoders", "file", "delete", "lab_db.xml", "-o", "json"]);
    assert!(!on_server.exists());
}
