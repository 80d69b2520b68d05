//! `GET /sca/{agent_id}` and `/sca/{agent_id}/checks/{policy_id}`: the policy of each agent's
//! OS, its checks and results, and the counts that agree with them.

use super::*;

#[tokio::test]
async fn a_policy_counts_the_results_of_its_checks() {
    let session = session().await;
    let ubuntu = agent_on(&session, "ubuntu").await;
    let policies = session.get_ok(&format!("/sca/{ubuntu}")).await;
    assert_eq!(
        policies["message"],
        "All selected SCA information was returned"
    );
    let policy = &items(&policies)[0];
    let id = policy["policy_id"].as_str().unwrap();
    assert!(id.starts_with("cis_ubuntu"), "{id}");
    let checks = session
        .get_ok(&format!("/sca/{ubuntu}/checks/{id}?limit=500"))
        .await;
    assert_eq!(
        checks["message"],
        "All selected SCA/policy information was returned"
    );
    let checks = items(&checks);
    assert_eq!(
        checks.len() as u64,
        policy["total_checks"].as_u64().unwrap()
    );
    let count = |result: &str| checks.iter().filter(|c| c["result"] == result).count() as u64;
    assert_eq!(count("passed"), policy["pass"].as_u64().unwrap());
    assert_eq!(count("failed"), policy["fail"].as_u64().unwrap());
    assert_eq!(count("not applicable"), policy["invalid"].as_u64().unwrap());
    let (pass, fail) = (count("passed"), count("failed"));
    assert_eq!(
        policy["score"].as_u64().unwrap(),
        pass * 100 / (pass + fail)
    );
    let failed = session
        .get_ok(&format!(
            "/sca/{ubuntu}/checks/{id}?result=failed&select=title"
        ))
        .await;
    assert_eq!(
        failed["data"]["total_affected_items"].as_u64().unwrap(),
        fail
    );
    let none = session
        .get_ok(&format!("/sca/{ubuntu}/checks/cis_win2022"))
        .await;
    assert_eq!(
        none["data"]["total_affected_items"], 0,
        "a policy the agent does not run"
    );
}

#[tokio::test]
async fn windows_agents_run_windows_checks_with_registry_rules() {
    let session = session().await;
    let windows = agent_on(&session, "windows").await;
    let policy = session.get_ok(&format!("/sca/{windows}")).await;
    let id = items(&policy)[0]["policy_id"].as_str().unwrap().to_string();
    assert!(id.starts_with("cis_win"), "{id}");
    let registry = session
        .get_ok(&format!("/sca/{windows}/checks/{id}?q=registry~SOFTWARE"))
        .await;
    let rules = &items(&registry)[0]["rules"][0];
    assert_eq!(rules["type"], "registry", "{registry}");
    let unknown = session.get_ok("/sca/999").await;
    assert_eq!(failed(&unknown), [(1701, vec!["999".to_string()])]);
}
