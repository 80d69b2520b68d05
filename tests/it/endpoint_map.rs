//! The verbs of `docs/endpoints.md` reach their operations: each implemented operation's verb,
//! its placeholders filled with samples, run with `--dry-run` against a real `serve`, prints
//! the curl command of that very method and path.

use crate::common::Server;
use std::path::Path;
use wazuh_ctl::cli::endpoint_map::{routes, Route};

/// Writes the files the samples name into `dir`: a rule file, a CDB list, an ossec.conf and
/// a group's agent.conf.
fn sample_files(server: &Server, dir: &Path) {
    let rules = "<group name=\"lab,\">\n  <rule id=\"100070\" level=\"3\">\n    \
                 <if_sid>5710</if_sid>\n    <description>lab</description>\n  </rule>\n</group>\n";
    std::fs::write(dir.join("local_rules.xml"), rules).unwrap();
    std::fs::write(dir.join("admin-users"), "root:admin\n").unwrap();
    // The server's own, changed by a comment (an unchanged file is not sent).
    let ossec_conf = server.ok_text(&["manager", "config", "get", "--raw"]);
    std::fs::write(dir.join("ossec.conf"), ossec_conf + "<!-- lab -->\n").unwrap();
    let agent_conf =
        "<agent_config>\n  <localfile>\n    <location>/var/log/lab.log</location>\n    \
                      <log_format>syslog</log_format>\n  </localfile>\n</agent_config>\n";
    std::fs::write(dir.join("agent.conf"), agent_conf).unwrap();
}

/// Whether a printed URL's path (and query) is the route's path template filled in.
fn is_path_of(route: &Route, url: &str) -> bool {
    let after_host = url.splitn(4, '/').nth(3).unwrap_or_default();
    let path = format!("/{}", after_host.split('?').next().unwrap_or_default());
    let template = route.path.split('/');
    let mut segments = path.split('/');
    template.clone().count() == path.split('/').count()
        && template.zip(&mut segments).all(|(expected, got)| {
            (expected.starts_with('{') && !got.is_empty()) || expected == got
        })
}

#[test]
fn every_implemented_verb_sends_its_own_operation() {
    let server = Server::start();
    let dir = tempfile::TempDir::new().unwrap();
    sample_files(&server, dir.path());
    let mut wrong = Vec::new();
    for route in routes() {
        let args = route.sample_args().expect("samples for every placeholder");
        let output = server
            .cmd()
            .current_dir(dir.path())
            .arg("--dry-run")
            .args(&args)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let sent = stdout.lines().any(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            matches!(words[..], ["curl", "-X", method, url, ..]
                if method == route.method.as_str()
                    && is_path_of(route, url.trim_matches('\'')))
        });
        if !sent {
            let stderr = String::from_utf8_lossy(&output.stderr);
            wrong.push(format!(
                "{} {} ← `{}`: {}{}",
                route.method.as_str(),
                route.path,
                route.verb,
                stdout.trim(),
                stderr.trim()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
