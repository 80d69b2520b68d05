//! Agent commands over a real loopback socket: restart (listed, all, one, by group, by node)
//! and force reconnect, on a fresh demo database per test.

use super::{failed, session, Session};
use reqwest::StatusCode;
use serde_json::Value;

/// A logged-in client of a fresh server.
struct Server(Session);

impl Server {
    async fn start() -> Server {
        Server(session().await)
    }

    async fn send(&self, method: reqwest::Method, path: &str) -> (StatusCode, Value) {
        self.0.send(method, path).await
    }

    async fn put(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::PUT, path).await
    }

    /// The ids of the agents (not the manager) with a status.
    async fn ids_with_status(&self, status: &str) -> Vec<String> {
        let (_, answer) = self
            .send(
                reqwest::Method::GET,
                &format!("/agents?status={status}&q=id!=000&limit=1000"),
            )
            .await;
        strings(&answer["data"]["affected_items"], "id")
    }

    /// An agent's `lastKeepAlive`.
    async fn keep_alive(&self, id: &str) -> Value {
        let (_, answer) = self
            .send(reqwest::Method::GET, &format!("/agents?agents_list={id}"))
            .await;
        answer["data"]["affected_items"][0]["lastKeepAlive"].clone()
    }

    /// Moves an agent's last keep-alive far into the past, behind the API's back.
    fn age_keep_alive(&self, id: &str) {
        let db = rusqlite::Connection::open(&self.0.spawned.db).unwrap();
        db.execute(
            "UPDATE agents SET last_keep_alive = 1000 WHERE id = ?1",
            [id.parse::<i64>().unwrap()],
        )
        .unwrap();
    }

    /// The commands the store recorded for an agent.
    async fn commands_of(&self, id: i64) -> Vec<String> {
        self.0
            .spawned
            .dispatched(id)
            .await
            .into_iter()
            .map(|sent| sent.command)
            .collect()
    }
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
    let server = Server::start().await;
    let active = server.ids_with_status("active").await[0].clone();
    let disconnected = server.ids_with_status("disconnected").await[0].clone();
    server.age_keep_alive(&active);
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
    let keep_alive = server.keep_alive(&active).await;
    let keep_alive = chrono::DateTime::parse_from_rfc3339(keep_alive.as_str().unwrap()).unwrap();
    assert!(keep_alive.timestamp() >= sent_after, "{keep_alive}");
    let active_id: i64 = active.parse().unwrap();
    assert_eq!(server.commands_of(active_id).await, ["restart"]);
    let disconnected_id: i64 = disconnected.parse().unwrap();
    assert!(server.commands_of(disconnected_id).await.is_empty());
}

#[tokio::test]
async fn restart_without_a_list_means_every_agent_but_the_manager() {
    let server = Server::start().await;
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
    let server = Server::start().await;
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
    let server = Server::start().await;
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
    let server = Server::start().await;
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
        server.commands_of(active.parse().unwrap()).await,
        ["reconnect"]
    );
}
