//! `GET /sca/{agent_id}`, `/sca/{agent_id}/checks/{policy_id}` and
//! `/ciscat/{agent_id}/results`: the policy and benchmark of each agent's OS, its checks and
//! results, and the counts that agree with them.

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

#[tokio::test]
async fn ciscat_results_name_the_benchmark_of_the_agents_os_and_take_filters() {
    let session = session().await;
    let windows = agent_on(&session, "windows").await;
    let results = session.get_ok(&format!("/ciscat/{windows}/results")).await;
    assert_eq!(results["message"], "All CISCAT results were returned");
    let result = &items(&results)[0];
    assert!(
        result["benchmark"].as_str().unwrap().contains("Windows"),
        "{result}"
    );
    let (pass, fail) = (
        result["pass"].as_u64().unwrap(),
        result["fail"].as_u64().unwrap(),
    );
    assert_eq!(
        result["score"].as_u64().unwrap(),
        pass * 100 / (pass + fail)
    );
    let same = session
        .get_ok(&format!("/ciscat/{windows}/results?pass={pass}"))
        .await;
    assert_eq!(same["data"]["total_affected_items"], 1);
    let other = session
        .get_ok(&format!("/ciscat/{windows}/results?pass={}", pass + 1))
        .await;
    assert_eq!(other["data"]["total_affected_items"], 0);
}
