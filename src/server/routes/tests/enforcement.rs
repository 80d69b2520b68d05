//! The registry-walking enforcement test: every implemented operation that needs an RBAC
//! action (`ENDPOINTS`), called through the real router by a user whose role has no policies,
//! must reveal nothing — a 403 / 4000, or a 200 whose lists are empty and whose counts are
//! zero. A handler that forgot to apply its guard answers with data and fails the test.
//! Each request is valid apart from RBAC (placeholders filled, required parameters and bodies
//! given), so the answer comes from the guard, not from validation.

use super::rbac::{send_as, token_with};
use super::{answer, experimental_features, spawn, spawn_configured};
use crate::api::{self, endpoints, Spec};
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// The value of a path placeholder in the walk.
fn placeholder(name: &str) -> &'static str {
    match name {
        "agent_id" => "001",
        "group_id" => "group1",
        "node_id" => "master-node",
        "component" => "agent",
        "configuration" => "client",
        "file_name" => "agent.conf",
        "requirement" => "pci_dss",
        "user_id" | "role_id" | "policy_id" | "rule_id" => "100",
        _ => "x",
    }
}

/// The value of a required query parameter in the walk.
fn required_value(name: &str) -> &'static str {
    match name {
        "agents_list" => "001",
        "status" => "all",
        "group_id" | "groups_list" => "group1",
        "file_path" => "x.wpk",
        "fields" => "os.platform",
        "user_ids" | "role_ids" | "policy_ids" | "rule_ids" => "100",
        _ => "x",
    }
}

/// The query string that makes an operation's request valid: its required parameters.
fn required_query(spec: &Spec) -> String {
    let required = spec.query.iter().filter(|param| param.required);
    let pairs: Vec<String> = required
        .map(|param| format!("{}={}", param.name, required_value(param.name)))
        .collect();
    pairs.join("&")
}

/// The body (and its content type) an operation needs, if any.
fn body(spec: &Spec) -> Option<(&'static str, &'static str)> {
    match (spec.method, spec.path) {
        (api::Method::Put, "/active-response") => {
            Some(("application/json", r#"{"command": "!restart.sh"}"#))
        }
        (api::Method::Put, "/groups/{group_id}/configuration") => {
            Some(("application/xml", "<agent_config></agent_config>"))
        }
        (api::Method::Post, "/groups") => Some(("application/json", r#"{"group_id": "new"}"#)),
        (api::Method::Post, _) => Some(("application/json", r#"{"name": "new-agent"}"#)),
        _ => None,
    }
}

/// The request path of an operation, placeholders filled.
fn request_path(spec: &Spec) -> String {
    let names: Vec<&str> = spec
        .path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    let values: Vec<&str> = names.iter().map(|name| placeholder(name)).collect();
    let path = spec.path_with(values.iter().copied());
    match required_query(spec).as_str() {
        "" => path,
        query => format!("{path}?{query}"),
    }
}

/// Whether an answer shows nothing: 403 / 4000, or a 200 with no items, no failures and
/// zero counts.
fn reveals_nothing(status: StatusCode, answer: &Value) -> bool {
    if status == StatusCode::FORBIDDEN {
        return answer["error"] == 4000;
    }
    if status != StatusCode::OK {
        return false;
    }
    let data = &answer["data"];
    if data.get("total_affected_items").is_some() {
        return data["total_affected_items"] == 0 && data["total_failed_items"] == 0;
    }
    if let Some(connection) = data.get("connection") {
        return connection["total"] == 0;
    }
    if let Some(status) = data.get("agent_status") {
        return status["connection"]["total"] == 0 && data["groups"] == Value::Array(vec![]);
    }
    false
}

fn method(spec: &Spec) -> Method {
    Method::from_bytes(spec.method.as_str().as_bytes()).unwrap()
}

fn guarded_operations() -> impl Iterator<Item = &'static Spec> {
    endpoints().filter(|spec| !spec.actions.is_empty())
}

#[tokio::test]
async fn every_guarded_operation_reveals_nothing_to_a_user_without_policies() {
    let spawned = spawn_configured(None, experimental_features()).await;
    let token = token_with(&spawned, "no_policies", vec![]).await;
    let mut leaks = Vec::new();
    for spec in guarded_operations() {
        let path = request_path(spec);
        let (status, answer) = match body(spec) {
            Some((content_type, body)) => {
                let request = spawned
                    .http
                    .request(method(spec), format!("{}{path}", spawned.base))
                    .bearer_auth(&token)
                    .header("content-type", content_type)
                    .body(body);
                answer(request).await
            }
            None => send_as(&spawned, &token, method(spec), &path).await,
        };
        if !reveals_nothing(status, &answer) {
            leaks.push(format!(
                "{} {path}: {status} {answer}",
                spec.method.as_str()
            ));
        }
    }
    assert!(
        leaks.is_empty(),
        "answered without RBAC:\n{}",
        leaks.join("\n")
    );
}

#[tokio::test]
async fn the_walk_is_not_vacuous_for_the_administrator() {
    let spawned = spawn(None).await;
    let token = spawned.token().await;
    let (status, answer) = send_as(&spawned, &token, Method::GET, "/agents").await;
    assert!(!reveals_nothing(status, &answer));
    let (status, answer) = send_as(&spawned, &token, Method::GET, "/overview/agents").await;
    assert!(!reveals_nothing(status, &answer));
    let (status, answer) = send_as(&spawned, &token, Method::GET, "/agents/summary/status").await;
    assert!(!reveals_nothing(status, &answer));
}

#[test]
fn the_walk_covers_the_guarded_operations() {
    assert!(guarded_operations().count() > 50);
}
