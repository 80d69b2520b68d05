//! The WQL parser: checks every term's field (1408) and operator (1409) first, then compiles
//! the values by field kind (1409 for ordering a group list, 1412 for a bad date) and builds
//! the query tree. Inside one parenthesis level `;` binds tighter than `,`; a term whose value
//! is `all` drops out together with its separator.
//!
//! Imports only the server's `error` and `query` (field descriptions) modules and its siblings.

use super::eval::{Comparison, Condition, Node, Scalar, Test};
use super::lexer::{RawTerm, Separator, Token};
use super::values::{parse_version, timeframe_seconds, LikePattern};
use crate::api::codes::{BAD_DATE_FILTER, BAD_QUERY, BAD_QUERY_OPERATOR, UNKNOWN_QUERY_FIELD};
use crate::api::wql::date_seconds;
use crate::server::collection::{Collection, Field, FieldKind, Slot};
use crate::server::error::ApiError;
use chrono::{DateTime, Utc};
use serde_json::Value;

/// Deepest parenthesis nesting accepted; deeper queries are 1407 (no stack exhaustion).
const MAX_DEPTH: usize = 100;

/// Compiles the tokens of `q`; `None` when no term filters anything (all `all`).
pub fn parse(
    q: &str,
    tokens: &[Token<'_>],
    collection: &Collection,
    now: DateTime<Utc>,
) -> Result<Option<Node>, ApiError> {
    for token in tokens {
        if let Token::Term(term) = token {
            check_term(term, collection)?;
        }
    }
    let mut parser = Parser {
        q,
        tokens,
        pos: 0,
        collection,
        now,
    };
    parser.sequence(0)
}

/// `=`, `!=`, `<` and `>` compare; `~` is SQL `LIKE '%value%'`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    Compare(Comparison),
    Like,
}

impl Operator {
    fn parse(text: &str) -> Option<Operator> {
        Some(match text {
            "=" => Operator::Compare(Comparison::Equal),
            "!=" => Operator::Compare(Comparison::NotEqual),
            "<" => Operator::Compare(Comparison::Less),
            ">" => Operator::Compare(Comparison::Greater),
            "~" => Operator::Like,
            _ => return None,
        })
    }
}

/// The field and operator of a term, or 1408 / 1409 with Wazuh's details.
fn check_term(term: &RawTerm<'_>, collection: &Collection) -> Result<(Slot, Operator), ApiError> {
    let slot = collection.slot(term.field).ok_or_else(|| {
        let available = collection.field_names().join(", ");
        ApiError::code_with(
            UNKNOWN_QUERY_FIELD,
            format!("Available fields: {available}. Field: {}", term.field),
        )
    })?;
    let operator = Operator::parse(term.operator).ok_or_else(|| {
        ApiError::code_with(
            BAD_QUERY_OPERATOR,
            format!(
                "Valid operators: =, !=, <, >, ~. Used operator: {}",
                term.operator
            ),
        )
    })?;
    Ok((slot, operator))
}

struct Parser<'t, 'q> {
    q: &'q str,
    tokens: &'t [Token<'q>],
    pos: usize,
    collection: &'t Collection,
    now: DateTime<Utc>,
}

impl Parser<'_, '_> {
    /// Operands up to the `)` closing this level (or the end), each with the separator after it.
    fn sequence(&mut self, depth: usize) -> Result<Option<Node>, ApiError> {
        let mut operands: Vec<(Node, Option<Separator>)> = Vec::new();
        let mut previous_kept = false;
        while let Some(&token) = self.tokens.get(self.pos) {
            self.pos += 1;
            let operand = match token {
                Token::Close if depth > 0 => break,
                Token::Close => continue,
                Token::Separator(separator) => {
                    if let (true, Some(last)) = (previous_kept, operands.last_mut()) {
                        last.1.get_or_insert(separator);
                    }
                    continue;
                }
                Token::Open if depth >= MAX_DEPTH => {
                    return Err(ApiError::code_with(BAD_QUERY, self.q));
                }
                Token::Open => self.sequence(depth + 1)?,
                Token::Term(term) => self.condition(&term)?,
            };
            previous_kept = operand.is_some();
            operands.extend(operand.map(|node| (node, None)));
        }
        Ok(combine(operands))
    }

    fn condition(&self, term: &RawTerm<'_>) -> Result<Option<Node>, ApiError> {
        let (slot, operator) = check_term(term, self.collection)?;
        let field = &slot.field;
        let test = match term.value {
            "all" => return Ok(None),
            "null" => Test::IsNull,
            value => compile(field, operator, value, self.now)?,
        };
        let skip_id = match field.kind {
            FieldKind::Date => self.collection.date_filters_skip_id,
            _ => None,
        };
        Ok(Some(Node::Condition(Condition {
            slot,
            skip_id,
            test,
        })))
    }
}

/// Joins operands: runs separated by `;` become `All`, and those runs are joined by `,` into `Any`.
fn combine(operands: Vec<(Node, Option<Separator>)>) -> Option<Node> {
    let mut alternatives = Vec::new();
    let mut run = Vec::new();
    for (node, separator) in operands {
        run.push(node);
        if separator == Some(Separator::Or) {
            alternatives.extend(join(std::mem::take(&mut run), Node::All));
        }
    }
    alternatives.extend(join(run, Node::All));
    join(alternatives, Node::Any)
}

fn join(mut nodes: Vec<Node>, wrap: fn(Vec<Node>) -> Node) -> Option<Node> {
    match nodes.len() {
        0 => None,
        1 => nodes.pop(),
        _ => Some(wrap(nodes)),
    }
}

/// The test a value means for a field of the given kind.
fn compile(
    field: &Field,
    operator: Operator,
    value: &str,
    now: DateTime<Utc>,
) -> Result<Test, ApiError> {
    let substring = || Test::Like {
        pattern: LikePattern::substring(value),
        numeric: field.kind == FieldKind::Number,
    };
    Ok(match (field.kind, operator) {
        (FieldKind::Date, _) => date_test(operator, value, now)?,
        (FieldKind::Text, _) => text_test(operator, value),
        (_, Operator::Like) => substring(),
        (FieldKind::Number, Operator::Compare(comparison)) => {
            Test::Number(comparison, Scalar::parse(value))
        }
        (FieldKind::Version, Operator::Compare(comparison)) => {
            Test::Version(comparison, value.to_string(), parse_version(value))
        }
        (FieldKind::GroupList, Operator::Compare(comparison)) => match comparison {
            Comparison::Equal | Comparison::NotEqual => Test::Member {
                group: value.to_string(),
                negated: comparison == Comparison::NotEqual,
            },
            Comparison::Less | Comparison::Greater => {
                let used = if comparison == Comparison::Less {
                    "<"
                } else {
                    ">"
                };
                return Err(ApiError::code_with(
                    BAD_QUERY_OPERATOR,
                    format!(
                        "Valid operators for '{}' field: =, !=, ~. Used operator: {used}",
                        field.name
                    ),
                ));
            }
        },
    })
}

/// Text as Wazuh binds it: a value that is JSON is re-serialised compactly, and quotes become
/// the `_` wildcard of a `LIKE` (anchored unless the operator was `~`).
fn text_test(operator: Operator, value: &str) -> Test {
    let value = serde_json::from_str::<Value>(value)
        .map(|json| json.to_string())
        .unwrap_or_else(|_| value.to_string());
    let has_quotes = value.contains(['\'', '"']);
    let value = value.replace(['\'', '"'], "_");
    let pattern = match operator {
        Operator::Like => LikePattern::substring(&value),
        Operator::Compare(_) if has_quotes => LikePattern::new(&value),
        Operator::Compare(comparison) => return Test::Text(comparison, value),
    };
    Test::Like {
        pattern,
        numeric: false,
    }
}

/// A timeframe (`30`, `45s`, `30m`, `12h`, `1d`, `1d12h`) relative to now, or a date.
fn date_test(operator: Operator, value: &str, now: DateTime<Utc>) -> Result<Test, ApiError> {
    if let Some(seconds) = timeframe_seconds(value) {
        let newer = matches!(
            operator,
            Operator::Compare(Comparison::Less | Comparison::Equal)
        );
        let cutoff = now.timestamp().saturating_sub(seconds);
        return Ok(Test::Within { cutoff, newer });
    }
    let seconds = date_seconds(value).ok_or_else(|| ApiError::code_with(BAD_DATE_FILTER, value))?;
    let comparison = match operator {
        Operator::Compare(comparison) => comparison,
        Operator::Like => Comparison::Equal,
    };
    Ok(Test::Date(comparison, seconds))
}
