//! The security-rule language of `run_as` logins: whether a rule (a JSON object) matches an
//! authorization context (any JSON the client sends), with the semantics of Wazuh's
//! `RBAChecker` — quirks included, so a rule grants here exactly what it grants on a manager:
//!
//! - `MATCH`: every key of the rule's object is in the context at this level, and each value
//!   matches (a string equals, a regex `r'...'` matches, a rule list is contained in the
//!   context list); `MATCH$`: the same, but lists must have exactly the rule's items.
//! - `FIND` / `FIND$`: `MATCH` / `MATCH$` tried at every level of the context.
//! - `AND` (all clauses), `OR` (at least one), `NOT` (not all clauses) over a list (or an
//!   object) of rules. A clause count that does not decide (`AND` not all, `OR` none) moves on
//!   to the rule's next key, and a rule with no deciding key does not match.
//! - `r'...'` values and keys are Python regexes matched at the start of the value; the
//!   pattern is the text between `r'` and the last two characters, as Wazuh slices it. A
//!   pattern that does not compile is compared as a plain value.
//!
//! Imports nothing from the crate (the `regex` crate matches the patterns).

use regex::Regex;
use serde_json::{Map, Value};
use std::cmp::Ordering;

/// How lists compare: `MATCH` (containment) or `MATCH$` (same items).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Contains,
    Exact,
}

/// Whether `rule` matches the authorization `context`.
pub fn matches(rule: &Value, context: &Value) -> bool {
    check_rule(rule, context)
}

fn check_rule(rule: &Value, context: &Value) -> bool {
    let Some(rule) = rule.as_object() else {
        return false;
    };
    for (key, value) in rule {
        match key.as_str() {
            "AND" | "OR" | "NOT" => {
                if let Some(decided) = logic(key, value, context) {
                    return decided;
                }
            }
            "MATCH" if match_item(value, context, Mode::Contains) => return true,
            "MATCH$" if match_item(value, context, Mode::Exact) => return true,
            "FIND" if find_item(value, context, Mode::Contains) => return true,
            "FIND$" if find_item(value, context, Mode::Exact) => return true,
            _ => {}
        }
    }
    false
}

/// The outcome of a logical operator, or `None` when it does not decide.
fn logic(operator: &str, clauses: &Value, context: &Value) -> Option<bool> {
    let (matched, size) = match clauses {
        Value::Array(items) => (
            items
                .iter()
                .filter(|item| check_rule(item, context))
                .count(),
            items.len(),
        ),
        Value::Object(map) => (usize::from(check_rule(clauses, context)), map.len()),
        _ => (0, 0),
    };
    match operator {
        "AND" => (matched == size).then_some(true),
        "OR" => (matched > 0).then_some(true),
        _ => Some(matched != size),
    }
}

/// `MATCH` at every level of the context.
fn find_item(rule: &Value, context: &Value, mode: Mode) -> bool {
    if match_item(rule, context, mode) {
        return true;
    }
    let Some(map) = context.as_object() else {
        return false;
    };
    map.values().any(|value| {
        if match_item(rule, value, mode) {
            return true;
        }
        match value {
            Value::Object(_) => find_item(rule, value, mode),
            Value::Array(items) => items
                .iter()
                .any(|item| item.is_object() && find_item(rule, item, mode)),
            _ => false,
        }
    })
}

/// Whether a rule chunk matches a context chunk at this level.
fn match_item(rule: &Value, context: &Value, mode: Mode) -> bool {
    match (rule, context) {
        (Value::Object(rule), Value::Object(context)) => match_object(rule, context, mode),
        (Value::Object(rule), _) => rule.is_empty(),
        _ => match_leaf(rule, context, mode),
    }
}

/// Every key of the rule matched once (a regex key against each context key it matches).
fn match_object(rule: &Map<String, Value>, context: &Map<String, Value>, mode: Mode) -> bool {
    let mut matched = 0;
    for (key, value) in rule {
        if let Some(pattern) = regex(key) {
            matched += context
                .iter()
                .filter(|(name, inner)| pattern.is_match(name) && match_item(value, inner, mode))
                .count();
        }
        if context
            .get(key)
            .is_some_and(|inner| match_item(value, inner, mode))
        {
            matched += 1;
        }
    }
    matched == rule.len()
}

/// A value or list of the rule against a value or list of the context.
fn match_leaf(rule: &Value, context: &Value, mode: Mode) -> bool {
    let rule = sorted(rule);
    let context = sorted(context);
    if let Some(pattern) = rule.as_str().and_then(regex) {
        let candidates = match &context {
            Value::Array(items) => items.clone(),
            single => vec![single.clone()],
        };
        if candidates.iter().any(|candidate| {
            candidate
                .as_str()
                .is_some_and(|text| pattern.is_match(text))
        }) {
            return true;
        }
    }
    if rule == context {
        return true;
    }
    let rule_items = match rule {
        Value::String(_) => vec![rule],
        Value::Array(items) => items,
        _ => return false,
    };
    match context {
        Value::Array(context_items) => match_lists(&rule_items, &context_items, mode),
        _ => false,
    }
}

/// Counts (context item, rule item) pairs that match; `MATCH` wants as many as rule items,
/// `MATCH$` as many as both lists have items.
fn match_lists(rule: &[Value], context: &[Value], mode: Mode) -> bool {
    let mut matched = 0;
    for value in context {
        for expected in rule {
            let hit = match expected.as_str().and_then(regex) {
                Some(pattern) => value.as_str().is_some_and(|text| pattern.is_match(text)),
                None => value == expected,
            };
            matched += usize::from(hit);
            let enough = match mode {
                Mode::Contains => matched == rule.len(),
                Mode::Exact => matched == context.len() && matched == rule.len(),
            };
            if enough {
                return true;
            }
        }
    }
    false
}

/// The pattern of an `r'...'` string that compiles, anchored at the start only, as Python's
/// `re.match`. A pattern the `regex` crate cannot compile (look-arounds, back-references) is
/// `None`, and the rule compares the text literally, as Wazuh does when Python cannot compile
/// it.
fn regex(text: &str) -> Option<Regex> {
    let body = text.strip_prefix("r'")?;
    let chars: Vec<char> = body.chars().collect();
    let pattern: String = chars[..chars.len().saturating_sub(2)].iter().collect();
    Regex::new(&format!(r"\A(?:{pattern})")).ok()
}

/// Lists sorted (strings, then numbers, then the rest), as Wazuh sorts both sides first.
fn sorted(value: &Value) -> Value {
    match value {
        Value::Array(items) => {
            let mut items = items.clone();
            items.sort_by(order);
            Value::Array(items)
        }
        other => other.clone(),
    }
}

fn order(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::String(a), Value::String(b)) => a.cmp(b),
        (Value::Number(a), Value::Number(b)) => {
            let (a, b) = (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
            a.total_cmp(&b)
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

fn rank(value: &Value) -> u8 {
    match value {
        Value::String(_) => 0,
        Value::Number(_) => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn check(rule: Value, context: Value) -> bool {
        matches(&rule, &context)
    }

    #[test]
    fn the_default_rules_find_the_user_name_at_any_depth() {
        let rule = json!({"FIND": {"username": "elastic"}});
        assert!(check(rule.clone(), json!({"username": "elastic"})));
        assert!(check(
            rule.clone(),
            json!({"a": {"b": {"username": "elastic"}}})
        ));
        assert!(check(rule.clone(), json!({"a": [{"username": "elastic"}]})));
        assert!(!check(rule.clone(), json!({"username": "kibana"})));
        assert!(!check(rule, json!({"user_name": "elastic"})));
    }

    #[test]
    fn match_looks_at_the_top_level_only() {
        let rule = json!({"MATCH": {"username": "elastic"}});
        assert!(check(
            rule.clone(),
            json!({"username": "elastic", "other": 1})
        ));
        assert!(!check(rule, json!({"nested": {"username": "elastic"}})));
    }

    #[test]
    fn match_wants_every_rule_key() {
        let rule = json!({"MATCH": {"name": "bob", "office": "20"}});
        assert!(check(rule.clone(), json!({"name": "bob", "office": "20"})));
        assert!(!check(rule, json!({"name": "bob"})));
    }

    #[test]
    fn match_contains_lists_and_match_dollar_wants_the_same_items() {
        let contains = json!({"MATCH": {"groups": ["a", "b"]}});
        let exact = json!({"MATCH$": {"groups": ["a", "b"]}});
        let superset = json!({"groups": ["c", "b", "a"]});
        let same = json!({"groups": ["b", "a"]});
        assert!(check(contains.clone(), superset.clone()));
        assert!(check(contains.clone(), same.clone()));
        assert!(!check(contains, json!({"groups": ["a"]})));
        assert!(!check(exact.clone(), superset));
        assert!(check(exact, same));
    }

    #[test]
    fn a_rule_string_is_found_in_a_context_list() {
        let rule = json!({"MATCH": {"groups": "admins"}});
        assert!(check(rule.clone(), json!({"groups": ["users", "admins"]})));
        assert!(!check(rule, json!({"groups": ["users"]})));
        let exact = json!({"MATCH$": {"groups": "admins"}});
        assert!(!check(
            exact.clone(),
            json!({"groups": ["users", "admins"]})
        ));
        assert!(check(exact, json!({"groups": ["admins"]})));
    }

    #[test]
    fn find_dollar_is_exact_at_any_depth() {
        let rule = json!({"FIND$": {"roles": ["ops"]}});
        assert!(check(rule.clone(), json!({"x": {"roles": ["ops"]}})));
        assert!(!check(rule, json!({"x": {"roles": ["ops", "dev"]}})));
    }

    #[test]
    fn regex_values_match_at_the_start_and_lose_their_last_two_characters() {
        let rule = json!({"MATCH": {"username": "r'^adm'"}});
        // Wazuh slices r'^adm' to "^ad": the "m" is cut off with the quote.
        assert!(check(rule.clone(), json!({"username": "adx"})));
        assert!(!check(rule, json!({"username": "bob"})));
        let rule = json!({"FIND": {"username": "r'^(elastic|kibana)_.+$'"}});
        assert!(check(rule.clone(), json!({"a": {"username": "kibana_ro"}})));
        assert!(!check(rule, json!({"a": {"username": "root"}})));
        let in_list = json!({"MATCH": {"groups": ["r'^team-\\d+$'"]}});
        assert!(check(in_list.clone(), json!({"groups": ["x", "team-42"]})));
        assert!(!check(in_list, json!({"groups": ["x", "team"]})));
    }

    #[test]
    fn regex_keys_match_context_keys() {
        let rule = json!({"MATCH": {"r'^user_.*$'": "bob"}});
        assert!(check(rule.clone(), json!({"user_name": "bob"})));
        assert!(!check(rule, json!({"user_name": "eve"})));
    }

    #[test]
    fn a_pattern_that_does_not_compile_is_a_plain_value() {
        let rule = json!({"MATCH": {"name": "r'(oops'"}});
        assert!(check(rule.clone(), json!({"name": "r'(oops'"})));
        assert!(!check(rule, json!({"name": "(oops"})));
    }

    #[test]
    fn and_or_not_combine_clauses() {
        let elastic = json!({"FIND": {"username": "elastic"}});
        let office = json!({"MATCH": {"office": "20"}});
        let context = json!({"username": "elastic", "office": "21"});
        assert!(!check(json!({"AND": [elastic, office]}), context.clone()));
        assert!(check(json!({"OR": [elastic, office]}), context.clone()));
        assert!(check(json!({"NOT": [office]}), context.clone()));
        assert!(!check(json!({"NOT": [elastic]}), context.clone()));
        assert!(check(json!({"NOT": [elastic, office]}), context.clone()));
        let nested =
            json!({"AND": [{"OR": [office, elastic]}, {"NOT": {"MATCH": {"office": "20"}}}]});
        assert!(check(nested, context));
    }

    #[test]
    fn an_undecided_operator_moves_on_to_the_next_key() {
        let rule = json!({
            "AND": [{"MATCH": {"a": "1"}}, {"MATCH": {"b": "2"}}],
            "MATCH": {"c": "3"}
        });
        assert!(check(rule.clone(), json!({"a": "1", "c": "3"})));
        assert!(!check(rule, json!({"a": "1"})));
    }

    #[test]
    fn unknown_keys_and_non_object_rules_never_match() {
        assert!(!check(json!({"SEARCH": {"a": "1"}}), json!({"a": "1"})));
        assert!(!check(json!(["MATCH"]), json!({"a": "1"})));
        assert!(!check(json!({}), json!({})));
        assert!(!check(json!({"FIND": {"a": "1"}}), json!(["a", "1"])));
    }

    #[test]
    fn numbers_and_booleans_compare_as_values() {
        let rule = json!({"MATCH": {"level": 3, "active": true}});
        assert!(check(rule.clone(), json!({"level": 3, "active": true})));
        assert!(!check(rule, json!({"level": "3", "active": true})));
    }
}
