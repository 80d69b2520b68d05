//! An agent's active configuration and statistics over a real loopback socket, on a fresh demo
//! database per test: error codes, enum validation, answers that follow the agent's record and
//! its groups' `agent.conf`, and counters that grow with the time since the last restart.

use super::{code, items, ok, session, Session};
use reqwest::{Method, StatusCode};
use serde_json::Value;

/// The `data` of a successful configuration answer.
async fn config(server: &Session, agent: &str, component: &str, section: &str) -> Value {
    let path = format!("/agents/{agent}/config/{component}/{section}");
    let body = server.get_ok(&path).await;
    assert_eq!(body["error"], 0);
    body["data"].clone()
}

/// Replaces a group's `agent.conf`.
async fn set_agent_conf(server: &Session, group: &str, document: &str) {
    let path = format!("/groups/{group}/configuration");
    ok(server
        .send_body(Method::PUT, &path, "application/xml", document)
        .await);
}

/// The agent's single entry in one daemon's statistics.
async fn daemon_entry(server: &Session, agent: &str, daemon: &str) -> Value {
    let path = format!("/agents/{agent}/daemons/stats?daemons_list={daemon}");
    let body = server.get_ok(&path).await;
    let items = items(&body);
    assert_eq!(items.len(), 1, "{body}");
    assert_eq!(items[0]["name"], daemon);
    items[0]["agents"][0].clone()
}

/// Moves every recorded command of an agent back in time, behind the API's back.
fn age_commands(server: &Session, agent: i64, seconds: i64) {
    let sql = "UPDATE agent_commands SET sent_at = sent_at - ?2 WHERE agent_id = ?1";
    server.db().execute(sql, [agent, seconds]).unwrap();
}
/// The single failed item's code and id of a bulk answer.
fn failure(body: &Value) -> (u64, String) {
    let failed = &body["data"]["failed_items"][0];
    (
        failed["error"]["code"].as_u64().unwrap(),
        failed["id"][0].as_str().unwrap().to_string(),
    )
}

#[tokio::test]
async fn configuration_errors_have_wazuh_codes() {
    let server = session().await;
    let cases = [
        (
            "/agents/999/config/agent/client",
            StatusCode::NOT_FOUND,
            Some(1701),
        ),
        (
            "/agents/009/config/agent/client",
            StatusCode::BAD_REQUEST,
            Some(1740),
        ),
        (
            "/agents/011/config/agent/client",
            StatusCode::BAD_REQUEST,
            Some(1740),
        ),
        (
            "/agents/001/config/agent/localfile",
            StatusCode::BAD_REQUEST,
            Some(1116),
        ),
        (
            "/agents/001/config/com/cluster",
            StatusCode::BAD_REQUEST,
            Some(1116),
        ),
        (
            "/agents/001/config/analysis/global",
            StatusCode::BAD_REQUEST,
            Some(1117),
        ),
        (
            "/agents/000/config/mail/alerts",
            StatusCode::BAD_REQUEST,
            Some(1121),
        ),
        (
            "/agents/001/config/agent/nope",
            StatusCode::BAD_REQUEST,
            None,
        ),
        (
            "/agents/001/config/nope/client",
            StatusCode::BAD_REQUEST,
            None,
        ),
        (
            "/agents/abc/config/agent/client",
            StatusCode::BAD_REQUEST,
            None,
        ),
    ];
    for (path, status, expected) in cases {
        let (got, body) = server.get(path).await;
        assert_eq!((got, code(&body)), (status, expected), "{path}: {body}");
    }
    let (_, body) = server.get("/agents/001/config/agent/localfile").await;
    assert_eq!(
        body["detail"],
        "Requested component configuration does not exist: agent:localfile"
    );
    let (_, body) = server.get("/agents/001/config/nope/client").await;
    assert!(body["detail"]
        .as_str()
        .unwrap()
        .starts_with("'nope' is not one of ['agent', 'agentless',"));
}

#[tokio::test]
async fn enum_values_are_case_insensitive_and_the_manager_answers_its_own_sections() {
    let server = session().await;
    let client = config(&server, "001", "AGENT", "Client").await;
    assert_eq!(client["client"]["notify_time"], 10);
    let auth = config(&server, "000", "auth", "auth").await;
    assert_eq!(auth["auth"]["port"], 1515);
    let remote = config(&server, "000", "request", "remote").await;
    assert_eq!(remote["remote"][0]["protocol"][0], "TCP");
    let cluster = config(&server, "000", "com", "cluster").await;
    assert_eq!(cluster["cluster"]["node_type"], "master");
    let global = config(&server, "000", "analysis", "global").await;
    assert_eq!(global["global"]["jsonout_output"], "yes");
    let (status, body) = server.get("/agents/000/config/auth/labels").await;
    assert_eq!((status, code(&body)), (StatusCode::BAD_REQUEST, Some(1116)));
    let (status, body) = server.get("/agents/000/config/agent/client").await;
    assert_eq!((status, code(&body)), (StatusCode::BAD_REQUEST, Some(1121)));
}

#[tokio::test]
async fn the_configuration_follows_the_agent_record() {
    let server = session().await;
    let (_, listed) = server.get("/agents?agents_list=001,002,005").await;
    let agents = listed["data"]["affected_items"].as_array().unwrap().clone();
    for agent in &agents {
        let id = agent["id"].as_str().unwrap();
        let client = config(&server, id, "agent", "client").await;
        let os = &agent["os"];
        let profile = format!(
            "{p}, {p}{major}",
            p = os["platform"].as_str().unwrap(),
            major = os["major"].as_str().unwrap()
        );
        let announced = client["client"]["config-profile"].as_str().unwrap();
        assert!(announced.starts_with(&profile), "{announced} vs {profile}");
        assert_eq!(client["client"]["server"][0]["address"], agent["manager"]);
    }
    let linux = config(&server, "001", "logcollector", "localfile").await;
    let windows = config(&server, "005", "logcollector", "localfile").await;
    assert_ne!(linux, windows);
    assert_eq!(windows["localfile"][0]["logformat"], "eventchannel");
    assert_eq!(
        config(&server, "001", "agent", "client").await,
        config(&server, "001", "agent", "client").await
    );
}

#[tokio::test]
async fn a_group_agent_conf_shows_in_its_agents_configuration() {
    let server = session().await;
    set_agent_conf(&server,
            "group1",
            r#"<agent_config>
                 <labels><label key="env">production</label><label key="owner" hidden="yes">ops</label></labels>
                 <localfile><location>/srv/app/app.log</location><log_format>json</log_format></localfile>
                 <syscheck><frequency>3600</frequency><directories>/srv/app</directories></syscheck>
               </agent_config>
               <agent_config name="no-such-agent">
                 <localfile><location>/never/applied.log</location></localfile>
               </agent_config>"#,
        )
        .await;
    // 001 is in group1, 002 is not.
    let labels = config(&server, "001", "agent", "labels").await;
    assert_eq!(
        labels["labels"],
        serde_json::json!([
            {"value": "production", "key": "env", "hidden": "no"},
            {"value": "ops", "key": "owner", "hidden": "yes"}
        ])
    );
    let files = config(&server, "001", "logcollector", "localfile").await;
    let locations: Vec<&str> = files["localfile"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["file"].as_str())
        .collect();
    assert!(locations.contains(&"/srv/app/app.log"), "{locations:?}");
    assert!(!locations.contains(&"/never/applied.log"));
    let syscheck = config(&server, "001", "syscheck", "syscheck").await;
    assert_eq!(syscheck["syscheck"]["frequency"], 3600);
    assert!(syscheck["syscheck"]["directories"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["dir"] == "/srv/app"));
    assert_eq!(
        config(&server, "002", "agent", "labels").await["labels"],
        serde_json::json!([])
    );
    let (_, stats) = server.get("/agents/001/stats/logcollector").await;
    let counted: Vec<&str> = stats["data"]["affected_items"][0]["global"]["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["location"].as_str())
        .collect();
    assert!(counted.contains(&"/srv/app/app.log"));
}

#[tokio::test]
async fn daemon_statistics_fail_per_agent_as_wazuh() {
    let server = session().await;
    for (agent, expected) in [("000", 1703), ("999", 1701), ("009", 1707), ("011", 1707)] {
        let (status, body) = server.get(&format!("/agents/{agent}/daemons/stats")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(failure(&body), (expected, agent.to_string()), "{body}");
        assert_eq!(body["error"], 1);
        assert_eq!(
            body["message"],
            "Could not read statistical information for any daemon"
        );
    }
    let (status, body) = server
        .get("/agents/001/daemons/stats?daemons_list=wazuh-db")
        .await;
    assert_eq!((status, code(&body)), (StatusCode::BAD_REQUEST, None));
    assert_eq!(
        body["detail"],
        "'wazuh-db' is not one of ['wazuh-analysisd', 'wazuh-remoted'] - 'daemons_list'"
    );
    let names = |body: &Value| -> Vec<String> {
        body["data"]["affected_items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["name"].as_str().unwrap().to_string())
            .collect()
    };
    let (_, every) = server.get("/agents/001/daemons/stats").await;
    assert_eq!(names(&every), ["wazuh-remoted", "wazuh-analysisd"]);
    let (_, listed) = server
        .get("/agents/001/daemons/stats?daemons_list=wazuh-analysisd,wazuh-remoted,wazuh-analysisd")
        .await;
    assert_eq!(names(&listed), ["wazuh-analysisd", "wazuh-remoted"]);
}

#[tokio::test]
async fn the_daemons_agree_and_two_agents_differ() {
    let server = session().await;
    let remoted = daemon_entry(&server, "001", "wazuh-remoted").await;
    let analysisd = daemon_entry(&server, "001", "wazuh-analysisd").await;
    assert_eq!(remoted["id"], 1);
    assert_eq!(
        remoted["metrics"]["messages"]["received_breakdown"]["event"],
        analysisd["metrics"]["events"]["processed"]
    );
    let other = daemon_entry(&server, "002", "wazuh-analysisd").await;
    assert_ne!(analysisd["metrics"], other["metrics"]);
}

#[tokio::test]
async fn counters_restart_with_the_agent_and_grow_with_time() {
    let server = session().await;
    let before = daemon_entry(&server, "001", "wazuh-remoted").await;
    let (status, _) = server.send(Method::PUT, "/agents/001/restart").await;
    assert_eq!(status, StatusCode::OK);
    let keepalives = |entry: &Value| {
        entry["metrics"]["messages"]["received_breakdown"]["control_breakdown"]["keepalive"]
            .as_u64()
            .unwrap()
    };
    let restarted = daemon_entry(&server, "001", "wazuh-remoted").await;
    assert!(keepalives(&restarted) <= 1, "{restarted}");
    assert!(keepalives(&before) > keepalives(&restarted));
    age_commands(&server, 1, 3600);
    let an_hour_later = daemon_entry(&server, "001", "wazuh-remoted").await;
    assert!((360..=361).contains(&keepalives(&an_hour_later)));
    let events = |entry: &Value| {
        entry["metrics"]["messages"]["received_breakdown"]["event"]
            .as_u64()
            .unwrap()
    };
    assert!(events(&an_hour_later) > events(&restarted));
    let (_, agentd) = server.get("/agents/001/stats/agent").await;
    assert_eq!(
        agentd["data"]["affected_items"][0]["msg_count"],
        an_hour_later["metrics"]["messages"]["received_breakdown"]["event"]
    );
}

#[tokio::test]
async fn component_statistics_fail_per_agent_as_wazuh() {
    let server = session().await;
    let cases = [
        ("999", "logcollector", 1701),
        ("011", "logcollector", 1015),
        ("009", "agent", 1735),
        ("000", "agent", 1310),
    ];
    for (agent, component, expected) in cases {
        let (status, body) = server
            .get(&format!("/agents/{agent}/stats/{component}"))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(failure(&body), (expected, agent.to_string()), "{body}");
    }
    let (status, body) = server.get("/agents/001/stats/syscheck").await;
    assert_eq!((status, code(&body)), (StatusCode::BAD_REQUEST, None));
    let (_, manager) = server.get("/agents/000/stats/logcollector").await;
    assert_eq!(manager["error"], 0);
    let (_, agent) = server.get("/agents/001/stats/agent").await;
    assert_eq!(agent["data"]["affected_items"][0]["status"], "connected");
}
