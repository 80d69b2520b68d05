//! The real OS keyring: with a Secret Service (which `.ci/run` provides and announces with
//! WAZUH_CTL_KEYRING_TEST=1) tokens go there and nowhere else; without one, a clear error
//! arrives quickly instead of a hang or a silent plain-text fallback.

use crate::common::{cli, with_context, Server};
use std::time::{Duration, Instant};

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

#[test]
fn without_a_keyring_login_fails_fast_with_a_way_out() {
    let server = Server::start();
    let started = Instant::now();
    let output = cli(server.home.path())
        .env("WAZUH_CTL_TOKEN_STORE", "keyring")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("WAZUH_PASSWORD", "wazuh")
        .arg("login")
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert!(started.elapsed() < Duration::from_secs(15), "no hang");
    assert!(!output.status.success());
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.contains("keyring"), "{text}");
    assert!(
        text.contains("WAZUH_CTL_TOKEN_STORE=file") || text.contains("token-store"),
        "{text}"
    );
}
