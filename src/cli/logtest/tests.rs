use super::*;
use crate::cli::{Cli, Command};
use clap::Parser;
use serde_json::json;

fn parse(args: &[&str]) -> Result<LogtestArgs, clap::Error> {
    let cli = Cli::try_parse_from(["wazuh-ctl", "logtest"].iter().chain(args))?;
    match cli.command {
        Command::Logtest(args) => Ok(args),
        other => panic!("parsed as {other:?}"),
    }
}

#[test]
fn lines_and_verbs_parse_apart() {
    let args = parse(&[
        "a line",
        "another",
        "--session",
        "0123abcd",
        "--expect",
        "5701:3",
    ])
    .unwrap();
    assert!(args.command.is_none());
    assert_eq!(args.lines.lines, ["a line", "another"]);
    assert_eq!(args.lines.event.format, "syslog");
    assert_eq!(args.lines.event.location, "stdin");
    assert_eq!(args.lines.session.as_deref(), Some("0123abcd"));
    assert!(parse(&[]).unwrap().lines.lines.is_empty(), "stdin then");
    let run = parse(&["run", "a.ini", "--junit", "out.xml", "--format", "json"]).unwrap();
    let Some(LogtestCommand::Run(run)) = run.command else {
        panic!("not run");
    };
    assert_eq!(run.files, [PathBuf::from("a.ini")]);
    assert_eq!(run.event.format, "json");
    assert!(parse(&["run"]).is_err(), "a file is required");
    assert!(parse(&["x", "--format", "nope"]).is_err());
    assert!(parse(&["x", "--expect", "abc"]).is_err());
}

#[test]
fn expectations_parse_with_optional_level_and_decoder() {
    let full: Expectation = "5701:3:sshd".parse().unwrap();
    assert_eq!(
        full,
        Expectation {
            rule: "5701".into(),
            level: Some(3),
            decoder: Some("sshd".into())
        }
    );
    let decoder_only: Expectation = "5701::sshd".parse().unwrap();
    assert_eq!(
        (decoder_only.level, decoder_only.decoder.as_deref()),
        (None, Some("sshd"))
    );
    assert!("5701:x".parse::<Expectation>().is_err());
}

#[test]
fn a_check_gives_a_one_line_diff() {
    let output = json!({
        "rule": {"id": "5715", "level": 3},
        "decoder": {"parent": "sshd", "name": "sshd-accepted"}
    });
    let by_parent: Expectation = "5715:3:sshd".parse().unwrap();
    assert_eq!(by_parent.check(&output), Ok(()));
    let wrong: Expectation = "5701:5:sshd".parse().unwrap();
    assert_eq!(
        wrong.check(&output).unwrap_err(),
        "expected rule 5701 level 5 decoder sshd, got rule 5715 level 3 decoder sshd-accepted"
    );
    let nothing: Expectation = "1".parse().unwrap();
    assert_eq!(
        nothing.check(&json!({})).unwrap_err(),
        "expected rule 1, got no rule, no decoder"
    );
}

#[test]
fn the_tree_shows_the_three_phases() {
    let data = json!({
        "messages": ["INFO: (7202): Session initialized with token 'abcd0123'"],
        "output": {
            "full_log": "Dec  4 h sshd[1]: x",
            "predecoder": {"program_name": "sshd", "hostname": "h"},
            "decoder": {"parent": "sshd", "name": "sshd-accepted"},
            "data": {"srcip": "1.2.3.4", "user": {"name": "ann"}},
            "rule": {"id": "5715", "level": 3, "groups": ["syslog", "sshd"], "mail": false}
        },
        "alert": true
    });
    let text = tree::render(&data);
    let expected = "\
INFO: (7202): Session initialized with token 'abcd0123'

**Phase 1: Completed pre-decoding.
\tfull event: 'Dec  4 h sshd[1]: x'
\tprogram_name: 'sshd'
\thostname: 'h'

**Phase 2: Completed decoding.
\tparent: 'sshd'
\tname: 'sshd-accepted'
\tsrcip: '1.2.3.4'
\tuser.name: 'ann'

**Phase 3: Completed filtering (rules).
\tid: '5715'
\tlevel: '3'
\tgroups: '['syslog', 'sshd']'
\tmail: 'False'
**Alert to be generated.
";
    assert_eq!(text, expected);
    let none = tree::render(&json!({"output": {"full_log": "x"}, "alert": false}));
    assert_eq!(
        none,
        "**Phase 1: Completed pre-decoding.\n\tfull event: 'x'\n\n**Phase 2: Completed decoding.\n\tNo decoder matched.\n"
    );
}
