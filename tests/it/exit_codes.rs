//! The exit-code rule (README's table) across commands: a missing thing is 5 however the API
//! answers it, all-failed bulk answers follow their failures' kind, an oversized request is
//! invalid input.

use crate::common::Server;

/// Runs the CLI and returns its exit code and stderr.
fn exit_of(server: &Server, args: &[&str]) -> (Option<i32>, String) {
    let output = server.run(args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.code(), stderr)
}

#[test]
fn a_missing_group_file_and_a_missing_group_both_exit_5() {
    let server = Server::start();
    let (file, stderr) = exit_of(&server, &["groups", "file", "default", "nosuch.conf"]);
    assert_eq!(file, Some(5), "{stderr}");
    assert!(stderr.contains("error 1006"), "{stderr}");
    let (group, stderr) = exit_of(&server, &["groups", "files", "nosuchgroup"]);
    assert_eq!(group, Some(5), "{stderr}");
}

#[test]
fn all_ids_failing_exit_by_the_kind_of_their_failures() {
    let server = Server::start();
    let (missing, stderr) = exit_of(&server, &["agents", "get", "9999"]);
    assert_eq!(missing, Some(5), "{stderr}");
    let (missing, stderr) = exit_of(&server, &["agents", "restart", "9998", "9999", "--yes"]);
    assert_eq!(missing, Some(5), "{stderr}");
    let (manager, stderr) = exit_of(
        &server,
        &["agents", "delete", "000", "--yes", "--status", "all"],
    );
    assert_eq!(manager, Some(3), "{stderr}");
    assert!(stderr.contains("error 1703"), "{stderr}");
}

#[test]
fn a_request_too_large_is_invalid_input() {
    let server = Server::start();
    let body = tempfile::NamedTempFile::new().expect("temp file");
    let event = "e".repeat(1000);
    let events: Vec<&str> = std::iter::repeat_n(event.as_str(), 11_000).collect();
    std::fs::write(
        body.path(),
        serde_json::json!({ "events": events }).to_string(),
    )
    .expect("write the body");
    let path = body.path().to_str().expect("a UTF-8 path");
    let (code, stderr) = exit_of(&server, &["api", "POST", "/events", "--input", path]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("maximum upload size"), "{stderr}");
}
