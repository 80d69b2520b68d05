//! `logtest ...` through the real CLI against a real `serve`: a sshd line fires its rule
//! through its decoder, the lines of one invocation share a session (and `--session`
//! continues it), `logtest end` ends it, `--expect` exit codes, and `logtest run` on rule
//! test files (the shipped demo suite passes; a wrong case fails with exit 3 and JUnit XML).

use crate::common::Server;
use serde_json::Value;
use std::path::Path;
use tempfile::TempDir;

const ACCEPTED: &str =
    "Dec  4 20:43:41 web01 sshd[812]: Accepted publickey for ann from 10.1.2.3 port 50022 ssh2";

/// The JSON documents a command printed, one per line tested.
fn answers(output: &std::process::Output) -> Vec<Value> {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::Deserializer::from_slice(&output.stdout)
        .into_iter::<Value>()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_sshd_line_fires_its_rule_through_its_decoder() {
    let server = Server::start();
    let answer = server.ok_json(&["logtest", ACCEPTED]);
    let output = &answer["output"];
    assert_eq!(output["rule"]["id"], "5701");
    assert_eq!(output["rule"]["level"], 3);
    assert_eq!(output["decoder"]["name"], "sshd");
    assert_eq!(output["predecoder"]["program_name"], "sshd");
    assert_eq!(output["data"]["srcip"], "10.1.2.3");
    assert_eq!(answer["alert"], true);
    let tree = server.ok_text(&["logtest", "-o", "table", ACCEPTED]);
    for phase in [
        "**Phase 1: Completed pre-decoding.\n\tfull event: 'Dec  4",
        "**Phase 2: Completed decoding.\n\tparent: 'sshd'\n\tname: 'sshd'",
        "**Phase 3: Completed filtering (rules).\n\tlevel: '3'",
        "\tid: '5701'",
        "**Alert to be generated.",
    ] {
        assert!(tree.contains(phase), "{phase:?} in {tree}");
    }
}

#[test]
fn lines_share_a_session_that_can_be_continued_and_ended() {
    let server = Server::start();
    let first =
        answers(&server.run_with_stdin(&["logtest"], &format!("{ACCEPTED}\n\n{ACCEPTED}\n")));
    assert_eq!(first.len(), 2);
    let token = first[0]["token"].as_str().unwrap().to_owned();
    assert_eq!(first[1]["token"], token.as_str());
    let fired: Vec<&Value> = first
        .iter()
        .map(|a| &a["output"]["rule"]["firedtimes"])
        .collect();
    assert_eq!(fired, [1, 2]);
    let more = server.ok_json(&["logtest", "--session", &token, ACCEPTED]);
    assert_eq!(more["token"], token.as_str());
    assert_eq!(more["output"]["rule"]["firedtimes"], 3);
    assert_eq!(more["codemsg"], 0);

    let ended = server.ok_json(&["logtest", "end", &token]);
    assert_eq!(ended["codemsg"], 0);
    let again = server.run(&["logtest", "end", &token]);
    assert_eq!(again.status.code(), Some(5));
    let fresh = server.ok_json(&["logtest", "--session", &token, ACCEPTED]);
    assert_ne!(fresh["token"], token.as_str());
    assert_eq!(fresh["output"]["rule"]["firedtimes"], 1);
    let warning = fresh["messages"][0].as_str().unwrap();
    assert_eq!(warning, format!("WARNING: (7003): '{token}' token expires"));
}

#[test]
fn expect_exits_0_on_a_match_and_3_with_a_diff_otherwise() {
    let server = Server::start();
    let matched = server.run(&["logtest", "--expect", "5701:3:sshd", ACCEPTED]);
    assert_eq!(matched.status.code(), Some(0));
    let wrong = server.run(&["logtest", "--expect", "5712:12", ACCEPTED]);
    assert_eq!(wrong.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&wrong.stderr);
    assert!(
        stderr.contains("expected rule 5712 level 12, got rule 5701 level 3 decoder sshd"),
        "{stderr}"
    );
    let usage = server.run(&["logtest", "--expect", "x", ACCEPTED]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn the_demo_suite_passes_and_a_wrong_case_fails_with_junit() {
    let server = Server::start();
    let suite = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/demo-ruleset-tests.ini");
    let dir = TempDir::new().unwrap();
    let junit = dir.path().join("pass.xml");
    let args = [
        "logtest",
        "run",
        suite.to_str().unwrap(),
        "--junit",
        junit.to_str().unwrap(),
    ];
    let passed = server.ok_text(&args);
    assert_eq!(passed.trim(), "43 passed, 0 failed");
    assert!(std::fs::read_to_string(&junit)
        .unwrap()
        .contains("tests=\"43\" failures=\"0\""));

    let wrong = dir.path().join("wrong.ini");
    let cases = format!(
        "[login]\nlog 1 pass = {ACCEPTED}\nlog 2 fail = {ACCEPTED}\nrule = 5701\nalert = 3\n\n\
         [wrong level]\nlog 1 pass = {ACCEPTED}\nrule = 5701\nalert = 9\n"
    );
    std::fs::write(&wrong, cases).unwrap();
    let junit = dir.path().join("fail.xml");
    let failed = server.run(&[
        "logtest",
        "run",
        wrong.to_str().unwrap(),
        "--junit",
        junit.to_str().unwrap(),
    ]);
    assert_eq!(failed.status.code(), Some(3));
    let stdout = String::from_utf8_lossy(&failed.stdout);
    assert!(
        stdout.contains("[login] log 2 fail: expected not rule 5701, got rule 5701"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "[wrong level] log 1 pass: expected rule 5701 level 9, got rule 5701 level 3"
        ),
        "{stdout}"
    );
    assert!(stdout.ends_with("1 passed, 2 failed\n"), "{stdout}");
    let xml = std::fs::read_to_string(&junit).unwrap();
    assert!(xml.contains("tests=\"3\" failures=\"2\""), "{xml}");
    assert_eq!(xml.matches("<failure ").count(), 2);
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(err) => panic!("JUnit XML not well-formed: {err}\n{xml}"),
        }
    }

    let bad = dir.path().join("bad.ini");
    std::fs::write(&bad, "rule = 1\n").unwrap();
    assert_eq!(
        server
            .run(&["logtest", "run", bad.to_str().unwrap()])
            .status
            .code(),
        Some(2)
    );
}
