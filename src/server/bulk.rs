//! Bulk results: per-id failures collected while an operation walks its ids, then grouped as
//! Wazuh does — one failed-item group per identical error, groups sorted by code, ids sorted
//! numerically when they are all numbers. Wrap them with `list::envelope`.

use crate::api::codes::Code;
use crate::api::envelope::{FailedItem, ItemError};
use crate::server::error::ApiError;
use serde_json::Value;
use std::collections::BTreeMap;

/// The failed ids of a bulk operation, grouped by error.
#[derive(Debug, Default)]
pub struct Failures {
    groups: BTreeMap<(u32, String), (ItemError, Vec<Value>)>,
}

impl Failures {
    /// Records that `id` (a string for agents and groups, an integer for security objects)
    /// failed with `error`.
    pub fn add(&mut self, id: impl Into<Value>, error: &ApiError) {
        let item_error = error.as_item_error();
        let key = (item_error.code, item_error.message.clone());
        self.groups
            .entry(key)
            .or_insert_with(|| (item_error, Vec::new()))
            .1
            .push(id.into());
    }

    /// Forgets the failures with these codes: what Wazuh does when the caller named no ids
    /// ("all agents"), so an operation on every agent does not fail for the ones that cannot
    /// take it (Wazuh's `exclude_codes`).
    pub fn forget_codes(&mut self, codes: &[Code]) {
        self.groups
            .retain(|(code, _), _| !codes.iter().any(|forgotten| forgotten.code == *code));
    }

    /// Adds the failures recorded elsewhere (e.g. the ids RBAC refused).
    pub fn merge(&mut self, other: Failures) {
        for (key, (error, ids)) in other.groups {
            self.groups
                .entry(key)
                .or_insert_with(|| (error, Vec::new()))
                .1
                .extend(ids);
        }
    }

    /// The `failed_items` groups, sorted by code, with sorted, de-duplicated ids.
    pub fn into_groups(self) -> Vec<FailedItem> {
        self.groups
            .into_values()
            .map(|(error, mut ids)| {
                ids.sort_by(compare_ids);
                ids.dedup();
                FailedItem { error, id: ids }
            })
            .collect()
    }
}

fn compare_ids(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::String(a), Value::String(b)) => id_order(a, b),
        (Value::Number(a), Value::Number(b)) => a
            .as_f64()
            .unwrap_or_default()
            .total_cmp(&b.as_f64().unwrap_or_default()),
        _ => a.to_string().cmp(&b.to_string()),
    }
}

/// Numeric order for all-digit ids (`"2" < "10"`), text order otherwise.
pub fn id_order(a: &str, b: &str) -> std::cmp::Ordering {
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
    use crate::api::codes::{AGENT_NOT_FOUND, MANAGER_AGENT, NOT_ACTIVE, USER_NOT_FOUND};
    use serde_json::json;

    #[test]
    fn failures_group_by_error_sorted_by_code_with_numeric_ids() {
        let mut failures = Failures::default();
        failures.add("100", &ApiError::code(AGENT_NOT_FOUND));
        failures.add("000", &ApiError::code(MANAGER_AGENT));
        failures.add("020", &ApiError::code(AGENT_NOT_FOUND));
        failures.add("100", &ApiError::code(AGENT_NOT_FOUND));
        let groups = failures.into_groups();
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].error.code, 1701);
        assert_eq!(groups[0].id, vec![json!("020"), json!("100")]);
        assert_eq!(groups[1].error.code, 1703);
    }

    #[test]
    fn forgotten_codes_leave_the_other_failures() {
        let mut failures = Failures::default();
        failures.add("002", &ApiError::code(NOT_ACTIVE));
        failures.add("000", &ApiError::code(MANAGER_AGENT));
        failures.add("abc", &ApiError::code(AGENT_NOT_FOUND));
        failures.forget_codes(&[MANAGER_AGENT, NOT_ACTIVE]);
        let groups = failures.into_groups();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].error.code, 1701);
    }

    #[test]
    fn integer_ids_sort_as_numbers() {
        let mut failures = Failures::default();
        for id in [105, 99, 1000] {
            failures.add(id, &ApiError::code(USER_NOT_FOUND));
        }
        assert_eq!(
            failures.into_groups()[0].id,
            vec![json!(99), json!(105), json!(1000)]
        );
    }
}
