//! Limits and run_as through the real CLI against `serve --config`: a 429 is
//! retried and then ends in exit 6 with one clear line; a lockout after N bad logins is exit 4
//! with the 6000 message and when the block ends; `login --run-as` gets a run_as token; a bad config file stops `serve`.

use crate::common::{cli, Server};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde_json::Value;

fn stderr_lines(output: &std::process::Output) -> Vec<String> {
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_rate_limited_command_retries_then_exits_6_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let server =
        Server::start_with_config(dir.path(), "[access]\nmax_request_per_minute = 3\n", &[]);
    for _ in 0..3 {
        server.request(reqwest::Method::GET, "/", None);
    }
    let (status, body) = server.request(reqwest::Method::GET, "/", None);
    assert_eq!((status, &body["error"]), (429, &Value::from(6001)));

    let output = server
        .cmd()
        .env("WAZUH_CTL_RETRY_BACKOFF_MS", "1")
        .args(["-v", "agents", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6));
    let lines = stderr_lines(&output);
    let retries = lines
        .iter()
        .filter(|line| line.contains("rate limited: retrying"))
        .count();
    assert_eq!(retries, 6, "{lines:#?}");

    let output = server
        .cmd()
        .env("WAZUH_CTL_RETRY_BACKOFF_MS", "1")
        .args(["agents", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6));
    let lines = stderr_lines(&output);
    let errors: Vec<&String> = lines.iter().filter(|line| line.contains("error")).collect();
    assert_eq!(
        errors,
        [&"wazuh-ctl: error: rate limited by the server after 6 retries: Maximum number of requests per minute reached".to_string()],
        "{lines:#?}"
    );
}

#[test]
fn bad_logins_lock_the_ip_out_with_exit_4_and_the_6000_message() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with_config(
        dir.path(),
        "[access]\nmax_login_attempts = 2\nblock_time = 600\n",
        &[],
    );
    for _ in 0..2 {
        let output = server
            .cmd()
            .env("WAZUH_PASSWORD", "wrong")
            .arg("login")
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(4));
        assert!(String::from_utf8_lossy(&output.stderr).contains("invalid credentials"));
    }
    let output = server
        .cmd()
        .env("WAZUH_PASSWORD", "wazuh")
        .arg("login")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Limit of login attempts reached. The current IP has been blocked due to a high number of login attempts (error 6000)"),
        "{stderr}"
    );
    let hint = stderr
        .lines()
        .find_map(|line| line.strip_prefix("  hint: "))
        .unwrap_or_else(|| panic!("no hint in {stderr}"));
    assert!(hint.contains("blocks this address"), "{hint}");
    assert!(!hint.contains("RBAC"), "{hint}");
    // The block lasts 600 s from the first failure, a few seconds ago at most.
    let seconds: u64 = hint
        .split("the block ends in ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("no remaining time in {hint}"));
    assert!((500..=600).contains(&seconds), "{hint}");
    assert!(hint.contains(" UTC"), "{hint}");
}

#[test]
fn login_run_as_keeps_a_run_as_token() {
    let server = Server::start();
    let output = server
        .cmd()
        .env("WAZUH_PASSWORD", "wazuh-wui")
        .args([
            "--user",
            "wazuh-wui",
            "login",
            "--run-as",
            r#"{"username":"elastic"}"#,
        ])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let secrets = std::fs::read_to_string(server.home.path().join("secrets.toml")).unwrap();
    let token = secrets
        .split('"')
        .find(|part| part.starts_with("eyJ"))
        .expect("a token in the secret store");
    let payload = token.split('.').nth(1).unwrap();
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    assert_eq!(claims["run_as"], true);
    assert_eq!(claims["rbac_roles"], serde_json::json!([1]));
    assert_eq!(
        claims["hash_auth_context"],
        "7e3bd7c5ea0e07beb34e9dbef70eae6d"
    );

    let refused = server
        .cmd()
        .args(["login", "--run-as", r#"["elastic"]"#])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("must be a JSON object"));
}

#[test]
fn an_expired_run_as_token_is_not_renewed_as_a_plain_login() {
    let server = Server::start_with(&["--token-lifetime", "1"]);
    let login = server
        .cmd()
        .env("WAZUH_PASSWORD", "wazuh-wui")
        .args(["--user", "wazuh-wui", "login", "--run-as"])
        .arg(r#"{"username":"elastic"}"#)
        .output()
        .unwrap();
    assert!(
        login.status.success(),
        "{}",
        String::from_utf8_lossy(&login.stderr)
    );
    std::thread::sleep(std::time::Duration::from_millis(2100));
    // A password is at hand, but a plain login would carry other roles than the run_as one.
    let after = server
        .cmd()
        .env("WAZUH_PASSWORD", "wazuh-wui")
        .args(["--user", "wazuh-wui", "agents", "list"])
        .output()
        .unwrap();
    assert_eq!(after.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&after.stderr);
    assert!(stderr.contains("login --run-as"), "{stderr}");
}

#[test]
fn serve_refuses_a_config_with_an_unknown_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.toml");
    std::fs::write(&path, "[access]\nmax_requests = 3\n").unwrap();
    let output = cli(dir.path())
        .args(["serve", "--ephemeral", "--bind", "127.0.0.1:0", "--config"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "invalid input");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown field `max_requests`"), "{stderr}");
    assert!(stderr.contains("bad.toml"), "{stderr}");
}
