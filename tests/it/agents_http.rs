//! The agents, groups and overview endpoints over HTTP: filters, WQL, sort, search, select,
//! paging, strict parameter validation, envelopes and error bodies.

use crate::common::{ids, Server};
use reqwest::Method;
use serde_json::Value;

fn lab() -> (Server, String) {
    let server = Server::start();
    let token = server.token("wazuh", "wazuh");
    (server, token)
}

fn agent_ids(server: &Server, token: &str, query: &str) -> Vec<String> {
    let (status, body) = server.get(&format!("/agents?{query}"), token);
    assert_eq!(status, 200, "{query}: {body}");
    ids(&body)
}

fn error_code(server: &Server, token: &str, path: &str) -> (u16, Value) {
    let (status, body) = server.get(path, token);
    (status, body["error"].clone())
}

#[test]
fn lists_the_demo_fleet_with_the_list_envelope() {
    let (server, token) = lab();
    let (status, body) = server.get("/agents", &token);
    assert_eq!(status, 200);
    assert_eq!(body["error"], 0);
    assert_eq!(
        body["message"],
        "All selected agents information was returned"
    );
    assert_eq!(body["data"]["total_affected_items"], 13);
    assert_eq!(body["data"]["total_failed_items"], 0);
    assert_eq!(body["data"]["failed_items"], serde_json::json!([]));
    let expected: Vec<String> = (0..=12).map(|i| format!("{i:03}")).collect();
    assert_eq!(ids(&body), expected);
    let manager = &body["data"]["affected_items"][0];
    assert_eq!(manager["name"], "wazuh-master");
    assert_eq!(manager["node_name"], "master-node");
    assert!(
        manager.get("group").is_none(),
        "the manager has no group: {manager}"
    );
    let agent1 = &body["data"]["affected_items"][1];
    assert_eq!(agent1["group"], serde_json::json!(["default", "group1"]));
    assert!(agent1["os"]["platform"].is_string());
}

#[test]
fn filters_by_status_group_and_ids() {
    let (server, token) = lab();
    assert_eq!(
        agent_ids(&server, &token, "status=disconnected"),
        ["009", "010"]
    );
    assert_eq!(
        agent_ids(&server, &token, "status=never_connected,disconnected"),
        ["009", "010", "011", "012"]
    );
    assert_eq!(
        agent_ids(&server, &token, "group=group1"),
        ["001", "005", "007", "008", "009"]
    );
    assert_eq!(
        agent_ids(&server, &token, "status=active&group=group3"),
        ["003", "006", "007", "008"]
    );
    assert_eq!(
        agent_ids(&server, &token, "agents_list=003,001"),
        ["001", "003"]
    );
    assert_eq!(
        agent_ids(&server, &token, "version=Wazuh v3.9.2"),
        ["009", "010"]
    );
    assert_eq!(
        agent_ids(&server, &token, "node_name=master-node&select=id")
            .first()
            .map(String::as_str),
        Some("000")
    );
}

#[test]
fn every_agent_filter_of_the_spec_applies() {
    let (server, token) = lab();
    let (_, body) = server.get("/agents", &token);
    let agent5 = &body["data"]["affected_items"][5];
    let value = |agent: &Value, path: &str| {
        path.split('.')
            .fold(agent, |value, key| &value[key])
            .as_str()
            .unwrap_or_else(|| panic!("{path} in {agent}"))
            .to_string()
    };
    for filter in [
        "os.platform",
        "os.name",
        "os.version",
        "name",
        "ip",
        "manager",
        "registerIP",
    ] {
        let wanted = value(agent5, filter);
        let found = agent_ids(
            &server,
            &token,
            &format!("{filter}={}", wanted.replace(' ', "%20")),
        );
        assert!(
            found.contains(&"005".to_string()),
            "{filter}={wanted}: {found:?}"
        );
        for id in &found {
            let (_, one) = server.get(&format!("/agents?agents_list={id}"), &token);
            let other = &one["data"]["affected_items"][0];
            assert!(
                value(other, filter).eq_ignore_ascii_case(&wanted),
                "{filter}: {other}"
            );
        }
    }
    let not_synced = agent_ids(&server, &token, "group_config_status=not%20synced");
    let synced = agent_ids(&server, &token, "group_config_status=synced");
    assert!(!not_synced.is_empty() && !synced.is_empty());
    assert_eq!(synced.len() + not_synced.len(), 13);
    let stale = agent_ids(&server, &token, "older_than=1d");
    assert!(
        stale.contains(&"009".to_string()),
        "009 last kept alive days ago: {stale:?}"
    );
    assert!(!stale.contains(&"001".to_string()), "{stale:?}");
}

#[test]
fn wql_with_nested_parentheses() {
    let (server, token) = lab();
    let q = "id!=001;(status=active;(group=group1,group=group2))";
    let encoded = q.replace(';', "%3B").replace(',', "%2C");
    assert_eq!(
        agent_ids(&server, &token, &format!("q={encoded}")),
        ["002", "005", "006", "007", "008"]
    );
    assert_eq!(
        agent_ids(&server, &token, "q=group=group3,status=never_connected"),
        ["003", "006", "007", "008", "011", "012"]
    );
    assert_eq!(
        agent_ids(&server, &token, "q=name~AGENT1"),
        ["001", "010", "011", "012"],
        "case-insensitive"
    );
    assert_eq!(
        agent_ids(&server, &token, "q=id<3"),
        ["000", "001", "002"],
        "ids compare as numbers"
    );
}

#[test]
fn wql_errors_have_their_wazuh_codes() {
    let (server, token) = lab();
    assert_eq!(
        error_code(&server, &token, "/agents?q=os.nam=ubuntu"),
        (400, 1408.into())
    );
    assert_eq!(
        error_code(&server, &token, "/agents?q=%3Dactive"),
        (400, 1407.into())
    );
    assert_eq!(
        error_code(&server, &token, "/agents?q=status=>active"),
        (400, 1409.into())
    );
    assert_eq!(
        error_code(&server, &token, "/agents?q=dateAdd<2020-13-45"),
        (400, 1412.into())
    );
    let (_, body) = server.get("/agents?q=os.nam=ubuntu", &token);
    assert_eq!(body["title"], "Bad Request");
    assert!(
        body["detail"]
            .as_str()
            .unwrap()
            .starts_with("Field does not exist."),
        "{body}"
    );
}

#[test]
fn sorts_searches_selects_and_pages() {
    let (server, token) = lab();
    assert_eq!(
        agent_ids(&server, &token, "sort=-id&limit=3"),
        ["012", "011", "010"]
    );
    assert_eq!(
        agent_ids(&server, &token, "search=agent1&select=id"),
        ["001", "010", "011", "012"]
    );
    assert_eq!(
        agent_ids(&server, &token, "search=-agent1&select=id").len(),
        9
    );
    let (_, body) = server.get("/agents?limit=2&offset=3", &token);
    assert_eq!(ids(&body), ["003", "004"]);
    assert_eq!(
        body["data"]["total_affected_items"], 13,
        "total counts before paging"
    );
    let (_, body) = server.get("/agents?select=name&limit=1", &token);
    let keys: Vec<&String> = body["data"]["affected_items"][0]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(keys.len(), 2, "select keeps the mandatory id: {keys:?}");
    assert_eq!(
        error_code(&server, &token, "/agents?sort=nope"),
        (400, 1403.into())
    );
    assert_eq!(
        error_code(&server, &token, "/agents?select=nope"),
        (400, 1724.into())
    );
}

#[test]
fn strict_parameter_validation() {
    let (server, token) = lab();
    for path in [
        "/agents?foo=1",
        "/agents?limit=0",
        "/agents?limit=100001",
        "/agents?offset=-1",
        "/agents?limit=abc",
    ] {
        let (status, body) = server.get(path, &token);
        assert_eq!(status, 400, "{path}: {body}");
        assert_eq!(body["title"], "Bad Request", "{path}");
        assert!(
            body.get("error").is_none(),
            "schema errors have no Wazuh code: {body}"
        );
    }
}

#[test]
fn pretty_indents_with_three_spaces() {
    let (server, token) = lab();
    let answer = server.raw(Method::GET, "/agents?limit=1&pretty=true", Some(&token));
    assert!(
        answer
            .text
            .starts_with("{\n   \"data\": {\n      \"affected_items\""),
        "{}",
        answer.text
    );
    let compact = server.raw(Method::GET, "/agents?limit=1", Some(&token));
    assert!(
        compact
            .text
            .starts_with("{\"data\": {\"affected_items\": ["),
        "{}",
        compact.text
    );
    assert_eq!(compact.headers["server"], "Wazuh");
}

#[test]
fn summaries_count_the_fleet() {
    let (server, token) = lab();
    let (status, body) = server.get("/agents/summary/status", &token);
    assert_eq!(status, 200);
    assert_eq!(body["data"]["connection"]["total"], 13);
    assert_eq!(body["data"]["connection"]["active"], 9);
    assert_eq!(body["data"]["connection"]["disconnected"], 2);
    assert_eq!(body["data"]["connection"]["never_connected"], 2);
    let (status, body) = server.get("/agents/summary/os", &token);
    assert_eq!(status, 200);
    let platforms = body["data"]["affected_items"].as_array().unwrap();
    assert!(platforms.len() >= 3, "several platforms: {platforms:?}");
}

#[test]
fn groups_and_their_agents() {
    let (server, token) = lab();
    let (status, body) = server.get("/groups", &token);
    assert_eq!(status, 200);
    let counts: Vec<(String, u64)> = body["data"]["affected_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["name"].as_str().unwrap().to_string(),
                g["count"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected = [("default", 10), ("group1", 5), ("group2", 5), ("group3", 4)];
    assert_eq!(counts, expected.map(|(n, c)| (n.to_string(), c)));
    let (_, body) = server.get("/groups/group2/agents", &token);
    assert_eq!(ids(&body), ["002", "005", "006", "008", "010"]);
    let (_, body) = server.get("/groups/group2/agents?status=disconnected", &token);
    assert_eq!(ids(&body), ["010"]);
    assert_eq!(
        error_code(&server, &token, "/groups/nope/agents"),
        (404, 1710.into())
    );
}

#[test]
fn overview_summarises_agents() {
    let (server, token) = lab();
    let (status, body) = server.get("/overview/agents", &token);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["error"], 0);
    assert!(body["data"].is_object(), "{body}");
}

#[test]
fn unknown_and_wrong_method_routes() {
    let (server, token) = lab();
    let (status, body) = server.get("/no/such/path", &token);
    assert_eq!((status, body["title"].as_str()), (404, Some("Not Found")));
    let (status, _) = server.request(Method::POST, "/agents/summary/status", Some(&token));
    assert_eq!(status, 405);
}
