//! The three response shapes of the Wazuh API: list/bulk results (`affected_items`),
//! plain results (`data` or `message`), and problem+json errors with `error` last.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A successful response: `{"data": ..., "message": ..., "error": 0|1|2}` (key order kept).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Envelope<D> {
    /// The payload; absent on message-only answers.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub data: Option<D>,
    /// Human-readable summary chosen by the endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// 0 all ok, 1 all failed, 2 partial.
    #[serde(default)]
    pub error: u8,
}

fn none<D>() -> Option<D> {
    None
}

/// The `data` of list and bulk results.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Items<T> {
    /// The items (objects or ids) the operation returned or acted upon.
    pub affected_items: Vec<T>,
    /// Total before offset/limit.
    pub total_affected_items: u64,
    /// Number of ids that failed.
    pub total_failed_items: u64,
    /// Failed ids grouped by identical error.
    pub failed_items: Vec<FailedItem>,
}

impl<T> Items<T> {
    /// The top-level `error` value these items imply: 0 none failed, 1 all failed, 2 partial.
    pub fn error_level(&self) -> u8 {
        match (self.affected_items.is_empty(), self.failed_items.is_empty()) {
            (_, true) => 0,
            (true, false) => 1,
            (false, false) => 2,
        }
    }
}

/// One group of failed ids sharing the same error.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct FailedItem {
    /// The shared error.
    pub error: ItemError,
    /// The ids (strings for agents, integers for security objects).
    pub id: Vec<Value>,
}

/// The error of a failed item.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ItemError {
    /// Wazuh error code.
    pub code: u32,
    /// Message.
    pub message: String,
    /// What to do about it, when Wazuh says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<String>,
}

/// An error response (`application/problem+json`); `error` is absent for errors that do not
/// come from the Wazuh framework (authentication, request validation, unknown routes).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ErrorBody {
    /// Short class of the error, e.g. `Bad Request`.
    pub title: String,
    /// What went wrong.
    pub detail: String,
    /// What to do about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation: Option<String>,
    /// Per-node errors: `{"master-node": {"error": "..."}}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dapi_errors: Option<Value>,
    /// The Wazuh error code, always last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<u32>,
}

/// The body of a successful login: `{"data": {"token": "..."}, "error": 0}`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TokenData {
    /// The JWT.
    pub token: String,
}
