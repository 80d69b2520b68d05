//! `POST /events` over a real loopback socket, on a fresh demo database per test: accepted
//! events are recorded in order, oversize events fail with 1012, the 100-event bulk limit,
//! body validation, the 30-a-minute limit (6005) and the `event:ingest` permission.

use super::rbac::{policy, token_with};
use super::{answer, failed, session, spawn, Session};
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// `POST /events` with a JSON body.
async fn forward(session: &Session, body: &Value) -> (StatusCode, Value) {
    answer(session.request(Method::POST, "/events").json(body)).await
}

/// `POST /events` with a raw body and content type.
async fn forward_raw(session: &Session, body: &str, content_type: &str) -> (StatusCode, Value) {
    let request = session
        .request(Method::POST, "/events")
        .header(CONTENT_TYPE, content_type)
        .body(body.to_string());
    answer(request).await
}

/// The events the store recorded, oldest first.
async fn recorded(session: &Session) -> Vec<String> {
    session
        .spawned
        .state
        .store(|store| store.received_events())
        .await
        .unwrap()
        .into_iter()
        .map(|received| received.event)
        .collect()
}

#[tokio::test]
async fn accepted_events_are_recorded_in_order_and_answered() {
    let session = session().await;
    let events = json!(["Event value 1", "{\"someKey\": \"Event value 2\"}"]);
    let (status, answer) = forward(&session, &json!({ "events": events })).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        answer,
        json!({
            "data": {
                "affected_items": events,
                "total_affected_items": 2,
                "total_failed_items": 0,
                "failed_items": []
            },
            "message": "All events were forwarded to analisysd",
            "error": 0
        })
    );
    assert_eq!(
        recorded(&session).await,
        ["Event value 1", "{\"someKey\": \"Event value 2\"}"]
    );
    let (_, second) = forward(&session, &json!({"events": ["third"]})).await;
    assert_eq!(second["data"]["total_affected_items"], 1);
    assert_eq!(recorded(&session).await.len(), 3);
    let before = session
        .spawned
        .state
        .store(|s| s.received_events())
        .await
        .unwrap();
    assert!(before.iter().all(|event| event.received_at > 0));
}

#[tokio::test]
async fn an_event_over_the_queue_size_fails_with_1012_and_is_not_recorded() {
    let session = session().await;
    // With the 14-byte queue header `1:API-Webhook:`, 65521 bytes is the largest event.
    let largest = "y".repeat(65521);
    let large = "x".repeat(65522);
    let body = json!({"events": ["small", large, largest]});
    let (status, some) = forward(&session, &body).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(some["error"], 2);
    assert_eq!(some["message"], "Some events were forwarded to analisysd");
    assert_eq!(failed(&some), [(1012, vec![large.clone()])]);
    assert_eq!(
        some["data"]["failed_items"][0]["error"]["message"],
        "Invalid message to queue: The event is too large to be sent to analysisd (maximum is 65535B)"
    );
    let (_, none) = forward(&session, &json!({"events": [large]})).await;
    assert_eq!(none["error"], 1);
    assert_eq!(none["message"], "No events were forwarded to analisysd");
    assert_eq!(recorded(&session).await, ["small".to_string(), largest]);
}

#[tokio::test]
async fn more_than_a_hundred_events_are_refused_and_nothing_is_recorded() {
    let session = session().await;
    let hundred: Vec<String> = (0..100).map(|n| format!("event {n}")).collect();
    let (status, _) = forward(&session, &json!({ "events": hundred })).await;
    assert_eq!(status, StatusCode::OK);
    let too_many: Vec<String> = (0..101).map(|n| format!("more {n}")).collect();
    let (status, refused) = forward(&session, &json!({ "events": too_many })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        refused,
        json!({
            "title": "Events bulk size exceeded",
            "detail": "The size of the events bulk is exceeding the limit"
        })
    );
    assert_eq!(recorded(&session).await.len(), 100);
}

#[tokio::test]
async fn the_body_is_validated_as_connexion_and_wazuh_do() {
    let session = session().await;
    let cases = [
        (
            json!({"events": [{"foo": 1}]}),
            "{'foo': 1} is not of type 'string' - 'events.0'",
        ),
        (
            json!({"events": ["a", 2]}),
            "2 is not of type 'string' - 'events.1'",
        ),
        (
            json!({"events": "a"}),
            "'a' is not of type 'array' - 'events'",
        ),
        (json!({}), "'events' is a required property"),
        (json!(["a"]), "['a'] is not of type 'object'"),
        (
            json!({"events": [], "extra": 1}),
            "Invalid field found {'extra'}",
        ),
    ];
    for (body, detail) in cases {
        let (status, refused) = forward(&session, &body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(refused["detail"], detail, "{body}");
    }
    let (status, _) = forward_raw(&session, "{", "application/json").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = forward_raw(&session, r#"{"events":[]}"#, "text/plain").await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(recorded(&session).await.is_empty());
}

#[tokio::test]
async fn the_thirty_first_request_in_a_minute_gets_429_6005() {
    let session = session().await;
    for _ in 0..30 {
        let (status, _) = forward(&session, &json!({"events": ["e"]})).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, refused) = forward(&session, &json!({"events": ["late"]})).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        refused,
        json!({
            "title": "Too Many Requests",
            "detail": "Maximum number of requests per minute reached",
            "error": 6005
        })
    );
    assert_eq!(recorded(&session).await.len(), 30);
    // The other routes keep their own (global) counter.
    let (status, _) = session.send(Method::GET, "/").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn forwarding_needs_the_event_ingest_permission() {
    let spawned = spawn(None).await;
    let nobody = token_with(&spawned, "nobody", vec![]).await;
    let ingest = policy(&["event:ingest"], &["*:*:*"], "allow");
    let ingester = token_with(&spawned, "ingester", vec![ingest]).await;
    let post = |token: String| {
        spawned
            .http
            .post(format!("{}/events", spawned.base))
            .bearer_auth(token)
            .json(&json!({"events": ["e"]}))
    };
    let (status, refused) = answer(post(nobody)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(refused["error"], 4000);
    let (status, allowed) = answer(post(ingester)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(allowed["data"]["affected_items"], json!(["e"]));
}

#[tokio::test]
async fn events_run_through_the_engine_and_their_alerts_are_written_and_counted() {
    let session = session().await;
    let bad_login =
        "Dec  4 20:45:00 web01 sshd[814]: Accepted publickey for ann from 203.0.113.7 port 5 ssh2";
    let body = json!({"events": [bad_login, "no alert here"]});
    let (status, _) = forward(&session, &body).await;
    assert_eq!(status, StatusCode::OK);
    let alerts_file = session
        .spawned
        .state
        .data_dir()
        .join(crate::server::analysis::ALERTS_FILE);
    let text = std::fs::read_to_string(alerts_file).unwrap();
    let alerts: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(alerts.len(), 1, "{text}");
    assert_eq!(alerts[0]["rule"]["id"], "5712");
    assert_eq!(alerts[0]["location"], "API-Webhook");
    let (_, stats) = session.send(Method::GET, "/manager/stats/analysisd").await;
    let state = &stats["data"]["affected_items"][0];
    assert_eq!(
        (&state["alerts_written"], &state["events_processed"]),
        (&json!(1.0), &json!(2.0))
    );
    let today = chrono::Utc::now().format("%Y-%m-%d");
    let (_, totals) = session
        .send(Method::GET, &format!("/manager/stats?date={today}"))
        .await;
    let hour = &totals["data"]["affected_items"][0];
    assert_eq!(hour["totalAlerts"], 1);
    assert_eq!(
        hour["alerts"],
        json!([{"sigid": 5712, "level": 12, "times": 1}])
    );
}
