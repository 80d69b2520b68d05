//! WQL, the Wazuh Query Language of the `q` parameter (database-backed dialect): lexer,
//! parser and evaluator over JSON items. Errors are Wazuh codes 1407 (format), 1408 (field),
//! 1409 (operator) and 1412 (date).

use crate::server::error::ApiError;
use crate::server::query::Collection;
use chrono::{DateTime, Utc};
use serde_json::Value;

/// A parsed query, ready to test items.
#[derive(Debug, Clone)]
pub struct Query {}

/// Parses `q` against the fields of a collection; `now` anchors timeframes like `1d`.
pub fn parse(q: &str, collection: &Collection, now: DateTime<Utc>) -> Result<Query, ApiError> {
    let _ = (q, collection, now);
    unimplemented!("WQL parser: being written")
}

impl Query {
    /// True when the item satisfies the query.
    pub fn matches(&self, item: &Value) -> bool {
        let _ = item;
        unimplemented!("WQL evaluator: being written")
    }
}
