//! `PUT /logtest` and `DELETE /logtest/sessions/{token}` over a real loopback socket: the
//! body as connexion checks it, the answer's envelope, and the `logtest:run` permission.

use super::rbac::{policy, token_with};
use super::{answer, session, spawn};
use reqwest::{Method, StatusCode};
use serde_json::json;

const LINE: &str =
    "Dec  4 20:43:41 h sshd[9]: Accepted publickey for ann from 10.1.2.3 port 5 ssh2";

#[tokio::test]
async fn an_event_is_answered_in_the_envelope_and_its_session_deleted() {
    let session = session().await;
    let body = json!({"event": LINE, "log_format": "syslog", "location": "/var/log/auth.log"});
    let (status, answer1) = answer(session.request(Method::PUT, "/logtest").json(&body)).await;
    assert_eq!(status, StatusCode::OK, "{answer1}");
    assert_eq!(answer1["error"], 0);
    let data = &answer1["data"];
    assert_eq!(data["output"]["rule"]["id"], "5701");
    assert_eq!(
        data["output"]["rule"]["groups"],
        json!(["syslog", "sshd", "authentication_success"]),
        "as analysisd writes them: the file's groups first, no compliance ones"
    );
    assert_eq!(data["output"]["rule"]["pci_dss"], json!(["10.2.5"]));
    assert_eq!(
        data["output"]["decoder"],
        json!({"parent": "sshd", "name": "sshd"})
    );
    let token = data["token"].as_str().unwrap();
    let path = format!("/logtest/sessions/{token}");
    let (status, closed) = answer(session.request(Method::DELETE, &path)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(closed["data"]["codemsg"], 0, "{closed}");
    let (_, again) = answer(session.request(Method::DELETE, &path)).await;
    assert_eq!(again["data"]["codemsg"], -1, "{again}");
}

#[tokio::test]
async fn the_body_is_checked_as_connexion_does() {
    let session = session().await;
    for (body, detail) in [
        (
            json!({"event": "x", "log_format": "syslog"}),
            "'location' is a required property",
        ),
        (
            json!({"event": 1, "log_format": "syslog", "location": "l"}),
            "1 is not of type 'string' - 'event'",
        ),
        (
            json!({"event": "x", "log_format": "syslog", "location": "l", "other": 1}),
            "Invalid field found {'other'}",
        ),
    ] {
        let (status, refused) = answer(session.request(Method::PUT, "/logtest").json(&body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(refused["detail"], detail, "{body}");
    }
}

#[tokio::test]
async fn both_operations_need_logtest_run() {
    let spawned = spawn(None).await;
    let nobody = token_with(&spawned, "nobody", vec![]).await;
    let run = policy(&["logtest:run"], &["*:*:*"], "allow");
    let tester = token_with(&spawned, "tester", vec![run]).await;
    let put = |token: &str| {
        spawned
            .http
            .put(format!("{}/logtest", spawned.base))
            .bearer_auth(token)
            .json(&json!({"event": LINE, "log_format": "syslog", "location": "x"}))
    };
    let (status, refused) = answer(put(&nobody)).await;
    assert_eq!(
        (status, &refused["error"]),
        (StatusCode::FORBIDDEN, &json!(4000))
    );
    let delete = spawned
        .http
        .delete(format!("{}/logtest/sessions/0000aaaa", spawned.base))
        .bearer_auth(&nobody);
    assert_eq!(answer(delete).await.0, StatusCode::FORBIDDEN);
    let (status, allowed) = answer(put(&tester)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(allowed["data"]["output"]["rule"]["id"], "5701");
}
