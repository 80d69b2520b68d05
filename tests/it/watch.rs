//! `agents watch` piped (one JSON event line per change, a closed pipe, transient and fatal
//! failures) and the completion cache, driving the real binary against a real `serve`.

use crate::common::{self, Server};
use assert_cmd::cargo::cargo_bin;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// How long a test waits for a line or an exit before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The binary as a std process (streamed output) with the clean environment of `home`.
pub fn wazuh_ctl(home: &Path) -> Command {
    let mut command = Command::new(cargo_bin("wazuh-ctl"));
    for var in [
        "WAZUH_URL",
        "WAZUH_USER",
        "WAZUH_PASSWORD",
        "WAZUH_TOKEN",
        "WAZUH_CONTEXT",
        "DBUS_SESSION_BUS_ADDRESS",
    ] {
        command.env_remove(var);
    }
    command
        .envs(common::clean_env(home))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// A running watch (or `logs --follow`) whose stdout and stderr lines arrive on channels;
/// killed when dropped.
pub struct Watcher {
    child: Child,
    /// Its stdout, line by line.
    pub stdout: Receiver<String>,
    stderr: Receiver<String>,
}

impl Watcher {
    /// Starts the command.
    pub fn spawn(mut command: Command) -> Watcher {
        let mut child = command.spawn().expect("spawn the watch");
        let stdout = lines_of(child.stdout.take().expect("stdout"));
        let stderr = lines_of(child.stderr.take().expect("stderr"));
        Watcher {
            child,
            stdout,
            stderr,
        }
    }

    /// The next stdout line as JSON.
    fn next_event(&self) -> Value {
        let line = self
            .stdout
            .recv_timeout(PATIENCE)
            .expect("no event line in time");
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    }

    /// Reads events until one of `change` for the agent `id` (the others are skipped).
    fn event_for(&self, change: &str, id: &str) -> Value {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            let event = self.next_event();
            if event["type"] == change && event["object"]["id"] == id {
                return event;
            }
        }
        panic!("no {change} event for agent {id}");
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A channel receiving the lines of a stream, read on a thread.
fn lines_of(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    receiver
}

/// Runs the CLI against the server and returns its stdout, trimmed.
fn run(server: &Server, args: &[&str]) -> String {
    let output = server.cmd().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

/// Waits for a process to end by itself and returns its exit code.
fn exit_code(child: &mut Child) -> i32 {
    let deadline = Instant::now() + PATIENCE;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code().expect("an exit code, not a signal");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    panic!("the watch did not end");
}

#[test]
fn a_piped_watch_adds_every_agent_then_reports_each_change() {
    let server = Server::start();
    let ids = run(&server, &["agents", "list", "--all", "--jq", ".[].id"]);
    let mut command = wazuh_ctl(server.home.path());
    command.args(["agents", "watch", "--interval", "1"]);
    let watch = Watcher::spawn(command);

    for id in ids.lines() {
        let event = watch.next_event();
        assert_eq!(event["type"], "ADDED", "{event}");
        assert_eq!(event["object"]["id"], id, "{event}");
    }

    let new_id = run(&server, &["agents", "add", "watched-01", "--jq", ".id"]);
    let added = watch.event_for("ADDED", &new_id);
    assert_eq!(added["object"]["name"], "watched-01");

    run(&server, &["agents", "group", "add", &new_id, "group1"]);
    let modified = watch.event_for("MODIFIED", &new_id);
    assert!(
        modified["object"]["group"]
            .as_array()
            .is_some_and(|groups| groups.iter().any(|group| group == "group1")),
        "{modified}"
    );

    run(
        &server,
        &["agents", "delete", &new_id, "--status", "all", "--yes"],
    );
    let deleted = watch.event_for("DELETED", &new_id);
    assert_eq!(deleted["object"]["name"], "watched-01");
    assert!(watch.stderr.try_recv().is_err(), "nothing on stderr");
}

#[test]
fn filters_fields_and_jq_apply_to_each_event() {
    let server = Server::start();
    let mut command = wazuh_ctl(server.home.path());
    command.args([
        "agents",
        "watch",
        "--status",
        "never_connected",
        "--fields",
        "name",
        "--jq",
        "[.type, .object]",
    ]);
    let watch = Watcher::spawn(command);
    let event = watch.next_event();
    assert_eq!(event[0], "ADDED");
    let object = event[1].as_object().unwrap();
    let mut fields: Vec<&str> = object.keys().map(String::as_str).collect();
    fields.sort_unstable();
    assert_eq!(fields, ["id", "name"], "the key field joins --fields");
    let status = run(
        &server,
        &[
            "agents",
            "get",
            object["id"].as_str().unwrap(),
            "--jq",
            ".[0].status",
        ],
    );
    assert_eq!(status, "never_connected");
}

#[test]
fn the_lab_keeps_its_agents_alive_so_a_watch_shows_life() {
    let server = Server::start_with(&["--keepalive-seconds", "1"]);
    let mut command = wazuh_ctl(server.home.path());
    command.args([
        "agents",
        "watch",
        "--interval",
        "1",
        "-q",
        "id=001",
        "--fields",
        "lastKeepAlive",
    ]);
    let watch = Watcher::spawn(command);
    let added = watch.event_for("ADDED", "001");
    let modified = watch.event_for("MODIFIED", "001");
    let keep_alive = |event: &Value| {
        let text = event["object"]["lastKeepAlive"]
            .as_str()
            .unwrap()
            .to_string();
        chrono::DateTime::parse_from_rfc3339(&text).unwrap_or_else(|e| panic!("{text}: {e}"))
    };
    assert!(
        keep_alive(&modified) > keep_alive(&added),
        "{added} then {modified}"
    );
}

#[test]
fn a_closed_pipe_ends_the_watch_quietly_with_status_0() {
    let server = Server::start();
    let mut command = wazuh_ctl(server.home.path());
    // One agent: nothing more is written after the first line, so only noticing the closed
    // pipe itself can end the watch.
    command.args(["agents", "watch", "-q", "id=001", "--interval", "1"]);
    let mut child = command.spawn().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.contains(r#""type":"ADDED""#), "{first}");
    drop(stdout);

    assert_eq!(exit_code(&mut child), 0);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(stderr, "");
}

#[test]
fn an_unreachable_server_is_retried_every_tick() {
    let home = tempfile::TempDir::new().unwrap();
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut command = wazuh_ctl(home.path());
    command
        .env("WAZUH_URL", format!("https://127.0.0.1:{port}"))
        .env("WAZUH_USER", "wazuh")
        .env("WAZUH_PASSWORD", "wazuh")
        .args(["agents", "watch", "-k", "--interval", "1"]);
    let mut watch = Watcher::spawn(command);
    for _ in 0..2 {
        let line = watch.stderr.recv_timeout(PATIENCE).expect("a warning line");
        assert!(line.starts_with("wazuh-ctl: warning: "), "{line}");
        assert!(line.contains("retrying"), "{line}");
    }
    assert!(watch.child.try_wait().unwrap().is_none(), "still watching");
    assert!(watch.stdout.try_recv().is_err(), "no events");
}

#[test]
fn bad_credentials_and_bad_queries_end_the_watch_with_their_exit_code() {
    let server = Server::start();
    server
        .env_cmd()
        .env("WAZUH_PASSWORD", "not-the-password")
        .args(["agents", "watch"])
        .assert()
        .code(4);
    server
        .cmd()
        .args(["agents", "watch", "-q", "bad(("])
        .assert()
        .code(2);
    server
        .cmd()
        .args(["agents", "watch", "--interval", "100ms"])
        .assert()
        .code(2);
}

/// Completion candidates for `wazuh-ctl <args>` as fish asks for them (value, tab, help).
fn complete(home: &Path, cache: &Path, args: &[&str]) -> Vec<String> {
    let output = common::cli(home)
        .env("COMPLETE", "fish")
        .env("WAZUH_CTL_CACHE_DIR", cache)
        .args(["--", "wazuh-ctl"])
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// The one cache entry holding node names (the others hold agent ids).
fn node_cache_entry(cache: &Path) -> std::ffi::OsString {
    let entries = std::fs::read_dir(cache)
        .unwrap()
        .map(|entry| entry.unwrap());
    let nodes = entries.filter(|entry| {
        std::fs::read_to_string(entry.path()).is_ok_and(|text| text.contains("master-node"))
    });
    let names: Vec<_> = nodes.map(|entry| entry.file_name()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
    names[0].clone()
}

#[test]
fn completion_answers_from_its_cache_once_the_server_is_gone() {
    let server = Server::start();
    let home = common::with_context(&server);
    common::cli(home.path())
        .env("WAZUH_PASSWORD", "wazuh")
        .arg("login")
        .assert()
        .success();
    let cache = home.path().join("cache");
    let agent_ids = ["agents", "get", "00"];

    let fetched = complete(home.path(), &cache, &agent_ids);
    assert!(
        fetched.contains(&"001\twazuh-agent1".to_string()),
        "{fetched:?}"
    );
    let entries: Vec<_> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1);
    let agent_entry = entries[0].clone();
    let entry = std::fs::read_to_string(&entries[0]).unwrap();
    assert!(!entry.contains("eyJ"), "no token in the cache: {entry}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&entries[0]).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let nodes = complete(home.path(), &cache, &["cluster", "node", "w"]);
    assert_eq!(nodes, ["worker1\tworker", "worker2\tworker"]);
    let flag = complete(home.path(), &cache, &["agents", "list", "--node", "mas"]);
    assert_eq!(flag, ["master-node\tmaster"]);
    std::fs::remove_file(cache.join(node_cache_entry(&cache))).unwrap();

    drop(server);
    assert_eq!(complete(home.path(), &cache, &agent_ids), fetched);
    let group_names = complete(home.path(), &cache, &["agents", "list", "--group", ""]);
    assert!(group_names.is_empty(), "never fetched: {group_names:?}");

    let mut stale: Value = serde_json::from_str(&entry).unwrap();
    stale["fetched_at"] = Value::from(stale["fetched_at"].as_u64().unwrap() - 60);
    std::fs::write(&agent_entry, stale.to_string()).unwrap();
    assert!(complete(home.path(), &cache, &agent_ids).is_empty());
}

#[test]
fn a_table_watch_redraws_under_a_header_line_every_interval() {
    let server = Server::start();
    let mut command = wazuh_ctl(server.home.path());
    command.args([
        "agents",
        "watch",
        "-o",
        "table",
        "--interval",
        "1",
        "-q",
        "id=001",
    ]);
    let watch = Watcher::spawn(command);
    let mut headers = 0;
    while headers < 2 {
        let line = watch.stdout.recv_timeout(PATIENCE).expect("a table line");
        assert!(
            !line.contains('\x1b'),
            "no screen codes when piped: {line:?}"
        );
        if line.starts_with("Every 1s: wazuh-ctl agents watch    1 item    ") {
            headers += 1;
            assert_eq!(watch.stdout.recv_timeout(PATIENCE).unwrap(), "");
            let columns = watch.stdout.recv_timeout(PATIENCE).unwrap();
            assert!(columns.starts_with("ID "), "{columns}");
            let row = watch.stdout.recv_timeout(PATIENCE).unwrap();
            assert!(row.starts_with("001 "), "{row}");
        }
    }
}

#[cfg(unix)]
#[test]
fn ctrl_c_ends_the_watch_with_status_0() {
    let server = Server::start();
    let mut command = wazuh_ctl(server.home.path());
    command.args(["agents", "watch", "-q", "id=001"]);
    let mut watch = Watcher::spawn(command);
    assert_eq!(watch.next_event()["type"], "ADDED");
    let interrupted = Command::new("kill")
        .args(["-INT", &watch.child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    assert_eq!(exit_code(&mut watch.child), 0);
    assert!(watch.stderr.try_recv().is_err(), "nothing on stderr");
}

#[test]
fn a_piped_tasks_watch_follows_an_upgrade_until_it_is_done() {
    let server = Server::start_with(&["--task-seconds", "1"]);
    let agent = run(
        &server,
        &[
            "agents", "list", "--status", "active", "-q", "id!=000", "--jq", ".[0].id",
        ],
    );
    let mut command = wazuh_ctl(server.home.path());
    command.args(["tasks", "watch", "--interval", "500ms"]);
    let watch = Watcher::spawn(command);

    run(&server, &["agents", "upgrade", &agent, "--force", "--yes"]);
    let added = watch.next_event();
    assert_eq!(added["type"], "ADDED", "{added}");
    assert_eq!(added["object"]["agent_id"], agent.as_str(), "{added}");
    let task_id = added["object"]["task_id"].clone();
    let deadline = Instant::now() + PATIENCE;
    let mut status = added["object"]["status"].clone();
    while status != "Done" {
        assert!(Instant::now() < deadline, "the task never reached Done");
        let event = watch.next_event();
        assert_eq!(event["type"], "MODIFIED", "{event}");
        assert_eq!(event["object"]["task_id"], task_id, "{event}");
        assert_ne!(event["object"]["status"], status, "a change, not a repeat");
        status = event["object"]["status"].clone();
    }
}
