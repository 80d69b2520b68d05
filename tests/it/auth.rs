//! Authentication on the wire: login (POST, raw, deprecated GET), the ES512 token and its
//! claims, 401 bodies, expiry, logout and global revocation.

use crate::common::{block_on, http, Server};
use base64::Engine;
use reqwest::Method;
use serde_json::{json, Value};

fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("three segments");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("JSON claims")
}

fn header(token: &str) -> Value {
    let head = token.split('.').next().unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(head)
            .unwrap(),
    )
    .unwrap()
}

#[test]
fn login_returns_an_es512_token_with_the_wazuh_claims() {
    let server = Server::start();
    let answer = block_on(async {
        let response = http()
            .post(format!("{}/security/user/authenticate", server.url))
            .basic_auth("wazuh", Some("wazuh"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        response.json::<Value>().await.unwrap()
    });
    assert_eq!(answer["error"], 0);
    let token = answer["data"]["token"].as_str().expect("data.token");
    assert_eq!(header(token), json!({"alg": "ES512", "typ": "JWT"}));
    let claims = claims(token);
    let keys: Vec<&str> = claims
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            "aud",
            "exp",
            "iss",
            "nbf",
            "rbac_mode",
            "rbac_roles",
            "run_as",
            "sub"
        ]
    );
    assert_eq!(claims["iss"], "wazuh");
    assert_eq!(claims["aud"], "Wazuh API REST");
    assert_eq!(claims["sub"], "wazuh");
    assert_eq!(claims["run_as"], false);
    assert_eq!(claims["rbac_roles"], json!([1]));
    assert_eq!(claims["rbac_mode"], "white");
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["nbf"].as_i64().unwrap(),
        900
    );
}

#[test]
fn raw_login_is_plain_text_and_the_deprecated_get_still_works() {
    let server = Server::start();
    let token = server.token("wazuh", "wazuh");
    assert_eq!(token.split('.').count(), 3, "{token}");
    let (status, headers) = block_on(async {
        let response = http()
            .get(format!("{}/security/user/authenticate", server.url))
            .basic_auth("wazuh", Some("wazuh"))
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.headers().clone())
    });
    assert_eq!(status, 200);
    assert_eq!(
        headers.get("deprecated").map(|v| v.to_str().unwrap()),
        Some("true")
    );
}

#[test]
fn bad_credentials_get_a_401_problem() {
    let server = Server::start();
    let (status, body, content_type) = block_on(async {
        let response = http()
            .post(format!("{}/security/user/authenticate", server.url))
            .basic_auth("wazuh", Some("nope"))
            .send()
            .await
            .unwrap();
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_string();
        (
            response.status().as_u16(),
            response.json::<Value>().await.unwrap(),
            content_type,
        )
    });
    assert_eq!(status, 401);
    assert_eq!(
        body,
        json!({"title": "Unauthorized", "detail": "Invalid credentials"})
    );
    assert!(
        content_type.starts_with("application/problem+json"),
        "{content_type}"
    );
}

#[test]
fn requests_without_a_valid_token_are_refused() {
    let server = Server::start();
    let (status, body) = server.request(Method::GET, "/agents", None);
    assert_eq!(status, 401);
    assert_eq!(body["detail"], "No authorization token provided");
    let (status, body) = server.get("/agents", "not.a.token");
    assert_eq!(status, 401);
    assert_eq!(body["detail"], "Invalid token");
    let mut token = server.token("wazuh", "wazuh");
    let last = token.pop().expect("a token");
    token.push(if last == 'A' { 'B' } else { 'A' });
    assert_eq!(
        server.get("/agents", &token).0,
        401,
        "a tampered signature is refused"
    );
}

#[test]
fn tokens_expire_after_their_lifetime() {
    let server = Server::start_with(&["--token-lifetime", "1"]);
    let token = server.token("wazuh", "wazuh");
    assert_eq!(server.get("/agents?limit=1", &token).0, 200);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let (status, body) = server.get("/agents?limit=1", &token);
    assert_eq!(status, 401);
    assert_eq!(body["detail"], "Token expired");
}

#[test]
fn logout_revokes_the_users_tokens() {
    let server = Server::start();
    let token = server.token("wazuh", "wazuh");
    let other_user = server.token("wazuh-wui", "wazuh-wui");
    let (status, body) =
        server.request(Method::DELETE, "/security/user/authenticate", Some(&token));
    assert_eq!(status, 200);
    assert_eq!(
        body,
        json!({"message": "User wazuh was successfully logged out", "error": 0})
    );
    assert_eq!(server.get("/agents?limit=1", &token).0, 401);
    assert_eq!(
        server.get("/agents?limit=1", &other_user).0,
        200,
        "other users keep their tokens"
    );
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let fresh = server.token("wazuh", "wazuh");
    assert_eq!(
        server.get("/agents?limit=1", &fresh).0,
        200,
        "a later login works again"
    );
}

#[test]
fn revoke_invalidates_every_token() {
    let server = Server::start();
    let token = server.token("wazuh", "wazuh");
    let other_user = server.token("wazuh-wui", "wazuh-wui");
    let (status, body) = server.request(Method::PUT, "/security/user/revoke", Some(&token));
    assert_eq!(status, 200);
    assert_eq!(
        body,
        json!({"message": "Tokens were successfully revoked", "error": 0})
    );
    assert_eq!(server.get("/agents?limit=1", &token).0, 401);
    assert_eq!(server.get("/agents?limit=1", &other_user).0, 401);
    let fresh = server.token("wazuh", "wazuh");
    assert_eq!(server.get("/agents?limit=1", &fresh).0, 200);
}

#[test]
fn users_me_shows_the_user_with_its_roles() {
    let server = Server::start();
    let token = server.token("wazuh", "wazuh");
    let (status, body) = server.get("/security/users/me", &token);
    assert_eq!(status, 200);
    let user = &body["data"]["affected_items"][0];
    assert_eq!(user["username"], "wazuh");
    assert_eq!(user["allow_run_as"], true);
    assert_eq!(user["roles"][0]["name"], "administrator");
    assert!(user["roles"][0]["policies"]
        .as_array()
        .is_some_and(|p| !p.is_empty()));
}
