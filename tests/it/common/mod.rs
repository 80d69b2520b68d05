//! Test harness: a real `wazuh-ctl serve --ephemeral --bind 127.0.0.1:0` per test (its fleet
//! frozen as seeded, `--keepalive-seconds 0`, unless the test sets the interval), a CLI
//! command builder with a clean HOME/config and the file token store, and small HTTP helpers.

use assert_cmd::cargo::cargo_bin;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use tempfile::TempDir;
use wazuh_ctl::api::Method;

/// An API configuration with the request rate limit off, for tests that send many requests
/// (the default 300 a minute would answer them 429).
pub const NO_RATE_LIMIT: &str = "[access]\nmax_request_per_minute = 0\n";

/// Operations that revoke the caller's token (or every token): tests that walk the operations
/// send them last, or log in again after each.
pub const REVOKING: &[(Method, &str)] = &[
    (Method::Put, "/security/user/revoke"),
    (Method::Delete, "/security/user/authenticate"),
    (Method::Put, "/security/config"),
    (Method::Delete, "/security/config"),
];

/// A running `wazuh-ctl serve` and the temporary home its CLI config lives in.
pub struct Server {
    child: Child,
    /// Base URL, e.g. `https://127.0.0.1:40123`.
    pub url: String,
    /// The temporary HOME (config, secrets) shared by the server and the CLI commands.
    pub home: TempDir,
}

impl Server {
    /// Starts a server over HTTPS with the demo data.
    pub fn start() -> Server {
        Server::start_with(&[])
    }

    /// Starts a server with extra `serve` arguments (`--ephemeral` unless they name a
    /// `--data-dir`; `--keepalive-seconds 0` unless they set it).
    pub fn start_with(args: &[&str]) -> Server {
        Server::start_logging(args, Stdio::inherit(), &[])
    }

    /// Starts a server with extra `serve` arguments (as [`Server::start_with`]), its log
    /// (stderr) going to `log`, with extra environment variables (`RUST_LOG`, ...).
    pub fn start_logging(args: &[&str], log: Stdio, env: &[(&str, &str)]) -> Server {
        let home = TempDir::new().expect("temp home");
        let data_dir: &[&str] = if args.contains(&"--data-dir") {
            &[]
        } else {
            &["--ephemeral"]
        };
        let frozen: &[&str] = if args.contains(&"--keepalive-seconds") {
            &[]
        } else {
            &["--keepalive-seconds", "0"]
        };
        let mut child = Command::new(cargo_bin("wazuh-ctl"))
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(data_dir)
            .args(frozen)
            .args(args)
            .envs(clean_env(home.path()))
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .expect("spawn wazuh-ctl serve");
        let stdout = child.stdout.take().expect("stdout");
        let mut first_line = String::new();
        BufReader::new(stdout)
            .read_line(&mut first_line)
            .expect("read the first line of serve");
        let url = first_line
            .split_whitespace()
            .find(|word| word.starts_with("http://") || word.starts_with("https://"))
            .unwrap_or_else(|| panic!("no URL in serve's first line: {first_line:?}"))
            .trim_end_matches('/')
            .to_string();
        Server { child, url, home }
    }

    /// Starts a server with `serve --config` reading `toml` (written into `dir`) and extra
    /// `serve` arguments.
    pub fn start_with_config(dir: &Path, toml: &str, args: &[&str]) -> Server {
        let path = dir.join("api.toml");
        std::fs::write(&path, toml).expect("write the API configuration");
        let mut all = vec!["--config", path.to_str().expect("UTF-8 path")];
        all.extend_from_slice(args);
        Server::start_with(&all)
    }

    /// The CLI config file of this server's home.
    pub fn config_path(&self) -> PathBuf {
        self.home.path().join("config.toml")
    }

    /// The `wazuh-ctl` binary with this server's home, config and the file token store.
    pub fn cmd(&self) -> assert_cmd::Command {
        cli(self.home.path())
    }

    /// Runs the CLI with arguments against this server.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        self.cmd().args(args).output().unwrap()
    }

    /// Runs the CLI with arguments and `stdin` as its standard input against this server.
    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> std::process::Output {
        let mut cmd = self.cmd();
        cmd.args(args)
            .write_stdin(stdin.to_string())
            .output()
            .unwrap()
    }

    /// Runs the CLI, expects success and returns stdout as JSON.
    pub fn ok_json(&self, args: &[&str]) -> Value {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        stdout_json(&output)
    }

    /// Runs the CLI, expects success and returns stdout as text.
    pub fn ok_text(&self, args: &[&str]) -> String {
        let output = self.run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{args:?} failed: {stderr}");
        String::from_utf8(output.stdout).unwrap()
    }

    /// A CLI command that reaches this server through the environment only (no context).
    pub fn env_cmd(&self) -> assert_cmd::Command {
        let mut cmd = self.cmd();
        cmd.env("WAZUH_URL", &self.url)
            .env("WAZUH_USER", "wazuh")
            .env("WAZUH_PASSWORD", "wazuh")
            .arg("-k");
        cmd
    }

    /// Logs in over HTTP and returns a token.
    pub fn token(&self, user: &str, password: &str) -> String {
        let request = http()
            .post(format!("{}/security/user/authenticate?raw=true", self.url))
            .basic_auth(user, Some(password));
        block_on(async {
            let response = request.send().await.expect("login request");
            assert_eq!(response.status(), 200, "login as {user}");
            response.text().await.expect("token text")
        })
    }

    /// An authenticated GET; returns status and JSON body.
    pub fn get(&self, path_and_query: &str, token: &str) -> (u16, Value) {
        self.request(reqwest::Method::GET, path_and_query, Some(token))
    }

    /// Any request with an optional bearer token; returns status and JSON body (or a string).
    pub fn request(
        &self,
        method: reqwest::Method,
        path_and_query: &str,
        token: Option<&str>,
    ) -> (u16, Value) {
        let answer = self.raw(method, path_and_query, token);
        let body = serde_json::from_str(&answer.text).unwrap_or(Value::String(answer.text));
        (answer.status, body)
    }

    /// Any request; returns status, headers and the body text as sent.
    pub fn raw(
        &self,
        method: reqwest::Method,
        path_and_query: &str,
        token: Option<&str>,
    ) -> RawAnswer {
        let mut request = http().request(method, format!("{}{}", self.url, path_and_query));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        block_on(async {
            let response = request.send().await.expect("request");
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            let text = response.text().await.expect("body");
            RawAnswer {
                status,
                headers,
                text,
            }
        })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer as it came over the wire.
pub struct RawAnswer {
    /// HTTP status.
    pub status: u16,
    /// Response headers.
    pub headers: reqwest::header::HeaderMap,
    /// Body text.
    pub text: String,
}

/// Environment for a process that must not see the developer's own config, keyring or WAZUH_*.
pub fn clean_env(home: &Path) -> Vec<(String, String)> {
    let home = home.display().to_string();
    vec![
        ("HOME".into(), home.clone()),
        ("XDG_CONFIG_HOME".into(), format!("{home}/.config")),
        ("XDG_DATA_HOME".into(), format!("{home}/.local/share")),
        ("WAZUH_CTL_CONFIG".into(), format!("{home}/config.toml")),
        ("WAZUH_CTL_TOKEN_STORE".into(), "file".into()),
        ("NO_COLOR".into(), "1".into()),
    ]
}

/// The CLI binary with a clean environment rooted at `home`.
pub fn cli(home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("wazuh-ctl").expect("binary");
    for var in [
        "WAZUH_URL",
        "WAZUH_USER",
        "WAZUH_PASSWORD",
        "WAZUH_TOKEN",
        "WAZUH_CONTEXT",
        "DBUS_SESSION_BUS_ADDRESS",
    ] {
        cmd.env_remove(var);
    }
    cmd.envs(clean_env(home)).timeout(Duration::from_secs(60));
    cmd
}

/// An HTTP client that accepts the lab's self-signed certificate (one per call: each
/// request runs on its own small runtime).
pub fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .tls_danger_accept_invalid_certs(true)
        .timeout(Duration::from_secs(30))
        .build()
        .expect("http client")
}

/// Sends a request: its status and body (JSON, or the text as a string) once the whole answer
/// has arrived; `None` when the server went away or the answer broke off first.
pub async fn answer_json(request: reqwest::RequestBuilder) -> Option<(u16, Value)> {
    let response = request.send().await.ok()?;
    let status = response.status().as_u16();
    let text = response.text().await.ok()?;
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Some((status, body))
}

/// The SQLite store of a data dir, opened read-only beside a running or killed `serve`.
pub fn open_store(data_dir: &Path) -> rusqlite::Connection {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    rusqlite::Connection::open_with_flags(data_dir.join("wazuh.db"), flags)
        .expect("open wazuh.db read-only")
}

/// Runs a future to completion on a small runtime.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(future)
}

/// The ids of the affected items of a list answer, in order.
pub fn ids(body: &Value) -> Vec<String> {
    body["data"]["affected_items"]
        .as_array()
        .unwrap_or_else(|| panic!("no affected_items in {body}"))
        .iter()
        .map(|item| item["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The names of the affected items of a list answer.
pub fn names(body: &Value) -> std::collections::BTreeSet<String> {
    body["data"]["affected_items"]
        .as_array()
        .unwrap_or_else(|| panic!("no affected_items in {body}"))
        .iter()
        .filter_map(|item| item["name"].as_str().map(str::to_string))
        .collect()
}

/// Parses stdout of a command as JSON.
pub fn stdout_json(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

/// A fresh home whose current context `test` points at the server (user `wazuh`, the lab CA
/// certificate) and, unlike the lab's own context, knows no password.
pub fn with_context(server: &Server) -> tempfile::TempDir {
    let home = tempfile::TempDir::new().unwrap();
    let lab = std::fs::read_to_string(server.config_path()).unwrap();
    let lab: toml::Table = toml::from_str(&lab).unwrap();
    let ca = lab["contexts"]["lab-ephemeral"]["ca-cert"]
        .as_str()
        .unwrap();
    let output = cli(home.path())
        .args([
            "config",
            "set",
            "test",
            "--url",
            &server.url,
            "--user",
            "wazuh",
            "--ca-cert",
            ca,
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    cli(home.path())
        .args(["config", "use", "test"])
        .assert()
        .success();
    home
}
