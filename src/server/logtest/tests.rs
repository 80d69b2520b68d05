use super::*;
use crate::server::ruleset;

const ACCEPTED: &str =
    "Dec  4 20:43:41 web01 sshd[812]: Accepted password for ann from 10.1.2.3 port 50022 ssh2";
const LISTENING: &str = "Dec  4 20:43:41 web01 sshd[812]: Server listening on 0.0.0.0 port 22.";

/// The demo ruleset, loaded from a fresh data dir.
fn demo() -> (tempfile::TempDir, Ruleset) {
    let dir = tempfile::tempdir().unwrap();
    ruleset::ensure(dir.path()).unwrap();
    let ruleset = Ruleset::load(dir.path()).unwrap();
    (dir, ruleset)
}

fn event<'a>(token: Option<&'a str>, line: &'a str) -> Event<'a> {
    Event {
        token,
        location: "/var/log/auth.log",
        event: line,
    }
}

#[test]
fn the_first_event_opens_a_session_the_next_reuse_it_and_firedtimes_grows() {
    let (_dir, ruleset) = demo();
    let sessions = Sessions::default();
    let now = Instant::now();
    let first = sessions.run(&ruleset, &event(None, ACCEPTED), now);
    let token = first["token"].as_str().unwrap().to_owned();
    assert!(is_token(&token), "{token}");
    assert_eq!(
        first["messages"],
        json!([format!(
            "INFO: (7202): Session initialized with token '{token}'"
        )])
    );
    assert_eq!(first["codemsg"], 1);
    assert_eq!(first["output"]["rule"]["firedtimes"], 1);
    let second = sessions.run(&ruleset, &event(Some(&token), ACCEPTED), now);
    assert_eq!(second["token"], token.as_str());
    assert_eq!(
        (&second["messages"], &second["codemsg"]),
        (&json!([]), &json!(0))
    );
    assert_eq!(second["output"]["rule"]["firedtimes"], 2);
    let other = sessions.run(&ruleset, &event(None, ACCEPTED), now);
    assert_ne!(other["token"], token.as_str());
    assert_eq!(other["output"]["rule"]["firedtimes"], 1, "per session");
}

#[test]
fn the_answer_has_the_three_phases_as_the_real_api_shows_them() {
    let (_dir, ruleset) = demo();
    let data = Sessions::default().run(&ruleset, &event(None, ACCEPTED), Instant::now());
    let output = &data["output"];
    let keys: Vec<&String> = output.as_object().unwrap().keys().collect();
    let wazuh_order = "timestamp rule agent manager id cluster full_log predecoder decoder data \
                       location";
    assert_eq!(keys, wazuh_order.split_whitespace().collect::<Vec<_>>());
    assert_eq!(
        output["predecoder"],
        json!({"program_name": "sshd", "timestamp": "Dec  4 20:43:41", "hostname": "web01"})
    );
    assert_eq!(output["decoder"], json!({"parent": "sshd", "name": "sshd"}));
    assert_eq!(
        output["data"],
        json!({"user": "ann", "srcip": "10.1.2.3", "srcport": "50022"})
    );
    let rule = &output["rule"];
    assert_eq!((&rule["id"], &rule["level"]), (&json!("5701"), &json!(3)));
    assert_eq!(rule["mail"], false);
    assert!(rule["groups"].as_array().unwrap().contains(&json!("sshd")));
    assert!(
        rule["pci_dss"].as_array().is_some_and(|v| !v.is_empty()),
        "{rule}"
    );
    assert_eq!(output["full_log"], ACCEPTED);
    assert_eq!(output["location"], "/var/log/auth.log");
    assert_eq!(data["alert"], true);
    let quiet = Sessions::default().run(&ruleset, &event(None, LISTENING), Instant::now());
    assert_eq!(quiet["output"]["rule"]["level"], 2);
    assert_eq!(quiet["alert"], false, "below the alert level");
}

#[test]
fn json_fields_nest_and_mitre_is_named() {
    let (_dir, ruleset) = demo();
    let line = r#"{"event":{"kind":"event","category":"authentication","outcome":"failure"},"user":{"name":"bob"}}"#;
    let data = Sessions::default().run(&ruleset, &event(None, line), Instant::now());
    let output = &data["output"];
    assert_eq!(output["data"]["user"], json!({"name": "bob"}));
    assert_eq!(output["data"]["event"]["outcome"], "failure");
    assert!(output.get("predecoder").is_none());
    let rule = &output["rule"];
    assert_eq!(rule["id"], "86602");
    assert_eq!(rule["description"], "Application: login failed for bob.");
    assert_eq!(rule["mitre"]["id"], json!(["T1110"]));
    assert_eq!(rule["mitre"]["technique"], json!(["Brute Force"]));
    assert_eq!(rule["mitre"]["tactic"], json!(["Credential Access"]));
}

#[test]
fn a_line_nothing_decodes_has_no_decoder_nor_rule_past_the_base() {
    let (_dir, ruleset) = demo();
    let data = Sessions::default().run(&ruleset, &event(None, "plain words"), Instant::now());
    assert!(data["output"].get("decoder").is_none(), "{data}");
    assert!(data["output"].get("data").is_none());
}

#[test]
fn unknown_and_malformed_tokens_open_a_new_session_with_a_warning() {
    let (_dir, ruleset) = demo();
    let sessions = Sessions::default();
    let now = Instant::now();
    let data = sessions.run(&ruleset, &event(Some("0123abcd"), ACCEPTED), now);
    let token = data["token"].as_str().unwrap();
    assert_ne!(token, "0123abcd");
    assert_eq!(
        data["messages"][0],
        "WARNING: (7003): '0123abcd' token expires"
    );
    assert_eq!(data["codemsg"], 1);
    let data = sessions.run(&ruleset, &event(Some("hello world"), ACCEPTED), now);
    assert_eq!(
        data["messages"][0],
        "WARNING: (7309): 'hello world' is not a valid token"
    );
}

#[test]
fn idle_sessions_expire_and_the_least_recently_used_makes_room() {
    let (_dir, ruleset) = demo();
    let sessions = Sessions::new(2, Duration::from_secs(60));
    let start = Instant::now();
    let token = |data: Value| data["token"].as_str().unwrap().to_owned();
    let a = token(sessions.run(&ruleset, &event(None, ACCEPTED), start));
    let b = token(sessions.run(&ruleset, &event(None, ACCEPTED), start));
    let later = start + Duration::from_secs(30);
    sessions.run(&ruleset, &event(Some(&a), ACCEPTED), later);
    let c = token(sessions.run(&ruleset, &event(None, ACCEPTED), later));
    let kept = sessions.run(&ruleset, &event(Some(&a), ACCEPTED), later);
    assert_eq!(kept["token"], a.as_str(), "a was used after b");
    let gone = sessions.run(&ruleset, &event(Some(&b), ACCEPTED), later);
    assert_ne!(gone["token"], b.as_str(), "b made room for c");
    let expired = start + Duration::from_secs(200);
    let data = sessions.run(&ruleset, &event(Some(&c), ACCEPTED), expired);
    assert_eq!(
        data["messages"][0],
        format!("WARNING: (7003): '{c}' token expires")
    );
}

#[test]
fn closing_answers_each_case_as_analysisd() {
    let (_dir, ruleset) = demo();
    let sessions = Sessions::default();
    let data = sessions.run(&ruleset, &event(None, ACCEPTED), Instant::now());
    let token = data["token"].as_str().unwrap();
    assert_eq!(
        sessions.close(token),
        json!({"messages": [format!("INFO: (7206): The session '{token}' was closed successfully")], "codemsg": 0})
    );
    assert_eq!(
        sessions.close(token),
        json!({"messages": [format!("ERROR: (7004): No session found for token '{token}'")], "codemsg": -1})
    );
    assert_eq!(sessions.close("nope")["codemsg"], -2);
}
