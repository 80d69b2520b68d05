//! List operations, declared once and served by one function: a [`ListSpec`] constant says
//! what an operation lists (its collection and messages), how a request names items
//! explicitly (`agents_list`, `user_ids`, ...) and which parameters keep the items whose field
//! equals them; [`serve`] picks the items from a [`Source`] (a slice of JSON items or the
//! fleet) as the caller's RBAC scope permits, runs the list pipeline (`query::run`) and wraps
//! the page in the `affected_items` envelope.

use crate::api::codes::Code;
use crate::api::envelope::{Envelope, FailedItem, Items};
use crate::api::params::{is_field_filter, split_list};
use crate::api::AgentId;
use crate::api::Endpoint;
use crate::server::bulk::Failures;
use crate::server::collection::{field_value, Collection, Record};
use crate::server::error::ApiError;
use crate::server::extract::{numbers, WazuhQuery};
use crate::server::query::{self, Plan};
use crate::server::rbac::Scope;
use crate::server::respond;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::Value;

/// One list operation: what it lists and how a request narrows it.
#[derive(Debug, Clone, Copy)]
pub struct ListSpec {
    /// The fields of its items (`select`, `sort`, `q`, `search`, `distinct`).
    pub collection: &'static Collection,
    /// Its three messages.
    pub messages: Messages,
    /// The field that names an item (`id`, `name`): what names and RBAC scopes match.
    pub key: &'static str,
    /// How a request names the items it wants, when it can.
    pub names: Option<Names>,
    /// `(parameter, field)`: each given parameter keeps the items whose field equals its value
    /// (ignoring case).
    pub equalities: &'static [(&'static str, &'static str)],
}

/// The parameter that names items explicitly (`agents_list=001,002`, `user_ids=1,2`).
#[derive(Debug, Clone, Copy)]
pub struct Names {
    /// The parameter.
    pub param: &'static str,
    /// What a name is.
    pub kind: NameKind,
    /// The error of a name no item has (1701, 1710, 5001, ...).
    pub missing_code: Code,
}

/// What the names of a [`Names`] parameter are.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NameKind {
    /// Text, as given (group names).
    Text,
    /// Agent ids: all-digit ones zero-padded to three digits (`7` is `007`).
    AgentId,
    /// Integers (security objects): anything else is a 400, and failed ids are numbers.
    Integer,
}

impl NameKind {
    /// The names of a comma-separated list, normalised.
    fn parse(self, list: &str, param: &str) -> Result<Vec<String>, ApiError> {
        Ok(match self {
            NameKind::Text => split_list(list),
            NameKind::AgentId => split_list(list).iter().map(|id| AgentId::pad(id)).collect(),
            NameKind::Integer => numbers(list, param)?.iter().map(i64::to_string).collect(),
        })
    }

    /// A name as a failed item shows it: a number for integers, else a string.
    fn failed_id(self, name: String) -> Value {
        match (self, name.parse::<i64>()) {
            (NameKind::Integer, Ok(number)) => Value::from(number),
            _ => Value::String(name),
        }
    }

    /// The names `scope` permits; the others fail with 4000 (403 when none is permitted).
    fn split(
        self,
        names: Vec<String>,
        scope: &Scope,
        failures: &mut Failures,
    ) -> Result<Vec<String>, ApiError> {
        if self != NameKind::Integer {
            return scope.split(names, failures);
        }
        let numbers = names.iter().filter_map(|name| name.parse::<i64>().ok());
        let permitted = scope.split(numbers.collect(), failures)?;
        Ok(permitted.iter().map(i64::to_string).collect())
    }
}

/// Where a list operation takes its items from.
pub trait Source<'a>: Sized {
    /// The items.
    type Item: Record + 'a;

    /// Every item `scope` permits (every item without one), silently, in order: with its
    /// exact count when the source knows it, so a page is cut without a walk. A source may
    /// narrow by `q` (the pipeline still applies all of it).
    fn permitted(
        self,
        scope: Option<&'a Scope>,
        key: &'static str,
        q: Option<&str>,
        now: DateTime<Utc>,
    ) -> Box<dyn Iterator<Item = &'a Self::Item> + 'a>;

    /// The items whose `key` is one of `names`, each once, and the names no item has.
    fn named(self, key: &str, names: &[String]) -> (Vec<&'a Self::Item>, Vec<String>);

    /// The first [`Plan::needed`] items `scope` permits that match the plan's `q`, in its
    /// order, and how many there are, when the source can tell from indexes without walking
    /// its items; `None` leaves the plan to the pipeline.
    fn indexed(
        &self,
        _plan: &Plan,
        _scope: Option<&'a Scope>,
    ) -> Option<(Vec<&'a Self::Item>, usize)> {
        None
    }

    /// The same items, those that fail `keep` left out (the operation's own filters).
    fn keeping<F: Fn(&Self::Item) -> bool + 'a>(self, keep: F) -> Keeping<Self, F> {
        Keeping { source: self, keep }
    }
}

/// JSON items, in the order given; a scope judges each by its `key` field.
impl<'a> Source<'a> for &'a [Value] {
    type Item = Value;

    fn permitted(
        self,
        scope: Option<&'a Scope>,
        key: &'static str,
        _: Option<&str>,
        _: DateTime<Utc>,
    ) -> Box<dyn Iterator<Item = &'a Value> + 'a> {
        match scope {
            Some(scope) if !scope.permits_everything() => Box::new(scope.filter(self, key)),
            _ => Box::new(self.iter()),
        }
    }

    fn named(self, key: &str, names: &[String]) -> (Vec<&'a Value>, Vec<String>) {
        let named = |item: &Value, name: &str| match item.get(key) {
            Some(Value::String(text)) => text == name,
            Some(Value::Number(number)) => number.to_string() == name,
            _ => false,
        };
        let found: Vec<&Value> = self
            .iter()
            .filter(|item| names.iter().any(|name| named(item, name)))
            .collect();
        let missing = names
            .iter()
            .filter(|name| !found.iter().any(|item| named(item, name)))
            .cloned()
            .collect();
        (found, missing)
    }
}

/// A source whose items must also pass a filter of the operation's own.
pub struct Keeping<S, F> {
    source: S,
    keep: F,
}

impl<'a, S: Source<'a>, F: Fn(&S::Item) -> bool + 'a> Source<'a> for Keeping<S, F> {
    type Item = S::Item;

    fn permitted(
        self,
        scope: Option<&'a Scope>,
        key: &'static str,
        q: Option<&str>,
        now: DateTime<Utc>,
    ) -> Box<dyn Iterator<Item = &'a S::Item> + 'a> {
        let keep = self.keep;
        Box::new(
            self.source
                .permitted(scope, key, q, now)
                .filter(move |item| keep(item)),
        )
    }

    /// A named item that fails the filter is left out silently: it exists.
    fn named(self, key: &str, names: &[String]) -> (Vec<&'a S::Item>, Vec<String>) {
        let (mut found, missing) = self.source.named(key, names);
        found.retain(|item| (self.keep)(item));
        (found, missing)
    }
}

/// Serves a list operation: the items the request names (unknown ones failing with the
/// spec's code, refused ones with 4000, 403 when all are) or, without names, every item
/// `scope` permits; then those that meet the spec's equalities, through the list pipeline
/// (`select`, `sort`, `search`, `q`, `distinct`, `offset`, `limit`) to one page.
pub fn serve<'a, E: Endpoint, S: Source<'a>>(
    spec: &ListSpec,
    query: &WazuhQuery<E>,
    scope: Option<&'a Scope>,
    items: S,
) -> Result<Response, ApiError> {
    let now = Utc::now();
    let mut failures = Failures::default();
    let named = spec
        .names
        .and_then(|names| Some((names, query.param(names.param)?)));
    let equalities: Vec<(&str, &str)> = spec
        .equalities
        .iter()
        .filter_map(|(param, field)| Some((*field, query.param(param)?)))
        .collect();
    let picked = match named {
        Some((names, list)) => {
            let mut wanted = names.kind.parse(list, names.param)?;
            if let Some(scope) = scope {
                wanted = names.kind.split(wanted, scope, &mut failures)?;
            }
            let (found, missing) = items.named(spec.key, &wanted);
            let error = ApiError::code(names.missing_code);
            for name in missing {
                failures.add(names.kind.failed_id(name), &error);
            }
            Picked::Walk(Box::new(found.into_iter()))
        }
        None => Picked::Source(items),
    };
    let plan = Plan::parse(spec.collection, &query.list, now)?;
    let page = match picked {
        Picked::Source(items) => match equalities.is_empty() {
            true => match items.indexed(&plan, scope) {
                Some((first, total)) => plan.page_of(first, total),
                None => plan.page(items.permitted(scope, spec.key, query.list.q.as_deref(), now)),
            },
            false => {
                let permitted = items.permitted(scope, spec.key, query.list.q.as_deref(), now);
                plan.page(permitted.filter(|item| equal(*item, &equalities)))
            }
        },
        // Nothing to filter: the items keep their exact count.
        Picked::Walk(found) if equalities.is_empty() => plan.page(found),
        Picked::Walk(found) => plan.page(found.filter(|item| equal(*item, &equalities))),
    };
    let envelope = envelope(
        page.rows(),
        page.total,
        failures.into_groups(),
        &spec.messages,
    );
    Ok(respond::ok(&envelope, query.pretty()))
}

/// The items a list serves: the source as a whole, or the items a request named.
enum Picked<'a, S: Source<'a>> {
    Source(S),
    Walk(Box<dyn Iterator<Item = &'a S::Item> + 'a>),
}

/// Whether an item's fields equal the wanted values (ignoring case).
fn equal<R: Record>(item: &R, equalities: &[(&str, &str)]) -> bool {
    equalities.iter().all(|(field, wanted)| {
        let value = item.cell(field).and_then(|cell| cell.as_str());
        value.is_some_and(|value| value.eq_ignore_ascii_case(wanted))
    })
}

/// The field filters a request gives (`name=`, `vendor=`: parameters naming a field of the
/// collection), with their values.
fn field_filters<'q, E: Endpoint>(
    spec: &ListSpec,
    query: &'q WazuhQuery<E>,
) -> Vec<(&'static str, &'q str)> {
    E::SPEC
        .query
        .iter()
        .filter(|param| is_field_filter(param) && spec.collection.field(param.name).is_some())
        .filter_map(|param| Some((param.name, query.param(param.name)?)))
        .collect()
}

/// Whether a request gives no field filter, so every item of the collection is listed.
pub fn has_no_field_filter<E: Endpoint>(spec: &ListSpec, query: &WazuhQuery<E>) -> bool {
    field_filters(spec, query).is_empty()
}

/// The items whose fields equal the operation's field filters the request gives
/// (`api::params::FieldFilters`: text ignoring case, numbers as written). Only filters named
/// after a field of the list's collection are equalities; the others (syscheck's `hash`,
/// `summary`) are the handler's to apply.
pub fn keep_field_filters<E: Endpoint>(
    spec: &ListSpec,
    query: &WazuhQuery<E>,
    items: Vec<Value>,
) -> Vec<Value> {
    let filters = field_filters(spec, query);
    if filters.is_empty() {
        return items;
    }
    let equals = |item: &Value, field: &str, wanted: &str| match field_value(item, field) {
        Some(Value::String(text)) => text.eq_ignore_ascii_case(wanted),
        Some(Value::Number(number)) => number.to_string() == wanted,
        _ => false,
    };
    items
        .into_iter()
        .filter(|item| {
            filters
                .iter()
                .all(|(field, wanted)| equals(item, field, wanted))
        })
        .collect()
}

/// Whether a request only cuts a page out of the items a source permits (no names, no
/// equalities, no `search`, `q`, `sort` or `distinct`): its cost follows the page, so it is
/// not worth a thread hand-off.
pub fn cuts_pages_only<E: Endpoint>(spec: &ListSpec, query: &WazuhQuery<E>) -> bool {
    let given = |param: &str| query.param(param).is_some();
    spec.names.is_none_or(|names| !given(names.param))
        && spec.equalities.iter().all(|(param, _)| !given(param))
        && query::cuts_pages_only(&query.list)
}

/// The three messages of a list endpoint: everything returned, some ids failed, nothing returned.
#[derive(Debug, Clone, Copy)]
pub struct Messages {
    /// Nothing failed.
    pub all: &'static str,
    /// Some returned, some failed.
    pub some: &'static str,
    /// Nothing returned.
    pub none: &'static str,
}

/// The `affected_items` envelope of a result, with the message and `error` level it implies.
pub fn envelope<T>(
    affected: Vec<T>,
    total: u64,
    failed: Vec<FailedItem>,
    messages: &Messages,
) -> Envelope<Items<T>> {
    let messages = [messages.all, messages.some, messages.none];
    outcome_envelope(affected, total, failed, messages)
}

/// The `affected_items` envelope of a result with the message of its outcome among
/// `[all, some, none]`: nothing returned, some failed, or nothing failed.
pub fn outcome_envelope<T>(
    affected: Vec<T>,
    total: u64,
    failed: Vec<FailedItem>,
    [all, some, none]: [&str; 3],
) -> Envelope<Items<T>> {
    let failed_count = failed.iter().map(|group| group.id.len() as u64).sum();
    let items = Items {
        affected_items: affected,
        total_affected_items: total,
        total_failed_items: failed_count,
        failed_items: failed,
    };
    let message = if items.total_affected_items == 0 {
        none
    } else if items.total_failed_items > 0 {
        some
    } else {
        all
    };
    Envelope {
        message: Some(message.to_string()),
        error: items.error_level(),
        data: Some(items),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::codes::AGENT_NOT_FOUND;
    use serde_json::json;

    const MESSAGES: Messages = Messages {
        all: "all",
        some: "some",
        none: "none",
    };

    #[test]
    fn named_items_are_picked_in_item_order_and_unknown_names_returned() {
        let items = vec![json!({"id": 1}), json!({"id": "002"}), json!({"id": "010"})];
        let names: Vec<String> = ["010", "100", "1", "099"].map(String::from).to_vec();
        let (picked, missing) = items.as_slice().named("id", &names);
        assert_eq!(picked, vec![&items[0], &items[2]]);
        assert_eq!(missing, vec!["100", "099"]);
    }

    #[test]
    fn a_named_item_failing_the_operations_filter_is_left_out_not_missing() {
        let items = vec![json!({"id": "001", "up": true}), json!({"id": "002"})];
        let names: Vec<String> = ["001", "002"].map(String::from).to_vec();
        let source = items.as_slice().keeping(|item| item.get("up").is_some());
        let (picked, missing) = source.named("id", &names);
        assert_eq!(picked, vec![&items[0]]);
        assert!(missing.is_empty());
        let kept = items.as_slice().keeping(|item| item.get("up").is_none());
        let all: Vec<&Value> = kept.permitted(None, "id", None, Utc::now()).collect();
        assert_eq!(all, vec![&items[1]]);
    }

    #[test]
    fn names_are_normalised_by_kind() {
        let agents = NameKind::AgentId.parse("7,010,abc", "agents_list").unwrap();
        assert_eq!(agents, vec!["007", "010", "abc"]);
        assert_eq!(
            NameKind::Text.parse("a, b", "groups_list").unwrap(),
            vec!["a", "b"]
        );
        let refused = NameKind::Integer.parse("1,x", "user_ids").unwrap_err();
        assert_eq!(refused.status, axum::http::StatusCode::BAD_REQUEST);
        assert_eq!(NameKind::Integer.failed_id("5".into()), json!(5));
        assert_eq!(NameKind::AgentId.failed_id("005".into()), json!("005"));
    }

    #[test]
    fn envelope_message_and_error_level_follow_the_outcome() {
        let mut failures = Failures::default();
        failures.add("001", &ApiError::code(AGENT_NOT_FOUND));
        let failed = failures.into_groups();
        let partial = envelope(vec![json!({"id": "002"})], 1, failed.clone(), &MESSAGES);
        assert_eq!(
            (partial.message.as_deref(), partial.error),
            (Some("some"), 2)
        );
        assert_eq!(partial.data.as_ref().unwrap().total_failed_items, 1);
        let none = envelope(Vec::<Value>::new(), 0, failed, &MESSAGES);
        assert_eq!((none.message.as_deref(), none.error), (Some("none"), 1));
        let all = envelope(vec![json!(1)], 5, vec![], &MESSAGES);
        assert_eq!((all.message.as_deref(), all.error), (Some("all"), 0));
        assert_eq!(all.data.unwrap().total_affected_items, 5);
    }
}
