//! RBAC over HTTP with purpose-made users: each test creates a role with its own policies and
//! a user holding it directly in the store, signs a token for that user (the login itself is
//! tested elsewhere), and checks the outcome the guard gives: silent filtering, 403 / 4000
//! with `dapi_errors`, 200 / `error: 2` with 4000 failed items, `agent:group` expansion,
//! resourceless actions, last writer wins, black mode.

use super::{answer, failed, ids, spawn, spawn_with, Spawned};
use crate::server::auth::jwt::Claims;
use crate::server::auth::unix_now;
use crate::server::store::SecurityConfig;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// A token for a new user whose one new role has these policies, in order.
pub(super) async fn token_with(spawned: &Spawned, name: &str, policies: Vec<Value>) -> String {
    let name = name.to_string();
    let user = name.clone();
    let role = spawned
        .state
        .write_security(move |store| {
            let role = store.create_test_role(&name, &policies).unwrap();
            store
                .create_test_user(&name, "not-a-hash", &[role])
                .unwrap();
            Ok(role)
        })
        .await
        .unwrap();
    let config = spawned.state.security_config();
    let claims = Claims::for_login(
        &user,
        vec![role],
        &config.rbac_mode,
        config.auth_token_exp_timeout,
        unix_now() - 1,
    );
    spawned.state.authority().sign(&claims)
}

/// A policy document.
pub(super) fn policy(actions: &[&str], resources: &[&str], effect: &str) -> Value {
    json!({"actions": actions, "resources": resources, "effect": effect})
}

/// Sends a request as `token`.
pub(super) async fn send_as(
    spawned: &Spawned,
    token: &str,
    method: Method,
    path: &str,
) -> (StatusCode, Value) {
    let request = spawned
        .http
        .request(method, format!("{}{path}", spawned.base))
        .bearer_auth(token);
    answer(request).await
}

fn every_agent_id(spawned: &Spawned) -> Vec<String> {
    spawned
        .state
        .agents_json()
        .iter()
        .map(|agent| agent["id"].as_str().unwrap().to_string())
        .collect()
}

fn assert_denied(status: StatusCode, answer: &Value, kind: &str) {
    assert_eq!(status, StatusCode::FORBIDDEN, "{answer}");
    assert_eq!(answer["error"], 4000);
    assert_eq!(answer["title"], "Permission Denied");
    assert_eq!(
        answer["detail"],
        format!("Permission denied: Resource type: {kind}")
    );
    assert!(answer["dapi_errors"].is_object(), "{answer}");
}

#[tokio::test]
async fn white_mode_filters_lists_silently_and_splits_explicit_ids() {
    let spawned = spawn(None).await;
    let read_two = policy(&["agent:read"], &["agent:id:001", "agent:id:002"], "allow");
    let token = token_with(&spawned, "two_agents", vec![read_two]).await;

    let (status, list) = send_as(&spawned, &token, Method::GET, "/agents").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ids(&list), ["001", "002"]);
    assert_eq!(
        list["data"]["total_affected_items"], 2,
        "totals count only permitted"
    );
    assert_eq!(list["data"]["total_failed_items"], 0);

    let (status, none) = send_as(&spawned, &token, Method::GET, "/agents?agents_list=3,4").await;
    assert_denied(status, &none, "agent:id");

    let (status, some) = send_as(&spawned, &token, Method::GET, "/agents?agents_list=1,3").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(some["error"], 2);
    assert_eq!(ids(&some), ["001"]);
    assert_eq!(failed(&some), [(4000, vec!["003".to_string()])]);
    assert_eq!(
        some["data"]["failed_items"][0]["error"]["message"],
        "Permission denied: Resource type: agent:id"
    );
}

#[tokio::test]
async fn write_operations_refuse_listed_agents_and_skip_unlisted_ones() {
    let spawned = spawn(None).await;
    let restart_one = policy(&["agent:restart"], &["agent:id:001"], "allow");
    let token = token_with(&spawned, "restarter", vec![restart_one]).await;
    let (status, some) = send_as(
        &spawned,
        &token,
        Method::PUT,
        "/agents/restart?agents_list=001,002",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        failed(&some).contains(&(4000, vec!["002".to_string()])),
        "{some}"
    );
    let (status, single) = send_as(&spawned, &token, Method::PUT, "/agents/002/restart").await;
    assert_denied(status, &single, "agent:id");
    let (status, every) = send_as(&spawned, &token, Method::PUT, "/agents/restart").await;
    assert_eq!(status, StatusCode::OK);
    let touched: Vec<String> = ids(&every)
        .into_iter()
        .chain(failed(&every).into_iter().flat_map(|(_, ids)| ids))
        .collect();
    assert!(touched.iter().all(|id| id == "001"), "{every}");
}

#[tokio::test]
async fn agent_group_resources_expand_to_the_groups_agents() {
    let spawned = spawn(None).await;
    let members: Vec<String> = spawned
        .state
        .agents_json()
        .iter()
        .filter(|agent| {
            agent["group"]
                .as_array()
                .is_some_and(|groups| groups.iter().any(|g| g == "group1"))
        })
        .map(|agent| agent["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!members.is_empty() && members.len() < every_agent_id(&spawned).len());
    let by_group = policy(&["agent:read"], &["agent:group:group1"], "allow");
    let token = token_with(&spawned, "group1_reader", vec![by_group]).await;
    let (status, list) = send_as(&spawned, &token, Method::GET, "/agents").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ids(&list), members);
}

#[tokio::test]
async fn resourceless_actions_need_an_allow_of_the_star_resource() {
    let spawned = spawn(None).await;
    let nothing = token_with(&spawned, "nobody", vec![]).await;
    let (status, refused) = send_as(&spawned, &nothing, Method::GET, "/tasks/status").await;
    assert_denied(status, &refused, "*:*");
    let tasks = policy(&["task:status"], &["*:*:*"], "allow");
    let allowed = token_with(&spawned, "tasks_reader", vec![tasks]).await;
    let (status, _) = send_as(&spawned, &allowed, Method::GET, "/tasks/status").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_last_writer_wins_for_the_same_resource() {
    let spawned = spawn(None).await;
    let every = every_agent_id(&spawned);
    let allow_all = policy(&["agent:read"], &["agent:id:*"], "allow");
    let deny_one = policy(&["agent:read"], &["agent:id:001"], "deny");
    let allow_then_deny = token_with(
        &spawned,
        "allow_deny",
        vec![allow_all.clone(), deny_one.clone()],
    )
    .await;
    let (_, list) = send_as(&spawned, &allow_then_deny, Method::GET, "/agents").await;
    assert!(!ids(&list).contains(&"001".to_string()));
    assert_eq!(list["data"]["total_affected_items"], every.len() - 1);

    let deny_then_allow = token_with(&spawned, "deny_allow", vec![deny_one, allow_all]).await;
    let (_, list) = send_as(&spawned, &deny_then_allow, Method::GET, "/agents").await;
    assert_eq!(list["data"]["total_affected_items"], every.len());

    let (_, shown) = send_as(
        &spawned,
        &allow_then_deny,
        Method::GET,
        "/security/users/me/policies",
    )
    .await;
    assert_eq!(
        shown["data"],
        json!({"agent:read": {"agent:id:*": "allow", "agent:id:001": "deny"}, "rbac_mode": "white"})
    );
}

#[tokio::test]
async fn black_mode_permits_everything_but_what_is_denied() {
    let spawned = spawn_with(None, |store| {
        let config = SecurityConfig {
            rbac_mode: "black".into(),
            ..store.security_config().unwrap()
        };
        store.set_security_config(&config).unwrap();
    })
    .await;
    let every = every_agent_id(&spawned);
    let deny_one = policy(&["agent:read"], &["agent:id:001"], "deny");
    let token = token_with(&spawned, "black_sheep", vec![deny_one]).await;
    let (status, list) = send_as(&spawned, &token, Method::GET, "/agents").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["data"]["total_affected_items"], every.len() - 1);
    assert!(!ids(&list).contains(&"001".to_string()));
    let (status, refused) = send_as(&spawned, &token, Method::GET, "/agents?agents_list=001").await;
    assert_denied(status, &refused, "agent:id");
    let (status, _) = send_as(&spawned, &token, Method::GET, "/tasks/status").await;
    assert_eq!(
        status,
        StatusCode::OK,
        "resourceless actions are not denied"
    );
    let (_, shown) = send_as(&spawned, &token, Method::GET, "/security/users/me/policies").await;
    assert_eq!(shown["data"]["rbac_mode"], "black");
}

#[tokio::test]
async fn groups_are_filtered_and_checked_by_group_id() {
    let spawned = spawn(None).await;
    let read_default = policy(&["group:read"], &["group:id:default"], "allow");
    let token = token_with(&spawned, "default_reader", vec![read_default]).await;
    let (_, list) = send_as(&spawned, &token, Method::GET, "/groups").await;
    let names: Vec<&str> = list["data"]["affected_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| group["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["default"]);
    let (status, refused) = send_as(&spawned, &token, Method::GET, "/groups/group1/files").await;
    assert_denied(status, &refused, "group:id");
}

#[tokio::test]
async fn the_catalogue_views_filter_and_refuse_unknown_names() {
    let spawned = spawn(None).await;
    let token = token_with(&spawned, "curious", vec![]).await;
    let (status, actions) = send_as(
        &spawned,
        &token,
        Method::GET,
        "/security/actions?endpoint=GET%20/agents",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let names: Vec<&String> = actions["data"].as_object().unwrap().keys().collect();
    assert_eq!(names, ["agent:read"]);
    assert_eq!(
        actions["data"]["agent:read"]["resources"],
        json!(["agent:id", "agent:group"])
    );
    assert!(actions["data"]["agent:read"]["related_endpoints"]
        .as_array()
        .unwrap()
        .contains(&json!("GET /agents")));
    let (status, unknown) = send_as(
        &spawned,
        &token,
        Method::GET,
        "/security/actions?endpoint=GET%20/nowhere",
    )
    .await;
    assert_eq!(
        (status, unknown["error"].clone()),
        (StatusCode::BAD_REQUEST, json!(4020))
    );

    let (_, all) = send_as(&spawned, &token, Method::GET, "/security/resources").await;
    assert_eq!(all["data"].as_object().unwrap().len(), 12);
    let (_, one) = send_as(
        &spawned,
        &token,
        Method::GET,
        "/security/resources?resource=agent:id",
    )
    .await;
    assert_eq!(
        one["data"].as_object().unwrap().keys().collect::<Vec<_>>(),
        ["agent:id"]
    );
    let (status, bad) = send_as(
        &spawned,
        &token,
        Method::GET,
        "/security/resources?resource=x:y",
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let detail = bad["detail"].as_str().unwrap();
    assert!(
        detail.starts_with("'x:y' is not one of ['*:*', 'agent:group'"),
        "{detail}"
    );
}
