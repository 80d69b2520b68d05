//! `wazuh-ctl console` against a real `serve`: scripts from stdin and files (reads, writes
//! with JSON bodies, per-request jq filters, ndjson), the exit code of the first failed
//! request with and without `--keep-going`, `--dry-run` sending nothing, a mistake refused
//! before any request; and the interactive prompt through a pseudo-terminal (answers with
//! status and time, TAB completion, `\save`, history kept across runs).

use crate::common::{clean_env, Server};
use std::process::Output;

/// The group names of the server.
fn groups(server: &Server) -> Vec<String> {
    let answer = server.ok_json(&["groups", "list", "-o", "json"]);
    let names = answer.as_array().unwrap().iter();
    names
        .map(|group| group["name"].as_str().unwrap().to_string())
        .collect()
}

/// Runs the console with a script on stdin.
fn console(server: &Server, args: &[&str], script: &str) -> Output {
    let mut all = vec!["console"];
    all.extend(args);
    server.run_with_stdin(&all, script)
}

#[test]
fn a_script_runs_its_requests_in_order_with_bodies_and_filters() {
    let server = Server::start();
    let script = "# the lab's manager\nGET /manager/info | .[0].version\n\n\
                  POST /groups\n{\"group_id\": \"from-console\"}\n\n\
                  GET /groups?search=from-console | .[].name\n";
    let output = console(&server, &[], script);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // A filter's string outputs are printed raw, as `--jq` prints them.
    let (version, rest) = stdout.split_once('\n').unwrap();
    assert!(version.starts_with('v'), "{stdout}");
    let (created, name) = rest.rsplit_once("}\n").unwrap();
    let created: serde_json::Value = serde_json::from_str(&format!("{created}}}")).unwrap();
    assert_eq!(created["message"], "Group 'from-console' created");
    assert_eq!(name, "from-console\n");
    assert!(groups(&server).contains(&"from-console".to_string()));
    // ndjson: one compact line per answer.
    let output = console(&server, &["-o", "ndjson"], "GET /\n\nGET /agents?limit=1\n");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(lines[1]).unwrap()["error"],
        0
    );
}

#[test]
fn the_first_failure_ends_the_run_unless_keep_going_and_gives_the_exit_code() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("checks.http");
    let script = "GET /agents/999/key\n\nPOST /groups\n{\"group_id\": \"after-failure\"}\n";
    std::fs::write(&file, script).unwrap();
    let file = file.to_str().unwrap();
    let output = server.run(&["console", "--file", file]);
    assert_eq!(output.status.code(), Some(5), "agent 999 does not exist");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 1: GET /agents/999/key failed"),
        "{stderr}"
    );
    assert!(!groups(&server).contains(&"after-failure".to_string()));
    let output = server.run(&["console", "--file", file, "--keep-going"]);
    assert_eq!(
        output.status.code(),
        Some(5),
        "still the first failure's code"
    );
    let answers: Vec<serde_json::Value> = serde_json::Deserializer::from_slice(&output.stdout)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(answers.len(), 2, "the failed answer is printed too");
    assert_eq!(answers[0]["data"]["failed_items"][0]["error"]["code"], 1701);
    assert_eq!(answers[1]["message"], "Group 'after-failure' created");
    assert!(groups(&server).contains(&"after-failure".to_string()));
}

#[test]
fn dry_run_prints_curl_commands_and_a_mistake_sends_nothing() {
    let server = Server::start();
    let script = "POST /groups\n{\"group_id\": \"dry\"}\n\nDELETE /groups?groups_list=default\n";
    let output = console(&server, &["--dry-run"], script);
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.matches("curl -X").count(), 2, "{stdout}");
    assert!(stdout.contains("group_id"), "{stdout}");
    assert!(!groups(&server).contains(&"dry".to_string()));
    // A bad filter on line 4 is found before the POST of line 1 is sent.
    let script = "POST /groups\n{\"group_id\": \"never\"}\n\nGET /agents | .[\n";
    let output = console(&server, &[], script);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("stdin, line 4"), "{stderr}");
    assert!(!groups(&server).contains(&"never".to_string()));
    let output = console(&server, &[], "FETCH /agents\n");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("line 1: `FETCH` is not a method"));
}

/// The console at a pseudo-terminal, in the server's clean environment (colour on).
fn prompt(server: &Server) -> rexpect::session::PtySession {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("wazuh-ctl"));
    command
        .arg("console")
        .envs(clean_env(server.home.path()))
        .env_remove("NO_COLOR")
        .env("TERM", "xterm");
    rexpect::session::spawn_command(command, Some(30_000)).unwrap()
}

#[test]
fn the_prompt_answers_completes_saves_and_remembers() {
    let server = Server::start();
    let mut session = prompt(&server);
    // Each line is typed once what comes before it has shown, as a person would (rustyline
    // drops what is typed ahead of its prompt).
    let mut transcript = String::new();
    let mut type_after = |shown: &str, text: &str| {
        transcript.push_str(&session.exp_string(shown).unwrap());
        transcript.push_str(shown);
        session.send(text).unwrap();
        session.send("\r").unwrap();
        session.flush().unwrap();
    };
    type_after("lab-ephemeral> ", "GET /agents?limit=1&select=id | .[].id");
    // TAB completes the only path of GET that starts so.
    type_after(" ms\r\n", "GET /manager/inf\t | .[0].version");
    type_after(" ms\r\n", "POST /groups");
    type_after("...> ", "{\"group_id\": \"typed\"}");
    type_after("...> ", "");
    let saved = server.home.path().join("session.http");
    type_after(" ms\r\n", &format!("\\save {}", saved.display()));
    type_after("requests written", "\\quit");
    transcript.push_str(&session.exp_eof().unwrap());
    for expected in [
        // A whole answer is pretty JSON with its keys coloured.
        "\x1b[34;1m\"message\"\x1b[0m: \x1b[32m\"Group 'typed' created\"",
        "000\r\n200 in",
        "v4.",
        "Group 'typed' created",
        "3 requests written",
    ] {
        assert!(transcript.contains(expected), "{expected}: {transcript:?}");
    }
    let script = std::fs::read_to_string(&saved).unwrap();
    assert!(
        script.contains("GET /manager/info | .[0].version\n"),
        "{script}"
    );
    assert!(script.contains("\"group_id\": \"typed\""), "{script}");
    assert!(groups(&server).contains(&"typed".to_string()));
    // The saved session replays as a script (the group exists now: exit 2, 1711).
    let output = server.run(&["console", "--file", saved.to_str().unwrap(), "--keep-going"]);
    assert_eq!(output.status.code(), Some(2));
    // History survives the run: the state dir holds the lines typed.
    let history = server
        .home
        .path()
        .join(".local/state/wazuh-ctl/console_history");
    let history = std::fs::read_to_string(&history).unwrap();
    assert!(
        history.contains("GET /agents?limit=1&select=id | .[].id"),
        "{history}"
    );
}
