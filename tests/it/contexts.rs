//! Contexts and sessions: `config` verbs, `login` / `logout`, token reuse and silent renewal,
//! and file permissions.

use crate::common::{cli, stdout_json, with_context, Server};
use std::os::unix::fs::PermissionsExt;

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn config_verbs_manage_contexts() {
    let home = tempfile::TempDir::new().unwrap();
    cli(home.path())
        .args([
            "config",
            "set",
            "a",
            "--url",
            "https://a:55000",
            "--user",
            "u",
        ])
        .assert()
        .success();
    cli(home.path())
        .args(["config", "set", "b", "--url", "https://b:55000"])
        .assert()
        .success();
    cli(home.path())
        .args(["config", "use", "b"])
        .assert()
        .success();
    let config = home.path().join("config.toml");
    assert_eq!(mode(&config), 0o600);
    let list = cli(home.path())
        .args(["config", "list", "-o", "json"])
        .output()
        .unwrap();
    let text = String::from_utf8(list.stdout).unwrap();
    assert!(
        text.contains("https://a:55000") && text.contains("https://b:55000"),
        "{text}"
    );
    let view = cli(home.path()).args(["config", "view"]).output().unwrap();
    assert!(String::from_utf8(view.stdout)
        .unwrap()
        .contains("current-context = \"b\""));
    cli(home.path())
        .args(["config", "delete", "a"])
        .assert()
        .success();
    let after = std::fs::read_to_string(&config).unwrap();
    assert!(!after.contains("https://a:55000"));
    let missing = cli(home.path())
        .args(["config", "use", "nope"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn login_stores_a_token_that_later_commands_reuse() {
    let server = Server::start();
    let home = with_context(&server);
    let output = cli(home.path())
        .env("WAZUH_PASSWORD", "wazuh")
        .arg("login")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let secrets = std::fs::read_dir(home.path().join(".config").join("wazuh-ctl"))
        .map(|dir| {
            dir.flatten()
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().contains("secret"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    for file in &secrets {
        assert_eq!(mode(file), 0o600, "{}", file.display());
        assert!(
            !std::fs::read_to_string(file)
                .unwrap()
                .contains("= \"wazuh\""),
            "no password saved without --save-password"
        );
    }
    let output = cli(home.path())
        .args(["agents", "list", "--limit", "1", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "token reused: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(stdout_json(&output)[0]["id"], "000");

    cli(home.path()).arg("logout").assert().success();
    let output = cli(home.path()).args(["agents", "list"]).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("login"));
}

#[test]
fn a_saved_password_renews_expired_tokens_silently() {
    let server = Server::start_with(&["--token-lifetime", "2"]);
    let home = with_context(&server);
    cli(home.path())
        .env("WAZUH_PASSWORD", "wazuh")
        .args(["login", "--save-password"])
        .assert()
        .success();
    std::thread::sleep(std::time::Duration::from_millis(3100));
    let output = cli(home.path())
        .args(["agents", "list", "--limit", "1", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "renewed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_revoked_token_is_renewed_once_with_a_saved_password() {
    let server = Server::start();
    let home = with_context(&server);
    cli(home.path())
        .env("WAZUH_PASSWORD", "wazuh")
        .args(["login", "--save-password"])
        .assert()
        .success();
    let admin = server.token("wazuh-wui", "wazuh-wui");
    assert_eq!(
        server
            .request(reqwest::Method::PUT, "/security/user/revoke", Some(&admin))
            .0,
        200
    );
    let output = cli(home.path())
        .args(["agents", "list", "--limit", "1", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "retried after 401: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn whoami_names_the_user() {
    let server = Server::start();
    let home = with_context(&server);
    cli(home.path())
        .env("WAZUH_PASSWORD", "wazuh")
        .arg("login")
        .assert()
        .success();
    let output = cli(home.path())
        .arg("whoami")
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(String::from_utf8(output.stdout)
        .unwrap()
        .contains("\"wazuh\""));
}

/// Runs `wazuh-ctl ARGS` on a pseudo-terminal (util-linux `script`), types `password` once the
/// prompt is on screen, and returns everything the terminal showed and the exit status. The
/// prompt discards what was typed before it turned echo off (as a terminal does with
/// `TCSAFLUSH`), so the password is typed again every half second until the command ends; a
/// command still running after 30 s is killed and reported as failed.
fn on_a_terminal(home: &std::path::Path, args: &str, password: &str) -> (String, bool) {
    use std::io::{Read, Write};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};
    let binary = assert_cmd::cargo::cargo_bin("wazuh-ctl");
    let mut child = std::process::Command::new("script")
        .args(["-qec", &format!("{} {args}", binary.display()), "/dev/null"])
        .envs(crate::common::clean_env(home))
        .env_remove("WAZUH_PASSWORD")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("util-linux script");
    let shown = Arc::new(Mutex::new(Vec::new()));
    let mut stdout = child.stdout.take().unwrap();
    let reader = {
        let shown = Arc::clone(&shown);
        std::thread::spawn(move || {
            let mut chunk = [0u8; 256];
            while let Ok(read @ 1..) = stdout.read(&mut chunk) {
                shown.lock().unwrap().extend_from_slice(&chunk[..read]);
            }
        })
    };
    let text =
        |shown: &Mutex<Vec<u8>>| String::from_utf8_lossy(&shown.lock().unwrap()).into_owned();
    let deadline = Instant::now() + Duration::from_secs(30);
    // Closing stdin would end `script` before the command: keep it open until the end.
    let mut stdin = child.stdin.take().unwrap();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            break child.wait().unwrap();
        }
        if text(&shown).contains("Password for wazuh at ") {
            let _ = stdin.write_all(format!("{password}\r").as_bytes());
        }
        std::thread::sleep(Duration::from_millis(500));
    };
    drop(stdin);
    reader.join().unwrap();
    (text(&shown), status.success())
}

#[test]
fn commands_prompt_for_the_password_on_a_terminal() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("contexts: skipped (no util-linux `script` for a pseudo-terminal)");
        return;
    }
    let server = Server::start();
    let home = with_context(&server);
    // Piped: no prompt, and the hint repeats the context that was named.
    let output = cli(home.path())
        .args(["--context", "test", "agents", "get", "001"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("hint: run `wazuh-ctl --context test login`"),
        "{stderr}"
    );
    // On a terminal the command asks, logs in and answers.
    let (shown, ok) = on_a_terminal(home.path(), "agents get 001 -o json", "wazuh");
    assert!(ok, "{shown}");
    assert!(shown.contains("Password for wazuh at "), "{shown}");
    assert!(shown.contains("\"id\": \"001\""), "{shown}");
}
