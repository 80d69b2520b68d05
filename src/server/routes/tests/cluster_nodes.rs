//! The node-scoped Cluster operations (`/cluster/{node_id}/...`) over the demo cluster: each
//! reads the node the path names (a worker's own files under `cluster/<name>`), an unknown
//! node is 1730, `node:id` resources decide who may read which node; and the active
//! configuration of a node's daemons, `/manager/configuration/{component}/{configuration}`.

use super::rbac::{policy, send_as, token_with};
use super::{code, failed, ids, items, session, spawn, Session};
use crate::server::node::log::OSSEC_LOG;
use crate::server::node::Node;
use reqwest::{Method, StatusCode};
use serde_json::json;

/// The demo cluster's node called `name`, as the session's server installed it.
fn node(session: &Session, name: &str) -> Node {
    let all = Node::all(session.spawned.dir.path());
    all.into_iter().find(|node| node.name() == name).unwrap()
}

#[tokio::test]
async fn each_node_scoped_read_answers_about_the_node_named() {
    let session = session().await;
    let worker = node(&session, "worker1");
    let info = session.get_ok("/cluster/worker1/info").await;
    assert_eq!(items(&info)[0]["path"], worker.root().display().to_string());
    assert_eq!(
        info["message"],
        "Basic information was successfully read in specified node"
    );
    let status = session.get_ok("/cluster/worker2/status").await;
    assert_eq!(items(&status)[0]["wazuh-clusterd"], "running");

    let config = session
        .get_ok("/cluster/worker1/configuration?section=cluster")
        .await;
    assert_eq!(items(&config)[0]["cluster"]["node_name"], "worker1");
    assert_eq!(items(&config)[0]["cluster"]["node_type"], "worker");
    let master = session
        .get_ok("/manager/configuration?section=cluster")
        .await;
    assert_eq!(items(&master)[0]["cluster"]["node_name"], "master-node");
    let (status, refused) = session
        .get("/cluster/worker1/configuration?distinct=true")
        .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "no distinct here: {refused}"
    );
}

#[tokio::test]
async fn a_nodes_logs_are_its_own_file() {
    let session = session().await;
    let path = node(&session, "worker2").root().join(OSSEC_LOG);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let line = "2026/12/01 10:00:00 wazuh-remoted: WARNING: only on worker2\n";
    std::fs::write(&path, line).unwrap();
    let logs = session.get_ok("/cluster/worker2/logs").await;
    assert_eq!(items(&logs).len(), 1);
    assert_eq!(items(&logs)[0]["description"], " only on worker2");
    let summary = session.get_ok("/cluster/worker2/logs/summary").await;
    assert_eq!(
        items(&summary)[0]["wazuh-remoted"],
        json!({"all": 1, "info": 0, "error": 0, "critical": 0, "warning": 1, "debug": 0})
    );
    let (status, master) = session.get("/manager/logs?search=worker2").await;
    assert!(
        status == StatusCode::OK || code(&master) == Some(1005),
        "{master}"
    );
    if status == StatusCode::OK {
        assert!(
            items(&master).is_empty(),
            "the master's log is another file"
        );
    }
    let filtered = session
        .get_ok("/cluster/worker2/logs?level=error&limit=5")
        .await;
    assert!(items(&filtered).is_empty());
}

#[tokio::test]
async fn each_nodes_remoted_counts_the_agents_connected_to_it() {
    let session = session().await;
    for name in ["worker1", "worker2"] {
        let agents = format!("/agents?status=active&node_name={name}&limit=1000");
        let connected = ids(&session.get_ok(&agents).await).len();
        assert!(connected > 0, "the demo puts agents on {name}");
        let remoted = session
            .get_ok(&format!("/cluster/{name}/stats/remoted"))
            .await;
        assert_eq!(items(&remoted)[0]["tcp_sessions"], connected as f64);
        let daemons = session
            .get_ok(&format!(
                "/cluster/{name}/daemons/stats?daemons_list=wazuh-remoted"
            ))
            .await;
        assert_eq!(items(&daemons)[0]["name"], "wazuh-remoted");
        assert_eq!(items(&daemons)[0]["metrics"]["tcp_sessions"], connected);
    }
    let (status, weekly) = session.get("/cluster/worker1/stats/weekly").await;
    assert_eq!(status, StatusCode::OK, "{weekly}");
    assert_eq!(items(&weekly).len(), 7);
    let (status, day) = session.get("/cluster/worker1/stats").await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "no totals yet on worker1: {day}"
    );
    assert_eq!(code(&day), Some(1308));
    assert!(day["dapi_errors"]["worker1"].is_object(), "{day}");
}

#[tokio::test]
async fn events_count_on_the_master_and_not_on_a_worker() {
    let session = session().await;
    let received = |answer: &serde_json::Value| items(answer)[0]["events_received"].clone();
    let events = json!({"events": ["one", "two", "three"]});
    let (status, _) = session.send_json(Method::POST, "/events", events).await;
    assert_eq!(status, StatusCode::OK);
    let master = session.get_ok("/cluster/master-node/stats/analysisd").await;
    assert_eq!(received(&master), 3.0);
    let worker = session.get_ok("/cluster/worker1/stats/analysisd").await;
    assert_eq!(received(&worker), 0.0);
}

#[tokio::test]
async fn an_unknown_node_is_1730_and_node_id_resources_decide_who_reads_which() {
    let spawned = spawn(None).await;
    let admin = spawned.token().await;
    let (status, unknown) = send_as(&spawned, &admin, Method::GET, "/cluster/nowhere/info").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{unknown}");
    assert_eq!(unknown["error"], 1730);

    let worker1 = policy(&["cluster:read"], &["node:id:worker1"], "allow");
    let token = token_with(&spawned, "worker1_reader", vec![worker1]).await;
    let (status, answer) = send_as(&spawned, &token, Method::GET, "/cluster/worker1/info").await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let (status, denied) =
        send_as(&spawned, &token, Method::GET, "/cluster/master-node/logs").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{denied}");
    assert_eq!(denied["error"], 4000);
    let (status, manager) = send_as(&spawned, &token, Method::GET, "/manager/info").await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "manager:read is another action: {manager}"
    );
}

#[tokio::test]
async fn a_nodes_configuration_is_replaced_on_that_node_only() {
    let session = session().await;
    let worker = node(&session, "worker1");
    let before = std::fs::read_to_string(worker.ossec_conf()).unwrap();
    let master_before =
        std::fs::read_to_string(node(&session, "master-node").ossec_conf()).unwrap();
    let edited = before.replace("<logall>no</logall>", "<logall>yes</logall>");
    assert_ne!(edited, before, "the demo configuration sets logall");
    let (status, answer) = session
        .send_body(
            Method::PUT,
            "/cluster/worker1/configuration",
            "application/octet-stream",
            &edited,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(items(&answer), &[json!("worker1")]);
    assert_eq!(
        std::fs::read_to_string(worker.ossec_conf()).unwrap(),
        edited
    );
    let master = std::fs::read_to_string(node(&session, "master-node").ossec_conf()).unwrap();
    assert_eq!(master, master_before);

    let (status, refused) = session
        .send_body(
            Method::PUT,
            "/cluster/worker1/configuration",
            "application/octet-stream",
            "<ossec_config><global>",
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{refused}");
    assert_eq!(failed(&refused)[0].1, ["worker1"]);
    assert_eq!(
        std::fs::read_to_string(worker.ossec_conf()).unwrap(),
        edited
    );
}

#[tokio::test]
async fn the_active_configuration_of_a_nodes_daemons() {
    let session = session().await;
    let global = session
        .get_ok("/manager/configuration/analysis/global")
        .await;
    assert_eq!(
        global["message"],
        "Active configuration was successfully read in specified node"
    );
    assert_eq!(items(&global)[0]["global"]["jsonout_output"], "yes");
    let cluster = session.get_ok("/manager/configuration/com/cluster").await;
    assert_eq!(items(&cluster)[0]["cluster"]["node_name"], "master-node");
    assert_eq!(items(&cluster)[0]["cluster"]["hidden"], false);
    let worker = session
        .get_ok("/cluster/worker2/configuration/com/cluster")
        .await;
    assert_eq!(items(&worker)[0]["cluster"]["node_name"], "worker2");
    assert_eq!(items(&worker)[0]["cluster"]["node_type"], "worker");

    let mail = session.get_ok("/manager/configuration/mail/alerts").await;
    assert_eq!(failed(&mail), [(1121, vec!["master-node".to_string()])]);
    let missing = session.get_ok("/manager/configuration/auth/rules").await;
    assert_eq!(failed(&missing), [(1116, vec!["master-node".to_string()])]);
    let (status, bad) = session.get("/manager/configuration/nothing/global").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
}
