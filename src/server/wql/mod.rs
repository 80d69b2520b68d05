//! WQL, the Wazuh Query Language of the `q` parameter, in its database-backed dialect
//! (NOTES §7.1): lexer, parser and evaluator over JSON items. Errors are Wazuh codes 1407
//! (format), 1408 (field), 1409 (operator) and 1412 (date).
//!
//! Grammar, as Wazuh's term regex reads it:
//!
//! ```text
//! query    := term { term }         ; only the start must be a term, garbage between is skipped
//! term     := "("? field operator value ")"? separator?
//! field    := [A-Za-z0-9_.]+         ; dotted for nested objects: os.name
//! operator := 1-2 of = ! < > ~       ; then checked against = != < > ~
//! value    := plain chars (word, space, - . : ? \ / ' " = @ % < > { } [ ]), "[...]" segments
//!             that may hold ",", and balanced "(...)" groups, with at least one non-group part
//! separator:= ";" (AND) | "," (OR)
//! ```
//!
//! Semantics: comparisons ignore ASCII case; `~` is SQL `LIKE '%value%'`; `null` means the
//! field is absent or null (whatever the operator, as in Wazuh); `all` drops the term. Parentheses
//! nest (stray ones between terms count too); inside one level `;` binds tighter than `,`.
//! Field kinds (`query::FieldKind`) decide numeric, version, group-list and date behaviour.
//!
//! Imports only the server's `error` and `query` modules.

mod eval;
mod lexer;
mod parser;
pub mod values;

use crate::server::error::ApiError;
use crate::server::query::Collection;
use chrono::{DateTime, Utc};
use serde_json::Value;

/// A parsed query, ready to test items.
#[derive(Debug, Clone)]
pub struct Query {
    root: Option<eval::Node>,
}

/// Parses `q` against the fields of a collection; `now` anchors timeframes like `1d`.
pub fn parse(q: &str, collection: &Collection, now: DateTime<Utc>) -> Result<Query, ApiError> {
    let tokens = lexer::tokenize(q).ok_or_else(|| ApiError::code_with(1407, q))?;
    let root = parser::parse(&tokens, collection, now)?;
    Ok(Query { root })
}

impl Query {
    /// True when the item satisfies the query.
    pub fn matches(&self, item: &Value) -> bool {
        self.root.as_ref().is_none_or(|root| root.matches(item))
    }
}
