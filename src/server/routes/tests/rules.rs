//! `GET /rules`, `/rules/groups`, `/rules/requirement/{requirement}`, `/rules/files` and
//! `/rules/files/{filename}` over the demo ruleset.

use super::rbac::{policy, send_as, token_with};
use super::*;

/// The `id`s of a rules answer.
fn rule_ids(answer: &Value) -> Vec<i64> {
    items(answer)
        .iter()
        .map(|rule| rule["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn rules_are_listed_by_id_in_wazuh_shape_with_the_spec_filters() {
    let session = session().await;
    let all = session.get_ok("/rules?limit=1").await;
    assert!(all["data"]["total_affected_items"].as_u64().unwrap() >= 60);
    assert_eq!(all["message"], "All selected rules were returned");
    assert_eq!(items(&all)[0]["id"], 1);
    assert_eq!(items(&all)[0]["filename"], "0010-base_rules.xml");
    let high = session.get_ok("/rules?level=12-15&limit=500").await;
    let levels = items(&high)
        .iter()
        .map(|rule| rule["level"].as_i64().unwrap());
    assert!(levels.clone().all(|level| (12..=15).contains(&level)));
    assert!(levels.count() >= 4);
    let exact = session.get_ok("/rules?level=10&group=sshd").await;
    assert_eq!(rule_ids(&exact), [5710, 5711]);
    let pci = session.get_ok("/rules?pci_dss=11.4&mitre=T1110.001").await;
    assert_eq!(rule_ids(&pci), [5710]);
    let nist = session.get_ok("/rules?nist-800-53=SC.7&tsc=CC6.7").await;
    assert_eq!(rule_ids(&nist), [4101, 4102, 4103, 4104]);
    let user = session
        .get_ok("/rules?relative_dirname=etc&status=enabled")
        .await;
    assert_eq!(rule_ids(&user), [100001, 100002]);
    let files = "/rules?filename=0090-firewall_rules.xml,0010-base_rules.xml&select=description";
    let files = session.get_ok(files).await;
    assert_eq!(
        rule_ids(&files),
        [1, 2, 3, 4, 4100, 4101, 4102, 4103, 4104, 4105]
    );
    assert_eq!(
        items(&files)[0],
        serde_json::json!({"id": 1, "description": "Base template: any syslog event."})
    );
}

#[tokio::test]
async fn rules_take_wql_sort_search_and_name_unknown_ids() {
    let session = session().await;
    let query = session
        .get_ok("/rules?q=level>11;groups=web&sort=-level,id")
        .await;
    assert_eq!(rule_ids(&query), [31110]);
    let search = session.get_ok("/rules?search=promiscuous").await;
    assert_eq!(rule_ids(&search), [1007]);
    let named = session.get_ok("/rules?rule_ids=5701,99999,5702").await;
    assert_eq!(rule_ids(&named), [5701, 5702]);
    assert_eq!(named["error"], 2);
    assert_eq!(named["data"]["total_failed_items"], 1);
    assert_eq!(named["data"]["failed_items"][0]["error"]["code"], 1208);
    assert_eq!(named["data"]["failed_items"][0]["id"][0], 99999);
    for bad in [
        "level=high",
        "level=1-2-3",
        "status=on",
        "rule_ids=x",
        "sort=nope",
    ] {
        let (status, answer) = session.get(&format!("/rules?{bad}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {answer}");
    }
}

#[tokio::test]
async fn groups_and_requirements_are_sorted_names() {
    let session = session().await;
    let groups = session.get_ok("/rules/groups").await;
    assert_eq!(groups["message"], "All groups in rules were returned");
    let names: Vec<&str> = items(&groups).iter().map(|g| g.as_str().unwrap()).collect();
    assert!(names.contains(&"sshd") && names.contains(&"firewall_drop"));
    assert!(names.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(!names.iter().any(|name| name.starts_with("pci_dss")));
    let last = session
        .get_ok("/rules/groups?sort=-&limit=1&search=auth")
        .await;
    assert_eq!(items(&last), &[serde_json::json!("authentication_success")]);
    let nist = session.get_ok("/rules/requirement/nist-800-53").await;
    assert!(items(&nist).contains(&serde_json::json!("AU.14")));
    let mitre = session
        .get_ok("/rules/requirement/MITRE?search=T1548")
        .await;
    assert_eq!(
        items(&mitre),
        &[serde_json::json!("T1548"), serde_json::json!("T1548.003")]
    );
    let (status, _) = session.get("/rules/requirement/iso27001").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn rule_files_are_listed_and_read_as_json_or_raw() {
    let session = session().await;
    let files = session
        .get_ok("/rules/files?relative_dirname=etc/rules")
        .await;
    assert_eq!(
        items(&files),
        &[serde_json::json!({"filename": "local_rules.xml",
            "relative_dirname": "etc/rules", "status": "enabled"})]
    );
    assert_eq!(files["message"], "All rule files were returned");
    let named = "/rules/files?filename=0050-sshd_rules.xml,0060-pam_rules.xml&status=all";
    assert_eq!(items(&session.get_ok(named).await).len(), 2);
    let disabled = session.get_ok("/rules/files?status=disabled").await;
    assert_eq!(disabled["data"]["total_affected_items"], 0);

    let file = session.get_ok("/rules/files/0010-base_rules.xml").await;
    assert_eq!(file["message"], "Selected rule was returned");
    let document = &items(&file)[0];
    assert_eq!(document["group"][1]["@name"], "firewall,");
    assert_eq!(document["group"][1]["rule"]["@noalert"], "1");
    let raw = session
        .request(
            reqwest::Method::GET,
            "/rules/files/local_rules.xml?raw=true",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(raw.headers()["content-type"], "application/xml");
    let text = raw.text().await.unwrap();
    assert!(text.contains("<rule id=\"100001\" level=\"5\">"), "{text}");
    let elsewhere = "/rules/files/local_rules.xml?relative_dirname=ruleset/rules";
    let missing = session.get_ok(elsewhere).await;
    assert_eq!(missing["error"], 1);
    assert_eq!(missing["data"]["failed_items"][0]["error"]["code"], 1415);
    assert_eq!(
        missing["data"]["failed_items"][0]["id"][0],
        "local_rules.xml"
    );
}

#[tokio::test]
async fn reads_are_limited_to_the_rule_files_the_caller_may_read() {
    let session = session().await;
    let spawned = &session.spawned;
    let sshd_only = policy(&["rules:read"], &["rule:file:0050-sshd_rules.xml"], "allow");
    let token = token_with(spawned, "sshd-reader", vec![sshd_only]).await;
    let get = |path: &'static str| send_as(spawned, &token, reqwest::Method::GET, path);
    let rules = ok(get("/rules?limit=500").await);
    let files: Vec<&str> = items(&rules)
        .iter()
        .map(|r| r["filename"].as_str().unwrap())
        .collect();
    assert!(!files.is_empty() && files.iter().all(|file| *file == "0050-sshd_rules.xml"));
    let groups = ok(get("/rules/groups").await);
    assert!(!items(&groups).contains(&serde_json::json!("firewall")));
    let listing = ok(get("/rules/files").await);
    assert_eq!(items(&listing).len(), 1);
    let (status, answer) = get("/rules/files/0010-base_rules.xml").await;
    assert_eq!((status, code(&answer)), (StatusCode::FORBIDDEN, Some(4000)));
}
