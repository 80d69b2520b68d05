use super::*;
use crate::server::ruleset;

const BAD_LOGIN: &str =
    "Dec  4 20:45:00 web01 sshd[814]: Accepted publickey for ann from 203.0.113.7 port 50022 ssh2";
const LISTENING: &str = "Dec  4 20:43:41 web01 sshd[812]: Server listening on 0.0.0.0 port 22.";

#[test]
fn received_events_append_their_alerts_with_the_managers_memory() {
    let dir = tempfile::tempdir().unwrap();
    ruleset::ensure(dir.path()).unwrap();
    let ruleset = Ruleset::load(dir.path()).unwrap();
    let analysisd = Analysisd::default();
    let events = [
        BAD_LOGIN.to_owned(),
        LISTENING.to_owned(),
        "plain".to_owned(),
    ];
    let alerts = analysisd.process(&ruleset, dir.path(), &events).unwrap();
    assert_eq!(alerts, [(5712, 12)], "below the alert level: no alert");
    let again = analysisd
        .process(&ruleset, dir.path(), &[BAD_LOGIN.to_owned()])
        .unwrap();
    assert_eq!(again, [(5712, 12)]);
    let text = fs::read_to_string(dir.path().join(ALERTS_FILE)).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0]["rule"]["id"], "5712");
    assert_eq!(lines[0]["location"], EVENTS_LOCATION);
    assert_eq!(lines[0]["full_log"], BAD_LOGIN);
    assert_eq!(lines[0]["data"]["srcip"], "203.0.113.7");
    let fired: Vec<&Value> = lines.iter().map(|l| &l["rule"]["firedtimes"]).collect();
    assert_eq!(fired, [1, 2], "the manager remembers across requests");
    assert_ne!(lines[0]["id"], lines[1]["id"]);
}

#[test]
fn an_alerts_file_that_cannot_be_written_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    ruleset::ensure(dir.path()).unwrap();
    let ruleset = Ruleset::load(dir.path()).unwrap();
    fs::write(dir.path().join("logs"), "a file where the directory goes").unwrap();
    let analysisd = Analysisd::default();
    assert!(analysisd
        .process(&ruleset, dir.path(), &[BAD_LOGIN.to_owned()])
        .is_err());
    assert!(
        analysisd
            .process(&ruleset, dir.path(), &[LISTENING.to_owned()])
            .unwrap()
            .is_empty(),
        "no alert, nothing to write"
    );
}
