//! Active responses and scan requests through the real CLI against a real `serve` over its own
//! data dir, whose SQLite file shows what the server recorded: mixed ids (exit 3), the
//! refusal without `--yes`, `--dry-run`, the arguments and alert that reach the server, and
//! syscheck/rootcheck runs. The demo agents 001-008 are active, 009-010 disconnected.

use crate::common::{stdout_json, Server};
use serde_json::Value;
use std::process::Output;
use tempfile::TempDir;

/// A server over a data dir the test can look into.
struct Lab {
    server: Server,
    data: TempDir,
}

impl Lab {
    fn start() -> Lab {
        let data = TempDir::new().unwrap();
        let server = Server::start_with(&["--data-dir", data.path().to_str().unwrap()]);
        Lab { server, data }
    }

    /// Runs the CLI with arguments.
    fn run(&self, args: &[&str]) -> Output {
        self.server.cmd().args(args).output().unwrap()
    }

    /// Every recorded message as `(agent id, command, detail)`, oldest first.
    fn recorded(&self) -> Vec<(i64, String, Option<Value>)> {
        let db = rusqlite::Connection::open(self.data.path().join("wazuh.db")).unwrap();
        let mut query = db
            .prepare("SELECT agent_id, command, detail FROM agent_commands ORDER BY seq")
            .unwrap();
        query
            .query_map([], |row| {
                let detail: Option<String> = row.get(2)?;
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    detail.map(|text| serde_json::from_str(&text).unwrap()),
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn affected(answer: &Value) -> Vec<&str> {
    answer["data"]["affected_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap())
        .collect()
}

#[test]
fn an_active_response_runs_on_the_active_agents_and_exits_3_listing_the_others() {
    let lab = Lab::start();
    let output = lab.run(&[
        "active-response",
        "run",
        "restart-wazuh0",
        "--agents",
        "001",
        "999",
        "9",
        "--yes",
        "-o",
        "raw",
    ]);
    let errors = stderr(&output);
    assert_eq!(output.status.code(), Some(3), "{errors}");
    assert!(
        errors.contains("999") && errors.contains("1701"),
        "{errors}"
    );
    assert!(
        errors.contains("009") && errors.contains("1707"),
        "{errors}"
    );
    let answer = stdout_json(&output);
    assert_eq!(affected(&answer), ["001"]);
    assert_eq!(answer["message"], "AR command was not sent to some agents");
    let recorded = lab.recorded();
    assert_eq!(recorded.len(), 1, "{recorded:?}");
    assert_eq!(
        (recorded[0].0, recorded[0].1.as_str()),
        (1, "active-response")
    );
    assert_eq!(recorded[0].2.as_ref().unwrap()["command"], "restart-wazuh0");
}

#[test]
fn arguments_and_the_alert_reach_the_server() {
    let lab = Lab::start();
    let dir = TempDir::new().unwrap();
    let alert = dir.path().join("alert.json");
    std::fs::write(&alert, r#"{"data": {"srcip": "10.0.0.9"}}"#).unwrap();
    let output = lab
        .server
        .cmd()
        .args([
            "active-response",
            "run",
            "firewall-drop600",
            "--agents",
            "-",
            "--arg",
            "-",
            "--arg",
            "10.0.0.9",
            "--alert-json",
            alert.to_str().unwrap(),
            "--yes",
        ])
        .write_stdin("002\n003\n")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let recorded = lab.recorded();
    let agents: Vec<i64> = recorded.iter().map(|(agent, _, _)| *agent).collect();
    assert_eq!(agents, [2, 3]);
    let detail = recorded[0].2.as_ref().unwrap();
    assert_eq!(detail["arguments"], serde_json::json!(["-", "10.0.0.9"]));
    assert_eq!(detail["alert"]["data"]["srcip"], "10.0.0.9");
}

#[test]
fn an_undefined_command_is_refused_for_every_agent() {
    let lab = Lab::start();
    let output = lab.run(&[
        "active-response",
        "run",
        "no-such-command",
        "--agents",
        "001",
        "--yes",
    ]);
    assert_eq!(output.status.code(), Some(3));
    assert!(stderr(&output).contains("1652"), "{}", stderr(&output));
    assert!(lab.recorded().is_empty());
}

#[test]
fn without_yes_and_without_a_terminal_no_active_response_is_sent() {
    let lab = Lab::start();
    for args in [
        &[
            "active-response",
            "run",
            "restart-wazuh0",
            "--agents",
            "001",
        ][..],
        &["active-response", "run", "restart-wazuh0", "--all"][..],
    ] {
        let output = lab.run(args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(stderr(&output).contains("--yes"), "{}", stderr(&output));
    }
    assert!(lab.recorded().is_empty());
}

#[test]
fn dry_run_prints_curl_and_sends_nothing() {
    let lab = Lab::start();
    let dry_runs: &[&[&str]] = &[
        &[
            "active-response",
            "run",
            "restart-wazuh0",
            "--agents",
            "001",
            "002",
        ],
        &["active-response", "run", "restart-wazuh0", "--all"],
        &["syscheck", "run", "001"],
        &["rootcheck", "run", "--all"],
    ];
    for args in dry_runs {
        let output = lab.run(&[*args, &["--dry-run"]].concat());
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        assert!(stdout.starts_with("curl -X PUT"), "{args:?}: {stdout}");
        assert!(
            stdout.contains(&format!("/{}", args[0])),
            "{args:?}: {stdout}"
        );
    }
    assert!(lab.recorded().is_empty());
}

#[test]
fn scans_run_on_the_listed_agents_without_asking() {
    let lab = Lab::start();
    let answer = stdout_json(&lab.run(&["syscheck", "run", "001", "002", "-o", "raw"]));
    assert_eq!(affected(&answer), ["001", "002"]);
    assert_eq!(
        answer["message"],
        "Syscheck scan was restarted on returned agents"
    );
    let output = lab.run(&["rootcheck", "run", "3", "10", "-o", "raw"]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("010"), "{}", stderr(&output));
    assert_eq!(affected(&stdout_json(&output)), ["003"]);
    let recorded: Vec<(i64, String)> = lab
        .recorded()
        .into_iter()
        .map(|(agent, command, _)| (agent, command))
        .collect();
    assert_eq!(
        recorded,
        [
            (1, "syscheck".to_string()),
            (2, "syscheck".to_string()),
            (3, "rootcheck".to_string()),
        ]
    );
    let every = stdout_json(&lab.run(&["syscheck", "run", "--all", "-o", "raw"]));
    assert_eq!(every["error"], 0, "{every}");
    assert!(affected(&every).contains(&"000"));
}
