//! The agent reports over a real loopback socket (`axum::serve` on 127.0.0.1:0, reqwest as
//! the client): `GET /agents/outdated`, `GET /agents/stats/distinct`,
//! `GET /agents/{agent_id}/group/is_sync` and `GET /agents/uninstall`, on a fresh demo
//! database per test (12 fixed agents plus the manager).

use super::{ids, session};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn outdated_lists_every_agent_whose_version_differs_from_the_manager() {
    let server = session().await;
    let (status, body) = server.get("/agents/outdated?select=version,status").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(ids(&body), ["003", "006", "009", "010"]);
    assert_eq!(
        body["data"]["affected_items"][0]["version"],
        "Wazuh v4.11.2"
    );
    assert_eq!(body["data"]["affected_items"][1]["status"], "active");
    // Whatever their status: 009 and 010 run Wazuh v3.9.2 and are disconnected.
    assert_eq!(body["data"]["affected_items"][2]["version"], "Wazuh v3.9.2");
    assert_eq!(body["data"]["affected_items"][3]["status"], "disconnected");
    assert_eq!(body["data"]["total_affected_items"], 4);
    assert_eq!(
        body["message"],
        "All selected agents information was returned"
    );
}

#[tokio::test]
async fn outdated_takes_the_list_parameters() {
    let server = session().await;
    let (_, body) = server.get("/agents/outdated?sort=-id&limit=1").await;
    assert_eq!(ids(&body), ["010"]);
    assert_eq!(body["data"]["total_affected_items"], 4);
    let (_, body) = server
        .get("/agents/outdated?q=version<4.11;status=active")
        .await;
    assert_eq!(ids(&body), ["006"]);
    let (_, body) = server
        .get("/agents/outdated?search=nothing-like-this")
        .await;
    assert_eq!(body["message"], "No agent information was returned");
    let (status, body) = server.get("/agents/outdated?status=active").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
}

#[tokio::test]
async fn distinct_counts_each_combination_of_the_fields() {
    let server = session().await;
    let (status, body) = server.get("/agents/stats/distinct?fields=status").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let items = body["data"]["affected_items"].as_array().unwrap().clone();
    let count_of = |status: &str| {
        items
            .iter()
            .find(|item| item["status"] == status)
            .map(|item| item["count"].clone())
    };
    assert_eq!(count_of("disconnected"), Some(json!(2)));
    assert_eq!(count_of("never_connected"), Some(json!(2)));
    let total: u64 = items
        .iter()
        .map(|item| item["count"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 13, "every agent and the manager: {body}");
    assert_eq!(body["data"]["total_affected_items"], items.len());
    assert!(items.iter().all(|item| item.get("id").is_none()));
}

#[tokio::test]
async fn distinct_nests_dotted_fields_and_marks_missing_values() {
    let server = session().await;
    let (status, body) = server
        .get("/agents/stats/distinct?fields=os.platform,version&q=status=never_connected")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body["data"]["affected_items"],
        json!([{"os": {"platform": "N/A"}, "version": "N/A", "count": 2}])
    );
    let (_, body) = server
        .get("/agents/stats/distinct?fields=status&limit=1&offset=1")
        .await;
    assert_eq!(body["data"]["affected_items"].as_array().unwrap().len(), 1);
    assert!(body["data"]["total_affected_items"].as_u64().unwrap() > 1);
}

#[tokio::test]
async fn distinct_needs_known_fields() {
    let server = session().await;
    let (status, body) = server.get("/agents/stats/distinct").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["detail"], "Missing query parameter 'fields'");
    let (status, body) = server.get("/agents/stats/distinct?fields=colour").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["error"], 1724);
}

#[tokio::test]
async fn is_sync_reports_each_agent_and_fails_unknown_ones() {
    let server = session().await;
    let (status, body) = server.get("/agents/1/group/is_sync").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body["data"]["affected_items"],
        json!([{"id": "001", "synced": true}])
    );
    assert_eq!(
        body["message"],
        "Sync info was returned for all selected agents"
    );
    let (_, body) = server.get("/agents/003/group/is_sync").await;
    assert_eq!(body["data"]["affected_items"][0]["synced"], false);
    let (status, body) = server.get("/agents/999/group/is_sync").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["error"], 1);
    assert_eq!(body["message"], "No sync info was returned");
    assert_eq!(body["data"]["failed_items"][0]["error"]["code"], 1701);
    assert_eq!(body["data"]["failed_items"][0]["id"], json!(["999"]));
    let (_, body) = server.get("/agents/000/group/is_sync").await;
    assert_eq!(body["data"]["failed_items"][0]["error"]["code"], 1703);
    let (status, _) = server.get("/agents/abc/group/is_sync").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn uninstall_answers_that_the_user_is_allowed() {
    let server = session().await;
    let (status, body) = server.get("/agents/uninstall").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body,
        json!({"message": "User has permission to uninstall agents.", "error": 0})
    );
}
