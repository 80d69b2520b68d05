//! Request bodies and required parameters as connexion (Wazuh's API layer) checks them: the
//! declared media type (415), JSON that is an object with its required and string members,
//! unknown members, wrong JSON types, and missing query parameters — each a 400 without a
//! Wazuh code, worded as connexion words it. Shared by every handler that takes a body.

use crate::server::error::ApiError;
use crate::server::extract::python_repr;
use axum::http::{header, HeaderMap};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// A JSON request body: 400 (no code) when it is not JSON, not an object, misses a required
/// property or has a non-string where a string is expected, as connexion says.
pub(super) fn json_body<T: DeserializeOwned>(
    bytes: &[u8],
    required: &[&str],
    strings: &[&str],
) -> Result<T, ApiError> {
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|_| ApiError::bad_request("Request body is not valid JSON"))?;
    let Some(object) = value.as_object() else {
        return Err(ApiError::bad_request(format!(
            "{value} is not of type 'object'"
        )));
    };
    if let Some(name) = required.iter().find(|name| !object.contains_key(**name)) {
        return Err(ApiError::bad_request(format!(
            "'{name}' is a required property"
        )));
    }
    if let Some((name, value)) = strings.iter().find_map(|name| {
        object
            .get(*name)
            .filter(|v| !v.is_string())
            .map(|v| (name, v))
    }) {
        return Err(ApiError::bad_request(format!(
            "{value} is not of type 'string' - '{name}'"
        )));
    }
    serde_json::from_value(value).map_err(|err| ApiError::bad_request(err.to_string()))
}

/// A JSON request body of a request declared `application/json` (or not declared): the
/// checks of [`require_content_type`] and [`json_body`].
pub(super) fn json_request<T: DeserializeOwned>(
    headers: &HeaderMap,
    bytes: &[u8],
    required: &[&str],
    strings: &[&str],
) -> Result<T, ApiError> {
    require_content_type(headers, "application/json")?;
    json_body(bytes, required, strings)
}

/// 415, as connexion answers, when the body is declared with another media type than the
/// spec's (a body without `Content-Type` is taken as the expected type).
pub(super) fn require_content_type(headers: &HeaderMap, expected: &str) -> Result<(), ApiError> {
    let Some(declared) = headers.get(header::CONTENT_TYPE) else {
        return Ok(());
    };
    let declared = declared.to_str().unwrap_or_default();
    let media_type = declared.split(';').next().unwrap_or_default().trim();
    if media_type.eq_ignore_ascii_case(expected) {
        return Ok(());
    }
    Err(ApiError::unsupported_media_type(declared, expected))
}

/// 400 `Invalid field found {...}` for members of a body that its model does not name, as
/// Wazuh's body models check them.
pub(super) fn check_members(body: &Map<String, Value>, known: &[&str]) -> Result<(), ApiError> {
    let mut unknown: Vec<String> = body
        .keys()
        .filter(|key| !known.contains(&key.as_str()))
        .map(|key| python_repr(key))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    unknown.sort();
    Err(ApiError::bad_request(format!(
        "Invalid field found {{{}}}",
        unknown.join(", ")
    )))
}

/// connexion's answer to a value of the wrong JSON type (`1 is not of type 'string' - 'x'`).
pub(super) fn not_of_type(value: &Value, expected: &str, path: Option<&str>) -> ApiError {
    let place = path.map(|path| format!(" - '{path}'")).unwrap_or_default();
    ApiError::bad_request(format!(
        "{} is not of type '{expected}'{place}",
        python_value(value)
    ))
}

/// A JSON value as Python's `repr` shows the decoded value (`None`, `True`, `'x'`, `[1, 2]`).
fn python_value(value: &Value) -> String {
    match value {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(number) => number.to_string(),
        Value::String(text) => python_repr(text),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(python_value).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(members) => {
            let members: Vec<String> = members
                .iter()
                .map(|(key, value)| format!("{}: {}", python_repr(key), python_value(value)))
                .collect();
            format!("{{{}}}", members.join(", "))
        }
    }
}
