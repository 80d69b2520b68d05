//! The shared machinery of list endpoints: picking the items a request names explicitly
//! (`agents_list`, `groups_list`) and reporting the missing ones as failed items, running the
//! list pipeline (`query::run`), and wrapping a page in the `affected_items` envelope with the
//! endpoint's message.

use crate::api::envelope::{Envelope, FailedItem, Items};
use crate::api::params::ListParams;
use crate::server::collection::{Collection, Record};
use crate::server::error::ApiError;
use crate::server::query;
use crate::server::respond;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde_json::Value;

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

impl Messages {
    fn pick<T>(&self, items: &Items<T>) -> &'static str {
        if items.total_affected_items == 0 {
            self.none
        } else if items.total_failed_items > 0 {
            self.some
        } else {
            self.all
        }
    }
}

/// The items whose `key` is one of `names` (in item order), and one failed-item group with
/// error `missing_code` for the names no item has.
pub fn pick_named<'a, R: Record + ?Sized + 'a>(
    items: impl IntoIterator<Item = &'a R>,
    key: &str,
    names: &[String],
    missing_code: u32,
) -> (Vec<&'a R>, Vec<FailedItem>) {
    let picked: Vec<&R> = items
        .into_iter()
        .filter(|item| key_of(*item, key).is_some_and(|value| names.iter().any(|n| n == value)))
        .collect();
    let mut missing: Vec<&String> = names
        .iter()
        .filter(|name| {
            !picked
                .iter()
                .any(|item| key_of(*item, key) == Some(name.as_str()))
        })
        .collect();
    missing.sort_by(|a, b| id_order(a, b));
    missing.dedup();
    let failed = if missing.is_empty() {
        Vec::new()
    } else {
        vec![FailedItem {
            error: ApiError::code(missing_code).as_item_error(),
            id: missing
                .into_iter()
                .map(|id| Value::String(id.clone()))
                .collect(),
        }]
    };
    (picked, failed)
}

/// Runs the list pipeline over already-filtered items and answers with one page.
pub fn answer<'a, R: Record + 'a>(
    collection: &Collection,
    items: impl IntoIterator<Item = &'a R>,
    failed: Vec<FailedItem>,
    params: &ListParams,
    messages: &Messages,
    pretty: bool,
    now: DateTime<Utc>,
) -> Result<Response, ApiError> {
    let page = query::run(collection, items, params, now)?;
    Ok(respond::ok(
        &envelope(page.rows(), page.total, failed, messages),
        pretty,
    ))
}

/// The `affected_items` envelope of a result, with the message and `error` level it implies.
pub fn envelope<T>(
    affected: Vec<T>,
    total: u64,
    failed: Vec<FailedItem>,
    messages: &Messages,
) -> Envelope<Items<T>> {
    let failed_count = failed.iter().map(|group| group.id.len() as u64).sum();
    let items = Items {
        affected_items: affected,
        total_affected_items: total,
        total_failed_items: failed_count,
        failed_items: failed,
    };
    Envelope {
        message: Some(messages.pick(&items).to_string()),
        error: items.error_level(),
        data: Some(items),
    }
}

fn key_of<'v, R: Record + ?Sized>(item: &'v R, key: &str) -> Option<&'v str> {
    item.cell(key)?.as_str()
}

/// Numeric order for all-digit ids (`"2" < "10"`), text order otherwise.
pub(super) fn id_order(a: &str, b: &str) -> std::cmp::Ordering {
    let numeric = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if numeric(a) && numeric(b) {
        let (a, b) = (a.trim_start_matches('0'), b.trim_start_matches('0'));
        a.len().cmp(&b.len()).then_with(|| a.cmp(b))
    } else {
        a.cmp(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const MESSAGES: Messages = Messages {
        all: "all",
        some: "some",
        none: "none",
    };

    #[test]
    fn named_items_are_picked_and_missing_ones_fail_in_numeric_order() {
        let items = vec![
            json!({"id": "001"}),
            json!({"id": "002"}),
            json!({"id": "010"}),
        ];
        let names: Vec<String> = ["010", "100", "001", "099"].map(String::from).to_vec();
        let (picked, failed) = pick_named(&items, "id", &names, 1701);
        assert_eq!(picked, vec![&items[0], &items[2]]);
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].error.code, 1701);
        assert_eq!(failed[0].error.message, "Agent does not exist");
        assert_eq!(failed[0].id, vec![json!("099"), json!("100")]);
    }

    #[test]
    fn envelope_message_and_error_level_follow_the_outcome() {
        let (_, failed) = pick_named::<Value>([], "id", &["001".to_string()], 1701);
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
