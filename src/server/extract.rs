//! Request extractors, so handlers cannot forget a pipeline step (NOTES §14: auth → strict
//! query validation → handler): [`Caller`] authenticates a JWT, [`IssuedToken`] checks Basic
//! credentials and mints a token, and [`WazuhQuery`] validates the query string against the
//! operation's spec the way connexion does (unknown names, integer bounds, booleans) before
//! decoding the common, list and operation-specific parameters.
//!
//! Handlers list `rbac::Guarded` (which authenticates like `Caller`) or `IssuedToken` before
//! `WazuhQuery`: axum runs extractors in order, so a request without credentials gets its 401
//! (and one lacking a resourceless permission its 403) before any 400. Imports `api`, and the server's
//! `auth`, `state` and `error` modules.

use crate::api::params::{split_list, Common, ListParams, MAX_LIMIT};
use crate::api::{Endpoint, Kind, Param};
use crate::server::auth::{self, Caller};
use crate::server::error::ApiError;
use crate::server::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        auth::authenticate(state, parts.headers.get(AUTHORIZATION)).await
    }
}

/// A token freshly issued for the request's HTTP Basic credentials (401 otherwise).
#[derive(Debug, Clone)]
pub struct IssuedToken(pub String);

impl FromRequestParts<AppState> for IssuedToken {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        auth::login(state, parts.headers.get(AUTHORIZATION))
            .await
            .map(IssuedToken)
    }
}

/// The validated query string of operation `E`.
pub struct WazuhQuery<E: Endpoint> {
    /// `pretty`, `wait_for_complete`.
    pub common: Common,
    /// The list parameters (defaults when `E` is not a list operation).
    pub list: ListParams,
    /// The operation's own parameters.
    pub query: E::Query,
    /// Every parameter given, validated and normalised (a repeated one keeps its last value).
    params: Vec<(String, String)>,
}

impl<E: Endpoint> WazuhQuery<E> {
    /// Whether the answer is indented (`pretty=true`).
    pub fn pretty(&self) -> bool {
        self.common.pretty.unwrap_or(false)
    }

    /// The value of a parameter as given (validated and normalised), when it was given.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(given, _)| given == name)
            .map(|(_, value)| value.as_str())
    }

    /// The query without parameter `name` (a value that means "no filter", like `status=all`).
    pub fn without(mut self, name: &str) -> WazuhQuery<E> {
        self.params.retain(|(given, _)| given != name);
        self
    }

    /// The value of a parameter the request must give; connexion's 400 when it is missing.
    pub fn required(&self, name: &str) -> Result<&str, ApiError> {
        self.param(name).ok_or_else(|| missing(name))
    }

    /// Validates and decodes a raw query string (without the `?`).
    pub fn parse(raw: &str) -> Result<WazuhQuery<E>, ApiError> {
        let params = normalize(raw, E::SPEC.query)?;
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&params)
            .finish();
        let list = if E::SPEC.is_list() {
            decode(&encoded)?
        } else {
            ListParams::default()
        };
        Ok(WazuhQuery {
            common: decode(&encoded)?,
            list,
            query: decode(&encoded)?,
            params,
        })
    }
}

impl<E: Endpoint, S: Send + Sync> FromRequestParts<S> for WazuhQuery<E> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        WazuhQuery::parse(parts.uri.query().unwrap_or(""))
    }
}

/// connexion's answer to a missing required query parameter.
pub fn missing(param: &str) -> ApiError {
    ApiError::bad_request(format!("Missing query parameter '{param}'"))
}

/// Comma-separated integers (`user_ids=1,2`); connexion's 400 otherwise.
pub fn numbers(value: &str, param: &str) -> Result<Vec<i64>, ApiError> {
    let ids: Option<Vec<i64>> = value
        .split(',')
        .map(|part| part.trim().parse().ok())
        .collect();
    ids.filter(|ids| !ids.is_empty())
        .ok_or_else(|| not_numbers(value, param))
}

/// Connexion's 400 for a value of `param` that is not an integer list.
pub fn not_numbers(value: &str, param: &str) -> ApiError {
    ApiError::bad_request(format!("'{value}' is not a 'numbers' - '{param}'"))
}

/// Checks that a parameter value is one of the allowed ones, with connexion's message.
pub fn check_one_of(param: &str, value: &str, allowed: &[&str]) -> Result<(), ApiError> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let allowed: Vec<String> = allowed.iter().map(|a| python_repr(a)).collect();
    Err(ApiError::bad_request(format!(
        "{} is not one of [{}] - '{param}'",
        python_repr(value),
        allowed.join(", ")
    )))
}

/// The values of a comma-separated enumerated list (`daemons_list`) in the order given, each
/// once, every one checked as [`check_one_of`] does.
pub fn one_of_each(
    param: &str,
    list: &str,
    allowed: &[&'static str],
) -> Result<Vec<&'static str>, ApiError> {
    let mut values: Vec<&'static str> = Vec::new();
    for name in split_list(list) {
        check_one_of(param, &name, allowed)?;
        if let Some(value) = allowed.iter().find(|value| **value == name) {
            if !values.contains(value) {
                values.push(value);
            }
        }
    }
    Ok(values)
}

/// Checks `limit` against an operation's own maximum (below the usual one), as the spec's
/// schema does.
pub fn check_limit(limit: Option<u64>, max: u64) -> Result<(), ApiError> {
    match limit {
        Some(limit) if limit > max => Err(ApiError::bad_request(format!(
            "{limit} is greater than the maximum of {max} - 'limit'"
        ))),
        _ => Ok(()),
    }
}

/// Rejects names outside the spec, checks and normalises values (a repeated parameter keeps
/// its last value).
fn normalize(raw: &str, allowed: &[Param]) -> Result<Vec<(String, String)>, ApiError> {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(raw.as_bytes())
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    reject_extra(&pairs, allowed)?;
    let mut kept: Vec<(String, String)> = Vec::with_capacity(pairs.len());
    for (name, value) in pairs {
        let Some(param) = allowed.iter().find(|param| param.name == name) else {
            continue;
        };
        let value = check_value(param, value)?;
        match kept.iter_mut().find(|(kept_name, _)| *kept_name == name) {
            Some(existing) => existing.1 = value,
            None => kept.push((name, value)),
        }
    }
    Ok(kept)
}

fn reject_extra(pairs: &[(String, String)], allowed: &[Param]) -> Result<(), ApiError> {
    let mut extra: Vec<&str> = pairs
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| !allowed.iter().any(|param| param.name == *name))
        .collect();
    if extra.is_empty() {
        return Ok(());
    }
    extra.sort_unstable();
    extra.dedup();
    Err(ApiError::bad_request(format!(
        "Extra query parameter(s) {} not in spec",
        extra.join(", ")
    )))
}

/// Validates one value by the parameter's kind (as its operation declares it) and returns it
/// normalised: enumerations lower-cased, as Wazuh compares them.
fn check_value(param: &Param, value: String) -> Result<String, ApiError> {
    match (param.name, param.kind) {
        ("limit", _) => check_integer(param.name, &value, 1, Some(MAX_LIMIT)),
        (name, Kind::Integer) => check_integer(name, &value, 0, None),
        (name, Kind::Boolean) => check_boolean(name, &value),
        (_, Kind::Enum) => Ok(value.to_lowercase()),
        (_, Kind::Text) => Ok(value),
    }
}

/// Checks an integer parameter against its bounds and returns it normalised; an integer
/// beyond what the server counts in (u64) reads as the largest one, as Python's unbounded
/// integers would leave it past every list.
fn check_integer(name: &str, value: &str, min: u64, max: Option<u64>) -> Result<String, ApiError> {
    let digits = value.trim();
    let huge = !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit());
    let number: i128 = match digits.parse() {
        Ok(number) => number,
        Err(_) if huge => i128::MAX,
        Err(_) => {
            return Err(ApiError::bad_request(format!(
                "{} is not of type 'integer' - '{name}'",
                python_repr(value)
            )))
        }
    };
    if number < i128::from(min) {
        return Err(ApiError::bad_request(format!(
            "{number} is less than the minimum of {min} - '{name}'"
        )));
    }
    if let Some(max) = max.filter(|max| number > i128::from(*max)) {
        return Err(ApiError::bad_request(format!(
            "{number} is greater than the maximum of {max} - '{name}'"
        )));
    }
    Ok(number.min(i128::from(u64::MAX)).to_string())
}

fn check_boolean(name: &str, value: &str) -> Result<String, ApiError> {
    match value.to_ascii_lowercase().as_str() {
        lower @ ("true" | "false") => Ok(lower.to_string()),
        _ => Err(ApiError::bad_request(format!(
            "{} is not of type 'boolean' - '{name}'",
            python_repr(value)
        ))),
    }
}

fn decode<T: DeserializeOwned>(encoded: &str) -> Result<T, ApiError> {
    serde_urlencoded::from_str(encoded).map_err(|err| ApiError::bad_request(err.to_string()))
}

/// A string as Python's `repr` shows it: `'x'`, or `"it's"` when it holds a single quote.
pub(crate) fn python_repr(value: &str) -> String {
    if value.contains('\'') && !value.contains('"') {
        format!("\"{}\"", value.replace('\\', "\\\\"))
    } else {
        format!("'{}'", value.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::agents::upgrade::UpgradeAgents;
    use crate::api::agents::ListAgents;
    use crate::api::info::GetApiInfo;
    use crate::api::security::Login;

    fn detail<T>(result: Result<T, ApiError>) -> String {
        let Err(err) = result else {
            panic!("expected a 400")
        };
        assert_eq!(err.status, axum::http::StatusCode::BAD_REQUEST);
        assert_eq!(
            err.body.error, None,
            "validation errors carry no Wazuh code"
        );
        err.body.detail
    }

    #[test]
    fn unknown_parameters_are_named_in_the_error() {
        assert_eq!(
            detail(WazuhQuery::<GetApiInfo>::parse(
                "pretty=true&foo=1&bar=2&foo=3"
            )),
            "Extra query parameter(s) bar, foo not in spec"
        );
    }

    #[test]
    fn limit_bounds_follow_connexion() {
        assert_eq!(
            detail(WazuhQuery::<ListAgents>::parse("limit=0")),
            "0 is less than the minimum of 1 - 'limit'"
        );
        assert_eq!(
            detail(WazuhQuery::<ListAgents>::parse("limit=100001")),
            "100001 is greater than the maximum of 100000 - 'limit'"
        );
        assert_eq!(
            detail(WazuhQuery::<ListAgents>::parse("offset=x")),
            "'x' is not of type 'integer' - 'offset'"
        );
        assert_eq!(
            detail(WazuhQuery::<ListAgents>::parse("offset=-1")),
            "-1 is less than the minimum of 0 - 'offset'"
        );
        assert_eq!(
            detail(WazuhQuery::<ListAgents>::parse("offset=1e20")),
            "'1e20' is not of type 'integer' - 'offset'"
        );
        for huge in ["99999999999999999999", &"9".repeat(60)] {
            let query = WazuhQuery::<ListAgents>::parse(&format!("offset={huge}")).unwrap();
            assert_eq!(query.list.offset, Some(u64::MAX), "past every list");
        }
    }

    #[test]
    fn booleans_accept_any_case_and_reject_the_rest() {
        let query = WazuhQuery::<ListAgents>::parse("pretty=True&distinct=FALSE").unwrap();
        assert!(query.pretty());
        assert_eq!(query.list.distinct, Some(false));
        assert_eq!(
            detail(WazuhQuery::<ListAgents>::parse("pretty=yes")),
            "'yes' is not of type 'boolean' - 'pretty'"
        );
    }

    #[test]
    fn every_boolean_an_operation_declares_is_checked() {
        let upgrade = WazuhQuery::<UpgradeAgents>::parse("agents_list=001&force=True").unwrap();
        assert_eq!(upgrade.param("force"), Some("true"));
        assert_eq!(
            detail(WazuhQuery::<UpgradeAgents>::parse(
                "agents_list=001&use_http=maybe"
            )),
            "'maybe' is not of type 'boolean' - 'use_http'"
        );
        let typed = WazuhQuery::<UpgradeAgents>::parse("agents_list=001&package_type=RPM");
        let typed = typed.unwrap();
        assert_eq!(
            typed.param("package_type"),
            Some("rpm"),
            "an enumeration is compared lower-cased"
        );
    }

    #[test]
    fn list_common_and_endpoint_parameters_are_decoded() {
        let query = WazuhQuery::<ListAgents>::parse(
            "limit=2&offset=1&q=status%3Dactive%3Bid%3C5&select=id,name&os.platform=ubuntu&status=Active,NEVER_connected",
        )
        .unwrap();
        assert_eq!(query.list.limit, Some(2));
        assert_eq!(query.list.offset, Some(1));
        assert_eq!(query.list.q.as_deref(), Some("status=active;id<5"));
        assert_eq!(query.list.select.as_deref(), Some("id,name"));
        assert_eq!(
            query.query.attributes.os_platform.as_deref(),
            Some("ubuntu")
        );
        assert_eq!(
            query.query.status.as_deref(),
            Some("active,never_connected")
        );
        assert!(!query.pretty());
    }

    #[test]
    fn repeated_parameters_keep_the_last_value() {
        let query = WazuhQuery::<ListAgents>::parse("limit=1&limit=7").unwrap();
        assert_eq!(query.list.limit, Some(7));
    }

    #[test]
    fn non_list_operations_ignore_list_defaults() {
        let query = WazuhQuery::<Login>::parse("raw=true").unwrap();
        assert_eq!(query.query.raw, Some(true));
        assert_eq!(query.list, ListParams::default());
    }

    #[test]
    fn enumerations_report_the_allowed_values() {
        assert!(check_one_of("hash", "md5", &["md5", "sha1"]).is_ok());
        assert_eq!(
            detail(check_one_of("hash", "crc", &["md5", "sha1"])),
            "'crc' is not one of ['md5', 'sha1'] - 'hash'"
        );
    }
}
