//! The verified-token cache: checking an ES512 signature costs ~240 µs, so a token whose
//! signature was verified once is remembered (by its SHA-256) with its claims until it expires.
//! Only the signature is cached: time, user, role and revocation checks still run on every
//! request. Reads share a read lock (no contention between requests); only a first sighting
//! takes the write lock. Imports only `auth::jwt`.

use super::jwt::Claims;
use aws_lc_rs::digest::{digest, SHA256};
use std::collections::HashMap;
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

/// How many tokens are remembered before expired ones are swept out.
const MAX_ENTRIES: usize = 10_000;

/// Claims of tokens whose signature has been verified, by token hash.
#[derive(Debug, Default)]
pub struct VerifiedTokens {
    entries: RwLock<HashMap<[u8; 32], Claims>>,
}

impl VerifiedTokens {
    /// The claims of a token verified before, if any.
    pub fn get(&self, token: &str) -> Option<Claims> {
        self.read().get(&hash(token)).cloned()
    }

    /// Remembers a verified token; sweeps expired entries (at `now`) when the cache is full.
    pub fn insert(&self, token: &str, claims: &Claims, now: i64) {
        let mut entries = self.write();
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, cached| cached.exp > now);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(hash(token), claims.clone());
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.read().len()
    }

    // A panic while holding this lock cannot leave the map inconsistent: use it anyway.
    fn read(&self) -> RwLockReadGuard<'_, HashMap<[u8; 32], Claims>> {
        self.entries
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write(&self) -> RwLockWriteGuard<'_, HashMap<[u8; 32], Claims>> {
        self.entries
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn hash(token: &str) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(digest(&SHA256, token.as_bytes()).as_ref());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: i64) -> Claims {
        Claims::for_login("wazuh", vec![1], "white", 900, exp - 900)
    }

    #[test]
    fn remembers_tokens_by_content() {
        let cache = VerifiedTokens::default();
        cache.insert("a.b.c", &claims(2_000), 1_000);
        assert_eq!(cache.get("a.b.c"), Some(claims(2_000)));
        assert_eq!(cache.get("a.b.d"), None);
    }

    #[test]
    fn a_full_cache_sweeps_expired_tokens() {
        let cache = VerifiedTokens::default();
        for i in 0..MAX_ENTRIES {
            let exp = if i == 0 { 5_000 } else { 1_000 };
            cache.insert(&format!("token-{i}"), &claims(exp), 500);
        }
        assert_eq!(cache.len(), MAX_ENTRIES);
        cache.insert("new", &claims(5_000), 2_000);
        assert_eq!(cache.len(), 2);
        assert!(cache.get("token-0").is_some());
        assert!(cache.get("token-1").is_none());
    }
}
