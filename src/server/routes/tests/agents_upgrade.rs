//! Agent upgrades and tasks over a real loopback socket, on a fresh demo database per test
//! (manager v4.12.0; active agents 003 v4.11.2 and 006 v4.10.1 on worker1 are the outdated
//! ones; 001 is active at v4.12.0 on worker2; 009 is disconnected, 011 never connected). The
//! task engine is driven by hand (`task_engine::advance`) with a simulated clock.

use super::{failed, items, session, Session};
use crate::server::task_engine;
use reqwest::{Method, StatusCode};

/// Runs the task engine as if `seconds` had passed since now, with 1-second phases.
async fn advance_by(server: &Session, seconds: i64) -> usize {
    let now = chrono::Utc::now().timestamp() + seconds;
    task_engine::advance(&server.spawned.state, now, 1)
        .await
        .unwrap()
}
fn group(code: u64, ids: &[&str]) -> (u64, Vec<String>) {
    (code, ids.iter().map(|id| id.to_string()).collect())
}

/// The `(agent, status)` pairs of `GET /tasks/status` with a query.
async fn task_statuses(server: &Session, query: &str) -> Vec<(String, String)> {
    let answer = server.get_ok(&format!("/tasks/status?{query}")).await;
    items(&answer)
        .iter()
        .map(|task| {
            (
                task["agent_id"].as_str().unwrap().to_string(),
                task["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn upgrade_creates_tasks_for_eligible_agents_and_fails_the_others_by_code() {
    let server = session().await;
    let answer = server
        .put_ok("/agents/upgrade?agents_list=000,006,3,999,abc,009,001,011")
        .await;
    assert_eq!(answer["error"], 2);
    assert_eq!(answer["message"], "Some upgrade tasks were not created");
    let created: Vec<(&str, u64)> = items(&answer)
        .iter()
        .map(|item| {
            (
                item["agent"].as_str().unwrap(),
                item["task_id"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(created, [("003", 1), ("006", 2)]);
    assert_eq!(
        failed(&answer),
        [
            group(1701, &["999", "abc"]),
            group(1703, &["000"]),
            group(1707, &["009", "011"]),
            group(1824, &["001"]),
        ]
    );
    let not_newer = &answer["data"]["failed_items"][3]["error"];
    assert_eq!(
        not_newer["message"],
        "Current agent version is greater or equal"
    );
    assert!(not_newer.get("remediation").is_none());
    assert_eq!(answer["data"]["total_failed_items"], 6);
}

#[tokio::test]
async fn an_agent_with_a_running_upgrade_cannot_start_another() {
    let server = session().await;
    server.put_ok("/agents/upgrade?agents_list=003").await;
    let again = server.put_ok("/agents/upgrade?agents_list=003").await;
    assert_eq!(again["error"], 1);
    assert_eq!(again["message"], "No upgrade task was created");
    assert_eq!(failed(&again), [group(1819, &["003"])]);
    assert_eq!(
        again["data"]["failed_items"][0]["error"]["message"],
        "Upgrade procedure could not start. Agent already upgrading"
    );
}

#[tokio::test]
async fn force_lifts_the_version_checks_and_the_target_may_be_given() {
    let server = session().await;
    let beyond = server
        .put_ok("/agents/upgrade?agents_list=003&upgrade_version=v4.13.0")
        .await;
    assert_eq!(failed(&beyond), [group(1825, &["003"])]);
    let forced = server
        .put_ok("/agents/upgrade?agents_list=001,003&upgrade_version=4.13.0&force=true&use_http=true&package_type=deb&wpk_repo=packages.example.com/wpk/")
        .await;
    assert_eq!(forced["error"], 0, "{forced}");
    assert_eq!(forced["message"], "All upgrade tasks were created");
    assert_eq!(items(&forced).len(), 2);
    advance_by(&server, 1).await;
    advance_by(&server, 2).await;
    let agents = server
        .get_ok("/agents?agents_list=001,003&select=version")
        .await;
    for agent in items(&agents) {
        assert_eq!(agent["version"], "Wazuh v4.13.0");
    }
}

#[tokio::test]
async fn bad_upgrade_parameters_are_400s() {
    let server = session().await;
    for path in [
        "/agents/upgrade",
        "/agents/upgrade?agents_list=003&package_type=msi",
        "/agents/upgrade?agents_list=003&upgrade_version=latest",
        "/agents/upgrade_custom?agents_list=003",
        "/agents/upgrade?agents_list=003&installer=x",
    ] {
        let (status, answer) = server.send(Method::PUT, path).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {answer}");
    }
    let (_, answer) = server.send(Method::PUT, "/agents/upgrade").await;
    assert_eq!(answer["detail"], "Missing query parameter 'agents_list'");
}

#[tokio::test]
async fn more_than_a_hundred_agents_in_one_call_are_taken_as_wazuh_does() {
    let server = session().await;
    let ids: Vec<String> = (1..=150).map(|id| id.to_string()).collect();
    let answer = server
        .put_ok(&format!("/agents/upgrade?agents_list={}", ids.join(",")))
        .await;
    let agents: Vec<&str> = items(&answer)
        .iter()
        .map(|item| item["agent"].as_str().unwrap())
        .collect();
    assert_eq!(agents, ["003", "006"]);
    assert_eq!(answer["data"]["total_failed_items"], 148);
    assert_eq!(failed(&answer)[0].0, 1701);
    assert_eq!(failed(&answer)[0].1.len(), 138);
}

#[tokio::test]
async fn all_upgrades_every_eligible_agent_but_never_the_manager() {
    let server = session().await;
    let answer = server.put_ok("/agents/upgrade?agents_list=all").await;
    let agents: Vec<&str> = items(&answer)
        .iter()
        .map(|item| item["agent"].as_str().unwrap())
        .collect();
    assert_eq!(agents, ["003", "006"]);
    // As Wazuh's `exclude_codes`: with no ids named, the agents an upgrade does not apply to
    // (inactive, up to date, the manager) are left out rather than failed.
    assert_eq!(failed(&answer), []);
    assert_eq!(answer["error"], 0);
    let again = server.put_ok("/agents/upgrade?agents_list=all").await;
    assert_eq!(
        again["data"]["total_affected_items"], 0,
        "already upgrading"
    );
    assert_eq!(failed(&again), []);
}

#[tokio::test]
async fn results_of_every_agent_leave_out_the_agents_without_a_task() {
    let server = session().await;
    server.put_ok("/agents/upgrade?agents_list=003").await;
    let answer = server.get_ok("/agents/upgrade_result").await;
    let agents: Vec<&str> = items(&answer)
        .iter()
        .map(|item| item["agent"].as_str().unwrap())
        .collect();
    assert_eq!(agents, ["003"]);
    assert_eq!(failed(&answer), []);
}

#[tokio::test]
async fn agents_the_filters_leave_out_are_not_eligible() {
    let server = session().await;
    let answer = server
        .put_ok("/agents/upgrade?agents_list=001,003,006&q=id!=006&node_name=worker1")
        .await;
    assert_eq!(items(&answer)[0]["agent"], "003");
    assert_eq!(failed(&answer), [group(1731, &["001", "006"])]);
    assert_eq!(
        answer["data"]["failed_items"][0]["error"]["message"],
        "Agent is not eligible for the action to be performed"
    );
}

#[tokio::test]
async fn a_task_goes_through_its_states_and_the_agent_ends_upgraded() {
    let server = session().await;
    server.put_ok("/agents/upgrade?agents_list=003").await;
    assert_eq!(
        task_statuses(&server, "").await,
        [("003".into(), "Pending".into())]
    );
    assert_eq!(
        advance_by(&server, 0).await,
        0,
        "a phase has not passed yet"
    );
    assert_eq!(advance_by(&server, 1).await, 1);
    assert_eq!(task_statuses(&server, "").await[0].1, "In progress");
    let outdated = server.get_ok("/agents/outdated").await;
    assert!(items(&outdated).iter().any(|agent| agent["id"] == "003"));
    assert_eq!(advance_by(&server, 2).await, 1);
    assert_eq!(task_statuses(&server, "").await[0].1, "Done");
    let agent = server.get_ok("/agents?agents_list=003").await;
    assert_eq!(items(&agent)[0]["version"], "Wazuh v4.12.0");
    let outdated = server.get_ok("/agents/outdated").await;
    assert!(!items(&outdated).iter().any(|agent| agent["id"] == "003"));

    let result = server
        .get_ok("/agents/upgrade_result?agents_list=003,001,000,999")
        .await;
    let task = &items(&result)[0];
    assert_eq!(task["agent"], "003");
    assert_eq!(task["task_id"], 1);
    assert_eq!(task["status"], "Done");
    assert_eq!(task["message"], "Success");
    assert_eq!(task["module"], "upgrade_module");
    assert_eq!(task["command"], "upgrade");
    assert_eq!(task["node"], "worker1");
    assert!(task["update_time"].as_str().unwrap().ends_with("+00:00"));
    assert!(task["create_time"].is_string());
    assert_eq!(
        failed(&result),
        [
            group(1701, &["999"]),
            group(1703, &["000"]),
            group(1818, &["001"]),
        ]
    );
    assert_eq!(result["message"], "Some upgrade tasks were not returned");
}

#[tokio::test]
async fn a_custom_upgrade_needs_its_wpk_file_and_fails_when_it_is_gone() {
    let server = session().await;
    let missing = server.spawned.dir.path().join("missing.wpk");
    let answer = server
        .put_ok(&format!(
            "/agents/upgrade_custom?agents_list=003&file_path={}",
            missing.display()
        ))
        .await;
    assert_eq!(failed(&answer), [group(1826, &["003"])]);

    let wpk = server.spawned.dir.path().join("agent.wpk");
    std::fs::write(&wpk, b"wpk").unwrap();
    let path = format!(
        "/agents/upgrade_custom?agents_list=001&file_path={}&installer=upgrade.sh",
        wpk.display()
    );
    let answer = server.put_ok(&path).await;
    assert_eq!(
        items(&answer)[0]["agent"],
        "001",
        "no version check: {answer}"
    );
    std::fs::remove_file(&wpk).unwrap();
    advance_by(&server, 1).await;
    let tasks = server.get_ok("/tasks/status").await;
    assert_eq!(items(&tasks)[0]["status"], "Failed");
    assert_eq!(items(&tasks)[0]["command"], "upgrade_custom");
    assert_eq!(
        items(&tasks)[0]["error_message"],
        "The WPK file does not exist"
    );
    let result = server
        .get_ok("/agents/upgrade_result?agents_list=001")
        .await;
    assert_eq!(
        items(&result)[0]["error_msg"],
        "The WPK file does not exist"
    );
}

#[tokio::test]
async fn task_status_takes_its_filters_and_the_list_parameters() {
    let server = session().await;
    server.put_ok("/agents/upgrade?agents_list=003,006").await;
    let wpk = server.spawned.dir.path().join("agent.wpk");
    std::fs::write(&wpk, b"wpk").unwrap();
    server
        .put_ok(&format!(
            "/agents/upgrade_custom?agents_list=001&file_path={}",
            wpk.display()
        ))
        .await;
    let agents = |tasks: Vec<(String, String)>| -> Vec<String> {
        tasks.into_iter().map(|(agent, _)| agent).collect()
    };
    assert_eq!(
        agents(task_statuses(&server, "agents_list=3").await),
        ["003"]
    );
    assert_eq!(
        agents(task_statuses(&server, "tasks_list=1,3").await),
        ["003", "001"]
    );
    assert_eq!(
        agents(task_statuses(&server, "command=upgrade_custom").await),
        ["001"]
    );
    assert_eq!(
        agents(task_statuses(&server, "status=pending&node=worker1&module=upgrade_module").await),
        ["003", "006"]
    );
    assert_eq!(
        agents(task_statuses(&server, "q=agent_id=006").await),
        ["006"]
    );
    assert_eq!(
        agents(task_statuses(&server, "sort=-task_id&offset=1").await),
        ["006", "003"]
    );
    let page = server
        .get_ok("/tasks/status?select=status&limit=1&search=upgrade_custom")
        .await;
    assert_eq!(page["data"]["total_affected_items"], 1);
    let keys: Vec<&String> = items(&page)[0].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["task_id", "status"]);
    assert_eq!(page["message"], "All specified task's status were returned");
    let (status, answer) = server.send(Method::GET, "/tasks/status?q=nope=1").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["error"], 1408);
}
