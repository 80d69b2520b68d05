//! The CLI against servers that are not the Wazuh API they claim to be: one clear error line
//! and the documented exit code each, nothing printed as if it were an answer.

use crate::common::cli;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::Output;

/// A plain-HTTP server on loopback answering every request with `answer` (a whole HTTP/1.1
/// response); its URL.
fn server_answering(answer: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(&stream);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|read| read > 2) {
                line.clear();
            }
            let _ = (&stream).write_all(answer.as_bytes());
        }
    });
    url
}

/// `agents list -o json` against `url` as user wazuh with a password from the environment.
fn list_agents(url: &str) -> Output {
    let home = tempfile::TempDir::new().unwrap();
    cli(home.path())
        .env("WAZUH_URL", url)
        .env("WAZUH_USER", "wazuh")
        .env("WAZUH_PASSWORD", "wazuh")
        .args(["agents", "list", "-o", "json"])
        .output()
        .unwrap()
}

#[test]
fn an_html_page_with_status_200_is_an_error_not_a_token_or_an_answer() {
    let url = server_answering(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 27\r\n\
         Connection: close\r\n\r\n<html>Please sign in</html>",
    );
    let output = list_agents(&url);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty(), "nothing printed as an answer");
    assert!(stderr.starts_with("wazuh-ctl: error: "), "{stderr}");
    assert!(
        stderr.contains("text/html where JSON was expected"),
        "{stderr}"
    );
    assert!(stderr.contains(&url), "{stderr}");
}

#[test]
fn an_answer_larger_than_the_cap_is_refused_without_reading_it() {
    let url = server_answering(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000000000\r\n\
         Connection: close\r\n\r\nstart",
    );
    let output = list_agents(&url);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("larger than 256 MiB"), "{stderr}");
}

#[test]
fn escape_sequences_in_a_server_error_never_reach_the_terminal() {
    let url = server_answering(
        "HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\n\
         Content-Length: 63\r\nConnection: close\r\n\r\n\
         {\"title\": \"Bad\", \"detail\": \"\\u001b]0;pwned\\u0007\\u001b[2Jgone\"}",
    );
    let output = list_agents(&url);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("]0;pwned[2Jgone"), "{stderr:?}");
}
