//! Security users, roles, policies, security rules and their links over a real loopback
//! socket: creation rules, reserved ids, unknown ids, duplicates, links and list filters.

use super::{answer, session, Session};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// A password that passes Wazuh's rules.
pub(super) const GOOD_PASSWORD: &str = "Analyst-2024";

/// Creates a user and returns its id.
pub(super) async fn create_user(server: &Session, name: &str) -> i64 {
    let body = json!({"username": name, "password": GOOD_PASSWORD});
    let (status, created) = server
        .send_json(Method::POST, "/security/users", body)
        .await;
    assert_eq!(status, StatusCode::OK, "{created}");
    created["data"]["affected_items"][0]["id"].as_i64().unwrap()
}

/// Creates a role and returns its id.
pub(super) async fn create_role(server: &Session, name: &str) -> i64 {
    let body = json!({"name": name});
    let (_, created) = server
        .send_json(Method::POST, "/security/roles", body)
        .await;
    created["data"]["affected_items"][0]["id"].as_i64().unwrap()
}

/// Creates a policy allowing `agent:read` on one agent and returns its id.
pub(super) async fn create_policy(server: &Session, name: &str, agent: &str) -> i64 {
    let body = json!({"name": name, "policy": {
        "actions": ["agent:read"], "resources": [format!("agent:id:{agent}")], "effect": "allow"}});
    let (_, created) = server
        .send_json(Method::POST, "/security/policies", body)
        .await;
    created["data"]["affected_items"][0]["id"].as_i64().unwrap()
}

/// Creates a security rule and returns its id.
pub(super) async fn create_rule(server: &Session, name: &str, user: &str) -> i64 {
    let body = json!({"name": name, "rule": {"FIND": {"username": user}}});
    let (_, created) = server
        .send_json(Method::POST, "/security/rules", body)
        .await;
    created["data"]["affected_items"][0]["id"].as_i64().unwrap()
}

/// `GET path` with another token.
pub(super) async fn get_as(server: &Session, token: &str, path: &str) -> (StatusCode, Value) {
    let spawned = &server.spawned;
    let request = spawned.http.get(format!("{}{path}", spawned.base));
    answer(request.bearer_auth(token)).await
}
/// Sleeps into the next whole second: a token issued in the second of a revocation is
/// refused (its `nbf` must be later), as in Wazuh.
pub(super) async fn next_second() {
    let now = chrono::Utc::now();
    let left = 1_000 - u64::from(now.timestamp_subsec_millis()) + 5;
    tokio::time::sleep(std::time::Duration::from_millis(left)).await;
}

/// A token of `user` (password [`GOOD_PASSWORD`]) issued in the second after every change
/// made so far, so a revocation stamped in the current second does not refuse it.
pub(super) async fn token_after_a_second(server: &Session, user: &str) -> String {
    next_second().await;
    server.spawned.login(user, GOOD_PASSWORD).await.unwrap()
}

/// The failed-item groups as `(code, ids)`.
pub(super) fn failed(answer: &Value) -> Vec<(u64, Vec<Value>)> {
    answer["data"]["failed_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| {
            let code = group["error"]["code"].as_u64().unwrap();
            (code, group["id"].as_array().unwrap().clone())
        })
        .collect()
}

fn ids(answer: &Value) -> Vec<i64> {
    answer["data"]["affected_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_i64().unwrap())
        .collect()
}

#[tokio::test]
async fn users_are_created_from_100_listed_and_filtered() {
    let server = session().await;
    assert_eq!(create_user(&server, "analyst").await, 100);
    assert_eq!(create_user(&server, "auditor").await, 101);
    let (status, listed) = server.send(Method::GET, "/security/users").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(ids(&listed), vec![1, 2, 100, 101]);
    let first = &listed["data"]["affected_items"][0];
    assert_eq!(
        first,
        &json!({"id": 1, "username": "wazuh", "allow_run_as": true, "roles": [1]})
    );
    let (_, some) = server
        .send(
            Method::GET,
            "/security/users?user_ids=100,7&select=username",
        )
        .await;
    assert_eq!(
        some["data"]["affected_items"],
        json!([{"id": 100, "username": "analyst"}])
    );
    assert_eq!(failed(&some), vec![(5001, vec![json!(7)])]);
    assert_eq!(some["message"], "Some users were not returned");
    let (_, searched) = server
        .send(Method::GET, "/security/users?q=username~aud&sort=-id")
        .await;
    assert_eq!(ids(&searched), vec![101]);
}

#[tokio::test]
async fn new_users_need_a_strong_password_and_a_free_name() {
    let server = session().await;
    let create = |name: &str, password: &str| {
        let body = json!({"username": name, "password": password});
        server.send_json(Method::POST, "/security/users", body)
    };
    let (status, short) = create("analyst", "Aa1!").await;
    assert_eq!(
        (status, short["error"].clone()),
        (StatusCode::BAD_REQUEST, json!(5009))
    );
    let (status, weak) = create("analyst", "alllowercase1!").await;
    assert_eq!(
        (status, weak["error"].clone()),
        (StatusCode::BAD_REQUEST, json!(5007))
    );
    let (status, taken) = create("wazuh", GOOD_PASSWORD).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(failed(&taken), vec![(5000, vec![json!("wazuh")])]);
    assert_eq!(taken["error"], 1);
    let (status, _) = create("abc", GOOD_PASSWORD).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "names have 4 characters at least"
    );
    assert!(
        server
            .spawned
            .login("analyst", GOOD_PASSWORD)
            .await
            .is_none(),
        "nothing half-written"
    );
}

#[tokio::test]
async fn deleting_users_spares_wazuh_users_and_the_caller() {
    let server = session().await;
    let analyst = create_user(&server, "analyst").await;
    let (_, deleted) = server
        .send(
            Method::DELETE,
            &format!("/security/users?user_ids=1,{analyst},555"),
        )
        .await;
    assert_eq!(ids(&deleted), vec![analyst]);
    assert_eq!(
        failed(&deleted),
        vec![(5001, vec![json!(555)]), (5004, vec![json!(1)])]
    );
    assert_eq!(deleted["message"], "Some users were not deleted");
    let admin = create_user(&server, "admin2").await;
    let (_, linked) = server
        .send(
            Method::POST,
            &format!("/security/users/{admin}/roles?role_ids=1"),
        )
        .await;
    assert_eq!(linked["error"], 0, "{linked}");
    next_second().await;
    let token = server.spawned.login("admin2", GOOD_PASSWORD).await.unwrap();
    let request = server.spawned.http.delete(format!(
        "{}/security/users?user_ids={admin}",
        server.spawned.base
    ));
    let (_, own) = answer(request.bearer_auth(token)).await;
    assert_eq!(failed(&own), vec![(5008, vec![json!(admin)])]);
    let (_, all) = server
        .send(Method::DELETE, "/security/users?user_ids=all")
        .await;
    assert_eq!(ids(&all), vec![admin]);
    assert_eq!(
        all["data"]["failed_items"],
        json!([]),
        "reserved ids left out silently"
    );
}

#[tokio::test]
async fn passwords_change_and_wazuh_users_change_only_by_themselves() {
    let server = session().await;
    let analyst = create_user(&server, "analyst").await;
    let body = json!({"password": "N3w-Password"});
    let path = format!("/security/users/{analyst}");
    let (status, updated) = server.send_json(Method::PUT, &path, body.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(updated["message"], "User was successfully updated");
    next_second().await;
    assert!(server
        .spawned
        .login("analyst", "N3w-Password")
        .await
        .is_some());
    let (status, empty) = server.send_json(Method::PUT, &path, json!({})).await;
    assert_eq!(
        (status, empty["error"].clone()),
        (StatusCode::BAD_REQUEST, json!(4001))
    );
    let (_, unknown) = server
        .send_json(Method::PUT, "/security/users/404", body.clone())
        .await;
    assert_eq!(failed(&unknown), vec![(5001, vec![json!(404)])]);
    let put_user_2 = |token: String| {
        let spawned = &server.spawned;
        let request = spawned
            .http
            .put(format!("{}/security/users/2", spawned.base));
        answer(request.bearer_auth(token).json(&body))
    };
    let token = server
        .spawned
        .login("analyst", "N3w-Password")
        .await
        .unwrap();
    let (status, denied) = put_user_2(token).await;
    assert_eq!(
        (status, denied["error"].clone()),
        (StatusCode::FORBIDDEN, json!(4000)),
        "no role, no security:update"
    );
    let users_admin = format!("/security/users/{analyst}/roles?role_ids=3");
    assert_eq!(server.send(Method::POST, &users_admin).await.1["error"], 0);
    next_second().await;
    let token = server
        .spawned
        .login("analyst", "N3w-Password")
        .await
        .unwrap();
    let (status, refused) = put_user_2(token).await;
    assert_eq!(
        (status, refused["error"].clone()),
        (StatusCode::BAD_REQUEST, json!(5011))
    );
}

#[tokio::test]
async fn the_run_as_flag_is_set_and_cleared() {
    let server = session().await;
    let analyst = create_user(&server, "analyst").await;
    let path = format!("/security/users/{analyst}/run_as?allow_run_as=true");
    let (_, enabled) = server.send(Method::PUT, &path).await;
    assert_eq!(enabled["data"]["affected_items"][0]["allow_run_as"], true);
    assert_eq!(
        enabled["message"],
        "Parameter allow_run_as has been enabled for the user"
    );
    let (_, disabled) = server
        .send(Method::PUT, &format!("/security/users/{analyst}/run_as"))
        .await;
    assert_eq!(disabled["data"]["affected_items"][0]["allow_run_as"], false);
    let (_, unknown) = server.send(Method::PUT, "/security/users/999/run_as").await;
    assert_eq!(failed(&unknown), vec![(5001, vec![json!(999)])]);
}

#[tokio::test]
async fn user_role_links_keep_positions_and_report_each_problem() {
    let server = session().await;
    let analyst = create_user(&server, "analyst").await;
    let base = format!("/security/users/{analyst}/roles");
    let (_, linked) = server
        .send(Method::POST, &format!("{base}?role_ids=2,4,999"))
        .await;
    assert_eq!(linked["data"]["affected_items"][0]["roles"], json!([2, 4]));
    assert_eq!(linked["data"]["total_affected_items"], 2);
    assert_eq!(failed(&linked), vec![(4002, vec![json!(999)])]);
    assert_eq!(
        linked["message"],
        "Some roles were not linked to user analyst"
    );
    let (_, first) = server
        .send(Method::POST, &format!("{base}?role_ids=3&position=0"))
        .await;
    assert_eq!(
        first["data"]["affected_items"][0]["roles"],
        json!([3, 2, 4])
    );
    let (_, again) = server
        .send(Method::POST, &format!("{base}?role_ids=3"))
        .await;
    assert_eq!(failed(&again), vec![(4017, vec![json!(3)])]);
    let (_, reserved) = server
        .send(Method::POST, "/security/users/1/roles?role_ids=2")
        .await;
    assert_eq!(failed(&reserved), vec![(4008, vec![json!(1)])]);
    let (_, removed) = server
        .send(Method::DELETE, &format!("{base}?role_ids=2,5"))
        .await;
    assert_eq!(removed["data"]["affected_items"][0]["roles"], json!([3, 4]));
    assert_eq!(failed(&removed), vec![(4016, vec![json!(5)])]);
    let (status, missing) = server
        .send(Method::DELETE, "/security/users/999/roles?role_ids=2")
        .await;
    assert_eq!(
        (status, missing["error"].clone()),
        (StatusCode::NOT_FOUND, json!(5001))
    );
}

#[tokio::test]
async fn roles_are_created_renamed_and_deleted_but_not_wazuh_roles() {
    let server = session().await;
    let role = create_role(&server, "analysts").await;
    assert_eq!(role, 100);
    let (_, duplicate) = server
        .send_json(Method::POST, "/security/roles", json!({"name": "readonly"}))
        .await;
    assert_eq!(failed(&duplicate), vec![(4005, vec![json!("readonly")])]);
    let (_, renamed) = server
        .send_json(
            Method::PUT,
            &format!("/security/roles/{role}"),
            json!({"name": "viewers"}),
        )
        .await;
    assert_eq!(renamed["data"]["affected_items"][0]["name"], "viewers");
    let (_, taken) = server
        .send_json(
            Method::PUT,
            &format!("/security/roles/{role}"),
            json!({"name": "readonly"}),
        )
        .await;
    assert_eq!(failed(&taken), vec![(4005, vec![json!(role)])]);
    let (_, reserved) = server
        .send_json(Method::PUT, "/security/roles/2", json!({"name": "x"}))
        .await;
    assert_eq!(failed(&reserved), vec![(4008, vec![json!(2)])]);
    let (_, listed) = server
        .send(Method::GET, "/security/roles?role_ids=1,100,500")
        .await;
    assert_eq!(ids(&listed), vec![1, 100]);
    assert_eq!(failed(&listed), vec![(4002, vec![json!(500)])]);
    let admin = &listed["data"]["affected_items"][0];
    assert_eq!(admin["users"], json!([1, 2]));
    assert_eq!(admin["rules"], json!([1, 2]));
    let (_, deleted) = server
        .send(Method::DELETE, "/security/roles?role_ids=1,100,500")
        .await;
    assert_eq!(ids(&deleted), vec![100]);
    assert_eq!(
        failed(&deleted),
        vec![(4002, vec![json!(500)]), (4008, vec![json!(1)])]
    );
}

#[tokio::test]
async fn policies_are_validated_against_the_catalogue() {
    let server = session().await;
    let create = |name: &str, policy: Value| {
        server.send_json(
            Method::POST,
            "/security/policies",
            json!({"name": name, "policy": policy}),
        )
    };
    let (_, created) = create(
        "read_web",
        json!({"actions": ["Agent:Read"], "resources": ["agent:group:web"], "effect": "allow"}),
    )
    .await;
    let item = &created["data"]["affected_items"][0];
    assert_eq!(item["id"], 100);
    assert_eq!(item["policy"]["actions"], json!(["agent:read"]));
    assert_eq!(item["roles"], json!([]));
    let cases = [
        (
            json!({"actions": ["agent:fly"], "resources": ["agent:id:1"], "effect": "allow"}),
            4006,
        ),
        (
            json!({"actions": ["agent:read"], "resources": ["planet:id:1"], "effect": "allow"}),
            4019,
        ),
        (
            json!({"actions": ["agent:read"], "resources": ["group:id:web"], "effect": "allow"}),
            4500,
        ),
        (
            json!({"actions": ["agent:read"], "resources": ["agent:group:web"], "effect": "allow"}),
            4009,
        ),
    ];
    for (policy, code) in cases {
        let (_, refused) = create("other", policy).await;
        assert_eq!(failed(&refused), vec![(code, vec![json!("other")])]);
    }
    let (_, taken) = create(
        "read_web",
        json!({"actions": ["agent:read"], "resources": ["agent:id:001"], "effect": "allow"}),
    )
    .await;
    assert_eq!(failed(&taken), vec![(4009, vec![json!("read_web")])]);
    let (_, updated) = server
        .send_json(
            Method::PUT,
            "/security/policies/100",
            json!({"name": "agents_read_agents"}),
        )
        .await;
    assert_eq!(failed(&updated), vec![(4013, vec![json!(100)])]);
    let (_, reserved) = server
        .send_json(Method::PUT, "/security/policies/4", json!({"name": "mine"}))
        .await;
    assert_eq!(failed(&reserved), vec![(4008, vec![json!(4)])]);
    let (_, unknown) = server
        .send_json(
            Method::PUT,
            "/security/policies/404",
            json!({"name": "mine"}),
        )
        .await;
    assert_eq!(failed(&unknown), vec![(4007, vec![json!(404)])]);
    let (_, listed) = server
        .send(
            Method::GET,
            "/security/policies?q=name=read_web&select=policy.effect",
        )
        .await;
    assert_eq!(
        listed["data"]["affected_items"],
        json!([{"id": 100, "policy": {"effect": "allow"}}])
    );
}

#[tokio::test]
async fn security_rules_are_objects_with_unique_names() {
    let server = session().await;
    let rule = create_rule(&server, "from_ldap", "ldap").await;
    assert_eq!(rule, 100);
    let (_, invalid) = server
        .send_json(
            Method::POST,
            "/security/rules",
            json!({"name": "bad", "rule": []}),
        )
        .await;
    assert_eq!(failed(&invalid), vec![(4003, vec![json!("bad")])]);
    let (_, taken) = server
        .send_json(
            Method::POST,
            "/security/rules",
            json!({"name": "from_ldap", "rule": {"MATCH": {"a": "b"}}}),
        )
        .await;
    assert_eq!(failed(&taken), vec![(4005, vec![json!("from_ldap")])]);
    let (_, listed) = server
        .send(Method::GET, "/security/rules?rule_ids=1,100,300")
        .await;
    assert_eq!(ids(&listed), vec![1, 100]);
    assert_eq!(failed(&listed), vec![(4022, vec![json!(300)])]);
    let (_, deleted) = server
        .send(Method::DELETE, "/security/rules?rule_ids=all")
        .await;
    assert_eq!(ids(&deleted), vec![100]);
    assert_eq!(deleted["error"], 0);
}

#[tokio::test]
async fn role_links_to_policies_and_rules_report_each_problem() {
    let server = session().await;
    let role = create_role(&server, "analysts").await;
    let policy = create_policy(&server, "read_one", "001").await;
    let rule = create_rule(&server, "from_ldap", "ldap").await;
    let base = format!("/security/roles/{role}");
    let (_, linked) = server
        .send(
            Method::POST,
            &format!("{base}/policies?policy_ids=4,{policy},777"),
        )
        .await;
    assert_eq!(
        linked["data"]["affected_items"][0]["policies"],
        json!([4, policy])
    );
    assert_eq!(failed(&linked), vec![(4007, vec![json!(777)])]);
    let (_, front) = server
        .send(
            Method::POST,
            &format!("{base}/policies?policy_ids=5&position=0"),
        )
        .await;
    assert_eq!(
        front["data"]["affected_items"][0]["policies"],
        json!([5, 4, policy])
    );
    let (_, again) = server
        .send(Method::POST, &format!("{base}/policies?policy_ids=4"))
        .await;
    assert_eq!(failed(&again), vec![(4011, vec![json!(4)])]);
    let (_, reserved) = server
        .send(Method::POST, "/security/roles/2/policies?policy_ids=6")
        .await;
    assert_eq!(failed(&reserved), vec![(4008, vec![json!(2)])]);
    let (_, unlinked) = server
        .send(Method::DELETE, &format!("{base}/policies?policy_ids=4,6"))
        .await;
    assert_eq!(
        unlinked["data"]["affected_items"][0]["policies"],
        json!([5, policy])
    );
    assert_eq!(failed(&unlinked), vec![(4010, vec![json!(6)])]);
    let (status, _) = server
        .send(Method::DELETE, "/security/roles/999/policies?policy_ids=4")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (_, rules) = server
        .send(Method::POST, &format!("{base}/rules?rule_ids={rule},55"))
        .await;
    assert_eq!(rules["data"]["affected_items"][0]["rules"], json!([rule]));
    assert_eq!(failed(&rules), vec![(4022, vec![json!(55)])]);
    let (_, again) = server
        .send(Method::POST, &format!("{base}/rules?rule_ids={rule}"))
        .await;
    assert_eq!(failed(&again), vec![(4023, vec![json!(rule)])]);
    let (_, unlinked) = server
        .send(Method::DELETE, &format!("{base}/rules?rule_ids={rule},1"))
        .await;
    assert_eq!(unlinked["data"]["affected_items"][0]["rules"], json!([]));
    assert_eq!(failed(&unlinked), vec![(4024, vec![json!(1)])]);
    let (_, policy_view) = server
        .send(
            Method::GET,
            &format!("/security/policies?policy_ids={policy}"),
        )
        .await;
    assert_eq!(
        policy_view["data"]["affected_items"][0]["roles"],
        json!([role])
    );
}

#[tokio::test]
async fn security_lists_and_deletes_follow_the_callers_policies() {
    let server = session().await;
    let analyst = create_user(&server, "analyst").await;
    let role = create_role(&server, "user_readers").await;
    let policy = json!({"name": "read_analyst", "policy": {
        "actions": ["security:read", "security:delete"],
        "resources": [format!("user:id:{analyst}")], "effect": "allow"}});
    let (_, created) = server
        .send_json(Method::POST, "/security/policies", policy)
        .await;
    let policy = created["data"]["affected_items"][0]["id"].as_i64().unwrap();
    for path in [
        format!("/security/roles/{role}/policies?policy_ids={policy}"),
        format!("/security/users/{analyst}/roles?role_ids={role}"),
    ] {
        assert_eq!(server.send(Method::POST, &path).await.1["error"], 0);
    }
    let token = token_after_a_second(&server, "analyst").await;
    let (_, all) = get_as(&server, &token, "/security/users").await;
    assert_eq!(ids(&all), vec![analyst], "others silently left out");
    assert_eq!(all["data"]["total_affected_items"], 1);
    let (_, some) = get_as(
        &server,
        &token,
        &format!("/security/users?user_ids=1,{analyst}"),
    )
    .await;
    assert_eq!(ids(&some), vec![analyst]);
    assert_eq!(failed(&some), vec![(4000, vec![json!(1)])]);
    let (status, none) = get_as(&server, &token, "/security/users?user_ids=1,2").await;
    assert_eq!(
        (status, none["error"].clone()),
        (StatusCode::FORBIDDEN, json!(4000))
    );
    let (status, roles) = get_as(&server, &token, "/security/roles").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        roles["data"]["total_affected_items"], 0,
        "no role:id permission"
    );
    let spawned = &server.spawned;
    let request = spawned
        .http
        .delete(format!("{}/security/users?user_ids=all", spawned.base));
    let (_, deleted) = answer(request.bearer_auth(&token)).await;
    assert_eq!(
        failed(&deleted),
        vec![],
        "the caller is silently kept: {deleted}"
    );
    assert_eq!(ids(&deleted), Vec::<i64>::new());
}
