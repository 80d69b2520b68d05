//! What lists and tables look like: the note under one page of a larger list (on a terminal,
//! on stderr for a piped `-o table`, never in piped JSON), tables that fit the terminal, and
//! nested values shown as text. Terminal cases run the real binary in a pseudo-terminal
//! (util-linux `script`) of a set size.

use crate::common::{self, Server};
use assert_cmd::cargo::cargo_bin;
use serde_json::Value;
use std::process::{Command, Stdio};

/// Runs the CLI against `server` in a pseudo-terminal of `columns` x 40, with NO_COLOR set, and
/// returns what the terminal showed (stdout and stderr together, `\r\n` made `\n`).
fn in_terminal(server: &Server, columns: u16, args: &[&str]) -> String {
    terminal_output(server, columns, args, false)
}

/// [`in_terminal`], with NO_COLOR unset when `color` (TERM set to a colour terminal).
fn terminal_output(server: &Server, columns: u16, args: &[&str], color: bool) -> String {
    let quoted: Vec<String> = std::iter::once(cargo_bin("wazuh-ctl").display().to_string())
        .chain(args.iter().map(|arg| arg.to_string()))
        .map(|word| format!("'{}'", word.replace('\'', r"'\''")))
        .collect();
    let shell = format!("stty cols {columns} rows 40; exec {}", quoted.join(" "));
    let mut script = Command::new("script");
    script
        .args(["-qec", &shell, "/dev/null"])
        .env_remove("WAZUH_URL")
        .env_remove("WAZUH_CONTEXT")
        .envs(common::clean_env(server.home.path()))
        .stdin(Stdio::null());
    if color {
        script.env_remove("NO_COLOR").env("TERM", "xterm-256color");
    }
    let output = script
        .output()
        .expect("run script(1): util-linux must be installed");
    String::from_utf8_lossy(&output.stdout).replace("\r\n", "\n")
}

/// The total number of agents of the demo fleet.
fn agent_total(server: &Server) -> u64 {
    let all = server.ok_json(&["agents", "list", "--all"]);
    all.as_array().expect("a list").len() as u64
}

#[test]
fn a_page_of_agents_says_so_on_a_terminal() {
    let server = Server::start();
    let total = agent_total(&server);
    let screen = in_terminal(&server, 200, &["agents", "list", "--limit", "2"]);
    assert!(!screen.contains('\u{1b}'), "NO_COLOR is set: {screen:?}");
    let last = screen.lines().last().expect("a last line");
    assert_eq!(
        last,
        format!("2 of {total} agents — use --all, or --limit/--offset")
    );
    let whole = in_terminal(&server, 200, &["agents", "list"]);
    assert!(!whole.contains(" of "), "{whole}");
}

#[test]
fn piped_lists_stay_clean_and_a_piped_table_notes_on_stderr() {
    let server = Server::start();
    let total = agent_total(&server);
    let json = server.run(&["agents", "list", "--limit", "2"]);
    assert!(json.status.success());
    assert!(json.stderr.is_empty(), "{json:?}");
    let items: Value = serde_json::from_slice(&json.stdout).expect("stdout is JSON");
    assert_eq!(items.as_array().map(Vec::len), Some(2));

    let table = server.run(&["agents", "list", "--limit", "2", "-o", "table"]);
    let stdout = String::from_utf8_lossy(&table.stdout);
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
    assert!(!stdout.contains("use --all"), "{stdout}");
    assert_eq!(
        String::from_utf8_lossy(&table.stderr).trim_end(),
        format!("2 of {total} agents — use --all, or --limit/--offset")
    );
}

#[test]
fn tables_fit_the_terminal_and_keep_full_width_when_piped() {
    let server = Server::start();
    let long_name = format!("agent-{}", "x".repeat(122));
    server.ok_json(&["agents", "add", &long_name, "--ip", "any"]);
    for command in [&["agents", "list"][..], &["tasks", "list"]] {
        let screen = in_terminal(&server, 100, command);
        for line in screen.lines() {
            assert!(line.chars().count() <= 100, "{command:?}: {line:?}");
        }
    }
    let screen = in_terminal(&server, 100, &["agents", "list"]);
    assert!(screen.starts_with("ID"), "{screen}");
    assert!(
        screen.contains("agent-xxx") && screen.contains('…'),
        "{screen}"
    );
    assert!(!screen.contains(&long_name), "{screen}");
    let narrow = in_terminal(&server, 50, &["agents", "list"]);
    let header = narrow.lines().next().expect("a header");
    assert!(
        header.starts_with("ID") && header.contains("STATUS"),
        "{header}"
    );
    assert!(!header.contains("LAST KEEPALIVE"), "{header}");

    let piped = server.run(&["agents", "list", "-o", "table"]);
    assert!(String::from_utf8_lossy(&piped.stdout).contains(&long_name));
}

#[test]
fn nested_values_in_tables_read_as_text_not_json() {
    let server = Server::start();
    let overview = server.run(&["overview", "-o", "table"]);
    assert!(overview.status.success());
    let text = String::from_utf8_lossy(&overview.stdout);
    assert!(text.contains("items (see -o json)"), "{text}");
    assert!(!text.contains('{') && !text.contains("[{"), "{text}");
}

#[test]
fn jq_has_csv_and_tsv_and_csv_output_applies_after_the_filter() {
    let server = Server::start();
    let run = |args: &[&str]| {
        let output = server.run(args);
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let tsv = run(&[
        "agents",
        "list",
        "--limit",
        "2",
        "--jq",
        ".[] | [.id, .name] | @tsv",
    ]);
    assert_eq!(tsv, "000\twazuh-master\n001\twazuh-agent1\n");
    let csv = run(&[
        "agents",
        "list",
        "--limit",
        "2",
        "--jq",
        ".[] | [.id, .name] | @csv",
    ]);
    assert_eq!(csv, "\"000\",\"wazuh-master\"\n\"001\",\"wazuh-agent1\"\n");
    let filtered = run(&[
        "agents",
        "list",
        "--limit",
        "2",
        "-o",
        "csv",
        "--jq",
        "map({id, name})",
    ]);
    assert_eq!(filtered, "id,name\n000,wazuh-master\n001,wazuh-agent1\n");
}

#[test]
fn colour_on_a_terminal_unless_turned_off() {
    let server = Server::start();
    let table = terminal_output(&server, 200, &["agents", "list", "--limit", "2"], true);
    assert!(table.contains("\u{1b}["), "a coloured status: {table:?}");
    let error = terminal_output(&server, 200, &["agents", "get", "9999"], true);
    assert!(error.contains("\u{1b}[1;31merror:\u{1b}[0m"), "{error:?}");
    let plain = terminal_output(&server, 200, &["agents", "get", "9999", "--no-color"], true);
    assert!(plain.contains("wazuh-ctl: error: 9999"), "{plain:?}");
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    let plain = terminal_output(&server, 200, &["agents", "list", "--no-color"], true);
    assert!(!plain.contains('\u{1b}'), "{plain:?}");
    let piped = server
        .cmd()
        .env_remove("NO_COLOR")
        .args(["agents", "get", "9999"])
        .output()
        .expect("run the CLI");
    assert!(!String::from_utf8_lossy(&piped.stderr).contains('\u{1b}'));
}

#[test]
fn a_users_table_names_roles_and_json_keeps_their_ids() {
    let server = Server::start();
    for args in [
        &["security", "users", "list", "-o", "table"][..],
        &["security", "users", "list", "--all", "-o", "table"],
        &["security", "users", "get", "1", "-o", "table"],
    ] {
        let table = server.run(args);
        let text = String::from_utf8_lossy(&table.stdout);
        let wazuh = text
            .lines()
            .find(|line| line.split_whitespace().nth(1) == Some("wazuh"))
            .unwrap_or_else(|| panic!("{args:?}: no row for wazuh in {text}"));
        assert!(wazuh.ends_with("administrator"), "{args:?}: {text}");
    }
    let users = server.ok_json(&["security", "users", "list"]);
    assert_eq!(users[0]["roles"], serde_json::json!([1]), "{users}");
}

#[test]
fn a_watch_on_a_small_terminal_keeps_its_header_and_counts_the_page() {
    use std::io::Read;
    let server = Server::start();
    let total = agent_total(&server);
    let binary = cargo_bin("wazuh-ctl").display().to_string();
    let shell = format!("stty cols 100 rows 8; exec '{binary}' agents watch --limit 6");
    let mut script = Command::new("script")
        .args(["-qec", &shell, "/dev/null"])
        .env_remove("WAZUH_URL")
        .env_remove("WAZUH_CONTEXT")
        .envs(common::clean_env(server.home.path()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run script(1)");
    let mut stdout = script.stdout.take().expect("stdout");
    let mut screen = Vec::new();
    let mut chunk = [0u8; 4096];
    while !String::from_utf8_lossy(&screen).contains("more not shown") {
        let read = stdout.read(&mut chunk).expect("read the terminal");
        assert!(
            read > 0,
            "the watch ended: {}",
            String::from_utf8_lossy(&screen)
        );
        screen.extend_from_slice(&chunk[..read]);
    }
    let _ = script.kill();
    let _ = script.wait();
    let screen = String::from_utf8_lossy(&screen).replace("\r\n", "\n");
    let frame = screen.rsplit("\u{1b}[2J").next().expect("a frame");
    let lines: Vec<&str> = frame.lines().collect();
    assert!(lines[0].contains(&format!("6 of {total} items")), "{frame}");
    assert!(lines[2].starts_with("ID"), "{frame}");
    assert_eq!(
        lines.len(),
        7,
        "header, blank, table header, 3 rows, note: {frame}"
    );
    assert!(lines[6].starts_with("… 3 more not shown"), "{frame}");
}
