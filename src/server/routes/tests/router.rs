//! The router over a real loopback socket (`axum::serve` on 127.0.0.1:0, reqwest as the
//! client): the request pipeline end to end, on a fresh demo database per test.

use super::spawn;
use crate::server::auth::jwt::{Claims, Keys};
use crate::server::state::AppState;
use reqwest::header::{CONTENT_TYPE, LINK};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::time::Duration;

/// A server on a loopback port, over its own data dir.
struct TestServer {
    base: String,
    http: reqwest::Client,
    state: AppState,
    _dir: tempfile::TempDir,
}

impl TestServer {
    async fn start() -> TestServer {
        TestServer::with_lifetime(None).await
    }

    async fn with_lifetime(token_lifetime: Option<u64>) -> TestServer {
        let spawned = spawn(token_lifetime).await;
        TestServer {
            base: spawned.base,
            http: spawned.http,
            state: spawned.state,
            _dir: spawned.dir,
        }
    }

    fn request(&self, method: Method, path: &str, token: Option<&str>) -> reqwest::RequestBuilder {
        let request = self.http.request(method, format!("{}{path}", self.base));
        match token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
    ) -> (StatusCode, reqwest::header::HeaderMap, String) {
        let response = self.request(method, path, token).send().await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        (status, headers, response.text().await.unwrap())
    }

    /// GET with a token; the status and the parsed body.
    async fn get(&self, path: &str, token: &str) -> (StatusCode, Value) {
        let (status, _, body) = self.send(Method::GET, path, Some(token)).await;
        (status, serde_json::from_str(&body).unwrap())
    }

    async fn login_as(&self, user: &str, password: &str) -> reqwest::Response {
        self.http
            .post(format!("{}/security/user/authenticate", self.base))
            .basic_auth(user, Some(password))
            .send()
            .await
            .unwrap()
    }

    async fn login(&self) -> String {
        let response = self.login_as("wazuh", "wazuh").await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["data"]["token"].as_str().unwrap().to_string()
    }
}

fn detail(body: &str) -> Value {
    serde_json::from_str::<Value>(body).unwrap()["detail"].clone()
}

#[tokio::test]
async fn login_then_list_agents_with_q_sort_select_limit() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let active = server
        .state
        .agents_json()
        .iter()
        .filter(|agent| agent["status"] == "active" && agent["id"] != "000")
        .count() as u64;
    let (status, body) = server
        .get(
            "/agents?q=status%3Dactive%3Bid!%3D000&sort=-id&select=name&limit=2",
            &token,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body["message"],
        "All selected agents information was returned"
    );
    assert_eq!(body["error"], 0);
    let data = &body["data"];
    assert_eq!(data["total_affected_items"], active);
    let items = data["affected_items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    for item in items {
        let keys: Vec<&String> = item.as_object().unwrap().keys().collect();
        assert_eq!(
            keys.len(),
            2,
            "select keeps name plus the mandatory id: {item}"
        );
        assert!(item.get("id").is_some() && item.get("name").is_some());
    }
    let first: u32 = items[0]["id"].as_str().unwrap().parse().unwrap();
    let second: u32 = items[1]["id"].as_str().unwrap().parse().unwrap();
    assert!(first > second, "sorted by id, descending");
}

#[tokio::test]
async fn agent_filters_and_explicit_ids() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let (status, body) = server.get("/agents?agents_list=1,2,999", &token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["error"], 2);
    assert_eq!(body["message"], "Some agents information was not returned");
    assert_eq!(body["data"]["total_affected_items"], 2);
    assert_eq!(body["data"]["failed_items"][0]["id"], json!(["999"]));
    assert_eq!(body["data"]["failed_items"][0]["error"]["code"], 1701);

    let (_, body) = server
        .get("/agents?status=NEVER_CONNECTED&select=status", &token)
        .await;
    let items = body["data"]["affected_items"].as_array().unwrap();
    assert!(!items.is_empty());
    assert!(items
        .iter()
        .all(|agent| agent["status"] == "never_connected"));
}

#[tokio::test]
async fn groups_and_group_agents() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let (status, body) = server.get("/groups", &token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body["message"],
        "All selected groups information was returned"
    );
    let names: Vec<&str> = body["data"]["affected_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| group["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"default"), "{names:?}");

    let (status, body) = server.get("/groups/default/agents?limit=1", &token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["data"]["affected_items"].as_array().unwrap().len(), 1);
    let members = body["data"]["total_affected_items"].as_u64().unwrap();
    let default_count = server.state.groups().json()[0]["count"].as_u64().unwrap();
    assert_eq!(members, default_count);

    let (status, body) = server.get("/groups/nosuchgroup/agents", &token).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"], 1710);
}

#[tokio::test]
async fn summaries_overview_info_and_me() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let total = server.state.agents_json().len();

    let (_, body) = server.get("/agents/summary/status", &token).await;
    assert_eq!(body["data"]["connection"]["total"], total);
    assert_eq!(body["error"], 0);

    let (_, body) = server.get("/agents/summary/os", &token).await;
    assert!(body["data"]["affected_items"].as_array().unwrap().len() > 1);

    let (_, body) = server.get("/overview/agents", &token).await;
    let keys: Vec<&String> = body["data"].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "nodes",
            "groups",
            "agent_os",
            "agent_status",
            "agent_version",
            "last_registered_agent"
        ]
    );

    let (_, body) = server.get("/", &token).await;
    assert_eq!(body["data"]["title"], "Wazuh API REST");
    assert_eq!(body["data"]["api_version"], "4.12.0");
    assert_eq!(body["data"]["hostname"], "test-host");
    assert_eq!(body["data"]["timestamp"].as_str().unwrap().len(), 20);

    let (_, body) = server.get("/security/users/me", &token).await;
    assert_eq!(body["message"], "Current user information was returned");
    assert_eq!(body["data"]["affected_items"][0]["username"], "wazuh");
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let server = TestServer::start().await;
    for path in ["/", "/nowhere"] {
        let (_, headers, _) = server.send(Method::GET, path, None).await;
        assert_eq!(headers["server"], "Wazuh", "{path}");
        assert_eq!(headers["content-security-policy"], "none");
        assert_eq!(headers["x-frame-options"], "DENY");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["cache-control"], "no-store");
    }
}

#[tokio::test]
async fn an_unknown_expectation_is_417_and_100_continue_is_served() {
    let server = TestServer::start().await;
    let unknown = server
        .request(Method::GET, "/", None)
        .header("Expect", "foo");
    let answer = unknown.send().await.unwrap();
    assert_eq!(answer.status(), StatusCode::EXPECTATION_FAILED);
    assert_eq!(
        answer.headers()[CONTENT_TYPE],
        "application/problem+json; charset=utf-8"
    );
    let body: Value = answer.json().await.unwrap();
    assert_eq!(body["detail"], "Unknown Expect: foo");
    let token = server.login().await;
    let continued = server
        .request(Method::GET, "/agents?limit=1", Some(&token))
        .header("Expect", "100-Continue");
    assert_eq!(continued.send().await.unwrap().status(), StatusCode::OK);
}

#[tokio::test]
async fn missing_and_forged_tokens_are_401() {
    let server = TestServer::start().await;
    let (status, headers, body) = server.send(Method::GET, "/agents", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        headers[CONTENT_TYPE],
        "application/problem+json; charset=utf-8"
    );
    assert_eq!(
        body,
        r#"{"title": "Unauthorized", "detail": "No authorization token provided"}"#
    );

    let other_dir = tempfile::tempdir().unwrap();
    let now = chrono::Utc::now().timestamp();
    let claims = Claims::for_login("wazuh", vec![1], "white", 900, now);
    let forged = Keys::load_or_create(other_dir.path())
        .unwrap()
        .sign(&claims);
    let (status, _, body) = server.send(Method::GET, "/agents", Some(&forged)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(detail(&body), "Invalid token");

    let (status, _, body) = server.send(Method::GET, "/agents", Some("x.y.z")).await;
    assert_eq!(
        (status, detail(&body)),
        (StatusCode::UNAUTHORIZED, json!("Invalid token"))
    );

    let response = server.login_as("wazuh", "wrong").await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        detail(&response.text().await.unwrap()),
        "Invalid credentials"
    );
}

#[tokio::test]
async fn tokens_expire_after_their_lifetime() {
    let server = TestServer::with_lifetime(Some(1)).await;
    let token = server.login().await;
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let (status, _, body) = server.send(Method::GET, "/", Some(&token)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(detail(&body), "Token expired");
}

#[tokio::test]
async fn logout_revokes_the_users_tokens() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let (status, _, body) = server
        .send(Method::DELETE, "/security/user/authenticate", Some(&token))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body,
        r#"{"message": "User wazuh was successfully logged out", "error": 0}"#
    );
    let (status, _, body) = server.send(Method::GET, "/", Some(&token)).await;
    assert_eq!(
        (status, detail(&body)),
        (StatusCode::UNAUTHORIZED, json!("Invalid token"))
    );
}

#[tokio::test]
async fn revoke_replaces_the_keys() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let (status, _, body) = server
        .send(Method::PUT, "/security/user/revoke", Some(&token))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body,
        r#"{"message": "Tokens were successfully revoked", "error": 0}"#
    );
    let (status, _, body) = server.send(Method::GET, "/", Some(&token)).await;
    assert_eq!(
        (status, detail(&body)),
        (StatusCode::UNAUTHORIZED, json!("Invalid token"))
    );
    let fresh = server.login().await;
    let (status, _) = server.get("/", &fresh).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn query_validation_runs_after_auth() {
    let server = TestServer::start().await;
    let (status, _, body) = server.send(Method::GET, "/agents?foo=1", None).await;
    assert_eq!(
        (status, detail(&body)),
        (
            StatusCode::UNAUTHORIZED,
            json!("No authorization token provided")
        )
    );

    let token = server.login().await;
    let (status, _, body) = server
        .send(Method::GET, "/agents?foo=1", Some(&token))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body,
        r#"{"title": "Bad Request", "detail": "Extra query parameter(s) foo not in spec"}"#
    );
    let (status, _, body) = server
        .send(Method::GET, "/agents?limit=0", Some(&token))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(detail(&body), "0 is less than the minimum of 1 - 'limit'");
}

#[tokio::test]
async fn a_path_parameter_that_is_not_utf8_is_a_wazuh_400() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let (status, headers, body) = server
        .send(Method::GET, "/groups/%FF%FE/files", Some(&token))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        headers[CONTENT_TYPE],
        "application/problem+json; charset=utf-8"
    );
    assert_eq!(
        body,
        r#"{"title": "Bad Request", "detail": "Invalid URL: Invalid UTF-8 in `group_id`"}"#
    );
}

#[tokio::test]
async fn pretty_indents_with_three_spaces() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let (_, _, compact) = server.send(Method::GET, "/", Some(&token)).await;
    assert!(
        compact.starts_with(r#"{"data": {"title": "Wazuh API REST""#),
        "{compact}"
    );
    let (_, _, pretty) = server
        .send(Method::GET, "/?pretty=true", Some(&token))
        .await;
    assert!(
        pretty.starts_with("{\n   \"data\": {\n      \"title\""),
        "{pretty}"
    );
}

#[tokio::test]
async fn unknown_paths_are_404_and_unknown_methods_405() {
    let server = TestServer::start().await;
    let token = server.login().await;

    let (status, _, body) = server.send(Method::GET, "/nowhere", Some(&token)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        body,
        r#"{"title": "Not Found", "detail": "404: Not Found"}"#
    );
    let (status, _, body) = server.send(Method::PATCH, "/agents", Some(&token)).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(detail(&body), "405: Method Not Allowed");
}

#[tokio::test]
async fn raw_and_deprecated_logins() {
    let server = TestServer::start().await;
    let response = server
        .http
        .post(format!(
            "{}/security/user/authenticate?raw=true",
            server.base
        ))
        .basic_auth("wazuh", Some("wazuh"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[CONTENT_TYPE], "text/plain");
    let token = response.text().await.unwrap();
    assert_eq!(token.split('.').count(), 3);
    let (status, _) = server.get("/", &token).await;
    assert_eq!(status, StatusCode::OK);

    let response = server
        .http
        .get(format!("{}/security/user/authenticate", server.base))
        .basic_auth("wazuh-wui", Some("wazuh-wui"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["deprecated"], "true");
    assert!(response.headers()[LINK]
        .to_str()
        .unwrap()
        .ends_with("rel=\"Deprecated\""));
    let body: Value = response.json().await.unwrap();
    assert_eq!(
        body.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["data", "error"]
    );
}

#[tokio::test]
async fn bodies_over_the_upload_limit_get_wazuh_413() {
    let server = TestServer::start().await;
    let token = server.login().await;
    let within = format!("{{\"name\": \"{}\"}}", "x".repeat(3 * 1024 * 1024));
    let response = server
        .request(Method::POST, "/agents", Some(&token))
        .header(CONTENT_TYPE, "application/json")
        .body(within)
        .send()
        .await
        .unwrap();
    assert_ne!(
        response.status(),
        StatusCode::PAYLOAD_TOO_LARGE,
        "3 MiB is within 10 MiB"
    );
    let huge = "x".repeat(10 * 1024 * 1024 + 1);
    let response = server
        .request(Method::POST, "/agents", Some(&token))
        .header(CONTENT_TYPE, "application/json")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(response.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/problem+json"));
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["title"], "Content size exceeded.");
    assert!(body.get("error").is_none(), "{body}");
}
