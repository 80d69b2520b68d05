//! Token revocation after each change that triggers it (NOTES §4), and the security
//! settings: an older token gets 401 `Invalid token`, a login after the change works.

use super::security::{
    create_policy, create_role, create_rule, create_user, get_as, next_second,
    token_after_a_second, GOOD_PASSWORD,
};
use super::{session, Session};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

const PROBE: &str = "/security/users/me";

/// A server with user `analyst` (id 100) holding role `analysts` (id 100), which holds
/// policy 100 and rule 100; and a token of that user issued before any change.
struct Fixture {
    server: Session,
    token: String,
}

impl Fixture {
    async fn start() -> Fixture {
        let server = session().await;
        let user = create_user(&server, "analyst").await;
        let role = create_role(&server, "analysts").await;
        let policy = create_policy(&server, "read_one", "001").await;
        let rule = create_rule(&server, "from_ldap", "ldap").await;
        for path in [
            format!("/security/users/{user}/roles?role_ids={role}"),
            format!("/security/roles/{role}/policies?policy_ids={policy}"),
            format!("/security/roles/{role}/rules?rule_ids={rule}"),
        ] {
            let (_, linked) = server.send(Method::POST, &path).await;
            assert_eq!(linked["error"], 0, "{linked}");
        }
        let token = token_after_a_second(&server, "analyst").await;
        assert_eq!(get_as(&server, &token, PROBE).await.0, StatusCode::OK);
        Fixture { server, token }
    }

    async fn change(&self, method: Method, path: &str) {
        let (status, answer) = self.server.send(method, path).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        assert_eq!(answer["error"], 0, "{answer}");
    }

    async fn change_json(&self, method: Method, path: &str, body: Value) {
        let (status, answer) = self.server.send_json(method, path, body).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        assert_eq!(answer["error"], 0, "{answer}");
    }

    /// The token from before the change is refused; a new login (a second later) works.
    async fn assert_revoked(&self, password: &str) {
        let (status, refused) = get_as(&self.server, &self.token, PROBE).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(refused["detail"], "Invalid token");
        next_second().await;
        let fresh = self
            .server
            .spawned
            .login("analyst", password)
            .await
            .unwrap();
        assert_eq!(get_as(&self.server, &fresh, PROBE).await.0, StatusCode::OK);
    }

    async fn assert_still_valid(&self) {
        assert_eq!(
            get_as(&self.server, &self.token, PROBE).await.0,
            StatusCode::OK
        );
    }
}

#[tokio::test]
async fn a_password_change_revokes_the_users_tokens() {
    let fixture = Fixture::start().await;
    let body = json!({"password": "Other-Pass-1"});
    fixture
        .change_json(Method::PUT, "/security/users/100", body)
        .await;
    fixture.assert_revoked("Other-Pass-1").await;
}

#[tokio::test]
async fn the_run_as_flag_and_role_links_revoke_the_users_tokens() {
    let fixture = Fixture::start().await;
    fixture
        .change(Method::PUT, "/security/users/100/run_as?allow_run_as=true")
        .await;
    fixture.assert_revoked(GOOD_PASSWORD).await;

    let fixture = Fixture::start().await;
    fixture
        .change(Method::POST, "/security/users/100/roles?role_ids=2")
        .await;
    fixture.assert_revoked(GOOD_PASSWORD).await;

    let fixture = Fixture::start().await;
    fixture
        .change(Method::DELETE, "/security/users/100/roles?role_ids=100")
        .await;
    fixture.assert_revoked(GOOD_PASSWORD).await;
}

#[tokio::test]
async fn role_changes_revoke_the_tokens_of_its_users() {
    let fixture = Fixture::start().await;
    fixture
        .change_json(
            Method::PUT,
            "/security/roles/100",
            json!({"name": "renamed"}),
        )
        .await;
    fixture.assert_revoked(GOOD_PASSWORD).await;

    for path in [
        "/security/roles/100/policies?policy_ids=4",
        "/security/roles/100/rules?rule_ids=1",
    ] {
        let fixture = Fixture::start().await;
        fixture.change(Method::POST, path).await;
        fixture.assert_revoked(GOOD_PASSWORD).await;
    }
    for path in [
        "/security/roles/100/policies?policy_ids=100",
        "/security/policies?policy_ids=100",
        "/security/rules?rule_ids=100",
    ] {
        let fixture = Fixture::start().await;
        fixture.change(Method::DELETE, path).await;
        fixture.assert_revoked(GOOD_PASSWORD).await;
    }
}

#[tokio::test]
async fn updating_a_policy_or_rule_revokes_the_tokens_of_its_roles() {
    let fixture = Fixture::start().await;
    let policy =
        json!({"actions": ["agent:read"], "resources": ["agent:id:002"], "effect": "allow"});
    fixture
        .change_json(
            Method::PUT,
            "/security/policies/100",
            json!({"policy": policy}),
        )
        .await;
    fixture.assert_revoked(GOOD_PASSWORD).await;

    let fixture = Fixture::start().await;
    let rule = json!({"FIND": {"username": "other"}});
    fixture
        .change_json(Method::PUT, "/security/rules/100", json!({"rule": rule}))
        .await;
    fixture.assert_revoked(GOOD_PASSWORD).await;
}

#[tokio::test]
async fn unrelated_changes_leave_tokens_alone() {
    let fixture = Fixture::start().await;
    create_role(&fixture.server, "others").await;
    fixture
        .change(Method::POST, "/security/roles/101/policies?policy_ids=4")
        .await;
    fixture
        .change(Method::PUT, "/security/users/1/run_as?allow_run_as=true")
        .await;
    fixture.assert_still_valid().await;
}

#[tokio::test]
async fn a_deleted_user_name_does_not_pass_its_tokens_to_a_new_user() {
    let server = session().await;
    let temp = create_user(&server, "temporary").await;
    let token = token_after_a_second(&server, "temporary").await;
    assert_eq!(get_as(&server, &token, PROBE).await.0, StatusCode::OK);
    let (_, deleted) = server
        .send(Method::DELETE, &format!("/security/users?user_ids={temp}"))
        .await;
    assert_eq!(deleted["error"], 0);
    create_user(&server, "temporary").await;
    let (status, refused) = get_as(&server, &token, PROBE).await;
    assert_eq!(
        (status, refused["detail"].clone()),
        (StatusCode::UNAUTHORIZED, json!("Invalid token")),
        "same name, same (empty) roles, yet the old token is refused"
    );
}

#[tokio::test]
async fn the_security_config_is_read_changed_and_reset_revoking_every_token() {
    let fixture = Fixture::start().await;
    let server = &fixture.server;
    let (_, config) = server.send(Method::GET, "/security/config").await;
    assert_eq!(
        config,
        json!({"data": {"auth_token_exp_timeout": 900, "rbac_mode": "white"}, "error": 0})
    );
    for body in [
        json!({"auth_token_exp_timeout": 29}),
        json!({"rbac_mode": "grey"}),
        json!({}),
    ] {
        let (status, _) = server
            .send_json(Method::PUT, "/security/config", body)
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
    }
    let body = json!({"auth_token_exp_timeout": 120, "rbac_mode": "black"});
    let (status, changed) = server
        .send_json(Method::PUT, "/security/config", body)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(changed["message"], "Configuration was successfully updated");
    let (status, _) = server.send(Method::GET, "/security/config").await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the admin's token is revoked too"
    );
    fixture.assert_revoked(GOOD_PASSWORD).await;

    let admin = server.spawned.login("wazuh", "wazuh").await.unwrap();
    let (_, config) = get_as(server, &admin, "/security/config").await;
    assert_eq!(
        config["data"],
        json!({"auth_token_exp_timeout": 120, "rbac_mode": "black"})
    );
    let spawned = &server.spawned;
    let request = spawned
        .http
        .delete(format!("{}/security/config", spawned.base));
    let (status, _) = super::answer(request.bearer_auth(&admin)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        get_as(server, &admin, PROBE).await.0,
        StatusCode::UNAUTHORIZED
    );
    let admin = server.spawned.login("wazuh", "wazuh").await.unwrap();
    let (_, config) = get_as(server, &admin, "/security/config").await;
    assert_eq!(
        config["data"],
        json!({"auth_token_exp_timeout": 900, "rbac_mode": "white"})
    );
}
