//! Secrets stay where they belong: a password and the tokens it earns never appear in the
//! CLI's output (`-v` included), its error messages, `config view`/`config list`, or the
//! server's own log at its most verbose; the files that hold them are private (0600).
//! (The 0600 database, the private key and the refusal of a non-loopback bind while the
//! default passwords work are unit tests of `server`.)

use crate::common::Server;
use crate::security_cli::created_id;
use base64::Engine;
use std::os::unix::fs::PermissionsExt;
use std::process::{Output, Stdio};

/// The password under test: distinctive, so any trace of it is found.
const PASSWORD: &str = "Vault-7x!kept";
/// A wrong password, which must not be echoed either.
const WRONG_PASSWORD: &str = "Wrong-9y?given";

/// Everything a command printed, stdout then stderr.
fn printed(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Runs the CLI against `server` as `auditor` (the `audit` context; the password from
/// WAZUH_PASSWORD when given, else the saved one) and returns what it printed; `expected` is
/// its exit code.
fn audit(server: &Server, args: &[&str], password: Option<&str>, expected: i32) -> String {
    let mut command = server.cmd();
    if let Some(password) = password {
        command.env("WAZUH_PASSWORD", password);
    }
    let output = command.args(args).output().unwrap();
    let text = printed(&output);
    assert_eq!(output.status.code(), Some(expected), "{args:?}: {text}");
    text
}

/// The tokens the file store holds (every long `a.b.c` value of secrets.toml).
fn stored_tokens(secrets: &str) -> Vec<String> {
    secrets
        .split('"')
        .filter(|value| value.len() > 100 && value.matches('.').count() == 2)
        .map(str::to_string)
        .collect()
}

#[test]
fn passwords_and_tokens_never_reach_output_logs_or_plain_files() {
    let log = tempfile::NamedTempFile::new().unwrap();
    let server = Server::start_logging(
        &[],
        Stdio::from(log.reopen().unwrap()),
        &[("RUST_LOG", "debug,wazuh_ctl=trace")],
    );
    let create = server
        .cmd()
        .args(["security", "users", "create", "auditor", "--password-stdin"])
        .args(["-o", "json"])
        .write_stdin(format!("{PASSWORD}\n"))
        .output()
        .unwrap();
    assert!(create.status.success(), "{}", printed(&create));
    let id = created_id(&serde_json::from_slice(&create.stdout).unwrap());
    let role = server.run(&["security", "users", "add-role", &id, "1"]);
    assert!(role.status.success(), "{}", printed(&role));
    let set = server.run(&[
        "config",
        "set",
        "audit",
        "--url",
        &server.url,
        "--user",
        "auditor",
        "-k",
    ]);
    assert!(set.status.success(), "{}", printed(&set));
    assert!(server.run(&["config", "use", "audit"]).status.success());

    let mut seen = vec![
        audit(&server, &["login", "--save-password"], Some(PASSWORD), 0),
        audit(&server, &["-v", "agents", "list", "--limit", "1"], None, 0),
        audit(&server, &["-v", "whoami"], None, 0),
        audit(&server, &["config", "view"], None, 0),
        audit(&server, &["config", "list", "-o", "json"], None, 0),
        audit(&server, &["-v", "login"], Some(WRONG_PASSWORD), 4),
    ];
    let secrets_file = server.home.path().join("secrets.toml");
    let secrets = std::fs::read_to_string(&secrets_file).unwrap();
    assert!(secrets.contains(PASSWORD), "the opted-in password is kept");
    let tokens = stored_tokens(&secrets);
    assert!(
        !tokens.is_empty(),
        "the file store holds the token: {secrets}"
    );
    seen.push(std::fs::read_to_string(server.config_path()).unwrap());
    seen.push(std::fs::read_to_string(log.path()).unwrap());
    assert!(
        seen.last().unwrap().contains("/agents"),
        "the log is verbose"
    );

    let basic = base64::engine::general_purpose::STANDARD.encode(format!("auditor:{PASSWORD}"));
    let forbidden = [PASSWORD, WRONG_PASSWORD, basic.as_str()]
        .into_iter()
        .chain(tokens.iter().map(String::as_str));
    for secret in forbidden {
        for text in &seen {
            assert!(!text.contains(secret), "a secret was shown:\n{text}");
        }
    }
    for file in [secrets_file, server.config_path()] {
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
}
