//! `GET /syscollector/{agent_id}/*`: each agent's inventory, consistent with its OS, through
//! the list pipeline and the operations' field filters.

use super::rbac::{policy, send_as, token_with};
use super::*;

#[tokio::test]
async fn packages_follow_the_agents_os() {
    let session = session().await;
    let ubuntu = agent_on(&session, "ubuntu").await;
    let windows = agent_on(&session, "windows").await;
    let debs = session
        .get_ok(&format!("/syscollector/{ubuntu}/packages?limit=500"))
        .await;
    assert_eq!(
        debs["message"],
        "All specified syscollector information was returned"
    );
    let debs = items(&debs);
    assert!(debs.len() >= 15, "{debs:?}");
    assert!(debs
        .iter()
        .all(|p| p["format"] == "deb" && p["agent_id"] == ubuntu.as_str()));
    assert!(debs.iter().any(|p| p["name"] == "openssh-server"));
    let programs = session
        .get_ok(&format!(
            "/syscollector/{windows}/packages?format=win&limit=500"
        ))
        .await;
    let programs = items(&programs);
    assert!(programs.iter().any(|p| p["name"] == "Wazuh Agent"));
    assert!(programs.iter().all(|p| p["format"] == "win"));
    let no_debs = session
        .get_ok(&format!("/syscollector/{windows}/packages?format=deb"))
        .await;
    assert_eq!(no_debs["data"]["total_affected_items"], 0);
    assert_eq!(
        no_debs["message"],
        "No syscollector information was returned"
    );
    let hotfixes = session
        .get_ok(&format!("/syscollector/{windows}/hotfixes"))
        .await;
    assert!(items(&hotfixes)[0]["hotfix"]
        .as_str()
        .unwrap()
        .starts_with("KB"));
    let none = session
        .get_ok(&format!("/syscollector/{ubuntu}/hotfixes"))
        .await;
    assert_eq!(
        none["data"]["total_affected_items"], 0,
        "Linux has no hotfixes"
    );
}

#[tokio::test]
async fn an_inventory_reads_the_same_twice_and_takes_wql_sort_select_and_filters() {
    let session = session().await;
    let ubuntu = agent_on(&session, "ubuntu").await;
    let path = format!("/syscollector/{ubuntu}/packages?sort=-name&select=name,version");
    let first = session.get_ok(&path).await;
    assert_eq!(
        first,
        session.get_ok(&path).await,
        "generated the same on every read"
    );
    let names: Vec<&str> = items(&first)
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let mut sorted = names.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(names, sorted);
    assert_eq!(
        items(&first)[0]
            .as_object()
            .unwrap()
            .keys()
            .collect::<Vec<_>>(),
        ["name", "version"]
    );
    let ssh = session
        .get_ok(&format!(
            "/syscollector/{ubuntu}/ports?local.port=22&protocol=TCP"
        ))
        .await;
    let [port] = &items(&ssh)[..] else {
        panic!("one ssh port: {ssh}")
    };
    assert_eq!(
        (port["process"].as_str(), port["state"].as_str()),
        (Some("sshd"), Some("listening"))
    );
    let by_pid = session
        .get_ok(&format!(
            "/syscollector/{ubuntu}/processes?pid={}",
            port["pid"]
        ))
        .await;
    assert_eq!(items(&by_pid)[0]["name"], "sshd");
    let wql = session
        .get_ok(&format!(
            "/syscollector/{ubuntu}/processes?q=euser=root;name~wazuh"
        ))
        .await;
    assert!(items(&wql).len() >= 2 && items(&wql).iter().all(|p| p["euser"] == "root"));
}

#[tokio::test]
async fn hardware_os_and_network_describe_the_agent() {
    let session = session().await;
    let ubuntu = agent_on(&session, "ubuntu").await;
    let agents = session
        .get_ok(&format!("/agents?agents_list={ubuntu}"))
        .await;
    let agent = &items(&agents)[0];
    let os = session.get_ok(&format!("/syscollector/{ubuntu}/os")).await;
    let os = &items(&os)[0];
    assert_eq!(os["os"]["platform"], "ubuntu");
    assert_eq!(os["os"]["version"], agent["os"]["version"]);
    assert_eq!(os["hostname"], agent["name"]);
    assert_eq!(os["sysname"], "Linux");
    let hardware = session
        .get_ok(&format!("/syscollector/{ubuntu}/hardware"))
        .await;
    let ram = &items(&hardware)[0]["ram"];
    assert!(ram["free"].as_u64().unwrap() < ram["total"].as_u64().unwrap());
    let addresses = session
        .get_ok(&format!("/syscollector/{ubuntu}/netaddr?iface=eth0"))
        .await;
    assert_eq!(items(&addresses)[0]["address"], agent["ip"]);
    let loopback = session
        .get_ok(&format!("/syscollector/{ubuntu}/netiface?mtu=65536"))
        .await;
    assert_eq!(items(&loopback)[0]["name"], "lo");
}

#[tokio::test]
async fn unknown_agents_fail_and_agents_without_an_os_have_no_inventory() {
    let session = session().await;
    let unknown = session.get_ok("/syscollector/999/packages").await;
    assert_eq!(failed(&unknown), [(1701, vec!["999".to_string()])]);
    let never = ids(&session
        .get_ok("/agents?status=never_connected&limit=1")
        .await);
    if let Some(never) = never.first() {
        let empty = session
            .get_ok(&format!("/syscollector/{never}/packages"))
            .await;
        assert_eq!(empty["data"]["total_affected_items"], 0);
    }
    let (status, refused) = session.get("/syscollector/001/packages?hotfix=x").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
}

#[tokio::test]
async fn a_user_limited_to_a_group_reads_only_its_agents_inventories() {
    let session = session().await;
    let spawned = &session.spawned;
    let members = ids(&session.get_ok("/groups/group1/agents?limit=500").await);
    let all = ids(&session.get_ok("/agents?limit=500&q=id!=000").await);
    let outside = all
        .iter()
        .find(|id| !members.contains(id))
        .expect("an agent outside group1");
    let group1 = policy(&["syscollector:read"], &["agent:group:group1"], "allow");
    let token = token_with(spawned, "group1-inventory", vec![group1]).await;
    let inside = format!("/syscollector/{}/packages", members[0]);
    let (status, answer) = send_as(spawned, &token, reqwest::Method::GET, &inside).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert!(answer["data"]["total_affected_items"].as_u64().unwrap() > 0);
    let refused = format!("/syscollector/{outside}/packages");
    let (status, answer) = send_as(spawned, &token, reqwest::Method::GET, &refused).await;
    assert_eq!((status, code(&answer)), (StatusCode::FORBIDDEN, Some(4000)));
}
