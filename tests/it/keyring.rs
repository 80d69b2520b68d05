//! The real OS keyring: with a Secret Service (which `.ci/run` provides and announces with
//! WAZUH_CTL_KEYRING_TEST=1) tokens go there and nowhere else; without one, every command
//! still works, tokens stay in the process's memory, and one warning says how to opt into the
//! file store: never a hang or a silent plain-text fallback.

use crate::common::{cli, stdout_json, with_context, Server};
use std::path::Path;

#[test]
fn login_keeps_the_token_in_the_os_keyring() {
    if std::env::var("WAZUH_CTL_KEYRING_TEST").as_deref() != Ok("1") {
        eprintln!("keyring: skipped (set WAZUH_CTL_KEYRING_TEST=1 under a Secret Service, as .ci/run does)");
        return;
    }
    let bus = std::env::var("DBUS_SESSION_BUS_ADDRESS").expect("a D-Bus session");
    let server = Server::start();
    let home = with_context(&server);
    let keyring_cli = || {
        let mut cmd = cli(home.path());
        cmd.env("WAZUH_CTL_TOKEN_STORE", "keyring")
            .env("DBUS_SESSION_BUS_ADDRESS", &bus);
        cmd
    };
    let output = keyring_cli()
        .env("WAZUH_PASSWORD", "wazuh")
        .arg("login")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // No password anywhere now: only a token kept in the keyring lets this through.
    let output = keyring_cli()
        .args(["agents", "list", "--limit", "1", "-o", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    keyring_cli().arg("logout").assert().success();
    let output = keyring_cli()
        .args(["agents", "list", "--limit", "1"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(4),
        "logout removed the token from the keyring"
    );
    let config_dir = home.path().join(".config").join("wazuh-ctl");
    let plain: Vec<_> = std::fs::read_dir(&config_dir)
        .map(|dir| {
            dir.flatten()
                .filter(|e| e.file_name().to_string_lossy().contains("secret"))
                .collect()
        })
        .unwrap_or_default();
    assert!(
        plain.is_empty(),
        "no plain-text secrets with the keyring store: {plain:?}"
    );
}

/// The CLI in `home` with the default store (the OS keyring) and no Secret Service: the
/// D-Bus session address points nowhere.
fn keyring_cli_without_secret_service(home: &Path) -> assert_cmd::Command {
    let mut cmd = cli(home);
    cmd.env_remove("WAZUH_CTL_TOKEN_STORE").env(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}/no-session-bus", home.display()),
    );
    cmd
}

const FALLBACK_WARNING: &str = "wazuh-ctl: warning: no OS keyring is available";

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `agents list --limit N -o json` without a Secret Service: the output and its stderr, after
/// checking that it succeeded with N agents.
fn list_without_keyring(home: &Path, limit: usize) -> String {
    let output = keyring_cli_without_secret_service(home)
        .args([
            "agents",
            "list",
            "--limit",
            &limit.to_string(),
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stdout_json(&output).as_array().unwrap().len(), limit);
    stderr
}

#[test]
fn without_a_keyring_the_first_command_after_serve_works_and_warns_once() {
    let server = Server::start();
    let stderr = list_without_keyring(server.home.path(), 2);
    assert_eq!(stderr.matches(FALLBACK_WARNING).count(), 1, "{stderr}");
    assert!(
        stderr.contains("`wazuh-ctl config set lab-ephemeral --token-store file`"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        !server.home.path().join("secrets.toml").exists(),
        "never a silent plain-text fallback"
    );

    // Only the first time: the next command works as well, quietly.
    assert_eq!(
        list_without_keyring(server.home.path(), 1),
        "",
        "warned once already"
    );
    let warned_file = server.home.path().join("no-keyring-warned");
    let warned = std::fs::read_to_string(&warned_file).unwrap();
    assert!(
        warned.contains("Delete this file to be warned again"),
        "{warned}"
    );
    std::fs::remove_file(&warned_file).unwrap();

    // The opt-in the warning names: tokens now go to the file store, without a warning.
    keyring_cli_without_secret_service(server.home.path())
        .args(["config", "set", "lab-ephemeral", "--token-store", "file"])
        .assert()
        .success();
    let stderr = list_without_keyring(server.home.path(), 1);
    assert!(!stderr.contains(FALLBACK_WARNING), "{stderr}");
    let secrets = std::fs::read_to_string(server.home.path().join("secrets.toml")).unwrap();
    assert!(
        secrets.contains("\"lab-ephemeral/wazuh/token\""),
        "{secrets}"
    );
}

#[test]
fn without_a_keyring_login_works_for_the_process_only() {
    let server = Server::start();
    let home = with_context(&server);
    let output = keyring_cli_without_secret_service(home.path())
        .env("WAZUH_PASSWORD", "wazuh")
        .arg("login")
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stderr.matches(FALLBACK_WARNING).count(), 1, "{stderr}");
    assert!(stderr.contains("tokens are not being cached"), "{stderr}");
    assert!(
        stderr.contains("`wazuh-ctl config set test --token-store file`"),
        "{stderr}"
    );
    // The token was not kept: the next command has no password and says how to log in.
    let output = keyring_cli_without_secret_service(home.path())
        .args(["agents", "list", "--limit", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr_of(&output));
    assert!(!home.path().join("secrets.toml").exists());
}
