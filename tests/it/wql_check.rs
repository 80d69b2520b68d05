//! WQL checked before it is sent: every mistake the server would quietly skip is refused with
//! exit 2, the query with a caret under the mistake and a hint, and no request (the target does
//! not even exist); valid forms pass; `--no-check` sends the query as written.

use crate::common::{cli, Server};

/// `agents list -q Q` against a URL where nothing listens: a request would be exit 1.
fn refused(q: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let output = cli(home.path())
        .args([
            "--url",
            "https://127.0.0.1:9",
            "--user",
            "wazuh",
            "agents",
            "list",
            "-q",
            q,
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(output.status.code(), Some(2), "{q}: {stderr}");
    stderr
}

#[test]
fn mistakes_are_refused_with_a_caret_and_a_hint_before_any_request() {
    let cases = [
        (
            "os.name=ubuntu;(",
            "this `(` is never closed",
            "                 ^\n",
        ),
        (
            "status=active,,",
            "`,` is followed by `,`, not a term",
            "               ^^\n",
        ),
        (
            "lastKeepAlive>=1d",
            "`>=` is not a WQL operator",
            "               ^^\n",
        ),
        (
            "status==active",
            "`==` is not a WQL operator",
            "        ^^\n",
        ),
        ("name~=web", "`~=` is not a WQL operator", "      ^^\n"),
        ("(status=active", "this `(` is never closed", "  ^\n"),
        ("status=active)", "`)` closes nothing", "               ^\n"),
        (
            "status=active;",
            "the query ends with `;`: a term must follow it",
            "               ^\n",
        ),
    ];
    for (q, message, caret) in cases {
        let stderr = refused(q);
        assert!(
            stderr.contains(&format!("invalid WQL query: {message}\n  {q}\n")),
            "{q}: {stderr}"
        );
        assert!(
            stderr.contains(&format!("\n{caret}")),
            "{q}: caret {caret:?} in {stderr}"
        );
        assert!(stderr.contains("hint: "), "{q}: {stderr}");
    }
    assert!(refused("lastKeepAlive>=1d").contains("hint: use `>` (strictly)"));
    assert!(refused("status==active").contains("hint: use `=`"));
    // Where the list declares its fields: names and dates too.
    assert!(refused("os.nam=ubuntu").contains("hint: did you mean os.name, os.uname?"));
    assert!(refused("lastKeepAlive<1w").contains("`1w` is neither a timeframe nor a date"));
    assert!(refused("group<web").contains("`<` does not apply to `group`, a list of names"));
}

#[test]
fn valid_forms_pass_and_no_check_sends_what_the_server_forgives() {
    let server = Server::start();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["agents", "list", "-o", "json", "--fields", "id"];
        all.extend(args);
        let answer = server.ok_json(&all);
        answer
            .as_array()
            .unwrap()
            .iter()
            .map(|agent| agent["id"].as_str().unwrap().to_string())
            .collect()
    };
    let nested = ids(&["-q", "id!=001;(status=active;(group=group1,group=group2))"]);
    assert!(
        !nested.is_empty() && !nested.contains(&"001".to_string()),
        "{nested:?}"
    );
    // The server reads `status=active` and skips the rest, as Wazuh does.
    let forgiven = ids(&["-q", "status=active,,", "--no-check"]);
    assert_eq!(forgiven, ids(&["-q", "status=active"]));
    // The console checks the q= of its requests too.
    let output = server.run_with_stdin(&["console"], "GET /agents?q=status%3Dactive,,\n");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("stdin, line 1: invalid WQL query"),
        "{stderr}"
    );
}
