//! The security snapshot: users, their roles, the roles' policies and the revocation stamps
//! as last committed, held in memory so an authenticated request touches no SQLite. It is
//! loaded at start and replaced as a whole after every security write commits (`AppState::
//! write_security`), each replacement with the next generation number; the processed
//! permissions of a (roles, mode) pair are cached inside it, so a new snapshot never serves
//! permissions of an older one.
//!
//! Imports the server's `store` (the records) and `rbac::processed` (pure data).

use crate::server::rbac::policy::Mode;
use crate::server::rbac::processed::{Processed, ProcessedCache};
use crate::server::store::{SecurityRecords, UserRecord};
use std::sync::Arc;

/// The security records of one generation, with the permissions processed from them.
#[derive(Debug)]
pub struct SecuritySnapshot {
    generation: u64,
    records: SecurityRecords,
    processed: ProcessedCache,
}

impl SecuritySnapshot {
    /// A snapshot of these records, numbered `generation`.
    pub fn new(records: SecurityRecords, generation: u64) -> SecuritySnapshot {
        SecuritySnapshot {
            generation,
            records,
            processed: ProcessedCache::default(),
        }
    }

    /// The generation: 0 at start, one more after each security write.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The records.
    pub fn records(&self) -> &SecurityRecords {
        &self.records
    }

    /// The user with this name and its roles, if any.
    pub fn user(&self, username: &str) -> Option<&UserRecord> {
        self.records.users.get(username)
    }

    /// The processed permissions of a token's roles in its mode (computed once per snapshot).
    pub fn processed(&self, roles: &[i64], mode: Mode) -> Arc<Processed> {
        self.processed.get_or_process(roles, mode, || {
            let documents: Vec<_> = roles
                .iter()
                .filter_map(|role| self.records.role_policies.get(role))
                .flatten()
                .collect();
            Processed::new(&documents, mode)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn permissions_follow_role_order_and_are_processed_once() {
        let allow = json!({"actions": ["agent:read"], "resources": ["agent:id:001"],
            "effect": "allow"});
        let deny = json!({"actions": ["agent:read"], "resources": ["agent:id:001"],
            "effect": "deny"});
        let mut records = SecurityRecords::default();
        records.role_policies.insert(1, vec![allow]);
        records.role_policies.insert(2, vec![deny]);
        let snapshot = SecuritySnapshot::new(records, 3);
        assert_eq!(snapshot.generation(), 3);
        let permits = |roles: &[i64]| {
            snapshot.processed(roles, Mode::White).grants("agent:read")[0]
                .permitted
                .permits("001")
        };
        assert!(!permits(&[1, 2]), "the later role wins");
        assert!(permits(&[2, 1]));
        assert!(!permits(&[9]), "an unknown role contributes nothing");
        assert!(Arc::ptr_eq(
            &snapshot.processed(&[1, 2], Mode::White),
            &snapshot.processed(&[1, 2], Mode::White)
        ));
    }
}
