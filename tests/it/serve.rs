//! `wazuh-ctl serve` as a process: the URL line, HTTPS vs HTTP, the data dir lock, the `lab`
//! context, persistence across restarts, and clean shutdown on SIGTERM.

use crate::common::{clean_env, cli, Server};
use assert_cmd::cargo::cargo_bin;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn prints_an_https_url_and_answers_as_wazuh() {
    let server = Server::start();
    assert!(
        server.url.starts_with("https://127.0.0.1:"),
        "{}",
        server.url
    );
    let token = server.token("wazuh", "wazuh");
    let (status, body) = server.get("/", &token);
    assert_eq!(status, 200);
    assert_eq!(body["data"]["title"], "Wazuh API REST");
    assert_eq!(body["error"], 0);
}

#[test]
fn http_flag_serves_plain_http() {
    let server = Server::start_with(&["--http"]);
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );
    let token = server.token("wazuh-wui", "wazuh-wui");
    assert_eq!(server.get("/agents?limit=1", &token).0, 200);
}

fn config_of(path: &std::path::Path) -> toml::Table {
    let config = std::fs::read_to_string(path).expect("config written by serve");
    toml::from_str(&config).expect("valid TOML")
}

#[test]
fn writes_a_current_lab_context_with_the_ca_certificate() {
    let data = tempfile::TempDir::new().unwrap();
    let server = Server::start_with(&["--data-dir", data.path().to_str().unwrap()]);
    let config = config_of(&server.config_path());
    assert_eq!(config["current-context"].as_str(), Some("lab"));
    let lab = &config["contexts"]["lab"];
    assert_eq!(lab["url"].as_str(), Some(server.url.as_str()));
    let ca = lab["ca-cert"].as_str().expect("ca-cert path");
    let pem = std::fs::read_to_string(ca).expect("CA certificate readable");
    assert!(pem.contains("BEGIN CERTIFICATE"));
}

#[test]
fn a_second_server_on_the_same_data_dir_is_refused() {
    let data = tempfile::TempDir::new().unwrap();
    let dir = data.path().to_str().unwrap();
    let _first = Server::start_with(&["--data-dir", dir]);
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path())
        .args(["serve", "--bind", "127.0.0.1:0", "--data-dir", dir])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("wazuh-ctl: error:"), "{stderr}");
    assert!(
        stderr.contains(dir),
        "the error names the data dir: {stderr}"
    );
}

#[test]
fn data_and_certificate_survive_a_restart() {
    let data = tempfile::TempDir::new().unwrap();
    let dir = data.path().to_str().unwrap();
    let first_cert;
    {
        let server = Server::start_with(&["--data-dir", dir]);
        let token = server.token("wazuh", "wazuh");
        assert_eq!(
            server.get("/agents?limit=1", &token).1["data"]["total_affected_items"],
            13
        );
        first_cert =
            std::fs::read(data.path().join("server.crt")).expect("certificate in the data dir");
    }
    let server = Server::start_with(&["--data-dir", dir]);
    let token = server.token("wazuh", "wazuh");
    assert_eq!(
        server.get("/agents?limit=1", &token).1["data"]["total_affected_items"],
        13
    );
    assert_eq!(
        std::fs::read(data.path().join("server.crt")).unwrap(),
        first_cert
    );
}

#[test]
fn sigterm_stops_the_server_cleanly_and_removes_the_ephemeral_dir() {
    let home = tempfile::TempDir::new().unwrap();
    let mut child = Command::new(cargo_bin("wazuh-ctl"))
        .args(["serve", "--ephemeral", "--bind", "127.0.0.1:0"])
        .envs(clean_env(home.path()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    assert!(line.contains("https://"), "{line}");
    let config = config_of(&home.path().join("config.toml"));
    assert_eq!(config["current-context"].as_str(), Some("lab-ephemeral"));
    let ca = PathBuf::from(
        config["contexts"]["lab-ephemeral"]["ca-cert"]
            .as_str()
            .unwrap(),
    );
    let data_dir = ca.parent().unwrap().to_path_buf();
    assert!(
        data_dir.join("wazuh.db").exists(),
        "the ephemeral data dir holds the database"
    );
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "serve exited with {status}");
            assert!(!data_dir.exists(), "--ephemeral data dir deleted on exit");
            let config = config_of(&home.path().join("config.toml"));
            assert!(config.get("current-context").is_none(), "{config}");
            assert!(
                config["contexts"].as_table().unwrap().is_empty(),
                "the ephemeral context went with the server: {config}"
            );
            break;
        }
        assert!(Instant::now() < deadline, "serve did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn synthetic_agents_scale_the_fleet() {
    let server = Server::start_with(&["--agents", "1500"]);
    let token = server.token("wazuh", "wazuh");
    let (status, body) = server.get("/agents?limit=1&offset=1400&select=id", &token);
    assert_eq!(status, 200);
    assert_eq!(body["data"]["total_affected_items"], 1501);
    assert_eq!(body["data"]["affected_items"][0]["id"], "1400");
}

#[test]
fn an_ephemeral_server_leaves_the_lab_context_alone() {
    let data = tempfile::TempDir::new().unwrap();
    let lasting = Server::start_with(&["--data-dir", data.path().to_str().unwrap()]);
    let mut ephemeral = Command::new(cargo_bin("wazuh-ctl"))
        .args(["serve", "--ephemeral", "--bind", "127.0.0.1:0"])
        .envs(clean_env(lasting.home.path()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(ephemeral.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let ephemeral_url = line.trim().rsplit(' ').next().unwrap().to_string();
    let config = config_of(&lasting.config_path());
    assert_eq!(config["current-context"].as_str(), Some("lab"));
    assert_eq!(
        config["contexts"]["lab"]["url"].as_str(),
        Some(lasting.url.as_str())
    );
    assert_eq!(
        config["contexts"]["lab-ephemeral"]["url"].as_str(),
        Some(ephemeral_url.as_str())
    );
    let output = lasting
        .cmd()
        .args([
            "--context",
            "lab-ephemeral",
            "agents",
            "get",
            "001",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let _ = ephemeral.kill();
    let _ = ephemeral.wait();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_lab_whose_server_is_gone_says_to_start_it() {
    let server = Server::start();
    let url = server.url.clone();
    let home = tempfile::TempDir::new().unwrap();
    std::fs::copy(server.config_path(), home.path().join("config.toml")).unwrap();
    let ca = config_of(&server.config_path())["contexts"]["lab-ephemeral"]["ca-cert"]
        .as_str()
        .unwrap()
        .to_string();
    drop(server);
    let expected = [
        format!("wazuh-ctl: error: the lab server at {url} is not running"),
        "  hint: start it with `wazuh-ctl serve`".to_string(),
    ];
    // Nothing listens; then the CA file is gone too, as with an ephemeral lab that exited.
    for remove_ca in [false, true] {
        if remove_ca {
            std::fs::remove_file(&ca).unwrap();
        }
        let output = cli(home.path()).args(["agents", "list"]).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert_eq!(stderr.lines().collect::<Vec<_>>(), expected, "{stderr}");
    }
}

#[test]
fn an_ephemeral_server_explains_how_to_listen_beyond_loopback() {
    let home = tempfile::TempDir::new().unwrap();
    let output = cli(home.path())
        .args(["serve", "--ephemeral", "--bind", "0.0.0.0:0"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("refusing to listen on 0.0.0.0:0"),
        "{stderr}"
    );
    assert!(
        stderr.contains("an --ephemeral database always starts with the default passwords"),
        "{stderr}"
    );
    assert!(stderr.contains("--data-dir"), "{stderr}");
    assert!(stderr.contains("security users update"), "{stderr}");
}
