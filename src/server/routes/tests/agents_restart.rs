//! Agent commands over a real loopback socket: restart (listed, all, one, by group, by node)
//! and force reconnect, on a fresh demo database per test.

use super::{failed, items, session, Session};
use reqwest::StatusCode;
use serde_json::Value;

/// An agent's `lastKeepAlive`.
async fn keep_alive(server: &Session, id: &str) -> Value {
    let answer = server.get_ok(&format!("/agents?agents_list={id}")).await;
    items(&answer)[0]["lastKeepAlive"].clone()
}

/// Moves an agent's last keep-alive far into the past, behind the API's back.
fn age_keep_alive(server: &Session, id: &str) {
    let sql = "UPDATE agents SET last_keep_alive = 1000 WHERE id = ?1";
    server
        .db()
        .execute(sql, [id.parse::<i64>().unwrap()])
        .unwrap();
}

/// The commands the store recorded for an agent.
async fn commands_of(server: &Session, id: i64) -> Vec<String> {
    let sent = server.spawned.dispatched(id).await;
    sent.into_iter().map(|sent| sent.command).collect()
}
fn strings(items: &Value, key: &str) -> Vec<String> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            if key.is_empty() {
                item.as_str().unwrap().to_string()
            } else {
                item[key].as_str().unwrap().to_string()
            }
        })
        .collect()
}

#[tokio::test]
async fn restart_sends_to_active_agents_and_fails_the_others() {
    let server = session().await;
    let active = server.ids_with_status("active").await[0].clone();
    let disconnected = server.ids_with_status("disconnected").await[0].clone();
    age_keep_alive(&server, &active);
    let sent_after = chrono::Utc::now().timestamp();
    let path = format!("/agents/restart?agents_list={active},{disconnected},000,999");
    let (status, answer) = server.put(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["error"], 2);
    assert_eq!(
        answer["message"],
        "Restart command was not sent to some agents"
    );
    assert_eq!(
        strings(&answer["data"]["affected_items"], ""),
        std::slice::from_ref(&active)
    );
    assert_eq!(
        failed(&answer),
        [
            (1701, vec!["999".to_string()]),
            (1703, vec!["000".to_string()]),
            (1707, vec![disconnected.clone()]),
        ]
    );
    let keep_alive = keep_alive(&server, &active).await;
    let keep_alive = chrono::DateTime::parse_from_rfc3339(keep_alive.as_str().unwrap()).unwrap();
    assert!(keep_alive.timestamp() >= sent_after, "{keep_alive}");
    let active_id: i64 = active.parse().unwrap();
    assert_eq!(commands_of(&server, active_id).await, ["restart"]);
    let disconnected_id: i64 = disconnected.parse().unwrap();
    assert!(commands_of(&server, disconnected_id).await.is_empty());
}

#[tokio::test]
async fn restart_without_a_list_means_every_agent_but_the_manager() {
    let server = session().await;
    let active = server.ids_with_status("active").await;
    let (status, answer) = server.put("/agents/restart").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(strings(&answer["data"]["affected_items"], ""), active);
    // As Wazuh (`exclude_codes`): with no ids named, the agents that cannot take the command
    // are left out instead of failing the whole operation.
    assert!(failed(&answer).is_empty(), "{answer}");
    assert_eq!(answer["message"], "Restart command was sent to all agents");
    assert_eq!(answer["error"], 0);
}

#[tokio::test]
async fn restart_one_agent_answers_a_bulk_envelope() {
    let server = session().await;
    let active = server.ids_with_status("active").await[0].clone();
    let (status, answer) = server.put(&format!("/agents/{active}/restart")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["error"], 0);
    assert_eq!(answer["message"], "Restart command was sent to all agents");
    assert_eq!(strings(&answer["data"]["affected_items"], ""), [active]);
    let (_, answer) = server.put("/agents/000/restart").await;
    assert_eq!(answer["error"], 1);
    assert_eq!(failed(&answer), [(1703, vec!["000".to_string()])]);
}

#[tokio::test]
async fn restart_by_group_and_node_and_their_unknown_names() {
    let server = session().await;
    let (status, answer) = server.put("/agents/group/default/restart").await;
    assert_eq!(status, StatusCode::OK);
    assert!(answer["data"]["total_affected_items"].as_u64().unwrap() > 0);
    let (status, answer) = server.put("/agents/group/no-such-group/restart").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(answer["error"], 1710);
    let (status, answer) = server.put("/agents/node/worker1/restart").await;
    assert_eq!(status, StatusCode::OK);
    assert!(answer["message"]
        .as_str()
        .unwrap()
        .starts_with("Restart command"));
    let (status, answer) = server.put("/agents/node/no-such-node/restart").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(answer["error"], 1730);
    assert_eq!(answer["title"], "Resource Not Found");
}

#[tokio::test]
async fn reconnect_is_recorded_as_its_own_command() {
    let server = session().await;
    let active = server.ids_with_status("active").await[0].clone();
    let (status, answer) = server
        .put(&format!("/agents/reconnect?agents_list={active}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        answer["message"],
        "Force reconnect command was sent to all agents"
    );
    assert_eq!(
        commands_of(&server, active.parse().unwrap()).await,
        ["reconnect"]
    );
}
