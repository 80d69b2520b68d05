//! `GET /lists`, `/lists/files`, and the CDB list files read, uploaded and deleted, over the
//! demo ruleset.

use super::rules::{refusal, upload};
use super::*;

#[tokio::test]
async fn lists_show_their_pairs_and_files() {
    let session = session().await;
    let lists = session.get_ok("/lists").await;
    assert_eq!(lists["message"], "All specified lists were returned");
    let names: Vec<&str> = items(&lists)
        .iter()
        .map(|list| list["filename"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["admin-users", "web-scanners", "bad-ips"]);
    assert_eq!(
        items(&lists)[0]["items"][3],
        serde_json::json!({"key": "svc:backup", "value": "service account"})
    );
    let one = session.get_ok("/lists?filename=bad-ips").await;
    assert_eq!(items(&one)[0]["relative_dirname"], "ruleset/lists");
    let files = session
        .get_ok("/lists/files?relative_dirname=etc/lists")
        .await;
    assert_eq!(
        items(&files)[0],
        serde_json::json!({"filename": "admin-users", "relative_dirname": "etc/lists"})
    );
    let pairs = session.get_ok("/lists/files/web-scanners").await;
    assert_eq!(items(&pairs)[0]["nikto"], "web scanner");
    let raw = session
        .request(reqwest::Method::GET, "/lists/files/admin-users?raw=true")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.headers()["content-type"], "text/plain");
    assert!(raw.text().await.unwrap().starts_with("root:\n"));
    let missing = session.get_ok("/lists/files/nope").await;
    assert_eq!(missing["data"]["failed_items"][0]["error"]["code"], 1802);
    let rules = session.get_ok("/rules?rule_ids=5714,5407").await;
    let lookups: Vec<&Value> = items(&rules)
        .iter()
        .map(|rule| &rule["details"]["list"])
        .collect();
    assert_eq!(lookups[0]["name"], "etc/lists/admin-users");
    assert_eq!(lookups[1]["lookup"], "address_match_key");
}

#[tokio::test]
async fn list_files_round_trip_and_malformed_ones_are_refused() {
    let session = session().await;
    let put = ok(upload(
        &session,
        "/lists/files/blocked-hosts",
        "10.1.1.1:lab\n10.1.1.2:\n",
    )
    .await);
    assert_eq!(put["message"], "CDB list file uploaded successfully");
    assert_eq!(items(&put), &[serde_json::json!("etc/lists/blocked-hosts")]);
    let pairs = session.get_ok("/lists/files/blocked-hosts").await;
    assert_eq!(
        items(&pairs)[0],
        serde_json::json!({"10.1.1.1": "lab", "10.1.1.2": ""})
    );

    let path = "/lists/files/blocked-hosts?overwrite=true";
    let refused = ok(upload(&session, path, "10.1.1.1:lab\nno pair here\n").await);
    assert_eq!(refusal(&refused), (1800, "etc/lists/blocked-hosts".into()));
    let on_disk = session.spawned.dir.path().join("etc/lists/blocked-hosts");
    assert_eq!(
        std::fs::read_to_string(&on_disk).unwrap(),
        "10.1.1.1:lab\n10.1.1.2:\n"
    );
    let exists = ok(upload(&session, "/lists/files/blocked-hosts", "a:b\n").await);
    assert_eq!(refusal(&exists).0, 1905);

    let deleted = ok(session.delete("/lists/files/blocked-hosts").await);
    assert_eq!(deleted["message"], "CDB list file was successfully deleted");
    assert!(!on_disk.exists());
    let default = ok(session.delete("/lists/files/bad-ips").await);
    assert_eq!(refusal(&default), (1906, "etc/lists/bad-ips".into()));
    assert!(session
        .spawned
        .dir
        .path()
        .join("ruleset/lists/bad-ips")
        .exists());
    for path in ["/lists/files/..%2Fbad", "/lists/files/.hidden"] {
        let (status, answer) = upload(&session, path, "a:b\n").await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path}: {answer}");
    }
}
