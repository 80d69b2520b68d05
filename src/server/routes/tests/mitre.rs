//! `GET /mitre/*` over the compiled-in ATT&CK dataset.

use super::*;
use serde_json::json;

/// The one item of a MITRE list with this ATT&CK id.
async fn by_external_id(session: &Session, kind: &str, id: &str) -> Value {
    let answer = session
        .get_ok(&format!("/mitre/{kind}?q=external_id={id}"))
        .await;
    let [item] = &items(&answer)[..] else {
        panic!("one {kind} {id}: {answer}");
    };
    item.clone()
}

/// The `external_id`s of a MITRE answer.
fn external_ids(answer: &Value) -> Vec<&str> {
    items(answer)
        .iter()
        .map(|item| item["external_id"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn techniques_are_listed_in_id_order_with_wql_sort_select_and_their_ids() {
    let session = session().await;
    let all = session.get_ok("/mitre/techniques?limit=500").await;
    assert_eq!(all["message"], "MITRE techniques information was returned");
    let ids: Vec<&str> = items(&all)
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert!(ids.len() >= 30 && ids.is_sorted(), "{ids:?}");
    assert!(ids.iter().all(|id| id.starts_with("attack-pattern--")));
    let brute_force = by_external_id(&session, "techniques", "T1110").await;
    assert_eq!(brute_force["name"], "Brute Force");
    assert_eq!(
        brute_force["url"],
        "https://attack.mitre.org/techniques/T1110"
    );
    assert_eq!(brute_force["source"], "mitre-attack");
    assert_eq!(brute_force["references"][0]["source"], "CAPEC-49");
    let by_name = session
        .get_ok("/mitre/techniques?search=password&sort=-name&select=name,external_id")
        .await;
    let found = [
        "T1548.003",
        "T1110.003",
        "T1110.001",
        "T1003",
        "T1110",
        "T1098",
    ];
    assert_eq!(external_ids(&by_name), found);
    assert_eq!(
        items(&by_name)[1],
        json!({"id": items(&by_name)[1]["id"], "name": "Password Spraying", "external_id": "T1110.003"})
    );
    let remote = session
        .get_ok("/mitre/techniques?q=remote_support=1&sort=external_id")
        .await;
    assert_eq!(external_ids(&remote), ["T1021", "T1021.004"]);
    let spraying = by_external_id(&session, "techniques", "T1110.003").await;
    let named = format!(
        "/mitre/techniques?technique_ids={},{},attack-pattern--unknown",
        brute_force["id"].as_str().unwrap(),
        spraying["id"].as_str().unwrap()
    );
    let named = session.get_ok(&named).await;
    assert_eq!(named["data"]["total_affected_items"], 2);
    assert_eq!(
        named["data"]["total_failed_items"], 0,
        "an unknown id is no failure"
    );
}

#[tokio::test]
async fn relationships_read_the_same_from_both_sides() {
    let session = session().await;
    let brute_force = by_external_id(&session, "techniques", "T1110").await;
    let credential_access = by_external_id(&session, "tactics", "TA0006").await;
    assert_eq!(brute_force["tactics"], json!([credential_access["id"]]));
    let tactic_techniques = credential_access["techniques"].as_array().unwrap();
    assert!(tactic_techniques.contains(&brute_force["id"]));
    let apt28 = by_external_id(&session, "groups", "G0007").await;
    assert!(apt28["techniques"]
        .as_array()
        .unwrap()
        .contains(&brute_force["id"]));
    assert!(brute_force["groups"]
        .as_array()
        .unwrap()
        .contains(&apt28["id"]));
    let mimikatz = by_external_id(&session, "software", "S0002").await;
    assert!(mimikatz["id"].as_str().unwrap().starts_with("tool--"));
    assert!(mimikatz["groups"]
        .as_array()
        .unwrap()
        .contains(&apt28["id"]));
    let mfa = by_external_id(&session, "mitigations", "M1032").await;
    assert!(mfa["techniques"]
        .as_array()
        .unwrap()
        .contains(&brute_force["id"]));
    let by_group = format!("/mitre/groups?group_ids={}", apt28["id"].as_str().unwrap());
    assert_eq!(external_ids(&session.get_ok(&by_group).await), ["G0007"]);
    let tactics_of = session
        .get_ok("/mitre/tactics?q=short_name=credential-access")
        .await;
    assert_eq!(
        tactics_of["message"],
        "All tactics information was returned"
    );
    assert_eq!(external_ids(&tactics_of), ["TA0006"]);
}

#[tokio::test]
async fn every_technique_the_demo_rules_name_is_known() {
    let session = session().await;
    let named = session.get_ok("/rules/requirement/mitre?limit=500").await;
    let named: Vec<&str> = items(&named)
        .iter()
        .map(|id| id.as_str().unwrap())
        .collect();
    assert!(named.len() >= 10, "{named:?}");
    let all = session
        .get_ok("/mitre/techniques?limit=500&select=external_id")
        .await;
    let known = external_ids(&all);
    let unknown: Vec<&&str> = named.iter().filter(|id| !known.contains(id)).collect();
    assert!(
        unknown.is_empty(),
        "rules name unknown techniques: {unknown:?}"
    );
}

#[tokio::test]
async fn references_name_their_object_and_metadata_its_versions() {
    let session = session().await;
    let brute_force = by_external_id(&session, "techniques", "T1110").await;
    let id = brute_force["id"].as_str().unwrap();
    let cited = session
        .get_ok(&format!("/mitre/references?reference_ids={id}"))
        .await;
    assert_eq!(
        items(&cited),
        &[json!({
            "url": "https://capec.mitre.org/data/definitions/49.html",
            "description": "MITRE CAPEC: Password Brute Forcing.",
            "source": "CAPEC-49",
            "id": id,
            "type": "technique",
        })]
    );
    let (status, refused) = session.get("/mitre/references?distinct=true").await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{refused}");
    let metadata = session.get_ok("/mitre/metadata").await;
    let keys: Vec<&str> = items(&metadata)
        .iter()
        .map(|m| m["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["db_version", "mitre_version"]);
    assert_eq!(
        metadata["message"],
        "MITRE metadata information was returned"
    );
    let (status, refused) = session.get("/mitre/techniques?q=name~").await;
    assert_eq!(
        (status, code(&refused)),
        (StatusCode::BAD_REQUEST, Some(1407))
    );
}
