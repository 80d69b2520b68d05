//! Agent registration over a real loopback socket (`axum::serve` on 127.0.0.1:0, reqwest as
//! the client): add, insert, quick insert, keys, `DELETE /agents` and `GET /agents/no_group`,
//! on a fresh demo database per test.

use super::{ids, session};
use crate::server::store::{Seed, Store};
use base64::Engine;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn decode_key(key: &Value) -> String {
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(key.as_str().unwrap())
        .unwrap();
    String::from_utf8(bytes).unwrap()
}

/// The key's four fields, checking the secret is 64 hex characters.
fn key_fields(key: &Value) -> Vec<String> {
    let line = decode_key(key);
    let fields: Vec<String> = line.split(' ').map(String::from).collect();
    assert_eq!(fields.len(), 4, "{line}");
    assert_eq!(fields[3].len(), 64, "{line}");
    assert!(fields[3].bytes().all(|b| b.is_ascii_hexdigit()), "{line}");
    fields
}

fn error_code(body: &Value) -> &Value {
    &body["error"]
}

#[tokio::test]
async fn added_agents_are_listed_and_their_key_decodes() {
    let server = session().await;
    let (status, body) = server
        .send_json(
            Method::POST,
            "/agents",
            json!({"name": "new-agent", "ip": "10.1.2.3"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["error"], 0);
    assert_eq!(body["data"]["id"], "013");
    let fields = key_fields(&body["data"]["key"]);
    assert_eq!(fields[..3], ["013", "new-agent", "10.1.2.3"]);

    let (_, listed) = server.get("/agents?agents_list=013").await;
    let agent = &listed["data"]["affected_items"][0];
    assert_eq!(agent["name"], "new-agent");
    assert_eq!(agent["status"], "never_connected");
    assert_eq!(agent["group"], json!(["default"]));
    assert_eq!(agent["node_name"], "unknown");
    assert_eq!(agent["registerIP"], "10.1.2.3");

    let (status, keyed) = server.get("/agents/13/key").await;
    assert_eq!(status, StatusCode::OK, "{keyed}");
    assert_eq!(keyed["message"], "Obtained keys for all selected agents");
    assert_eq!(keyed["data"]["affected_items"][0]["id"], "013");
    assert_eq!(
        keyed["data"]["affected_items"][0]["key"],
        body["data"]["key"]
    );

    let (_, second) = server
        .send_json(Method::POST, "/agents", json!({"name": "next"}))
        .await;
    assert_eq!(second["data"]["id"], "014");
    assert_eq!(key_fields(&second["data"]["key"])[2], "127.0.0.1");
}

#[tokio::test]
async fn unknown_and_manager_keys_are_failed_items() {
    let server = session().await;
    let (status, body) = server.get("/agents/999/key").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["error"], 1);
    assert_eq!(body["data"]["failed_items"][0]["error"]["code"], 1701);
    assert_eq!(body["data"]["failed_items"][0]["id"], json!(["999"]));
    let (_, manager) = server.get("/agents/000/key").await;
    assert_eq!(manager["data"]["failed_items"][0]["error"]["code"], 1703);
    let (status, _) = server.get("/agents/abc/key").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn duplicates_and_invalid_names_or_ips_are_refused() {
    let server = session().await;
    let (status, body) = server
        .send_json(Method::POST, "/agents", json!({"name": "wazuh-agent1"}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(*error_code(&body), 1705);
    let (status, _) = server
        .send_json(
            Method::POST,
            "/agents",
            json!({"name": "a1", "ip": "10.9.9.9"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, body) = server
        .send_json(
            Method::POST,
            "/agents",
            json!({"name": "a2", "ip": "10.9.9.9"}),
        )
        .await;
    assert_eq!(*error_code(&body), 1706);
    for name in ["any1", "any2"] {
        let (status, _) = server
            .send_json(Method::POST, "/agents", json!({"name": name, "ip": "ANY"}))
            .await;
        assert_eq!(status, StatusCode::OK, "`any` never conflicts");
    }
    let (_, body) = server
        .send_json(
            Method::POST,
            "/agents",
            json!({"name": "a3", "ip": "300.1.1.1"}),
        )
        .await;
    assert_eq!(*error_code(&body), 1706);
    let (_, body) = server
        .send_json(
            Method::POST,
            "/agents",
            json!({"name": "x".repeat(129), "ip": "any"}),
        )
        .await;
    assert_eq!(*error_code(&body), 1738);
    let (status, body) = server
        .send_json(Method::POST, "/agents", json!({"name": "bad name"}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["detail"], "'bad name' is not a 'names' - 'name'");
    assert_eq!(body.get("error"), None);
    let (status, body) = server
        .send_json(Method::POST, "/agents", json!({"ip": "any"}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["detail"], "'name' is a required property");
    let (status, body) = server
        .send_body(Method::POST, "/agents", "application/json", "{not json")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body.get("error"), None);
    let (_, listed) = server.get("/agents?limit=1").await;
    assert_eq!(
        listed["data"]["total_affected_items"], 16,
        "only 3 were added"
    );
}

#[tokio::test]
async fn registrations_declared_as_another_media_type_are_415() {
    let server = session().await;
    for path in ["/agents", "/agents/insert"] {
        let body = json!({"name": "typed", "ip": "any"}).to_string();
        let (status, body) = server
            .send_body(Method::POST, path, "text/plain", &body)
            .await;
        assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path}: {body}");
        assert!(
            body["detail"].as_str().unwrap().contains("text/plain"),
            "{body}"
        );
    }
    let (_, listed) = server.get("/agents?q=name=typed").await;
    assert_eq!(
        listed["data"]["total_affected_items"], 0,
        "nothing registered"
    );
}

#[tokio::test]
async fn insert_takes_an_id_and_a_key() {
    let server = session().await;
    let secret = "0123456789abcdef".repeat(4);
    let (status, body) = server
        .send_json(
            Method::POST,
            "/agents/insert",
            json!({"id": "123", "key": secret, "name": "ins", "ip": "any"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["data"]["id"], "123");
    assert_eq!(
        decode_key(&body["data"]["key"]),
        format!("123 ins any {secret}")
    );

    let (_, body) = server
        .send_json(
            Method::POST,
            "/agents/insert",
            json!({"id": "123", "name": "other"}),
        )
        .await;
    assert_eq!(*error_code(&body), 1708);
    let (_, body) = server
        .send_json(
            Method::POST,
            "/agents/insert",
            json!({"id": "7", "name": "other"}),
        )
        .await;
    assert_eq!(*error_code(&body), 1708, "007 exists");
    let (_, body) = server
        .send_json(
            Method::POST,
            "/agents/insert",
            json!({"id": "200", "key": "short", "name": "other"}),
        )
        .await;
    assert_eq!(*error_code(&body), 1709);
    let (_, body) = server
        .send_json(
            Method::POST,
            "/agents/insert",
            json!({"id": "50", "name": "padded"}),
        )
        .await;
    assert_eq!(body["data"]["id"], "050");
    let (_, key) = server.get("/agents/050/key").await;
    assert_eq!(
        key_fields(&key["data"]["affected_items"][0]["key"])[0],
        "050"
    );
}

#[tokio::test]
async fn force_replaces_the_old_agent() {
    let server = session().await;
    server
        .send_json(
            Method::POST,
            "/agents/insert",
            json!({"id": "123", "name": "ins"}),
        )
        .await;
    let recent = json!({"id": "124", "name": "ins", "force": {"enabled": true}});
    let (_, body) = server
        .send_json(Method::POST, "/agents/insert", recent)
        .await;
    assert_eq!(*error_code(&body), 1705, "registered less than 1h ago");
    let forced = json!({
        "id": "124", "name": "ins",
        "force": {"disconnected_time": {"enabled": false}, "after_registration_time": "0s"},
    });
    let (status, body) = server
        .send_json(Method::POST, "/agents/insert", forced)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (_, listed) = server.get("/agents?agents_list=123,124").await;
    assert_eq!(ids(&listed), ["124"]);
    assert_eq!(listed["data"]["failed_items"][0]["id"], json!(["123"]));
}

#[tokio::test]
async fn quick_insert_uses_any() {
    let server = session().await;
    let (status, body) = server
        .send_json(
            Method::POST,
            "/agents/insert/quick?agent_name=quick1",
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        key_fields(&body["data"]["key"])[..3],
        ["013", "quick1", "any"]
    );
    let (status, body) = server
        .send_json(Method::POST, "/agents/insert/quick", json!({}))
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["detail"], "Missing query parameter 'agent_name'");
}

#[tokio::test]
async fn delete_reports_unknown_and_manager_ids() {
    let server = session().await;
    let (status, body) = server
        .delete("/agents?agents_list=002,000,999,1&status=all&older_than=0s")
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["error"], 2);
    assert_eq!(body["message"], "Some agents were not deleted");
    assert_eq!(ids(&body), ["001", "002"]);
    let data = &body["data"];
    assert_eq!(data["total_affected_items"], 2);
    assert_eq!(data["total_failed_items"], 2);
    assert_eq!(data["older_than"], "0s");
    let failed = data["failed_items"].as_array().unwrap();
    assert_eq!(failed.len(), 2);
    assert_eq!(failed[0]["error"]["code"], 1701);
    assert_eq!(failed[0]["id"], json!(["999"]));
    assert_eq!(failed[1]["error"]["code"], 1703);
    assert_eq!(failed[1]["id"], json!(["000"]));
    let (_, listed) = server.get("/agents?agents_list=001,002,003").await;
    assert_eq!(ids(&listed), ["003"]);
}

#[tokio::test]
async fn delete_keeps_recent_agents_by_default_and_needs_its_filters() {
    let server = session().await;
    server
        .send_json(Method::POST, "/agents", json!({"name": "fresh"}))
        .await;
    let (_, body) = server.delete("/agents?agents_list=013&status=all").await;
    assert_eq!(body["error"], 0);
    assert_eq!(body["message"], "No agents were deleted");
    assert_eq!(body["data"]["older_than"], "7d");
    let (_, body) = server
        .delete("/agents?agents_list=all&status=never_connected&older_than=0s&q=name%3Dfresh")
        .await;
    assert_eq!(ids(&body), ["013"]);
    let (status, body) = server.delete("/agents?agents_list=all").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["detail"], "Missing query parameter 'status'");
    assert_eq!(body.get("error"), None);
    let (status, body) = server.delete("/agents?status=all").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["detail"], "Missing query parameter 'agents_list'");
    let (status, _) = server
        .delete("/agents?agents_list=all&status=sleeping")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn no_group_lists_the_ungrouped_agents() {
    let server = session().await;
    let (status, body) = server.get("/agents/no_group?select=name").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(ids(&body), ["011", "012"]);
    assert_eq!(
        body["message"],
        "All selected agents information was returned"
    );
}

#[tokio::test]
async fn registrations_survive_a_reopen() {
    let server = session().await;
    let (_, body) = server
        .send_json(
            Method::POST,
            "/agents",
            json!({"name": "durable", "ip": "any"}),
        )
        .await;
    let seed = Seed {
        agents: 12,
        now: chrono::Utc::now(),
    };
    let reopened = Store::open(&server.spawned.db, &seed).unwrap();
    let agents = reopened.agents().unwrap();
    assert!(agents
        .iter()
        .any(|a| &*a.id_text == "013" && &*a.name == "durable"));
    let material = reopened.agent_key_material(13).unwrap().unwrap();
    assert_eq!(key_fields(&body["data"]["key"])[3], material.secret);
}
