//! `GET|DELETE /syscheck/{agent_id}`, `/rootcheck/{agent_id}` and their `last_scan`: results
//! that follow the agent's scans, clearings that last until the next scan, the spec's filters
//! and `agent:group` RBAC.

use super::rbac::{policy, send_as, token_with};
use super::*;
use chrono::{DateTime, Utc};
use serde_json::json;
use std::collections::BTreeMap;

/// The entries of a syscheck answer by file and type: their changes and MD5.
fn by_file(answer: &Value) -> BTreeMap<String, (u64, Value)> {
    let entries = items(answer).iter().map(|item| {
        let key = format!("{}|{}", item["file"], item["type"]);
        (
            key,
            (item["changes"].as_u64().unwrap(), item["md5"].clone()),
        )
    });
    entries.collect()
}

#[tokio::test]
async fn a_syscheck_scan_moves_the_last_scan_and_changes_a_few_entries() {
    let session = session().await;
    let ubuntu = agent_on(&session, "ubuntu").await;
    let before = session
        .get_ok(&format!("/syscheck/{ubuntu}?limit=500"))
        .await;
    assert_eq!(before["message"], "FIM findings of the agent were returned");
    let first = session
        .get_ok(&format!("/syscheck/{ubuntu}/last_scan"))
        .await;
    assert_eq!(
        first["message"],
        "Last syscheck scan of the agent was returned"
    );
    let started = Utc::now();
    session
        .put_ok(&format!("/syscheck?agents_list={ubuntu}"))
        .await;
    let last = session
        .get_ok(&format!("/syscheck/{ubuntu}/last_scan"))
        .await;
    let scan = &items(&last)[0];
    let start: DateTime<Utc> = scan["start"].as_str().unwrap().parse().unwrap();
    let end: DateTime<Utc> = scan["end"].as_str().unwrap().parse().unwrap();
    assert!(start >= started - chrono::Duration::seconds(1), "{last}");
    assert!(end > start, "{last}");
    assert_ne!(items(&first)[0], *scan);
    let after = session
        .get_ok(&format!("/syscheck/{ubuntu}?limit=500"))
        .await;
    let (before, after) = (by_file(&before), by_file(&after));
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    let changed: Vec<_> = before
        .iter()
        .filter(|(file, old)| after[*file] != **old)
        .collect();
    assert!((1..=2).contains(&changed.len()), "{changed:?}");
    for (file, (changes, md5)) in changed {
        assert_eq!(after[file].0, changes + 1, "{file}");
        assert_ne!(after[file].1, *md5, "{file}");
    }
}

#[tokio::test]
async fn syscheck_filters_by_checksum_type_and_summary() {
    let session = session().await;
    let windows = agent_on(&session, "windows").await;
    let all = session
        .get_ok(&format!("/syscheck/{windows}?limit=500"))
        .await;
    let value = items(&all)
        .iter()
        .find(|item| item["type"] == "registry_value")
        .expect("a registry value")
        .clone();
    let sha1 = value["sha1"].as_str().unwrap();
    let found = session
        .get_ok(&format!("/syscheck/{windows}?hash={sha1}"))
        .await;
    assert_eq!(items(&found), std::slice::from_ref(&value));
    let name = value["value"]["name"].as_str().unwrap();
    let named = session
        .get_ok(&format!(
            "/syscheck/{windows}?type=registry_value&value.name={name}"
        ))
        .await;
    assert_eq!(items(&named), &[value]);
    let keys = session
        .get_ok(&format!("/syscheck/{windows}?type=registry_key&arch=[x64]"))
        .await;
    assert!(items(&keys)
        .iter()
        .all(|item| item["type"] == "registry_key"));
    assert!(!items(&keys).is_empty());
    let summary = session
        .get_ok(&format!("/syscheck/{windows}?summary=true&limit=1"))
        .await;
    let mut fields: Vec<&String> = items(&summary)[0].as_object().unwrap().keys().collect();
    fields.sort();
    assert_eq!(fields, ["changes", "date", "file", "mtime"]);
    let unknown = session.get_ok("/syscheck/999").await;
    assert_eq!(failed(&unknown), [(1701, vec!["999".to_string()])]);
}

#[tokio::test]
async fn a_rootcheck_clearing_lasts_until_the_next_scan() {
    let session = session().await;
    let ubuntu = agent_on(&session, "ubuntu").await;
    let path = format!("/rootcheck/{ubuntu}");
    let events = session.get_ok(&path).await;
    assert_eq!(
        events["message"],
        "All selected rootcheck information was returned"
    );
    assert!(!items(&events).is_empty());
    let outstanding = session.get_ok(&format!("{path}?status=outstanding")).await;
    assert!(items(&outstanding)
        .iter()
        .all(|e| e["status"] == "outstanding"));
    let cleared = ok(session.delete(&path).await);
    assert_eq!(
        cleared["message"],
        "Rootcheck database was cleared on returned agents"
    );
    assert_eq!(ids(&cleared), [ubuntu.as_str()]);
    assert_eq!(
        session.get_ok(&path).await["data"]["total_affected_items"],
        0
    );
    let last = session.get_ok(&format!("{path}/last_scan")).await;
    assert_eq!(items(&last)[0], json!({"start": null, "end": null}));
    session
        .put_ok(&format!("/rootcheck?agents_list={ubuntu}"))
        .await;
    assert!(!items(&session.get_ok(&path).await).is_empty());
    let last = session.get_ok(&format!("{path}/last_scan")).await;
    assert!(items(&last)[0]["start"].is_string(), "{last}");
    let unknown = ok(session.delete("/rootcheck/999").await);
    assert_eq!(failed(&unknown), [(1701, vec!["999".to_string()])]);
}

#[tokio::test]
async fn syscheck_clears_only_agents_older_than_3_12() {
    let session = session().await;
    let ubuntu = agent_on(&session, "ubuntu").await;
    let refused = ok(session.delete(&format!("/syscheck/{ubuntu}")).await);
    assert_eq!(refused["message"], "No syscheck database was cleared");
    assert_eq!(failed(&refused), [(1760, vec![ubuntu.clone()])]);
    let agents = session.get_ok("/agents?select=version&limit=500").await;
    let old = items(&agents)
        .iter()
        .find(|agent| agent["version"] == "Wazuh v3.9.2")
        .expect("an agent before 3.12");
    let old = old["id"].as_str().unwrap();
    let path = format!("/syscheck/{old}");
    assert!(!items(&session.get_ok(&path).await).is_empty());
    let cleared = ok(session.delete(&path).await);
    assert_eq!(ids(&cleared), [old.to_string()]);
    assert_eq!(
        session.get_ok(&path).await["data"]["total_affected_items"],
        0
    );
}

#[tokio::test]
async fn a_user_limited_to_a_group_reads_and_clears_only_its_agents_results() {
    let session = session().await;
    let spawned = &session.spawned;
    let members = ids(&session.get_ok("/groups/group1/agents?limit=500").await);
    let all = ids(&session.get_ok("/agents?limit=500&q=id!=000").await);
    let outside = all.iter().find(|id| !members.contains(id)).unwrap();
    let actions = ["syscheck:read", "rootcheck:read", "rootcheck:clear"];
    let group1 = policy(&actions, &["agent:group:group1"], "allow");
    let token = token_with(spawned, "group1-scans", vec![group1]).await;
    let get = reqwest::Method::GET;
    for path in ["/syscheck/{}", "/rootcheck/{}/last_scan"] {
        let inside = path.replace("{}", &members[0]);
        let (status, answer) = send_as(spawned, &token, get.clone(), &inside).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        let refused = path.replace("{}", outside);
        let (status, answer) = send_as(spawned, &token, get.clone(), &refused).await;
        assert_eq!((status, code(&answer)), (StatusCode::FORBIDDEN, Some(4000)));
    }
    let delete = reqwest::Method::DELETE;
    let inside = format!("/rootcheck/{}", members[0]);
    let (status, answer) = send_as(spawned, &token, delete.clone(), &inside).await;
    assert_eq!(ids(&ok((status, answer))), [members[0].clone()]);
    let refused = format!("/rootcheck/{outside}");
    let before = session.get_ok(&refused).await;
    let (status, answer) = send_as(spawned, &token, delete, &refused).await;
    assert_eq!((status, code(&answer)), (StatusCode::FORBIDDEN, Some(4000)));
    assert_eq!(session.get_ok(&refused).await, before);
}

#[tokio::test]
async fn an_agent_that_never_connected_has_one_last_scan_without_dates() {
    let session = session().await;
    let never = session.ids_with_status("never_connected").await;
    let never = never.first().expect("a never-connected agent");
    for group in ["syscheck", "rootcheck"] {
        let answer = session.get_ok(&format!("/{group}/{never}/last_scan")).await;
        assert_eq!(answer["data"]["total_affected_items"], 1, "{answer}");
        assert_eq!(items(&answer)[0], json!({"start": null, "end": null}));
    }
}

#[tokio::test]
async fn rootcheck_status_all_is_no_filter() {
    let session = session().await;
    let path = "/rootcheck/001?limit=500";
    let every = session.get_ok(path).await;
    let all = session.get_ok(&format!("{path}&status=all")).await;
    assert!(!items(&every).is_empty());
    assert_eq!(items(&all), items(&every));
    let solved = session.get_ok(&format!("{path}&status=solved")).await;
    assert!(items(&solved).iter().all(|e| e["status"] == "solved"));
}
