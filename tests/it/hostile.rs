//! The CLI against servers that are not the Wazuh API they claim to be, or that fail it: one
//! clear error line and the documented exit code each, nothing printed as if it were an
//! answer, no hang. (Nothing listening and a wrong certificate: `errors.rs`.)

use crate::common::{cli, Server};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Output;
use std::time::{Duration, Instant};

/// A plain-HTTP server on loopback answering every request with `answer` (a whole HTTP/1.1
/// response); its URL.
fn server_answering(answer: impl Into<String>) -> String {
    let answer = answer.into();
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

/// A server on loopback that accepts connections and never answers; its URL.
fn server_never_answering() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let held: Vec<TcpStream> = listener.incoming().flatten().collect();
        drop(held);
    });
    url
}

/// `agents list -o json` against `url` as user wazuh with a password from the environment,
/// with extra global arguments.
fn list_agents(url: &str, args: &[&str]) -> Output {
    let home = tempfile::TempDir::new().unwrap();
    cli(home.path())
        .env("WAZUH_URL", url)
        .env("WAZUH_USER", "wazuh")
        .env("WAZUH_PASSWORD", "wazuh")
        .args(args)
        .args(["agents", "list", "-o", "json"])
        .output()
        .unwrap()
}

/// Asserts exit code 1, nothing on stdout and one error line (and a hint, if any) that
/// contains `expected`.
fn assert_one_error_line(output: &Output, expected: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty(), "nothing printed as an answer");
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines[0].starts_with("wazuh-ctl: error: "), "{stderr}");
    assert!(lines[0].contains(expected), "{stderr}");
    assert!(
        lines[1..].iter().all(|line| line.starts_with("  hint: ")),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn an_html_page_with_status_200_is_an_error_not_a_token_or_an_answer() {
    let url = server_answering(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 27\r\n\
         Connection: close\r\n\r\n<html>Please sign in</html>",
    );
    let output = list_agents(&url, &[]);
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
    let output = list_agents(&url, &[]);
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
    let output = list_agents(&url, &[]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{stderr}");
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("]0;pwned[2Jgone"), "{stderr:?}");
}

#[test]
fn a_server_that_never_answers_is_a_timeout_after_timeout_seconds() {
    let url = server_never_answering();
    let started = Instant::now();
    let output = list_agents(&url, &["--timeout", "1"]);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert_one_error_line(&output, &format!("no answer from {url} within 1 s"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("raise --timeout"));
}

#[test]
fn a_json_answer_cut_short_is_one_error_line() {
    let cut = r#"{"data": {"token": "abc"#;
    // As long as its Content-Length says, the JSON ends early; else the connection does.
    for (length, expected) in [
        (
            cut.len(),
            "invalid response from the server: the JSON body does not parse",
        ),
        (1000, "end of file before message length reached"),
    ] {
        let url = server_answering(format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\
             Connection: close\r\n\r\n{cut}"
        ));
        assert_one_error_line(&list_agents(&url, &[]), expected);
    }
}

#[test]
fn plain_http_where_https_is_expected_is_a_tls_error_with_a_scheme_hint() {
    let server = Server::start_with(&["--http"]);
    let url = server.url.replace("http://", "https://");
    let output = list_agents(&url, &["--timeout", "5"]);
    assert_one_error_line(&output, &format!("TLS handshake with {url} failed"));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("hint: check that the URL's scheme"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
