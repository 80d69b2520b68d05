//! Route tests of the limits (NOTES §9) with small configured values: the global request
//! limit (429, 6001) and the login lockout per IP (403, 6000), with Wazuh's bodies.

use super::{answer, spawn_configured, Spawned};
use crate::server::api_config::{Access, ApiConfig};
use reqwest::StatusCode;
use serde_json::json;

async fn spawn_with(max_request_per_minute: u32, max_login_attempts: u32) -> Spawned {
    let api_config = ApiConfig {
        access: Access {
            max_login_attempts,
            block_time: 300,
            max_request_per_minute,
        },
        ..ApiConfig::default()
    };
    spawn_configured(None, api_config).await
}

fn login(spawned: &Spawned, password: &str) -> reqwest::RequestBuilder {
    spawned
        .http
        .post(format!("{}/security/user/authenticate", spawned.base))
        .basic_auth("wazuh", Some(password))
}

#[tokio::test]
async fn requests_past_the_global_limit_get_429_6001_before_authentication() {
    let spawned = spawn_with(3, 50).await;
    let root = format!("{}/", spawned.base);
    for _ in 0..3 {
        let (status, _) = answer(spawned.http.get(&root)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let response = spawned.http.get(&root).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        response.headers()["server"],
        "Wazuh",
        "security headers too"
    );
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body,
        json!({
            "title": "Too Many Requests",
            "detail": "Maximum number of requests per minute reached",
            "remediation": "This limit can be changed in api.yaml file. More information here: https://documentation.wazuh.com/4.12/user-manual/api/configuration.html#configuration-file",
            "error": 6001
        })
    );
}

#[tokio::test]
async fn failed_logins_block_the_ip_even_for_the_right_password() {
    let spawned = spawn_with(300, 3).await;
    let (status, _) = answer(login(&spawned, "wazuh")).await;
    assert_eq!(status, StatusCode::OK);
    for _ in 0..3 {
        let (status, body) = answer(login(&spawned, "wrong")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body["detail"], "Invalid credentials");
    }
    let (status, body) = answer(login(&spawned, "wazuh")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        body,
        json!({
            "title": "Permission Denied",
            "detail": "Limit of login attempts reached. The current IP has been blocked due to a high number of login attempts",
            "error": 6000
        })
    );
    // Only the login endpoints are blocked.
    let (status, _) = answer(spawned.http.get(format!("{}/", spawned.base))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn successful_logins_do_not_reset_the_failure_count() {
    let spawned = spawn_with(300, 2).await;
    let (status, _) = answer(login(&spawned, "wrong")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = answer(login(&spawned, "wazuh")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = answer(login(&spawned, "wrong")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, body) = answer(login(&spawned, "wazuh")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["error"], 6000);
}

#[tokio::test]
async fn bodies_over_the_configured_upload_size_get_413() {
    let api_config = ApiConfig {
        max_upload_size: 64,
        ..ApiConfig::default()
    };
    let spawned = spawn_configured(None, api_config).await;
    let token = spawned.token().await;
    let big = json!({"name": "x".repeat(100)});
    let request = spawned
        .http
        .post(format!("{}/groups", spawned.base))
        .bearer_auth(&token)
        .json(&big);
    let (status, body) = answer(request).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        body["detail"].as_str().unwrap().contains("64 bytes"),
        "{body}"
    );
}
