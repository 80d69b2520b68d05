//! The client's fast paths: `--all` against a real server (pages fetched a few at a time and
//! streamed print exactly what one big page prints, in every streaming format; `--jq` still
//! sees the whole list), and `--version` without reading the config or the network.

use crate::common::{cli, Server};

/// The stdout of a successful run.
fn stdout_of(server: &Server, args: &[&str]) -> String {
    let output = server.run(args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn streamed_pages_print_what_one_big_page_prints() {
    let server = Server::start_with(&["--agents", "1200"]);
    for format in ["ndjson", "json", "csv"] {
        let paged = stdout_of(
            &server,
            &["agents", "list", "--all", "--limit", "100", "-o", format],
        );
        let whole = stdout_of(
            &server,
            &["agents", "list", "--limit", "2000", "-o", format],
        );
        assert_eq!(paged, whole, "-o {format}");
        assert!(
            paged.contains("\"1200\"") || paged.contains("\n1200,"),
            "-o {format}"
        );
    }
    let ndjson = stdout_of(&server, &["agents", "list", "--all", "-o", "ndjson"]);
    assert_eq!(ndjson.lines().count(), 1201, "the manager and 1,200 agents");
}

#[test]
fn jq_over_all_sees_the_whole_list() {
    let server = Server::start_with(&["--agents", "700"]);
    let length = stdout_of(&server, &["agents", "list", "--all", "--jq", "length"]);
    assert_eq!(length.trim(), "701");
}

#[test]
fn version_reads_neither_the_config_nor_the_network() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("broken.toml");
    std::fs::write(&config, "current-context = [not toml").unwrap();
    let run = |args: &[&str]| {
        cli(home.path())
            .env("WAZUH_CTL_CONFIG", &config)
            .env("WAZUH_URL", "https://127.0.0.1:9")
            .args(args)
            .output()
            .unwrap()
    };
    let listed = run(&["agents", "list"]);
    assert!(
        !listed.status.success(),
        "a command that reads the config fails"
    );
    let version = run(&["--version"]);
    assert!(version.status.success(), "{version:?}");
    let text = String::from_utf8(version.stdout).unwrap();
    assert_eq!(
        text.trim(),
        format!("wazuh-ctl {}", env!("CARGO_PKG_VERSION"))
    );
}
