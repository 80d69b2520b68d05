//! The WQL evaluator: a compiled query tree and how each condition tests an item, with
//! SQL semantics (a missing or null field fails every test but `IS NULL`).
//!
//! Imports only `server::collection` and the sibling `values` module.

use super::values::{
    cell_number, cell_text, cell_timestamp, cmp_ignore_case, compare_versions, number_text,
    parse_version, CellText, LikePattern,
};
use crate::server::collection::{Cell, Record, Slot};
use serde_json::Value;
use std::cmp::Ordering;

/// A comparison operator (`~` is compiled into a [`Test::Like`] instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// `=`
    Equal,
    /// `!=`
    NotEqual,
    /// `<`
    Less,
    /// `>`
    Greater,
}

impl Comparison {
    /// True when an ordering of item against value satisfies the comparison.
    fn holds(self, ordering: Ordering) -> bool {
        match self {
            Comparison::Equal => ordering.is_eq(),
            Comparison::NotEqual => ordering.is_ne(),
            Comparison::Less => ordering.is_lt(),
            Comparison::Greater => ordering.is_gt(),
        }
    }
}

impl Comparison {
    /// True when the text compares to `expected` (ignoring ASCII case) as required; equality
    /// is decided without ordering the two.
    fn holds_for_text(self, text: &str, expected: &str) -> bool {
        match self {
            Comparison::Equal => text.eq_ignore_ascii_case(expected),
            Comparison::NotEqual => !text.eq_ignore_ascii_case(expected),
            _ => self.holds(cmp_ignore_case(text, expected)),
        }
    }
}

/// A number, or text that is not one; numbers sort before text, as in SQLite.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// A numeric value.
    Number(f64),
    /// Any other value.
    Text(String),
}

impl Scalar {
    /// Reads a query value: a number when it reads as one.
    pub fn parse(text: &str) -> Scalar {
        super::values::parse_number(text)
            .map_or_else(|| Scalar::Text(text.to_string()), Scalar::Number)
    }

    fn cmp(&self, other: &Scalar) -> Ordering {
        match (self, other) {
            (Scalar::Number(left), Scalar::Number(right)) => left.total_cmp(right),
            (Scalar::Number(_), Scalar::Text(_)) => Ordering::Less,
            (Scalar::Text(_), Scalar::Number(_)) => Ordering::Greater,
            (Scalar::Text(left), Scalar::Text(right)) => cmp_ignore_case(left, right),
        }
    }
}

/// What one condition checks on its field's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// `field=null`: the field is absent or null (Wazuh ignores the operator here).
    IsNull,
    /// SQL `LIKE`; `numeric` prints numbers as SQLite does (`001` reads `1`).
    Like {
        /// The pattern.
        pattern: LikePattern,
        /// Whether the field is numeric.
        numeric: bool,
    },
    /// Case-insensitive text comparison.
    Text(Comparison, String),
    /// Numeric comparison (text values compare after every number).
    Number(Comparison, Scalar),
    /// Version comparison, component-wise when both sides read as versions.
    Version(Comparison, String, Option<Vec<u64>>),
    /// Membership of a group in a group list (negated for `!=`).
    Member {
        /// The group name.
        group: String,
        /// `!=` rather than `=`.
        negated: bool,
    },
    /// A timeframe: newer than `cutoff` (`<`, `=`) or older than it.
    Within {
        /// Unix seconds: now minus the timeframe.
        cutoff: i64,
        /// Newer rather than older.
        newer: bool,
    },
    /// A date comparison in Unix seconds.
    Date(Comparison, i64),
}

/// One `field operator value` condition, compiled.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// The field, resolved in the collection.
    pub slot: Slot,
    /// Item `id` this condition never matches (date conditions skip the manager).
    pub skip_id: Option<&'static str>,
    /// What to check.
    pub test: Test,
}

/// A node of the query tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// A single condition.
    Condition(Condition),
    /// Every child matches (`;`).
    All(Vec<Node>),
    /// Some child matches (`,`).
    Any(Vec<Node>),
}

impl Node {
    /// Whether this node is one `field=value` text condition.
    pub fn is_text_equality(&self) -> bool {
        matches!(
            self,
            Node::Condition(Condition {
                test: Test::Text(Comparison::Equal, _),
                ..
            })
        )
    }

    /// True when the item satisfies this node.
    pub fn matches<R: Record + ?Sized>(&self, item: &R) -> bool {
        match self {
            Node::Condition(condition) => condition.matches(item),
            Node::All(children) => children.iter().all(|child| child.matches(item)),
            Node::Any(children) => children.iter().any(|child| child.matches(item)),
        }
    }
}

impl Condition {
    /// True when the item satisfies the condition.
    pub fn matches<R: Record + ?Sized>(&self, item: &R) -> bool {
        match (&self.test, item.cell_at(&self.slot)) {
            (Test::IsNull, value) => value.is_none(),
            (_, None) => false,
            (test, Some(value)) => !self.is_skipped(item) && test.holds(value),
        }
    }

    fn is_skipped<R: Record + ?Sized>(&self, item: &R) -> bool {
        self.skip_id
            .is_some_and(|skip| item.id_text() == Some(skip))
    }
}

impl Test {
    /// Applies the test to a present, non-null value.
    fn holds(&self, value: Cell<'_>) -> bool {
        match self {
            Test::IsNull => false,
            Test::Like { pattern, numeric } => {
                like_text(value, *numeric).is_some_and(|text| pattern.matches(&text))
            }
            Test::Text(comparison, expected) => {
                cell_text(value).is_some_and(|text| comparison.holds_for_text(&text, expected))
            }
            Test::Number(comparison, expected) => {
                item_scalar(value).is_some_and(|actual| comparison.holds(actual.cmp(expected)))
            }
            Test::Version(comparison, raw, parsed) => cell_text(value)
                .is_some_and(|text| comparison.holds(version_order(&text, raw, parsed))),
            Test::Member { group, negated } => is_member(value, group) != *negated,
            Test::Within { cutoff, newer } => cell_timestamp(value).is_some_and(|seconds| {
                if *newer {
                    seconds > *cutoff
                } else {
                    seconds < *cutoff
                }
            }),
            Test::Date(comparison, expected) => {
                cell_timestamp(value).is_some_and(|seconds| comparison.holds(seconds.cmp(expected)))
            }
        }
    }
}

/// The text `LIKE` sees: numeric fields print their number.
fn like_text(value: Cell<'_>, numeric: bool) -> Option<CellText<'_>> {
    match cell_number(value) {
        Some(number) if numeric => Some(CellText::Owned(number_text(number))),
        _ => cell_text(value),
    }
}

fn item_scalar(value: Cell<'_>) -> Option<Scalar> {
    cell_number(value)
        .map(Scalar::Number)
        .or_else(|| cell_text(value).map(|text| Scalar::Text(text.to_string())))
}

fn version_order(text: &str, raw: &str, parsed: &Option<Vec<u64>>) -> Ordering {
    match (parse_version(text), parsed) {
        (Some(actual), Some(expected)) => compare_versions(&actual, expected),
        _ => cmp_ignore_case(text, raw),
    }
}

/// Whether a group list (array, or comma-separated text) holds the group, ignoring case.
fn is_member(value: Cell<'_>, group: &str) -> bool {
    match value {
        Cell::Names(groups) => groups.iter().any(|name| name.eq_ignore_ascii_case(group)),
        Cell::Text(list) => list.split(',').any(|name| name.eq_ignore_ascii_case(group)),
        Cell::Json(Value::Array(groups)) => groups
            .iter()
            .filter_map(Value::as_str)
            .any(|name| name.eq_ignore_ascii_case(group)),
        Cell::Json(Value::String(list)) => {
            list.split(',').any(|name| name.eq_ignore_ascii_case(group))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn condition(path: &'static str, test: Test) -> Condition {
        let slot = Slot {
            field: crate::server::collection::Field::text(path),
            index: None,
        };
        Condition {
            slot,
            skip_id: None,
            test,
        }
    }

    #[test]
    fn missing_fields_fail_everything_but_is_null() {
        let item = json!({"id": "011", "name": "x"});
        assert!(condition("version", Test::IsNull).matches(&item));
        let not_equal = Test::Text(Comparison::NotEqual, "a".into());
        assert!(!condition("version", not_equal).matches(&item));
        let not_member = Test::Member {
            group: "default".into(),
            negated: true,
        };
        assert!(!condition("group", not_member).matches(&item));
    }

    #[test]
    fn numbers_sort_before_text() {
        let item = json!({"id": "001"});
        let less_than_text = Test::Number(Comparison::Less, Scalar::parse("abc"));
        assert!(condition("id", less_than_text).matches(&item));
        let equal_text = Test::Number(Comparison::Equal, Scalar::parse("abc"));
        assert!(!condition("id", equal_text).matches(&item));
    }

    #[test]
    fn skipped_ids_never_match() {
        let manager = json!({"id": "000", "lastKeepAlive": "9999-12-31T23:59:59+00:00"});
        let mut newer = condition(
            "lastKeepAlive",
            Test::Within {
                cutoff: 0,
                newer: true,
            },
        );
        assert!(newer.matches(&manager));
        newer.skip_id = Some("000");
        assert!(!newer.matches(&manager));
    }
}
