//! Route tests of `POST /security/user/authenticate/run_as`: the roles of matching rules, the
//! run_as claims, 6004 for users without `allow_run_as`, 401 before anything else.

use super::{answer, session, Session};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn run_as(
    session: &Session,
    user: &str,
    password: &str,
    context: &Value,
) -> reqwest::RequestBuilder {
    let spawned = &session.spawned;
    spawned
        .http
        .post(format!(
            "{}/security/user/authenticate/run_as",
            spawned.base
        ))
        .basic_auth(user, Some(password))
        .json(context)
}

fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

#[tokio::test]
async fn the_default_rules_give_wazuh_wui_the_administrator_role() {
    let session = session().await;
    let context = json!({"username": "elastic"});
    let (status, body) = answer(run_as(&session, "wazuh-wui", "wazuh-wui", &context)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let claims = claims(body["data"]["token"].as_str().unwrap());
    assert_eq!(claims["run_as"], true);
    assert_eq!(claims["rbac_roles"], json!([1]));
    assert_eq!(claims["sub"], "wazuh-wui");
    // hashlib.blake2b(json.dumps({"username": "elastic"}).encode(), digest_size=16)
    assert_eq!(
        claims["hash_auth_context"],
        "7e3bd7c5ea0e07beb34e9dbef70eae6d"
    );
    let token = body["data"]["token"].as_str().unwrap();
    let me = session
        .spawned
        .http
        .get(format!("{}/security/users/me", session.spawned.base))
        .bearer_auth(token);
    let (status, _) = answer(me).await;
    assert_eq!(status, StatusCode::OK, "the run_as token authenticates");
}

#[tokio::test]
async fn no_matching_rule_gives_a_token_without_roles() {
    let session = session().await;
    let (status, body) = answer(run_as(
        &session,
        "wazuh-wui",
        "wazuh-wui",
        &json!({"username": "kibana"}),
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        claims(body["data"]["token"].as_str().unwrap())["rbac_roles"],
        json!([])
    );
    // Reserved rules serve wazuh-wui only.
    let (status, body) = answer(run_as(
        &session,
        "wazuh",
        "wazuh",
        &json!({"username": "elastic"}),
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        claims(body["data"]["token"].as_str().unwrap())["rbac_roles"],
        json!([])
    );
}

#[tokio::test]
async fn users_without_allow_run_as_get_6004() {
    let session = session().await;
    let create = session
        .request(Method::POST, "/security/users")
        .json(&json!({"username": "analyst", "password": "Analyst-Passw0rd!"}));
    let (status, body) = answer(create).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let context = json!({"username": "elastic"});
    let (status, body) = answer(run_as(&session, "analyst", "Analyst-Passw0rd!", &context)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(body["error"], 6004);
    assert_eq!(
        body["detail"],
        "The current user does not have authentication enabled through authorization context"
    );
}

#[tokio::test]
async fn credentials_come_before_the_body_and_raw_gives_the_bare_token() {
    let session = session().await;
    let (status, body) = answer(run_as(&session, "wazuh", "wrong", &json!({}))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["detail"], "Invalid credentials");
    let not_object = run_as(&session, "wazuh", "wazuh", &json!(["elastic"]));
    let (status, _) = answer(not_object).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let spawned = &session.spawned;
    let raw = spawned
        .http
        .post(format!(
            "{}/security/user/authenticate/run_as?raw=true",
            spawned.base
        ))
        .basic_auth("wazuh", Some("wazuh"))
        .json(&json!({"username": "elastic"}))
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), StatusCode::OK);
    let token = raw.text().await.unwrap();
    assert_eq!(claims(&token)["run_as"], true);
}
