//! Groups and group assignments over a real loopback socket (`axum::serve` on 127.0.0.1:0,
//! reqwest as the client), on a fresh demo database and data dir per test.

use super::{session, Session};
use crate::server::store::Store;
use reqwest::header::CONTENT_TYPE;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::path::PathBuf;

async fn create_group(server: &Session, name: &str) -> (StatusCode, Value) {
    server
        .send_json(Method::POST, "/groups", json!({ "group_id": name }))
        .await
}

async fn put_config(server: &Session, group: &str, document: &str) -> (StatusCode, Value) {
    let path = format!("/groups/{group}/configuration");
    server
        .send_body(Method::PUT, &path, "application/xml", document)
        .await
}

/// The `group` array of one agent.
async fn groups_of(server: &Session, agent: &str) -> Value {
    let path = format!("/agents?agents_list={agent}&select=group");
    let (_, body) = server.get(&path).await;
    body["data"]["affected_items"][0]["group"].clone()
}

async fn group_names(server: &Session) -> Vec<String> {
    let (_, body) = server.get("/groups").await;
    let groups = body["data"]["affected_items"].as_array().unwrap();
    let names = groups.iter().map(|group| group["name"].as_str().unwrap());
    names.map(str::to_string).collect()
}

fn agent_conf(server: &Session, group: &str) -> PathBuf {
    let shared = server.spawned.dir.path().join("shared");
    shared.join(group).join("agent.conf")
}
fn code(body: &Value) -> Value {
    body["error"].clone()
}

#[tokio::test]
async fn create_group_checks_the_name_and_writes_an_empty_agent_conf() {
    let server = session().await;
    let (status, body) = create_group(&server, "web-servers_1.eu").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        body,
        json!({"message": "Group 'web-servers_1.eu' created", "error": 0})
    );
    assert!(group_names(&server)
        .await
        .contains(&"web-servers_1.eu".into()));
    let conf = std::fs::read_to_string(agent_conf(&server, "web-servers_1.eu")).unwrap();
    assert!(conf.contains("<agent_config>"), "{conf}");

    let (status, body) = create_group(&server, "web-servers_1.eu").await;
    assert_eq!(
        (status, code(&body)),
        (StatusCode::BAD_REQUEST, json!(1711))
    );
    let (_, body) = create_group(&server, "Default").await;
    assert_eq!(code(&body), json!(1711));
    for bad in ["with space", "a/b", "", &"x".repeat(129)] {
        let (status, body) = create_group(&server, bad).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, json!(1722)),
            "{bad}"
        );
    }
    let (_, body) = create_group(&server, "..").await;
    assert_eq!(code(&body), json!(1713));
}

#[tokio::test]
async fn delete_groups_protects_default_and_returns_orphans_to_it() {
    let server = session().await;
    create_group(&server, "solo").await;
    let (_, body) = server.send(Method::PUT, "/agents/011/group/solo").await;
    assert_eq!(body["error"], json!(0), "{body}");
    assert_eq!(groups_of(&server, "011").await, json!(["solo"]));

    let (status, body) = server
        .send(
            Method::DELETE,
            "/groups?groups_list=solo,group3,default,nope",
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["error"], json!(2));
    assert_eq!(body["message"], json!("Some groups were not deleted"));
    let data = &body["data"];
    assert_eq!(data["affected_items"], json!(["solo", "group3"]));
    assert_eq!(data["failed_items"][0]["error"]["code"], json!(1710));
    assert_eq!(data["failed_items"][0]["id"], json!(["nope"]));
    assert_eq!(data["failed_items"][1]["error"]["code"], json!(1712));
    assert_eq!(data["failed_items"][1]["id"], json!(["default"]));
    assert_eq!(
        data["affected_agents"],
        json!(["003", "006", "007", "008", "011"])
    );

    assert_eq!(groups_of(&server, "011").await, json!(["default"]));
    assert_eq!(groups_of(&server, "003").await, json!(["default"]));
    assert_eq!(
        groups_of(&server, "008").await,
        json!(["default", "group1", "group2"])
    );
    assert!(!agent_conf(&server, "solo").exists());
    assert_eq!(group_names(&server).await, ["default", "group1", "group2"]);

    let (status, _) = server.send(Method::DELETE, "/groups").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (_, body) = server.send(Method::DELETE, "/groups?groups_list=all").await;
    assert_eq!(body["error"], json!(0), "{body}");
    assert_eq!(group_names(&server).await, ["default"]);
}

#[tokio::test]
async fn bulk_assignment_reports_grouped_failures() {
    let server = session().await;
    let (status, body) = server
        .send(
            Method::PUT,
            "/agents/group?group_id=group3&agents_list=001,999,000,003,abc,002,1000",
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["error"], json!(2));
    assert_eq!(
        body["message"],
        json!("Some agents were not assigned to group3")
    );
    let data = &body["data"];
    assert_eq!(data["affected_items"], json!(["001", "002"]));
    assert_eq!(data["total_failed_items"], json!(5));
    let failed: Vec<(Value, Value)> = data["failed_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| (group["error"]["code"].clone(), group["id"].clone()))
        .collect();
    assert_eq!(
        failed,
        vec![
            (json!(1701), json!(["999", "1000", "abc"])),
            (json!(1703), json!(["000"])),
            (json!(1751), json!(["003"])),
        ]
    );
    assert_eq!(
        groups_of(&server, "001").await,
        json!(["default", "group1", "group3"])
    );

    let (status, body) = server
        .send(Method::PUT, "/agents/group?group_id=nope&agents_list=001")
        .await;
    assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, json!(1710)));

    let (_, body) = server
        .send(
            Method::DELETE,
            "/agents/group?group_id=group3&agents_list=001,002,004,000",
        )
        .await;
    assert_eq!(body["error"], json!(2), "{body}");
    assert_eq!(body["data"]["affected_items"], json!(["001", "002"]));
    assert_eq!(
        body["data"]["failed_items"][0]["error"]["code"],
        json!(1703)
    );
    assert_eq!(
        body["data"]["failed_items"][1]["error"]["code"],
        json!(1734)
    );
    assert_eq!(body["data"]["failed_items"][1]["id"], json!(["004"]));
    assert_eq!(
        groups_of(&server, "001").await,
        json!(["default", "group1"])
    );

    create_group(&server, "everyone").await;
    let (_, body) = server
        .send(Method::PUT, "/agents/group?group_id=everyone")
        .await;
    assert_eq!(body["data"]["total_affected_items"], json!(12), "{body}");
    assert_eq!(groups_of(&server, "012").await, json!(["everyone"]));

    let (_, body) = server
        .send(
            Method::DELETE,
            "/agents/group?group_id=group3&agents_list=all",
        )
        .await;
    assert_eq!(
        body["data"]["affected_items"],
        json!(["003", "006", "007", "008"])
    );
    assert_eq!(
        body["message"],
        json!("All selected agents were removed from group group3")
    );
}

#[tokio::test]
async fn single_assignment_force_and_removal() {
    let server = session().await;
    let (_, body) = server.send(Method::PUT, "/agents/005/group/group3").await;
    assert_eq!(
        body["message"],
        json!("All selected agents were assigned to group3")
    );
    assert_eq!(
        groups_of(&server, "005").await,
        json!(["default", "group1", "group2", "group3"])
    );
    let (_, body) = server.send(Method::PUT, "/agents/005/group/group3").await;
    assert_eq!(
        (
            body["error"].clone(),
            body["data"]["failed_items"][0]["error"]["code"].clone()
        ),
        (json!(1), json!(1751))
    );

    let (_, body) = server
        .send(
            Method::PUT,
            "/agents/005/group/group3?force_single_group=true",
        )
        .await;
    assert_eq!(
        body["message"],
        json!("All selected agents were assigned to group3 and removed from the other groups")
    );
    assert_eq!(groups_of(&server, "005").await, json!(["group3"]));

    let (_, body) = server
        .send(Method::DELETE, "/agents/005/group/group3")
        .await;
    assert_eq!(
        body,
        json!({"message": "Agent '005' removed from 'group3'.", "error": 0})
    );
    assert_eq!(groups_of(&server, "005").await, json!(["default"]));
    for (path, status, error) in [
        ("/agents/005/group/default", StatusCode::BAD_REQUEST, 1745),
        ("/agents/005/group/group1", StatusCode::BAD_REQUEST, 1734),
        ("/agents/000/group/default", StatusCode::BAD_REQUEST, 1703),
        ("/agents/999/group/default", StatusCode::NOT_FOUND, 1701),
        ("/agents/005/group/nope", StatusCode::NOT_FOUND, 1710),
    ] {
        let (got, body) = server.send(Method::DELETE, path).await;
        assert_eq!((got, code(&body)), (status, json!(error)), "{path}");
    }
}

#[tokio::test]
async fn removing_an_agent_from_several_groups() {
    let server = session().await;
    let (_, body) = server
        .send(
            Method::DELETE,
            "/agents/008/group?groups_list=group1,group3,nope,group1",
        )
        .await;
    assert_eq!(body["error"], json!(2), "{body}");
    assert_eq!(body["data"]["affected_items"], json!(["group1", "group3"]));
    assert_eq!(
        body["data"]["failed_items"][0]["error"]["code"],
        json!(1710)
    );
    assert_eq!(
        groups_of(&server, "008").await,
        json!(["default", "group2"])
    );

    let (_, body) = server.send(Method::DELETE, "/agents/008/group").await;
    assert_eq!(
        body["message"],
        json!("Specified agent was removed from returned groups")
    );
    assert_eq!(groups_of(&server, "008").await, json!(["default"]));
}

#[tokio::test]
async fn configuration_round_trip_and_malformed_documents_keep_the_old_file() {
    let server = session().await;
    let (_, before) = server.send(Method::GET, "/groups?groups_list=group1").await;
    let document = "<agent_config os=\"Linux\">\n  <localfile>\n    <location>/var/log/linux.log</location>\n    <log_format>syslog</log_format>\n  </localfile>\n</agent_config>\n";
    let (status, body) = put_config(&server, "group1", document).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        body,
        json!({"message": "Agent configuration was successfully updated", "error": 0})
    );
    let (_, body) = server
        .send(Method::GET, "/groups/group1/configuration")
        .await;
    assert_eq!(
        body,
        json!({"data": {"total_affected_items": 1, "affected_items": [{
            "filters": {"os": "Linux"},
            "config": {"localfile": [{"location": "/var/log/linux.log", "log_format": "syslog"}]}
        }]}, "error": 0})
    );
    let (_, after) = server.send(Method::GET, "/groups?groups_list=group1").await;
    let config_sum = &after["data"]["affected_items"][0]["configSum"];
    assert_ne!(
        config_sum,
        &before["data"]["affected_items"][0]["configSum"]
    );
    assert_eq!(
        config_sum,
        &json!(crate::server::groupfiles::md5_hex(document.as_bytes()))
    );

    for (bad, error) in [
        ("<agent_config><localfile></agent_config>", 1113),
        ("", 1112),
        ("<ossec_config></ossec_config>", 1114),
    ] {
        let (status, body) = put_config(&server, "group1", bad).await;
        assert_eq!(
            (status, code(&body)),
            (StatusCode::BAD_REQUEST, json!(error)),
            "{bad}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(agent_conf(&server, "group1")).unwrap(),
        document
    );
    let (status, body) = put_config(&server, "nope", document).await;
    assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, json!(1710)));
}

#[tokio::test]
async fn files_are_listed_with_hashes_and_served_raw() {
    let server = session().await;
    let (status, body) = server.send(Method::GET, "/groups/group2/files").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let conf = std::fs::read(agent_conf(&server, "group2")).unwrap();
    assert_eq!(
        body["data"]["affected_items"],
        json!([{"filename": "agent.conf", "hash": crate::server::groupfiles::md5_hex(&conf)}])
    );
    assert_eq!(
        body["message"],
        json!("All selected groups files were returned")
    );
    let (_, body) = server
        .send(Method::GET, "/groups/group2/files?hash=sha256")
        .await;
    assert_eq!(
        body["data"]["affected_items"][0]["hash"]
            .as_str()
            .unwrap()
            .len(),
        64
    );
    let (_, body) = server
        .send(Method::GET, "/groups?groups_list=group2&hash=sha1")
        .await;
    assert_eq!(
        body["data"]["affected_items"][0]["configSum"],
        json!(crate::server::groupfiles::hex_digest("sha1", &conf).unwrap())
    );
    let (status, body) = server
        .send(Method::GET, "/groups/group2/files?hash=blake2b")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["detail"].as_str().unwrap().contains("not supported"));

    std::fs::write(
        agent_conf(&server, "group2").with_file_name("rootkit_files.txt"),
        "# comment\nbin/.login ! Rootkit ::\n",
    )
    .unwrap();
    let response = server
        .request(Method::GET, "/groups/group2/files/agent.conf?raw=true")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()[CONTENT_TYPE], "application/xml");
    assert_eq!(response.bytes().await.unwrap(), conf);
    let response = server
        .request(
            Method::GET,
            "/groups/group2/files/rootkit_files.txt?raw=true",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()[CONTENT_TYPE], "text/plain");
    let (_, body) = server
        .send(Method::GET, "/groups/group2/files/rootkit_files.txt")
        .await;
    assert_eq!(body["data"], json!(["bin/.login ! Rootkit ::"]));
    let (_, body) = server
        .send(Method::GET, "/groups/group2/files/agent.conf")
        .await;
    assert_eq!(body["data"]["total_affected_items"], json!(1));
    let (_, body) = server.send(Method::GET, "/groups/group2/files").await;
    assert_eq!(body["data"]["total_affected_items"], json!(2));
    let (status, body) = server
        .send(Method::GET, "/groups/group2/files/missing.txt")
        .await;
    assert_eq!(
        (status, code(&body)),
        (StatusCode::BAD_REQUEST, json!(1006))
    );
    let (status, body) = server.send(Method::GET, "/groups/nope/files").await;
    assert_eq!((status, code(&body)), (StatusCode::NOT_FOUND, json!(1710)));
}

#[tokio::test]
async fn bodies_with_another_media_type_are_415() {
    let server = session().await;
    let (status, _) = server
        .send_body(
            Method::PUT,
            "/groups/group1/configuration",
            "text/plain",
            "<agent_config></agent_config>",
        )
        .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let (status, _) = server
        .send_body(
            Method::POST,
            "/groups",
            "application/xml",
            r#"{"group_id": "x"}"#,
        )
        .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[test]
fn start_up_gives_demo_groups_their_files_and_real_checksums() {
    let (dir, store) = Store::demo_for_test();
    crate::server::routes::groups::prepare_group_files(&store, dir.path()).unwrap();
    let empty =
        crate::server::groupfiles::md5_hex(crate::server::groupfiles::EMPTY_AGENT_CONF.as_bytes());
    let groups = store.groups().unwrap();
    assert_eq!(groups.len(), 4);
    for group in groups {
        assert_eq!(
            group.config_sum.as_deref(),
            Some(empty.as_str()),
            "{group:?}"
        );
        let name = group.name.as_str();
        assert!(dir
            .path()
            .join("shared")
            .join(name)
            .join("agent.conf")
            .is_file());
    }
}

#[test]
fn start_up_takes_checksums_from_a_file_replaced_just_before_a_crash() {
    let (dir, store) = Store::demo_for_test();
    crate::server::routes::groups::prepare_group_files(&store, dir.path()).unwrap();
    // PUT /groups/group1/configuration killed after replacing the file, before its commit.
    let document = "<agent_config name=\"after\"></agent_config>\n";
    let files = crate::server::groupfiles::GroupFiles::new(dir.path());
    files.write_agent_conf("group1", document).unwrap();
    crate::server::routes::groups::prepare_group_files(&store, dir.path()).unwrap();
    let groups = store.groups().unwrap();
    let group1 = groups.iter().find(|group| group.name == "group1").unwrap();
    let expected = crate::server::groupfiles::md5_hex(document.as_bytes());
    assert_eq!(group1.config_sum.as_deref(), Some(expected.as_str()));
}

#[tokio::test]
async fn an_agent_id_in_a_path_must_be_digits_before_anything_else() {
    let server = session().await;
    for (method, path) in [
        (Method::PUT, "/agents/abc/group/group1"),
        (Method::DELETE, "/agents/abc/group/group1"),
        (Method::DELETE, "/agents/abc/group"),
        (Method::PUT, "/agents/abc/restart"),
    ] {
        let (status, body) = server.send(method, path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {body}");
        assert_eq!(body["detail"], "'abc' is not a 'numbers' - 'agent_id'");
    }
    let (status, _) = server.send(Method::DELETE, "/agents/999/group").await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "a well-formed unknown id is still 1701"
    );
}
