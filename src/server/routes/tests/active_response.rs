//! Active responses and scan requests over a real loopback socket, on a fresh demo database
//! (and the demo `ar.conf`) per test: codes, body validation, mixed ids and the three
//! messages, and what the store records.

use super::{answer, failed, session, Session};
use crate::server::ar_conf;
use crate::server::store::Dispatched;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// A logged-in client of a fresh server whose data dir has the demo `ar.conf`.
async fn start() -> Session {
    let session = session().await;
    ar_conf::ensure(session.spawned.dir.path()).unwrap();
    session
}

/// `PUT /active-response` with a JSON body.
async fn run(server: &Session, query: &str, body: &Value) -> (StatusCode, Value) {
    let path = format!("/active-response{query}");
    answer(server.request(Method::PUT, &path).json(body)).await
}

/// `PUT /active-response` with a raw body and content type.
async fn run_raw(server: &Session, body: &str, content_type: &str) -> (StatusCode, Value) {
    let path = "/active-response?agents_list=001";
    server
        .send_body(Method::PUT, path, content_type, body)
        .await
}

/// What the store recorded for an agent.
async fn dispatched(server: &Session, id: &str) -> Vec<Dispatched> {
    server.spawned.dispatched(id.parse().unwrap()).await
}
fn ids(items: &Value) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap().to_string())
        .collect()
}

fn restart() -> Value {
    json!({"command": "restart-wazuh0", "arguments": ["-", "null"], "alert": {"data": {"srcip": "10.0.0.9"}}})
}

#[tokio::test]
async fn a_defined_command_goes_to_the_active_agents_and_is_recorded() {
    let server = start().await;
    let active = server.ids_with_status("active").await;
    let disconnected = server.ids_with_status("disconnected").await[0].clone();
    let query = format!("?agents_list={},{disconnected},000,999", active[0]);
    let (status, answer) = run(&server, &query, &restart()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["error"], 2);
    assert_eq!(answer["message"], "AR command was not sent to some agents");
    assert_eq!(ids(&answer["data"]["affected_items"]), [active[0].clone()]);
    assert_eq!(
        failed(&answer),
        [
            (1701, vec!["999".to_string()]),
            (1703, vec!["000".to_string()]),
            (1707, vec![disconnected.clone()]),
        ]
    );
    let recorded = dispatched(&server, &active[0]).await;
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].command, "active-response");
    let detail: Value = serde_json::from_str(recorded[0].detail.as_deref().unwrap()).unwrap();
    assert_eq!(detail, restart());
    assert!(dispatched(&server, &disconnected).await.is_empty());
}

#[tokio::test]
async fn the_three_messages() {
    let server = start().await;
    let active = server.ids_with_status("active").await;
    let (_, all) = run(
        &server,
        &format!("?agents_list={},{}", active[1], active[0]),
        &restart(),
    )
    .await;
    assert_eq!(all["error"], 0);
    assert_eq!(all["message"], "AR command was sent to all agents");
    assert_eq!(
        ids(&all["data"]["affected_items"]),
        [active[0].clone(), active[1].clone()],
        "sorted by id"
    );
    let (_, none) = run(&server, "?agents_list=999", &restart()).await;
    assert_eq!(none["error"], 1);
    assert_eq!(none["message"], "AR command was not sent to any agent");
}

#[tokio::test]
async fn without_a_list_every_agent_but_the_manager_is_tried() {
    let server = start().await;
    let active = server.ids_with_status("active").await;
    let inactive = server.ids_with_status("disconnected").await;
    let (_, answer) = run(&server, "", &restart()).await;
    assert_eq!(ids(&answer["data"]["affected_items"]), active);
    let failed = failed(&answer);
    assert!(failed.iter().all(|(code, _)| *code == 1707), "{failed:?}");
    assert!(inactive.iter().all(|id| failed[0].1.contains(id)));
    assert!(!answer.to_string().contains("\"000\""), "{answer}");
}

#[tokio::test]
async fn an_undefined_command_is_sent_nowhere_unless_it_names_a_script() {
    let server = start().await;
    let active = server.ids_with_status("active").await[0].clone();
    let disconnected = server.ids_with_status("disconnected").await[0].clone();
    let query = format!("?agents_list={active},{disconnected}");
    let (status, answer) = run(&server, &query, &json!({"command": "restart-wazuh"})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["error"], 1);
    assert_eq!(
        failed(&answer),
        [(1652, vec![active.clone()]), (1707, vec![disconnected])]
    );
    assert!(dispatched(&server, &active).await.is_empty());
    let (_, script) = run(
        &server,
        &format!("?agents_list={active}"),
        &json!({"command": "!custom.sh"}),
    )
    .await;
    assert_eq!(script["error"], 0, "{script}");
    assert_eq!(
        dispatched(&server, &active).await[0].command,
        "active-response"
    );
}

#[tokio::test]
async fn the_defined_commands_are_read_from_ar_conf() {
    let server = start().await;
    let active = server.ids_with_status("active").await[0].clone();
    let file = ar_conf::path(server.spawned.dir.path());
    std::fs::write(file, "block-host60 - block-host.sh - 60\n").unwrap();
    let query = format!("?agents_list={active}");
    let (_, added) = run(&server, &query, &json!({"command": "block-host60"})).await;
    assert_eq!(added["error"], 0, "{added}");
    let (_, removed) = run(&server, &query, &restart()).await;
    assert_eq!(failed(&removed), [(1652, vec![active])]);
}

#[tokio::test]
async fn bodies_are_validated_as_connexion_and_wazuh_do() {
    let server = start().await;
    let cases = [
        (json!({}), "'command' is a required property"),
        (
            json!({"command": 1}),
            "1 is not of type 'string' - 'command'",
        ),
        (
            json!({"command": ""}),
            "'' is not a 'active_response_command' - 'command'",
        ),
        (
            json!({"command": "../../bin/sh"}),
            "'../../bin/sh' is not a 'active_response_command' - 'command'",
        ),
        (
            json!({"command": "restart-wazuh0", "arguments": "now"}),
            "'now' is not of type 'array' - 'arguments'",
        ),
        (
            json!({"command": "restart-wazuh0", "arguments": ["a", true]}),
            "True is not of type 'string' - 'arguments.1'",
        ),
        (
            json!({"command": "restart-wazuh0", "alert": [1]}),
            "[1] is not of type 'object' - 'alert'",
        ),
        (
            json!({"command": "restart-wazuh0", "alert": {"data": null}}),
            "None is not of type 'object' - 'alert.data'",
        ),
        (
            json!({"comMmand": "x", "command": "restart-wazuh0", "extra": 1}),
            "Invalid field found {'comMmand', 'extra'}",
        ),
        (
            json!(["restart-wazuh0"]),
            "['restart-wazuh0'] is not of type 'object'",
        ),
    ];
    for (body, detail) in cases {
        let (status, answer) = run(&server, "?agents_list=001", &body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(answer["detail"], detail, "{body}");
        assert!(answer.get("error").is_none(), "{answer}");
    }
    let (status, answer) = run_raw(&server, "{not json", "application/json").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["detail"], "Request body is not valid JSON");
    let (status, _) = run_raw(&server, "", "application/json").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let body = restart().to_string();
    let (status, _) = run_raw(&server, &body, "text/plain").await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(dispatched(&server, "001").await.is_empty());
}

#[tokio::test]
async fn scans_go_to_active_agents_and_the_manager_and_are_recorded() {
    let server = start().await;
    let active = server.ids_with_status("active").await[0].clone();
    let never = server.ids_with_status("never_connected").await[0].clone();
    for (path, kind, message) in [
        (
            "/syscheck",
            "syscheck",
            "Syscheck scan was not restarted on some agents",
        ),
        (
            "/rootcheck",
            "rootcheck",
            "Rootcheck scan was not restarted on some agents",
        ),
    ] {
        let query = format!("{path}?agents_list={active},000,{never},999,web");
        let (status, answer) = server.put(&query).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        assert_eq!(answer["message"], message);
        assert_eq!(
            ids(&answer["data"]["affected_items"]),
            ["000".to_string(), active.clone()]
        );
        assert_eq!(
            failed(&answer),
            [
                (1701, vec!["999".to_string(), "web".to_string()]),
                (1707, vec![never.clone()]),
            ]
        );
        let last = dispatched(&server, &active).await.pop().unwrap();
        assert_eq!((last.command.as_str(), last.detail), (kind, None));
    }
    assert!(dispatched(&server, &never).await.is_empty());
}

#[tokio::test]
async fn a_scan_of_every_agent_leaves_out_the_inactive_ones() {
    let server = start().await;
    let mut active = server.ids_with_status("active").await;
    active.insert(0, "000".to_string());
    let (_, answer) = server.put("/syscheck").await;
    assert_eq!(answer["error"], 0);
    assert_eq!(
        answer["message"],
        "Syscheck scan was restarted on returned agents"
    );
    assert_eq!(ids(&answer["data"]["affected_items"]), active);
    let (_, none) = server.put("/rootcheck?agents_list=999").await;
    assert_eq!(none["message"], "No rootcheck scan was restarted");
}
