//! `POST /security/user/authenticate/run_as`: a login whose token carries the roles of the
//! security rules matching the authorization context in the body, not the user's own roles
//! (NOTES §4). HTTP Basic credentials first (401), then the body (400 unless a JSON object),
//! then the user's `allow_run_as` flag (403, 6004). The token has `run_as: true` and
//! `hash_auth_context`, the BLAKE2b-128 hex of the context as Python's `json.dumps` writes it
//! (separators and `ensure_ascii` escapes included).
//! A context no rule matches still gets a token, with no roles.
//!
//! Rules with a reserved id (≤ 99, the defaults) count only for the `wazuh-wui` user (id 2),
//! as in Wazuh's `RBAChecker`.

use super::objects::token_response;
use crate::api::codes::RUN_AS_NOT_ALLOWED;
use crate::api::security::{RuleItem, RunAsContext, RunAsLogin};
use crate::server::auth::jwt::Claims;
use crate::server::auth::{self, context_rules};
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::groupfiles::hex;
use crate::server::respond;
use crate::server::routes::body::json_body;
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::MAX_RESERVED_ID;
use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::http::header::AUTHORIZATION;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;
use serde_json::Value;

/// The user whose run_as logins the reserved (default) rules apply to: `wazuh-wui`.
const RESERVED_RULES_USER: i64 = 2;

/// The `hash_auth_context` claim of a dumped context: Python's
/// `hashlib.blake2b(data, digest_size=16).hexdigest()`.
fn context_hash(data: &[u8]) -> String {
    use blake2::Digest;
    hex(&blake2::Blake2b128::digest(data))
}

/// `POST /security/user/authenticate/run_as`.
pub async fn run_as_login(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw_query): RawQuery,
    body: Bytes,
) -> Result<Response, ApiError> {
    let (user, _) = auth::basic_user(&state, headers.get(AUTHORIZATION)).await?;
    let query = WazuhQuery::<RunAsLogin>::parse(raw_query.as_deref().unwrap_or(""))?;
    let context = Value::Object(json_body::<RunAsContext>(&body, &[], &[])?);
    if !user.allow_run_as {
        return Err(ApiError::code(RUN_AS_NOT_ALLOWED));
    }
    let rules = state
        .store(|store| store.security_transaction(|err| err, |tx| tx.rules()))
        .await?;
    let roles = matching_roles(&rules, &context, user.id);
    let hash = context_hash(python_dumps(&context).as_bytes());
    let config = state.security_config();
    let claims = Claims::for_login(
        &user.username,
        roles,
        &config.rbac_mode,
        config.auth_token_exp_timeout,
        auth::unix_now(),
    )
    .into_run_as(hash);
    Ok(token_response(state.authority().sign(&claims), &query))
}

/// The text of Python's `json.dumps(value)`: `", "` and `": "` separators, and every
/// non-ASCII character escaped as `\uXXXX` UTF-16 units (`ensure_ascii`).
fn python_dumps(value: &Value) -> String {
    let compact = String::from_utf8_lossy(&respond::to_bytes(value, false)).into_owned();
    let mut out = String::with_capacity(compact.len());
    for c in compact.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
}

/// The ids of the roles with a rule matching the context, ascending.
fn matching_roles(rules: &[RuleItem], context: &Value, user_id: i64) -> Vec<i64> {
    let mut roles: Vec<i64> = rules
        .iter()
        .filter(|rule| rule.id > MAX_RESERVED_ID || user_id == RESERVED_RULES_USER)
        .filter(|rule| context_rules::matches(&rule.rule, context))
        .flat_map(|rule| rule.roles.iter().copied())
        .collect();
    roles.sort_unstable();
    roles.dedup();
    roles
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new().merge(op(RunAsLogin, run_as_login))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rule(id: i64, body: Value, roles: &[i64]) -> RuleItem {
        RuleItem {
            id,
            name: format!("rule{id}"),
            rule: body,
            roles: roles.to_vec(),
        }
    }

    #[test]
    fn contexts_are_hashed_as_python_dumps_them() {
        // hashlib.blake2b(json.dumps(context).encode(), digest_size=16).hexdigest()
        let cases = [
            (
                json!({"user": "José"}),
                r#"{"user": "Jos\u00e9"}"#,
                "e8a7292350043fdcaab56ebf9750d606",
            ),
            (
                json!({"u": "😀"}),
                r#"{"u": "\ud83d\ude00"}"#,
                "a1245877a99d9c9ec521c365b8900d9a",
            ),
        ];
        for (context, dumped, hash) in cases {
            assert_eq!(python_dumps(&context), dumped);
            assert_eq!(context_hash(dumped.as_bytes()), hash);
        }
    }

    #[test]
    fn roles_come_from_matching_rules_and_reserved_rules_only_serve_wazuh_wui() {
        let rules = [
            rule(1, json!({"FIND": {"username": "elastic"}}), &[1]),
            rule(100, json!({"MATCH": {"team": "ops"}}), &[101, 3]),
            rule(101, json!({"MATCH": {"team": "dev"}}), &[102]),
        ];
        let context = json!({"username": "elastic", "team": "ops"});
        assert_eq!(matching_roles(&rules, &context, 2), [1, 3, 101]);
        assert_eq!(matching_roles(&rules, &context, 1), [3, 101]);
        assert!(matching_roles(&rules, &json!({"team": "qa"}), 2).is_empty());
    }
}
