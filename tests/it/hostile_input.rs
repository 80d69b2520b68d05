//! Hostile input against a real `serve`: oversized bodies, wrong content types, malformed
//! JSON and XML, path traversal in file and group names, a 100 KB and a deeply nested WQL,
//! non-UTF-8 bytes, out-of-range `limit`/`offset`, names with newlines, NUL and shell
//! metacharacters, forged JWTs and a 1 MB Basic password. Each gets the Wazuh problem+json
//! envelope with its status (and code), the server keeps serving, and the store is unchanged.
//! The server speaks plain HTTP, so raw bytes can be written to its socket.
//! An expired token and one signed by another key are tested in the router tests.

use crate::common::{block_on, http, Server, NO_RATE_LIMIT};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use reqwest::Method;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use wazuh_ctl::api::codes::{
    Code, BAD_GROUP_ID, BAD_QUERY, FILE_NOT_FOUND, GROUP_NOT_FOUND, WAZUH_SYNTAX_ERROR,
    XML_SYNTAX_ERROR,
};

/// The upload limit of the server under test, small so the oversized bodies are quick.
const MAX_UPLOAD: usize = 64 * 1024;

/// The answer a hostile request must get.
#[derive(Clone, Copy, Debug)]
enum Expect {
    /// A Wazuh error code (its status, `error` in the body).
    Code(Code),
    /// A status whose envelope has no `error` (connexion's and the HTTP layer's answers).
    Plain(u16),
}

/// The credentials a request carries.
enum Auth {
    /// The administrator's valid token.
    Token,
    /// Another bearer token.
    Bearer(String),
    /// HTTP Basic, on the login endpoint.
    Basic(String),
}

/// One hostile request.
struct Case {
    what: &'static str,
    method: Method,
    path: String,
    auth: Auth,
    body: Option<(&'static str, Vec<u8>)>,
    expect: Expect,
}

impl Case {
    /// A request with the valid token and no body.
    fn get(what: &'static str, path: impl Into<String>, expect: Expect) -> Case {
        Case {
            what,
            method: Method::GET,
            path: path.into(),
            auth: Auth::Token,
            body: None,
            expect,
        }
    }

    /// A request with the valid token and a body of a content type.
    fn send(
        what: &'static str,
        method: Method,
        path: &str,
        content_type: &'static str,
        body: impl Into<Vec<u8>>,
        expect: Expect,
    ) -> Case {
        Case {
            what,
            method,
            path: path.to_string(),
            auth: Auth::Token,
            body: Some((content_type, body.into())),
            expect,
        }
    }

    /// A `GET /agents` with other credentials.
    fn authenticated_by(what: &'static str, auth: Auth, expect: Expect) -> Case {
        let (method, path) = match auth {
            Auth::Basic(_) => (Method::POST, "/security/user/authenticate"),
            _ => (Method::GET, "/agents"),
        };
        Case {
            what,
            method,
            path: path.to_string(),
            auth,
            body: None,
            expect,
        }
    }
}

const JSON: &str = "application/json";
const XML: &str = "application/xml";

#[test]
fn hostile_requests_get_the_wazuh_envelope_and_leave_the_store_unchanged() {
    let config = tempfile::TempDir::new().unwrap();
    let limits = format!("max_upload_size = {MAX_UPLOAD}\n{NO_RATE_LIMIT}");
    let server = Server::start_with_config(config.path(), &limits, &["--http"]);
    let token = server.token("wazuh", "wazuh");
    let before = store_view(&server, &token);
    for case in cases(&token) {
        let (status, content_type, body) = answer(&server, &token, &case);
        assert_envelope(case.what, case.expect, status, &content_type, &body);
        assert_eq!(store_view(&server, &token), before, "{}", case.what);
    }
    for (what, request_line, expect) in raw_request_lines() {
        let (status, content_type, body) = raw_answer(&server, &token, &request_line);
        assert_envelope(what, expect, status, &content_type, &body);
        assert_eq!(store_view(&server, &token), before, "{what}");
    }
}

/// The table of hostile requests sent through an HTTP client.
fn cases(token: &str) -> Vec<Case> {
    use Expect::{Code as C, Plain};
    let names = [
        "a\nb",
        "a\u{0}b",
        "a;rm -rf /",
        "$(reboot)",
        "`id`",
        "a|b",
        "../x",
    ];
    let mut cases = vec![
        Case::send(
            "a body over max_upload_size",
            Method::POST,
            "/agents",
            JSON,
            over_limit(),
            Plain(413),
        ),
        Case::send(
            "an agent.conf over max_upload_size",
            Method::PUT,
            "/groups/default/configuration",
            XML,
            over_limit(),
            Plain(413),
        ),
        Case::send(
            "POST /agents declared text/plain",
            Method::POST,
            "/agents",
            "text/plain",
            r#"{"name": "x"}"#,
            Plain(415),
        ),
        Case::send(
            "POST /groups declared XML",
            Method::POST,
            "/groups",
            XML,
            r#"{"group_id": "x"}"#,
            Plain(415),
        ),
        Case::send(
            "an agent.conf declared JSON",
            Method::PUT,
            "/groups/default/configuration",
            JSON,
            "<agent_config/>",
            Plain(415),
        ),
        Case::send(
            "truncated JSON agent",
            Method::POST,
            "/agents",
            JSON,
            r#"{"name": "#,
            Plain(400),
        ),
        Case::send(
            "truncated JSON group",
            Method::POST,
            "/groups",
            JSON,
            r#"{"group_id": "#,
            Plain(400),
        ),
        Case::send(
            "a JSON agent that is a list",
            Method::POST,
            "/agents",
            JSON,
            "[1, 2]",
            Plain(400),
        ),
        Case::send(
            "malformed XML",
            Method::PUT,
            "/groups/default/configuration",
            XML,
            "<agent_config><a></agent_config>",
            C(XML_SYNTAX_ERROR),
        ),
        Case::send(
            "XML nested 5000 deep",
            Method::PUT,
            "/groups/default/configuration",
            XML,
            nested_xml(5000),
            C(XML_SYNTAX_ERROR),
        ),
        Case::send(
            "XML of another root",
            Method::PUT,
            "/groups/default/configuration",
            XML,
            "<ossec_config/>",
            C(WAZUH_SYNTAX_ERROR),
        ),
        Case::send(
            "XML that is not UTF-8",
            Method::PUT,
            "/groups/default/configuration",
            XML,
            b"<agent_config>\xff</agent_config>".to_vec(),
            C(XML_SYNTAX_ERROR),
        ),
        Case::get(
            "a file name leaving the group",
            "/groups/default/files/..%2F..%2Fetc%2Fpasswd",
            C(FILE_NOT_FOUND),
        ),
        Case::get(
            "a file name reaching the database",
            "/groups/default/files/..%2F..%2Fwazuh.db?raw=true",
            C(FILE_NOT_FOUND),
        ),
        Case::get(
            "an absolute file name",
            "/groups/default/files/%2Fetc%2Fpasswd",
            C(FILE_NOT_FOUND),
        ),
        Case::get(
            "a group name leaving the tree",
            "/groups/..%2F..%2Fetc/files/passwd",
            C(GROUP_NOT_FOUND),
        ),
        Case::send(
            "an upload to a group name leaving the tree",
            Method::PUT,
            "/groups/..%2Fdefault/configuration",
            XML,
            "<agent_config/>",
            C(GROUP_NOT_FOUND),
        ),
        Case::get(
            "5000 nested parentheses in q",
            format!("/agents?q={}name=a{}", "(".repeat(5000), ")".repeat(5000)),
            C(BAD_QUERY),
        ),
        Case::get(
            "percent-encoded non-UTF-8 in a path",
            "/agents/%FF%FE/key",
            Plain(400),
        ),
        Case::get(
            "percent-encoded non-UTF-8 in q",
            "/agents?q=name=%FF%FE",
            C(BAD_QUERY),
        ),
        Case::get(
            "a limit over the maximum",
            "/agents?limit=100001",
            Plain(400),
        ),
        Case::get("a negative limit", "/agents?limit=-1", Plain(400)),
        Case::get(
            "a limit past u64",
            "/agents?limit=99999999999999999999999",
            Plain(400),
        ),
        Case::get("a negative offset", "/agents?offset=-1", Plain(400)),
        Case::get(
            "an offset in exponent notation",
            "/agents?offset=1e20",
            Plain(400),
        ),
        Case::authenticated_by(
            "a token with alg none",
            Auth::Bearer(alg_none(token)),
            Plain(401),
        ),
        Case::authenticated_by(
            "a token with an edited payload",
            Auth::Bearer(edited_payload(token)),
            Plain(401),
        ),
        Case::authenticated_by(
            "a 40 KB Basic password",
            Auth::Basic("p".repeat(40_000)),
            Plain(401),
        ),
        Case::authenticated_by(
            "a 1 MB Basic password",
            Auth::Basic("p".repeat(1 << 20)),
            Plain(431),
        ),
    ];
    for name in names {
        let agent = json!({ "name": name, "ip": "any" }).to_string();
        cases.push(Case::send(
            "an agent name with metacharacters",
            Method::POST,
            "/agents",
            JSON,
            agent,
            Plain(400),
        ));
        let group = json!({ "group_id": name }).to_string();
        cases.push(Case::send(
            "a group id with metacharacters",
            Method::POST,
            "/groups",
            JSON,
            group,
            C(BAD_GROUP_ID),
        ));
    }
    cases
}

/// Request lines with bytes no HTTP client sends (control bytes, bytes past ASCII) or longer
/// than a client's URI limit (64 KiB in reqwest).
fn raw_request_lines() -> Vec<(&'static str, Vec<u8>, Expect)> {
    let long_q = format!("GET /agents?q={} HTTP/1.1", "name=a,".repeat(15_000));
    vec![
        ("a 100 KB q", long_q.into_bytes(), Expect::Plain(414)),
        (
            "raw non-UTF-8 bytes in q",
            b"GET /agents?q=name=\xff\xfe HTTP/1.1".to_vec(),
            Expect::Code(BAD_QUERY),
        ),
        (
            "a raw NUL in a group name",
            b"GET /groups/a\x00b/files HTTP/1.1".to_vec(),
            Expect::Code(GROUP_NOT_FOUND),
        ),
        (
            "raw non-UTF-8 bytes in a path",
            b"GET /groups/\xff/files HTTP/1.1".to_vec(),
            Expect::Plain(400),
        ),
    ]
}

/// A JSON body one byte over the upload limit.
fn over_limit() -> Vec<u8> {
    vec![b' '; MAX_UPLOAD + 1]
}

/// An `agent_config` block with `depth` elements nested inside it.
fn nested_xml(depth: usize) -> String {
    format!(
        "<agent_config>{}{}</agent_config>",
        "<a>".repeat(depth),
        "</a>".repeat(depth)
    )
}

/// The token's claims under a header saying `alg: none`, without a signature.
fn alg_none(token: &str) -> String {
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = token.split('.').nth(1).expect("a JWT payload");
    format!("{header}.{payload}.")
}

/// The token with its expiry moved a day later, signature kept.
fn edited_payload(token: &str) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    let mut claims: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    claims["exp"] = json!(claims["exp"].as_i64().unwrap() + 86_400);
    let payload = URL_SAFE_NO_PAD.encode(claims.to_string());
    format!("{}.{payload}.{}", parts[0], parts[2])
}

/// Sends a case; its status, content type and body (JSON, or the text as a string).
fn answer(server: &Server, token: &str, case: &Case) -> (u16, String, Value) {
    let mut request = http().request(case.method.clone(), format!("{}{}", server.url, case.path));
    request = match &case.auth {
        Auth::Token => request.bearer_auth(token),
        Auth::Bearer(other) => request.bearer_auth(other),
        Auth::Basic(password) => request.basic_auth("wazuh", Some(password)),
    };
    if let Some((content_type, body)) = &case.body {
        request = request
            .header("Content-Type", *content_type)
            .body(body.clone());
    }
    block_on(async {
        let response = request
            .send()
            .await
            .unwrap_or_else(|err| panic!("{}: {}", case.what, err.without_url()));
        let status = response.status().as_u16();
        let content_type = header_text(response.headers());
        let text = response.text().await.expect("body");
        (
            status,
            content_type,
            serde_json::from_str(&text).unwrap_or(Value::String(text)),
        )
    })
}

/// The `Content-Type` of an answer, or "" without one.
fn header_text(headers: &reqwest::header::HeaderMap) -> String {
    headers
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_string()
}

/// Sends a request line as raw bytes (with the token) over plain TCP; status, content type
/// and body of the answer.
fn raw_answer(server: &Server, token: &str, request_line: &[u8]) -> (u16, String, Value) {
    let address = server.url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    let mut request = request_line.to_vec();
    let fields = format!(
        "\r\nHost: {address}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"
    );
    request.extend_from_slice(fields.as_bytes());
    stream.write_all(&request).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer);
    let (head, body) = answer.split_once("\r\n\r\n").expect("a whole answer");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status");
    let content_type = head
        .lines()
        .find_map(|line| {
            line.to_ascii_lowercase()
                .strip_prefix("content-type: ")
                .map(str::to_string)
        })
        .unwrap_or_default();
    (
        status,
        content_type,
        serde_json::from_str(body).unwrap_or(json!(body)),
    )
}

/// The answer is the Wazuh problem+json envelope with the expected status and `error`.
fn assert_envelope(what: &str, expect: Expect, status: u16, content_type: &str, body: &Value) {
    let (expected_status, expected_error) = match expect {
        Expect::Code(code) => (code.status, json!(code.code)),
        Expect::Plain(status) => (status, Value::Null),
    };
    assert_eq!(status, expected_status, "{what}: {body}");
    assert!(
        content_type.starts_with("application/problem+json"),
        "{what}: {content_type}"
    );
    assert!(
        body["title"].is_string() && body["detail"].is_string(),
        "{what}: {body}"
    );
    assert_eq!(
        body.get("error").cloned().unwrap_or(Value::Null),
        expected_error,
        "{what}: {body}"
    );
}

/// What the hostile requests must not change: the agents' total and every group with its
/// agent count and configuration checksum; answered, so the server still serves.
fn store_view(server: &Server, token: &str) -> (Value, Value) {
    let (status, agents) = server.get("/agents?limit=1", token);
    assert_eq!(status, 200, "{agents}");
    let (status, groups) = server.get("/groups?limit=100000", token);
    assert_eq!(status, 200, "{groups}");
    (
        agents["data"]["total_affected_items"].clone(),
        groups["data"]["affected_items"].clone(),
    )
}
