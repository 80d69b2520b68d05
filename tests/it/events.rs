//! `events send` through the real CLI against a real `serve` with a data dir: events from
//! stdin go in batches of 100, merged into one answer, and every event lands in the store's
//! `events` table; `--dry-run` sends nothing.

use crate::common::{stdout_json, Server};
use tempfile::TempDir;

/// The events the server recorded, read from its database file.
fn recorded(data_dir: &TempDir) -> Vec<String> {
    let db = rusqlite::Connection::open(data_dir.path().join("wazuh.db")).unwrap();
    let mut query = db.prepare("SELECT event FROM events ORDER BY seq").unwrap();
    let events = query.query_map([], |row| row.get(0)).unwrap();
    events.collect::<Result<_, _>>().unwrap()
}

fn start() -> (TempDir, Server) {
    let data_dir = TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data_dir.path().to_str().unwrap()]);
    (data_dir, server)
}

#[test]
fn lines_from_stdin_go_in_batches_of_a_hundred_and_are_all_recorded() {
    let (data_dir, server) = start();
    let events: Vec<String> = (0..150)
        .map(|n| format!("{{\"n\": {n}, \"msg\": \"event {n}\"}}"))
        .collect();
    let output = server
        .cmd()
        .args(["events", "send", "--file", "-", "-o", "raw", "-v"])
        .write_stdin(events.join("\n") + "\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let posts = stderr
        .lines()
        .filter(|l| l.starts_with("> POST") && l.contains("/events"));
    assert_eq!(posts.count(), 2, "{stderr}");
    let answer = stdout_json(&output);
    assert_eq!(answer["data"]["total_affected_items"], 150);
    assert_eq!(answer["message"], "All events were forwarded to analisysd");
    assert_eq!(answer["data"]["affected_items"][149], events[149].as_str());
    assert_eq!(recorded(&data_dir), events);
}

#[test]
fn a_failed_event_exits_3_and_the_others_are_recorded() {
    let (data_dir, server) = start();
    let large = "x".repeat(65536);
    let output = server.run(&["events", "send", "small", &large, "-o", "raw"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("1012"), "{stderr}");
    assert_eq!(recorded(&data_dir), ["small"]);
}

#[test]
fn dry_run_prints_the_requests_and_sends_nothing() {
    let (data_dir, server) = start();
    let lines: String = (0..150).map(|n| format!("event {n}\n")).collect();
    let output = server
        .cmd()
        .args(["events", "send", "--file", "-", "--dry-run"])
        .write_stdin(lines)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success());
    assert_eq!(stdout.matches("curl -X POST").count(), 2, "{stdout}");
    assert!(stdout.contains("/events"), "{stdout}");
    assert!(recorded(&data_dir).is_empty());
}
