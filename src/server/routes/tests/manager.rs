//! The Manager operations over a real loopback socket: the node the API runs on (the demo
//! cluster's master, installed in the data dir, its `etc/ossec.conf` written as `serve`
//! writes it) and the `manager:read` permission.

use super::rbac::{policy, send_as, token_with};
use super::rules::upload;
use super::{failed, ids, items, session, spawn, spawn_configured, Session};
use crate::server::api_config::{Access, ApiConfig};
use crate::server::demo::MASTER_OSSEC_CONF;
use crate::server::node::log::OSSEC_LOG;
use crate::server::node::Node;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

#[tokio::test]
async fn info_describes_the_node_installed_in_the_data_dir() {
    let session = session().await;
    let answer = session.get_ok("/manager/info").await;
    let data_dir = session.spawned.dir.path().display().to_string();
    assert_eq!(
        items(&answer),
        &[json!({
            "path": data_dir,
            "version": "v4.12.0",
            "type": "server",
            "max_agents": "unlimited",
            "openssl_support": "yes",
            "tz_offset": "+0000",
            "tz_name": "UTC",
        })]
    );
    assert_eq!(answer["data"]["total_affected_items"], 1);
    assert_eq!(
        answer["message"],
        "Basic information was successfully read in specified node"
    );
    assert_eq!(answer["error"], 0);
}

#[tokio::test]
async fn reading_the_manager_takes_manager_read() {
    let spawned = spawn(None).await;
    let nobody = token_with(&spawned, "nobody", vec![]).await;
    let (status, denied) = send_as(&spawned, &nobody, Method::GET, "/manager/info").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{denied}");
    assert_eq!(denied["error"], 4000);
    let reader = policy(&["manager:read"], &["*:*:*"], "allow");
    let reader = token_with(&spawned, "reader", vec![reader]).await;
    let (status, answer) = send_as(&spawned, &reader, Method::GET, "/manager/info").await;
    assert_eq!(status, StatusCode::OK, "{answer}");
}

#[tokio::test]
async fn status_lists_every_daemon_in_wazuh_order_with_its_state() {
    let session = session().await;
    let answer = session.get_ok("/manager/status").await;
    assert_eq!(
        answer["message"],
        "Processes status was successfully read in specified node"
    );
    let states = items(&answer)[0].as_object().unwrap();
    let daemons: Vec<&str> = states.keys().map(String::as_str).collect();
    assert_eq!(daemons.len(), 17);
    assert_eq!(
        daemons[..3],
        ["wazuh-agentlessd", "wazuh-analysisd", "wazuh-authd"]
    );
    assert_eq!(daemons[16], "wazuh-apid");
    assert_eq!(states["wazuh-apid"], "running");
    assert_eq!(states["wazuh-clusterd"], "running");
    assert_eq!(states["wazuh-maild"], "stopped");
    assert!(states
        .values()
        .all(|state| state == "running" || state == "stopped"));
}

#[tokio::test]
async fn api_config_is_the_configuration_the_server_started_with() {
    let api_config = ApiConfig {
        max_upload_size: 2048,
        access: Access {
            max_request_per_minute: 0,
            ..Access::default()
        },
        ..ApiConfig::default()
    };
    let spawned = spawn_configured(None, api_config).await;
    let token = spawned.token().await;
    let (status, answer) = send_as(&spawned, &token, Method::GET, "/manager/api/config").await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(
        items(&answer),
        &[json!({
            "node_name": "master-node",
            "node_api_config": {
                "max_upload_size": 2048,
                "max_connections": 1024,
                "access": {"max_login_attempts": 50, "block_time": 300, "max_request_per_minute": 0},
                "experimental_features": false
            }
        })]
    );
    assert_eq!(
        answer["message"],
        "API configuration was successfully read in all specified nodes"
    );
}

#[tokio::test]
async fn the_api_config_takes_read_api_config_not_manager_read() {
    let spawned = spawn(None).await;
    let reader = policy(&["manager:read"], &["*:*:*"], "allow");
    let reader = token_with(&spawned, "reader", vec![reader]).await;
    let (status, denied) = send_as(&spawned, &reader, Method::GET, "/manager/api/config").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{denied}");
    let config_reader = policy(&["manager:read_api_config"], &["*:*:*"], "allow");
    let config_reader = token_with(&spawned, "config_reader", vec![config_reader]).await;
    let (status, answer) =
        send_as(&spawned, &config_reader, Method::GET, "/manager/api/config").await;
    assert_eq!(status, StatusCode::OK, "{answer}");
}

#[tokio::test]
async fn the_version_check_answers_offline_that_nothing_newer_is_known() {
    let session = session().await;
    for path in [
        "/manager/version/check",
        "/manager/version/check?force_query=true",
    ] {
        let answer = session.get_ok(path).await;
        assert_eq!(answer["error"], 0);
        assert!(
            answer["message"]
                .as_str()
                .unwrap()
                .contains("No update source"),
            "{answer}"
        );
        assert_eq!(
            answer["data"],
            json!({
                "last_check_date": "",
                "current_version": "v4.12.0",
                "update_check": false,
                "last_available_major": {},
                "last_available_minor": {},
                "last_available_patch": {},
            })
        );
    }
    let (status, refused) = session
        .get("/manager/version/check?wait_for_complete=true")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
}

#[tokio::test]
async fn the_version_check_needs_a_token_but_no_permission() {
    let spawned = spawn(None).await;
    let nobody = token_with(&spawned, "nobody", vec![]).await;
    let (status, answer) = send_as(&spawned, &nobody, Method::GET, "/manager/version/check").await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let anonymous = spawned
        .http
        .get(format!("{}/manager/version/check", spawned.base));
    assert_eq!(
        anonymous.send().await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
}

/// Replaces the node's configuration file behind the API's back.
fn write_ossec_conf(session: &Session, text: &str) {
    let node = Node::local(session.spawned.dir.path());
    std::fs::write(node.ossec_conf(), text).unwrap();
}

#[tokio::test]
async fn the_configuration_is_the_json_view_of_the_file() {
    let session = session().await;
    let answer = session.get_ok("/manager/configuration").await;
    assert_eq!(
        answer["message"],
        "Configuration was successfully read in specified node"
    );
    let config = &items(&answer)[0];
    assert_eq!(
        config["global"]["white_list"],
        json!(["127.0.0.1", "10.10.0.0/16"])
    );
    assert_eq!(
        config["localfile"].as_array().unwrap().len(),
        3,
        "both blocks"
    );
    assert_eq!(config["cluster"]["node_name"], "master-node");
    assert_eq!(config["syscollector"]["interval"], "1h");
    assert!(
        config.get("logging").is_none(),
        "Wazuh's view has no logging"
    );
    let field = session
        .get_ok("/manager/configuration?section=GLOBAL&field=email_maxperhour")
        .await;
    assert_eq!(
        items(&field),
        &[json!({"global": {"email_maxperhour": "12"}})]
    );
}

#[tokio::test]
async fn a_missing_section_or_field_is_a_failed_item_of_the_node() {
    let session = session().await;
    for (query, code) in [
        ("section=email_alerts", 1106),
        ("section=logging", 1102),
        ("section=global&field=no_such_option", 1103),
    ] {
        let answer = session
            .get_ok(&format!("/manager/configuration?{query}"))
            .await;
        assert_eq!(answer["error"], 1, "{query}: {answer}");
        assert_eq!(
            answer["message"],
            "Could not read configuration in specified node"
        );
        assert_eq!(answer["data"]["total_affected_items"], 0);
        assert_eq!(failed(&answer), [(code, vec!["master-node".to_string()])]);
    }
    let (status, refused) = session.get("/manager/configuration?section=nope").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
}

#[tokio::test]
async fn raw_is_the_file_as_xml_and_every_request_reads_the_file() {
    let session = session().await;
    let response = session
        .request(
            Method::GET,
            "/manager/configuration?raw=true&section=global",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/xml");
    assert_eq!(response.text().await.unwrap(), MASTER_OSSEC_CONF);
    write_ossec_conf(
        &session,
        "<ossec_config><alerts><log_alert_level>7</log_alert_level></alerts></ossec_config>",
    );
    let edited = session.get_ok("/manager/configuration").await;
    assert_eq!(
        items(&edited),
        &[json!({"alerts": {"log_alert_level": "7"}})]
    );
    write_ossec_conf(&session, "<ossec_config><alerts></ossec_config>");
    let broken = session.get_ok("/manager/configuration").await;
    assert_eq!(failed(&broken), [(1101, vec!["master-node".to_string()])]);
}

#[tokio::test]
async fn validation_says_ok_or_names_what_is_wrong_as_a_failed_item() {
    let session = session().await;
    let valid = session.get_ok("/manager/configuration/validation").await;
    assert_eq!(
        items(&valid),
        &[json!({"name": "master-node", "status": "OK"})]
    );
    assert_eq!(
        valid["message"],
        "Validation was successfully checked in all nodes"
    );
    write_ossec_conf(&session, "<ossec_config><globl/></ossec_config>");
    let invalid = session.get_ok("/manager/configuration/validation").await;
    assert_eq!(invalid["error"], 1);
    assert_eq!(invalid["message"], "Could not check validation in any node");
    assert_eq!(failed(&invalid), [(1908, vec!["master-node".to_string()])]);
    assert_eq!(
        invalid["data"]["failed_items"][0]["error"]["message"],
        "Error validating configuration: Invalid element in the configuration: 'globl'"
    );
}

/// Writes `lines` as the node's whole log.
fn write_log(session: &Session, lines: &[&str]) {
    let path = session.spawned.dir.path().join(OSSEC_LOG);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

const LOG_LINES: &[&str] = &[
    "2026/12/01 10:00:00 wazuh-db: INFO: Started (pid: 1).",
    "2026/12/01 10:00:00 wazuh-authd: INFO: Started (pid: 1).",
    "not a log line",
    "2026/12/01 10:00:05 wazuh-analysisd: ERROR: Invalid configuration",
    "2026/12/01 10:00:09 wazuh-authd: WARNING: Agent key generated for 'web'",
];

#[tokio::test]
async fn logs_are_the_files_entries_newest_first_through_the_list_pipeline() {
    let session = session().await;
    write_log(&session, LOG_LINES);
    let answer = session.get_ok("/manager/logs").await;
    assert_eq!(
        answer["message"],
        "Logs were successfully read in specified node"
    );
    assert_eq!(
        answer["data"]["total_affected_items"], 4,
        "the bad line is skipped"
    );
    assert_eq!(
        items(&answer)[0],
        json!({
            "timestamp": "2026-12-01T10:00:09Z",
            "tag": "wazuh-authd",
            "level": "warning",
            "description": " Agent key generated for 'web'",
        })
    );
    let same_second: Vec<&Value> = items(&answer)[2..].iter().map(|e| &e["tag"]).collect();
    assert_eq!(
        same_second,
        ["wazuh-db", "wazuh-authd"],
        "file order within a second"
    );
    let tags = |answer: &Value| -> Vec<String> {
        items(answer)
            .iter()
            .map(|e| e["tag"].as_str().unwrap().to_string())
            .collect()
    };
    let authd = session
        .get_ok("/manager/logs?tag=wazuh-authd&sort=+timestamp")
        .await;
    assert_eq!(tags(&authd), ["wazuh-authd", "wazuh-authd"]);
    assert_eq!(items(&authd)[0]["level"], "info");
    let errors = session.get_ok("/manager/logs?level=ERROR").await;
    assert_eq!(tags(&errors), ["wazuh-analysisd"]);
    let searched = session.get_ok("/manager/logs?search=key&select=tag").await;
    assert_eq!(items(&searched), &[json!({"tag": "wazuh-authd"})]);
    let queried = session
        .get_ok("/manager/logs?q=timestamp<2026-12-01T10:00:05Z&limit=1&offset=1")
        .await;
    assert_eq!(queried["data"]["total_affected_items"], 2);
    assert_eq!(tags(&queried), ["wazuh-authd"]);
    let distinct = session
        .get_ok("/manager/logs?select=tag&distinct=true")
        .await;
    assert_eq!(distinct["data"]["total_affected_items"], 3);
}

#[tokio::test]
async fn bad_log_parameters_are_refused_with_the_spec_messages() {
    let session = session().await;
    let (status, answer) = session.get("/manager/logs?limit=501").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        answer["detail"],
        "501 is greater than the maximum of 500 - 'limit'"
    );
    let (status, answer) = session.get("/manager/logs?level=notice").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        answer["detail"]
            .as_str()
            .unwrap()
            .contains("'notice' is not one of"),
        "{answer}"
    );
    let (status, answer) = session.get("/manager/logs?sort=-nothing").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["error"], 1403);
    let (status, _) = session.get("/manager/logs?limit=500").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_summary_counts_each_tags_entries_per_level_in_tag_order() {
    let session = session().await;
    write_log(&session, LOG_LINES);
    let answer = session.get_ok("/manager/logs/summary").await;
    assert_eq!(
        answer["message"],
        "Log was successfully summarized in specified node"
    );
    assert_eq!(
        items(&answer),
        &[
            json!({"wazuh-analysisd": {"all": 1, "info": 0, "error": 1, "critical": 0, "warning": 0, "debug": 0}}),
            json!({"wazuh-authd": {"all": 2, "info": 1, "error": 0, "critical": 0, "warning": 1, "debug": 0}}),
            json!({"wazuh-db": {"all": 1, "info": 1, "error": 0, "critical": 0, "warning": 0, "debug": 0}}),
        ]
    );
}

#[tokio::test]
async fn registering_and_removing_an_agent_is_logged_by_authd() {
    let session = session().await;
    let (status, added) = session
        .send_json(
            Method::POST,
            "/agents",
            json!({"name": "logged-agent", "ip": "10.9.9.9"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{added}");
    let id = added["data"]["id"].as_str().unwrap().to_string();
    let path = format!("/agents?agents_list={id}&status=all&older_than=0s");
    let (status, removed) = session.delete(&path).await;
    assert_eq!(status, StatusCode::OK, "{removed}");
    let authd = session
        .get_ok("/manager/logs?tag=wazuh-authd&sort=+timestamp")
        .await;
    let descriptions: Vec<&str> = items(&authd)
        .iter()
        .map(|entry| entry["description"].as_str().unwrap())
        .collect();
    assert_eq!(
        descriptions,
        [
            " Agent key generated for 'logged-agent' (requested by the API)".to_string(),
            format!(" Agent '{id}' removed (requested by the API)"),
        ]
    );
}

/// The counters of one daemon in `GET /manager/daemons/stats`.
async fn daemon(session: &Session, name: &str) -> Value {
    let answer = session
        .get_ok(&format!("/manager/daemons/stats?daemons_list={name}"))
        .await;
    items(&answer)[0].clone()
}

#[tokio::test]
async fn daemon_stats_answer_each_daemon_asked_in_order_with_counters_that_move() {
    let session = session().await;
    let every = session.get_ok("/manager/daemons/stats").await;
    let names: Vec<&Value> = items(&every).iter().map(|item| &item["name"]).collect();
    assert_eq!(names, ["wazuh-remoted", "wazuh-analysisd", "wazuh-db"]);
    assert_eq!(
        every["message"],
        "Statistical information for each daemon was successfully read"
    );
    let asked = session
        .get_ok("/manager/daemons/stats?daemons_list=wazuh-db,wazuh-remoted,wazuh-db")
        .await;
    let names: Vec<&Value> = items(&asked).iter().map(|item| &item["name"]).collect();
    assert_eq!(names, ["wazuh-db", "wazuh-remoted"]);
    let (status, refused) = session
        .get("/manager/daemons/stats?daemons_list=wazuh-maild")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");

    let queries = |item: &Value| item["metrics"]["queries"]["received"].as_u64().unwrap();
    let before = queries(&daemon(&session, "wazuh-db").await);
    session.get_ok("/agents").await;
    let after = queries(&daemon(&session, "wazuh-db").await);
    assert_eq!(after, before + 2, "the list and the first stats request");

    let analysisd = daemon(&session, "wazuh-analysisd").await;
    assert_eq!(analysisd["metrics"]["events"]["received"], 0);
    let events = json!({"events": ["first event", "second"]});
    let (status, _) = session.send_json(Method::POST, "/events", events).await;
    assert_eq!(status, StatusCode::OK);
    let analysisd = daemon(&session, "wazuh-analysisd").await;
    assert_eq!(analysisd["metrics"]["events"]["received"], 2);
    assert_eq!(analysisd["metrics"]["bytes"]["received"], 17);
    assert_eq!(
        analysisd["metrics"]["events"]["written_breakdown"]["alerts"],
        0
    );
    let flat = session.get_ok("/manager/stats/analysisd").await;
    assert_eq!(items(&flat)[0]["events_received"], 2.0);

    let on_master = "/agents?status=active&node_name=master-node&q=id!=000&limit=1000";
    let connected = ids(&session.get_ok(on_master).await).len() as u64;
    let everywhere = session.ids_with_status("active").await.len() as u64;
    assert!(
        connected > 0 && connected < everywhere,
        "the workers have agents too"
    );
    let remoted = daemon(&session, "wazuh-remoted").await;
    assert_eq!(
        remoted["metrics"]["tcp_sessions"], connected,
        "the master's agents, the manager no session"
    );
    let flat = session.get_ok("/manager/stats/remoted").await;
    assert_eq!(items(&flat)[0]["tcp_sessions"], connected as f64);
}

#[tokio::test]
async fn todays_totals_count_events_by_hour_and_a_day_without_is_1308() {
    let session = session().await;
    let (status, missing) = session.get("/manager/stats").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{missing}");
    assert_eq!(missing["error"], 1308);
    let events = json!({"events": ["a", "b", "c"]});
    session.send_json(Method::POST, "/events", events).await;
    let now = chrono::Utc::now();
    let today = session
        .get_ok(&format!("/manager/stats?date={}", now.format("%Y-%m-%d")))
        .await;
    assert_eq!(
        items(&today),
        &[json!({
            "hour": chrono::Timelike::hour(&now),
            "alerts": [],
            "totalAlerts": 0,
            "events": 3,
            "syscheck": 0,
            "firewall": 0,
        })]
    );
    let (status, other) = session.get("/manager/stats?date=2001-01-01").await;
    assert_eq!(
        (status, other["error"].as_u64()),
        (StatusCode::BAD_REQUEST, Some(1308))
    );
    assert!(other["detail"]
        .as_str()
        .unwrap()
        .ends_with("stats/totals/2001/Jan/ossec-totals-01.log"));
    let (status, _) = session.get("/manager/stats?date=yesterday").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let hourly = session.get_ok("/manager/stats/hourly").await;
    assert_eq!(items(&hourly)[0]["interactions"], 1);
    let hour = chrono::Timelike::hour(&now) as usize;
    assert_eq!(items(&hourly)[0]["averages"][hour], 3);
    let weekly = session.get_ok("/manager/stats/weekly").await;
    assert_eq!(items(&weekly).len(), 7);
    let day = chrono::Datelike::weekday(&now).num_days_from_sunday() as usize;
    let name = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][day];
    assert_eq!(items(&weekly)[day][name]["hours"][hour], 3);
}

/// The demo configuration with `email_maxperhour` set to `value`.
fn with_email_maxperhour(value: &str) -> String {
    let edited = MASTER_OSSEC_CONF.replace(
        "<email_maxperhour>12</email_maxperhour>",
        &format!("<email_maxperhour>{value}</email_maxperhour>"),
    );
    assert_ne!(edited, MASTER_OSSEC_CONF);
    edited
}

#[tokio::test]
async fn a_valid_configuration_replaces_the_file_and_is_logged() {
    let session = session().await;
    let edited = with_email_maxperhour("40");
    let (status, answer) = upload(&session, "/manager/configuration", &edited).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(items(&answer), &[json!("master-node")]);
    assert_eq!(
        answer["message"],
        "Configuration was successfully updated in specified node"
    );
    let on_disk = Node::local(session.spawned.dir.path())
        .read_ossec_conf()
        .unwrap();
    assert_eq!(on_disk, edited);
    let read = session
        .get_ok("/manager/configuration?section=global&field=email_maxperhour")
        .await;
    assert_eq!(
        items(&read),
        &[json!({"global": {"email_maxperhour": "40"}})]
    );
    let log = std::fs::read_to_string(session.spawned.dir.path().join(OSSEC_LOG)).unwrap();
    assert!(
        log.contains("wazuh-apid: INFO: Configuration 'etc/ossec.conf' replaced"),
        "{log}"
    );
}

#[tokio::test]
async fn a_refused_configuration_leaves_the_file_as_it_was() {
    let session = session().await;
    let refusals = [
        ("<ossec_config><globl/></ossec_config>".to_string(), 1908),
        ("<ossec_config><global>".to_string(), 1908),
        (" \n".to_string(), 1112),
        (
            MASTER_OSSEC_CONF.replace("<command>df -P</command>", "<command>rm -rf /</command>"),
            1124,
        ),
        (
            MASTER_OSSEC_CONF.replace("<indexer>", "<indexer><enabled>no</enabled>"),
            1127,
        ),
        (
            MASTER_OSSEC_CONF.replace(
                "</global>",
                "<limits><eps><maximum>10</maximum></eps></limits></global>",
            ),
            1127,
        ),
        (
            MASTER_OSSEC_CONF.replace(
                "<remote>",
                "<remote><agents><allow_higher_versions>yes</allow_higher_versions></agents>",
            ),
            1129,
        ),
    ];
    for (document, code) in refusals {
        assert_ne!(document, MASTER_OSSEC_CONF);
        let (status, answer) = upload(&session, "/manager/configuration", &document).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        assert_eq!(
            failed(&answer),
            [(code, vec!["master-node".to_string()])],
            "{document}"
        );
        let on_disk = Node::local(session.spawned.dir.path())
            .read_ossec_conf()
            .unwrap();
        assert_eq!(on_disk, MASTER_OSSEC_CONF);
    }
    session.get_ok("/manager/configuration/validation").await;
}

#[tokio::test]
async fn updating_the_configuration_takes_manager_update_config_and_octet_stream() {
    let session = session().await;
    let (status, _) = session
        .send_body(
            Method::PUT,
            "/manager/configuration",
            "application/json",
            "{}",
        )
        .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let reader = policy(&["manager:read"], &["*:*:*"], "allow");
    let reader = token_with(&session.spawned, "reader", vec![reader]).await;
    let (status, answer) = send_as(
        &session.spawned,
        &reader,
        Method::PUT,
        "/manager/configuration",
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{answer}");
}
