//! What the Security handlers share (no handlers here): the token answer of a login, and, for
//! the security objects (users, roles, policies, security rules), parsing
//! their integer ids (`user_ids=1,100`, `all`, path ids), reading the objects in one
//! transaction, the bulk answer with per-operation messages, and the name rules of new objects.

use crate::api::codes::Code;
use crate::api::envelope::Envelope;
use crate::api::envelope::TokenData;
use crate::api::security::LoginQuery;
use crate::api::Endpoint;
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::missing;
use crate::server::extract::WazuhQuery;
use crate::server::extract::{not_numbers, numbers};
use crate::server::rbac::Scope;
use crate::server::respond;
use crate::server::routes::list;
use crate::server::state::AppState;
use crate::server::store::{SecurityTx, StoreError};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::response::Response;
use serde::Serialize;
use serde_json::Value;

/// The resource kind of users.
pub const USER_ID: &str = "user:id";
/// The resource kind of roles.
pub const ROLE_ID: &str = "role:id";

/// Longest name of a user, role, policy or security rule.
const MAX_NAME_LEN: usize = 64;

/// The ids a bulk operation names: every object, or these.
#[derive(Debug, Clone, PartialEq)]
pub enum Ids {
    /// `all`.
    All,
    /// The listed ids, in request order.
    Listed(Vec<i64>),
}

impl Ids {
    /// The ids the caller may act on: of `all`, the permitted ones of `existing` (silently);
    /// of listed ids, the permitted ones, the others failing with 4000 (403 when none is).
    pub fn permitted(
        &self,
        existing: impl IntoIterator<Item = i64>,
        scope: &Scope,
        failures: &mut Failures,
    ) -> Result<Vec<i64>, ApiError> {
        match self {
            Ids::All => Ok(scope.retain(existing.into_iter().collect())),
            Ids::Listed(ids) => scope.split(ids.clone(), failures),
        }
    }

    /// True for `all`: failures of the excluded codes are then left out, as Wazuh does.
    pub fn is_all(&self) -> bool {
        *self == Ids::All
    }
}

/// A required id list (`numbers_or_all` when `all_allowed`); 400 when missing or malformed.
pub fn required_ids(value: Option<&str>, param: &str, all_allowed: bool) -> Result<Ids, ApiError> {
    let value = value.ok_or_else(|| missing(param))?;
    if all_allowed && value.trim().eq_ignore_ascii_case("all") {
        return Ok(Ids::All);
    }
    Ok(Ids::Listed(numbers(value, param)?))
}

/// A path id (`/security/users/{user_id}`).
pub fn path_id(value: &str, param: &str) -> Result<i64, ApiError> {
    value.parse().map_err(|_| not_numbers(value, param))
}

/// Checks a new name: 1 to 64 characters of letters, digits, `_`, `-`, `.` (400 otherwise,
/// as connexion's schema check says it).
pub fn check_name(name: &str, field: &str, min_len: usize) -> Result<(), ApiError> {
    let length = name.chars().count();
    if length < min_len {
        return Err(ApiError::bad_request(format!(
            "'{name}' is too short - '{field}'"
        )));
    }
    if length > MAX_NAME_LEN {
        return Err(ApiError::bad_request(format!(
            "'{name}' is too long - '{field}'"
        )));
    }
    let allowed = |c: char| c.is_alphanumeric() || "_-.".contains(c);
    if !name.chars().all(allowed) {
        return Err(ApiError::bad_request(format!(
            "'{name}' is not a 'names' - '{field}'"
        )));
    }
    Ok(())
}

/// Store failures inside a security transaction are internal errors.
pub fn internal<T>(result: Result<T, StoreError>) -> Result<T, ApiError> {
    result.map_err(ApiError::internal)
}

/// Reads with the security objects in one transaction.
pub async fn read<T, F>(state: &AppState, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&SecurityTx) -> Result<T, StoreError> + Send + 'static,
    T: Send + 'static,
{
    state
        .store(move |store| store.security_transaction(|err| err, work))
        .await
}

/// Changes the security objects in one write transaction: all of it or nothing. The security
/// snapshot authentication and RBAC read is replaced once the transaction has committed.
pub async fn write<T, F>(state: &AppState, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&SecurityTx) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    state
        .write_security(move |store| store.security_transaction(ApiError::internal, work))
        .await
}

/// The objects as JSON values.
pub fn to_values<T: Serialize>(items: Vec<T>) -> Result<Vec<Value>, ApiError> {
    items
        .into_iter()
        .map(|item| serde_json::to_value(item).map_err(ApiError::internal))
        .collect()
}

/// One JSON object.
pub fn to_value<T: Serialize>(item: T) -> Result<Value, ApiError> {
    serde_json::to_value(item).map_err(ApiError::internal)
}

/// The `id` of an object.
pub fn id_of(item: &Value) -> Option<i64> {
    item.get("id").and_then(Value::as_i64)
}

/// What a bulk operation did: the objects it returns, how many things it affected (links
/// count one each), and the ids that failed.
#[derive(Debug, Default)]
pub struct Outcome {
    /// `affected_items`.
    pub affected: Vec<Value>,
    /// `total_affected_items`.
    pub total: u64,
    /// `failed_items`.
    pub failures: Failures,
}

impl Outcome {
    /// Records an affected object (counted once).
    pub fn affect(&mut self, item: Value) {
        self.affected.push(item);
        self.total += 1;
    }

    /// Records a failed id.
    pub fn fail(&mut self, id: impl Into<Value>, code: Code) {
        self.failures.add(id, &ApiError::code(code));
    }
}

/// The three messages of a bulk operation, as owned strings (some name the user or role).
#[derive(Debug, Clone)]
pub struct BulkMessages {
    /// Nothing failed.
    pub all: String,
    /// Some affected, some failed.
    pub some: String,
    /// Nothing affected.
    pub none: String,
}

impl BulkMessages {
    /// Messages from three texts.
    pub fn new(all: impl Into<String>, some: impl Into<String>, none: impl Into<String>) -> Self {
        BulkMessages {
            all: all.into(),
            some: some.into(),
            none: none.into(),
        }
    }
}

/// Answers a bulk operation with the `affected_items` envelope.
pub fn answer(outcome: Outcome, messages: &BulkMessages, pretty: bool) -> Response {
    let envelope = list::outcome_envelope(
        outcome.affected,
        outcome.total,
        outcome.failures.into_groups(),
        [&messages.all, &messages.some, &messages.none],
    );
    respond::ok(&envelope, pretty)
}

/// The token as `text/plain` with `raw=true`, else `{"data": {"token": ...}, "error": 0}`.
pub fn token_response<E: Endpoint<Query = LoginQuery>>(
    token: String,
    query: &WazuhQuery<E>,
) -> Response {
    if query.query.raw == Some(true) {
        return (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain")],
            token,
        )
            .into_response();
    }
    let body = Envelope {
        data: Some(TokenData { token }),
        message: None,
        error: 0,
    };
    respond::ok(&body, false)
}

/// A `position` as a list index.
pub fn position_index(position: u64) -> usize {
    usize::try_from(position).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_as_integers_or_all() {
        assert_eq!(
            required_ids(Some("1, 100"), "user_ids", true).unwrap(),
            Ids::Listed(vec![1, 100])
        );
        assert_eq!(
            required_ids(Some("ALL"), "user_ids", true).unwrap(),
            Ids::All
        );
        assert!(required_ids(Some("all"), "rule_ids", false).is_err());
        assert!(required_ids(None, "user_ids", true).is_err());
        assert!(required_ids(Some("1,x"), "user_ids", true).is_err());
    }

    #[test]
    fn names_are_checked_for_length_and_characters() {
        assert!(check_name("analyst", "username", 4).is_ok());
        assert!(check_name("abc", "username", 4).is_err());
        assert!(check_name(&"a".repeat(65), "name", 1).is_err());
        assert!(check_name("a b", "name", 1).is_err());
    }
}
