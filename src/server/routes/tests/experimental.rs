//! The `Experimental` operations: 404 / 1122 unless `experimental_features` is on; the
//! fleet-wide inventories gather the per-agent ones (same items, each with its `agent_id`)
//! through the field filters and the list pipeline, limited to the caller's agents; the bulk
//! clearings follow the per-agent rules.

use super::rbac::{policy, send_as, token_with};
use super::*;

/// A server with experimental features on, and a token of `wazuh`.
async fn experimental() -> Session {
    let spawned = spawn_configured(None, experimental_features()).await;
    let token = spawned.token().await;
    Session { spawned, token }
}

#[tokio::test]
async fn every_experimental_operation_is_1122_when_the_features_are_off() {
    let session = session().await;
    let paths = [
        (reqwest::Method::GET, "/experimental/syscollector/packages"),
        (reqwest::Method::GET, "/experimental/syscollector/os"),
        (reqwest::Method::GET, "/experimental/ciscat/results"),
        (
            reqwest::Method::DELETE,
            "/experimental/syscheck?agents_list=001",
        ),
        (
            reqwest::Method::DELETE,
            "/experimental/rootcheck?agents_list=all",
        ),
    ];
    for (method, path) in paths {
        let (status, answer) = session.send(method, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {answer}");
        assert_eq!(code(&answer), Some(1122), "{path}: {answer}");
        assert_eq!(answer["title"], "Resource Not Found", "{answer}");
    }
    let before = session.get_ok("/rootcheck/001").await;
    assert_eq!(session.get_ok("/rootcheck/001").await, before);
}

#[tokio::test]
async fn fleet_packages_are_the_agents_packages_filtered_and_paged() {
    let session = experimental().await;
    let ubuntu = agent_on(&session, "ubuntu").await;
    let own = session
        .get_ok(&format!("/syscollector/{ubuntu}/packages?limit=500"))
        .await;
    let listed = session
        .get_ok(&format!(
            "/experimental/syscollector/packages?agents_list={ubuntu}&limit=500"
        ))
        .await;
    assert_eq!(items(&listed), items(&own));
    let all = session
        .get_ok("/experimental/syscollector/packages?limit=100000")
        .await;
    let total = all["data"]["total_affected_items"].as_u64().unwrap();
    assert_eq!(items(&all).len() as u64, total);
    let agents: std::collections::BTreeSet<&str> = items(&all)
        .iter()
        .map(|item| item["agent_id"].as_str().unwrap())
        .collect();
    assert!(agents.len() > 3, "{agents:?}");
    let unsorted = session
        .get_ok("/experimental/syscollector/packages?offset=3&limit=4")
        .await;
    assert_eq!(unsorted["data"]["total_affected_items"], total);
    assert_eq!(items(&unsorted)[..], items(&all)[3..7]);
    // Pages across agents' boundaries (only the page's agents' items are made).
    let total_items = items(&all).len();
    for offset in (0..total_items).step_by(37) {
        let page = format!("/experimental/syscollector/packages?offset={offset}&limit=50");
        let page = session.get_ok(&page).await;
        let end = (offset + 50).min(total_items);
        assert_eq!(
            items(&page)[..],
            items(&all)[offset..end],
            "offset {offset}"
        );
    }
    let ports = session
        .get_ok("/experimental/syscollector/ports?limit=100000")
        .await;
    let ports = items(&ports);
    let page = session
        .get_ok("/experimental/syscollector/ports?offset=5&limit=9")
        .await;
    assert_eq!(items(&page)[..], ports[5..14]);
    let beyond = format!("/experimental/syscollector/packages?offset={total}");
    let beyond = session.get_ok(&beyond).await;
    assert_eq!(beyond["data"]["total_affected_items"], total);
    assert!(items(&beyond).is_empty());
    let debs = session
        .get_ok("/experimental/syscollector/packages?format=deb&name=openssh-server&limit=500")
        .await;
    let debs = items(&debs);
    assert!(!debs.is_empty());
    assert!(debs
        .iter()
        .all(|p| p["format"] == "deb" && p["name"] == "openssh-server"));
    let page = session
        .get_ok(
            "/experimental/syscollector/packages?sort=-agent_id,name&select=name&offset=1&limit=2",
        )
        .await;
    assert_eq!(page["data"]["total_affected_items"], total);
    let page = items(&page);
    assert_eq!(page.len(), 2);
    assert!(page[0].get("version").is_none() && page[0]["name"].is_string());
    let (status, answer) = session
        .get("/experimental/syscollector/packages?q=name=bash")
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "no q: {answer}");
}

#[tokio::test]
async fn fleet_reads_name_unknown_agents_as_failures() {
    let session = experimental().await;
    let answer = session
        .get_ok("/experimental/syscollector/os?agents_list=001,999")
        .await;
    assert_eq!(failed(&answer), [(1701, vec!["999".to_string()])]);
    assert_eq!(ids_of(&answer), ["001"]);
    assert_eq!(
        answer["message"],
        "Some syscollector information was not returned"
    );
    let ciscat = session
        .get_ok("/experimental/ciscat/results?agents_list=001")
        .await;
    assert_eq!(ids_of(&ciscat), ["001"]);
    assert!(items(&ciscat)[0]["score"].is_number());
}

/// The `agent_id` of each item.
fn ids_of(answer: &Value) -> Vec<String> {
    let ids = items(answer).iter();
    ids.map(|item| item["agent_id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn a_user_limited_to_a_group_sees_only_its_agents_items() {
    let session = experimental().await;
    let spawned = &session.spawned;
    let members = ids(&session.get_ok("/groups/group1/agents?limit=500").await);
    let all = ids(&session.get_ok("/agents?limit=500&q=id!=000").await);
    let outside = all.iter().find(|id| !members.contains(id)).unwrap();
    let group1 = policy(&["syscollector:read"], &["agent:group:group1"], "allow");
    let token = token_with(spawned, "group1-fleet", vec![group1]).await;
    let get = reqwest::Method::GET;
    let path = "/experimental/syscollector/hardware?limit=500";
    let (status, answer) = send_as(spawned, &token, get.clone(), path).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let seen = ids_of(&answer);
    assert!(!seen.is_empty());
    assert!(seen.iter().all(|id| members.contains(id)), "{seen:?}");
    let listed = format!(
        "/experimental/syscollector/hardware?agents_list={},{outside}",
        members[0]
    );
    let (status, answer) = send_as(spawned, &token, get.clone(), &listed).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(failed(&answer), [(4000, vec![outside.clone()])]);
    let only_outside = format!("/experimental/syscollector/hardware?agents_list={outside}");
    let (status, answer) = send_as(spawned, &token, get, &only_outside).await;
    assert_eq!((status, code(&answer)), (StatusCode::FORBIDDEN, Some(4000)));
}

#[tokio::test]
async fn bulk_clearings_follow_the_per_agent_rules() {
    let session = experimental().await;
    let agents = session.get_ok("/agents?limit=500").await;
    let old = items(&agents)
        .iter()
        .find(|agent| agent["version"] == "Wazuh v3.9.2")
        .expect("an agent before 3.12");
    let old = old["id"].as_str().unwrap();
    let path = format!("/experimental/syscheck?agents_list=001,{old},999");
    let (status, answer) = session.delete(&path).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(ids(&answer), [old.to_string()]);
    assert_eq!(
        failed(&answer),
        [
            (1701, vec!["999".to_string()]),
            (1760, vec!["001".to_string()])
        ]
    );
    assert_eq!(
        answer["message"],
        "Syscheck database was not cleared on some agents"
    );
    let (status, answer) = session.delete("/experimental/syscheck").await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "agents_list is required: {answer}"
    );
    assert!(!items(&session.get_ok("/rootcheck/001").await).is_empty());
    let (status, answer) = session
        .delete("/experimental/rootcheck?agents_list=all")
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let cleared = ids(&answer);
    assert!(
        cleared.contains(&"001".to_string()) && cleared.len() > 5,
        "{cleared:?}"
    );
    assert_eq!(
        session.get_ok("/rootcheck/001").await["data"]["total_affected_items"],
        0
    );
}
