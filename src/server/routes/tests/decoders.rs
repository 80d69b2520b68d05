//! `GET /decoders`, `/decoders/parents`, `/decoders/files`, and the decoder files read,
//! uploaded and deleted, over the demo ruleset.

use super::rules::{refusal, upload};
use super::*;

/// The names of a decoders answer.
fn names(answer: &Value) -> Vec<&str> {
    items(answer)
        .iter()
        .map(|decoder| decoder["name"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn decoders_are_listed_with_the_spec_filters() {
    let session = session().await;
    let all = session.get_ok("/decoders?limit=500").await;
    assert!(items(&all).len() >= 25);
    assert_eq!(all["message"], "All selected decoders were returned");
    let sshd = session
        .get_ok("/decoders?filename=0010-sshd_decoders.xml&select=position")
        .await;
    assert_eq!(names(&sshd)[..2], ["sshd", "sshd-accepted"]);
    assert_eq!(items(&sshd)[1]["position"], 1);
    let failed = session
        .get_ok("/decoders?decoder_names=sshd-failed&filename=0010-sshd_decoders.xml")
        .await;
    let details = &items(&failed)[0]["details"];
    assert_eq!(details["parent"], "sshd");
    assert_eq!(details["regex"]["offset"], "after_prematch");
    assert_eq!(details["order"], "srcuser, srcip, srcport");
    let named = session.get_ok("/decoders?decoder_names=json,nope").await;
    assert_eq!(names(&named), ["json"]);
    assert_eq!(named["data"]["failed_items"][0]["error"]["code"], 1504);
    let query = session
        .get_ok("/decoders?q=filename=0060-firewall_decoders.xml;position<2&sort=-name")
        .await;
    assert_eq!(names(&query), ["ufw", "iptables"]);
    let user = session.get_ok("/decoders?relative_dirname=etc").await;
    assert_eq!(names(&user), ["lab-app", "lab-app-login"]);
    let (status, _) = session.get("/decoders?status=sometimes").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let parents = session.get_ok("/decoders/parents?limit=500").await;
    assert!(names(&parents).contains(&"sshd") && names(&parents).contains(&"json"));
    assert!(!names(&parents).contains(&"sshd-accepted"));
    let files = session
        .get_ok("/decoders/files?relative_dirname=etc/decoders")
        .await;
    assert_eq!(items(&files)[0]["filename"], "local_decoder.xml");
    let document = session
        .get_ok("/decoders/files/0005-json_decoders.xml")
        .await;
    assert_eq!(items(&document)[0]["decoder"]["@name"], "json");
    let missing = session.get_ok("/decoders/files/none.xml").await;
    assert_eq!(missing["data"]["failed_items"][0]["error"]["code"], 1503);
}

const LAB_DECODER: &str = r#"<decoder name="lab-db">
  <parent>lab-app</parent>
  <prematch>db </prematch>
</decoder>
"#;

#[tokio::test]
async fn decoder_files_round_trip_and_bad_ones_are_refused() {
    let session = session().await;
    let put = ok(upload(&session, "/decoders/files/lab_db.xml", LAB_DECODER).await);
    assert_eq!(put["message"], "Decoder was successfully uploaded");
    assert_eq!(items(&put), &[serde_json::json!("etc/decoders/lab_db.xml")]);
    let raw = session
        .request(reqwest::Method::GET, "/decoders/files/lab_db.xml?raw=true")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.text().await.unwrap(), LAB_DECODER);
    assert_eq!(
        names(&session.get_ok("/decoders?decoder_names=lab-db").await),
        ["lab-db"]
    );

    let orphan = LAB_DECODER.replace("lab-app", "no-such-parent");
    let path = "/decoders/files/lab_db.xml?overwrite=true";
    let refused = ok(upload(&session, path, &orphan).await);
    assert_eq!(refusal(&refused), (1114, "etc/decoders/lab_db.xml".into()));
    let malformed = ok(upload(&session, path, "<decoder name=\"x\">").await);
    assert_eq!(refusal(&malformed).0, 1113);
    let on_disk = session.spawned.dir.path().join("etc/decoders/lab_db.xml");
    assert_eq!(std::fs::read_to_string(&on_disk).unwrap(), LAB_DECODER);

    let default = ok(upload(
        &session,
        "/decoders/files/0010-sshd_decoders.xml?overwrite=true",
        LAB_DECODER,
    )
    .await);
    assert_eq!(refusal(&default).0, 1506);
    let elsewhere = ok(session
        .delete("/decoders/files/x.xml?relative_dirname=ruleset/decoders")
        .await);
    assert_eq!(refusal(&elsewhere).0, 1506);
    let deleted = ok(session.delete("/decoders/files/lab_db.xml").await);
    assert_eq!(deleted["message"], "Decoder file was successfully deleted");
    assert!(!on_disk.exists());
    let (status, _) = session.delete("/decoders/files/..%2Fx.xml").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}
