//! The processed permissions of one token kind — a list of roles in an RBAC mode — computed
//! once per security snapshot and shared by every request carrying it: the policies folded
//! last-writer-wins (`policy`), then each catalogue action folded into what it permits on each
//! of its resource kinds (`scope`). [`ProcessedCache`] keeps them per (roles, mode); a new
//! security snapshot starts with an empty cache, so a security write is seen at once.
//!
//! Pure data: imports `api::rbac` and the `policy` and `scope` modules only.

use super::policy::{Mode, Permissions, Policy};
use super::scope::{Permitted, AGENT_GROUP, RESOURCELESS};
use crate::api::rbac;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// How many (roles, mode) entries a cache holds before it starts over.
const MAX_ENTRIES: usize = 1_000;

/// What one action permits on one resource kind.
#[derive(Debug, Clone)]
pub struct Grant {
    /// The resource kind (`agent:id`, `group:id`, `*:*`, ...).
    pub kind: &'static str,
    /// Its permitted values.
    pub permitted: Permitted,
}

/// The permissions of a list of roles in one mode, with every catalogue action folded.
#[derive(Debug)]
pub struct Processed {
    mode: Mode,
    permissions: Permissions,
    grants: HashMap<&'static str, Vec<Grant>>,
}

impl Processed {
    /// Processes policy documents (role order, then policy order) in a mode.
    pub fn new(documents: &[&Value], mode: Mode) -> Processed {
        let policies: Vec<Policy> = documents
            .iter()
            .filter_map(|document| Policy::from_json(document))
            .collect();
        let permissions = Permissions::process(&policies);
        let grants = rbac::ACTIONS
            .iter()
            .map(|action| (action.name, fold(&permissions, action.name, mode)))
            .collect();
        Processed {
            mode,
            permissions,
            grants,
        }
    }

    /// The processed policies (what `GET /security/users/me/policies` shows).
    pub fn permissions(&self) -> &Permissions {
        &self.permissions
    }

    /// What an action permits on each of its resource kinds (`agent:group` is part of
    /// `agent:id`).
    pub fn grants(&self, action: &str) -> Vec<Grant> {
        match self.grants.get(action) {
            Some(grants) => grants.clone(),
            None => fold(&self.permissions, action, self.mode),
        }
    }
}

/// Folds the entries of an action over each resource kind the catalogue gives it
/// (resourceless when the catalogue does not know the action).
fn fold(permissions: &Permissions, action: &str, mode: Mode) -> Vec<Grant> {
    let kinds = rbac::action(action).map_or(&[RESOURCELESS][..], |action| action.resources);
    let entries = permissions.entries(action);
    kinds
        .iter()
        .filter(|kind| **kind != AGENT_GROUP)
        .map(|&kind| Grant {
            kind,
            permitted: Permitted::fold(entries, kind, mode),
        })
        .collect()
}

/// Processed permissions by (roles, mode).
type ByRoles = HashMap<(Vec<i64>, Mode), Arc<Processed>>;

/// Processed permissions by (roles, mode), for one security snapshot.
#[derive(Debug, Default)]
pub struct ProcessedCache {
    entries: RwLock<ByRoles>,
}

impl ProcessedCache {
    /// The processed permissions of `roles` in `mode`, computed with `process` on first use.
    pub fn get_or_process(
        &self,
        roles: &[i64],
        mode: Mode,
        process: impl FnOnce() -> Processed,
    ) -> Arc<Processed> {
        let key = (roles.to_vec(), mode);
        if let Some(found) = self.read().get(&key) {
            return Arc::clone(found);
        }
        let processed = Arc::new(process());
        let mut entries = self
            .entries
            .write()
            .unwrap_or_else(|poison| poison.into_inner());
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        Arc::clone(entries.entry(key).or_insert(processed))
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, ByRoles> {
        // Writers only insert whole entries: a poisoned map is still consistent.
        self.entries
            .read()
            .unwrap_or_else(|poison| poison.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_catalogue_action_is_folded_once_and_shared() {
        let document = json!({"actions": ["agent:read"], "resources": ["agent:group:web"],
            "effect": "allow"});
        let cache = ProcessedCache::default();
        let mut computed = 0;
        let mut get = || {
            cache.get_or_process(&[7], Mode::White, || {
                computed += 1;
                Processed::new(&[&document], Mode::White)
            })
        };
        let first = get();
        let second = get();
        assert!(Arc::ptr_eq(&first, &second));
        assert_eq!(computed, 1);
        let grants = first.grants("agent:read");
        assert_eq!(grants.len(), 1, "agent:group folds into agent:id");
        assert_eq!(grants[0].kind, "agent:id");
        assert!(grants[0].permitted.permits_agent("001", ["web"]));
        assert!(!grants[0].permitted.permits_agent("001", ["db"]));
        assert!(!first.grants("agent:delete")[0].permitted.permits("001"));
    }

    #[test]
    fn an_unknown_action_is_resourceless() {
        let processed = Processed::new(&[], Mode::Black);
        let grants = processed.grants("made:up");
        assert_eq!(grants[0].kind, RESOURCELESS);
        assert!(grants[0].permitted.permits("*"));
    }
}
