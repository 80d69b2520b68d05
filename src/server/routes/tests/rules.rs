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
    assert_eq!(rule_ids(&user), [5704, 100001, 100002, 100003]);
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

/// `PUT path` with `body` as `application/octet-stream`.
pub async fn upload(session: &Session, path: &str, body: &str) -> (StatusCode, Value) {
    let octet = "application/octet-stream";
    session
        .send_body(reqwest::Method::PUT, path, octet, body)
        .await
}

/// The failed items of a write answer as `(code, path)`.
pub fn refusal(answer: &Value) -> (u64, String) {
    assert_eq!(answer["error"], 1, "{answer}");
    let failed = failed(answer);
    assert_eq!(failed.len(), 1, "{answer}");
    (failed[0].0, failed[0].1[0].clone())
}

const NEW_RULES: &str = r#"<group name="lab,">
  <rule id="100010" level="7">
    <if_sid>5710</if_sid>
    <description>lab: brute force on the bastion.</description>
  </rule>
</group>
"#;

#[tokio::test]
async fn a_rule_file_round_trips_and_reads_see_it_at_once() {
    let session = session().await;
    let put = ok(upload(&session, "/rules/files/lab_rules.xml", NEW_RULES).await);
    assert_eq!(put["message"], "Rule was successfully uploaded");
    assert_eq!(items(&put), &[serde_json::json!("etc/rules/lab_rules.xml")]);
    let on_disk = session.spawned.dir.path().join("etc/rules/lab_rules.xml");
    assert_eq!(std::fs::read_to_string(&on_disk).unwrap(), NEW_RULES);
    let raw = session
        .request(reqwest::Method::GET, "/rules/files/lab_rules.xml?raw=true")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.text().await.unwrap(), NEW_RULES);
    assert_eq!(
        rule_ids(&session.get_ok("/rules?rule_ids=100010").await),
        [100010]
    );

    let again = ok(upload(&session, "/rules/files/lab_rules.xml", NEW_RULES).await);
    assert_eq!(refusal(&again), (1905, "etc/rules/lab_rules.xml".into()));
    assert_eq!(again["message"], "Could not upload rule");
    let changed = NEW_RULES.replace("level=\"7\"", "level=\"9\"");
    let path = "/rules/files/lab_rules.xml?overwrite=true&relative_dirname=etc/rules/";
    ok(upload(&session, path, &changed).await);
    let rule = session.get_ok("/rules?rule_ids=100010").await;
    assert_eq!(items(&rule)[0]["level"], 9);

    let deleted = ok(session.delete("/rules/files/lab_rules.xml").await);
    assert_eq!(deleted["message"], "Rule was successfully deleted");
    assert!(!on_disk.exists());
    let gone = session.get_ok("/rules?rule_ids=100010").await;
    assert_eq!(gone["data"]["failed_items"][0]["error"]["code"], 1208);
    let twice = ok(session.delete("/rules/files/lab_rules.xml").await);
    assert_eq!(refusal(&twice), (1906, "etc/rules/lab_rules.xml".into()));
}

#[tokio::test]
async fn bad_rule_files_are_refused_and_the_file_stays_as_it_was() {
    let session = session().await;
    let local = session.spawned.dir.path().join("etc/rules/local_rules.xml");
    let before = std::fs::read_to_string(&local).unwrap();
    let path = "/rules/files/local_rules.xml?overwrite=true";
    let duplicate = NEW_RULES.replace("100010", "5710");
    let unknown_parent = NEW_RULES.replace("<if_sid>5710", "<if_sid>99999");
    for (body, wanted) in [
        ("<group name=\"x,\"><rule id=\"1\"", 1113),
        (
            "<group name=\"x,\"><rule id=\"x\" level=\"1\"/></group>",
            1114,
        ),
        (duplicate.as_str(), 1114),
        (unknown_parent.as_str(), 1114),
        ("  \n", 1112),
    ] {
        let answer = ok(upload(&session, path, body).await);
        assert_eq!(
            refusal(&answer),
            (wanted, "etc/rules/local_rules.xml".into()),
            "{body}"
        );
        assert_eq!(std::fs::read_to_string(&local).unwrap(), before, "{body}");
    }
    let detail = ok(upload(&session, path, &unknown_parent).await);
    let message = detail["data"]["failed_items"][0]["error"]["message"].to_string();
    assert!(message.contains("if_sid 99999"), "{message}");
    let leftovers = std::fs::read_dir(local.parent().unwrap()).unwrap();
    assert!(leftovers
        .filter_map(Result::ok)
        .all(|entry| !entry.file_name().to_string_lossy().starts_with('.')));
    assert_eq!(
        rule_ids(&session.get_ok("/rules?rule_ids=100001").await),
        [100001]
    );
    let overwrite = NEW_RULES
        .replace(r#"id="100010""#, r#"id="5712" overwrite="yes""#)
        .replace("<if_sid>5710", "<if_sid>5701");
    assert_eq!(ok(upload(&session, path, &overwrite).await)["error"], 0);
    let both = session.get_ok("/rules?rule_ids=5712&select=level").await;
    assert_eq!(rule_ids(&both), [5712, 5712]);
}

#[tokio::test]
async fn default_rules_are_read_only_and_names_cannot_leave_the_directory() {
    let session = session().await;
    let default = session
        .spawned
        .dir
        .path()
        .join("ruleset/rules/0010-base_rules.xml");
    let before = std::fs::read_to_string(&default).unwrap();
    for path in [
        "/rules/files/0010-base_rules.xml?overwrite=true",
        "/rules/files/mine.xml?relative_dirname=ruleset/rules",
    ] {
        let answer = ok(upload(&session, path, NEW_RULES).await);
        assert_eq!(refusal(&answer).0, 1210, "{path}");
    }
    let other_dir = ok(upload(
        &session,
        "/rules/files/x.xml?relative_dirname=etc/x",
        NEW_RULES,
    )
    .await);
    assert_eq!(refusal(&other_dir).0, 1209);
    let deleted = ok(session.delete("/rules/files/0010-base_rules.xml").await);
    assert_eq!(refusal(&deleted).0, 1210);
    assert_eq!(std::fs::read_to_string(&default).unwrap(), before);
    for path in [
        "/rules/files/..%2F..%2Fetc%2Fpasswd.xml",
        "/rules/files/notxml.txt",
        "/rules/files/x.xml?relative_dirname=etc/rules/../../tmp",
    ] {
        let (status, answer) = upload(&session, path, NEW_RULES).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {answer}");
    }
    let (status, _) = session
        .send_body(
            reqwest::Method::PUT,
            "/rules/files/a.xml",
            "application/json",
            "{}",
        )
        .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}
