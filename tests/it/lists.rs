//! `lists ...` through the real CLI against a real `serve` with a data dir: the CDB lists and
//! their pairs, and list files uploaded, refused and deleted.

use crate::common::Server;
use tempfile::TempDir;

#[test]
fn lists_show_their_pairs_and_their_files_change_through_the_cli() {
    let data_dir = TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    let lists = server.ok_json(&["lists", "list", "-o", "json"]);
    assert_eq!(lists.as_array().unwrap().len(), 3);
    let table = server.run(&["lists", "get", "admin-users", "-o", "table"]);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(
        text.contains("KEY") && text.contains("svc:backup"),
        "{text}"
    );
    assert!(text.contains("service account"), "{text}");
    let files = server.ok_json(&[
        "lists",
        "files",
        "--relative-dirname",
        "etc/lists",
        "-o",
        "json",
    ]);
    assert_eq!(files.as_array().unwrap().len(), 2);

    let bad = server.run_with_stdin(
        &["lists", "file", "put", "-", "--name", "hosts"],
        "10.0.0.1:lab\nnot a pair\n",
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("stdin:2:1"));
    let dirname = server.run(&[
        "lists",
        "file",
        "put",
        "-",
        "--name",
        "h",
        "--relative-dirname",
        "x",
    ]);
    assert_eq!(dirname.status.code(), Some(2));
    let on_server = data_dir.path().join("etc/lists/hosts");
    assert!(!on_server.exists());

    let put = server.run_with_stdin(
        &["lists", "file", "put", "-", "--name", "hosts"],
        "10.0.0.1:lab\n",
    );
    assert!(
        put.status.success(),
        "{}",
        String::from_utf8_lossy(&put.stderr)
    );
    let pairs = server.ok_json(&["lists", "get", "hosts", "-o", "json"]);
    assert_eq!(pairs[0]["10.0.0.1"], "lab");
    server.ok_json(&["lists", "file", "delete", "hosts", "-o", "json"]);
    assert!(!on_server.exists());
    let default = server.run(&["lists", "file", "delete", "bad-ips"]);
    assert!(String::from_utf8_lossy(&default.stderr).contains("1906"));
    assert!(data_dir.path().join("ruleset/lists/bad-ips").exists());
}
