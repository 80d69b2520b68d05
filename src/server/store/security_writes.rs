//! Users, roles, policies and security rules as the Security operations read and change them,
//! their links (with positions), and the token revocations those changes trigger (per user, per
//! user name, per role, and for every run_as token). Every request runs in one transaction
//! ([`Store::security_transaction`]) through [`SecurityTx`], so a refused or failed request
//! writes nothing and a committed one is complete.

use super::{Store, StoreError};
use crate::api::security::{PolicyDocument, PolicyItem, RoleItem, RuleItem, UserItem};
use rusqlite::{params, OptionalExtension, Transaction};
use serde_json::Value;

/// Ids up to this one belong to Wazuh's default objects and cannot be changed or deleted.
pub const MAX_RESERVED_ID: i64 = 99;

/// The link tables between security objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// `user_roles`: a user's roles.
    UserRole,
    /// `role_policies`: a role's policies.
    RolePolicy,
    /// `role_rules`: a role's security rules.
    RoleRule,
}

impl Link {
    /// (table, owner column, member column).
    fn columns(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Link::UserRole => ("user_roles", "user_id", "role_id"),
            Link::RolePolicy => ("role_policies", "role_id", "policy_id"),
            Link::RoleRule => ("role_rules", "role_id", "rule_id"),
        }
    }
}

/// The kinds of security objects with a name and an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `users` (named by `username`).
    User,
    /// `roles`.
    Role,
    /// `policies`.
    Policy,
    /// `security_rules`.
    Rule,
}

impl Kind {
    /// (table, name column).
    fn table(self) -> (&'static str, &'static str) {
        match self {
            Kind::User => ("users", "username"),
            Kind::Role => ("roles", "name"),
            Kind::Policy => ("policies", "name"),
            Kind::Rule => ("security_rules", "name"),
        }
    }
}

/// One open transaction over the security objects.
pub struct SecurityTx<'c> {
    tx: Transaction<'c>,
}

impl Store {
    /// Runs `work` in one transaction, committed only when it returns `Ok`; store failures
    /// (opening or committing) are turned into `E` with `store_failed`.
    pub fn security_transaction<T, E>(
        &self,
        store_failed: impl Fn(StoreError) -> E,
        work: impl FnOnce(&SecurityTx) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(|err| store_failed(err.into()))?;
        let security_tx = SecurityTx { tx };
        let result = work(&security_tx)?;
        security_tx
            .tx
            .commit()
            .map_err(|err| store_failed(err.into()))?;
        Ok(result)
    }
}

impl SecurityTx<'_> {
    /// Every user, by id.
    pub fn users(&self) -> Result<Vec<UserItem>, StoreError> {
        let mut query = self
            .tx
            .prepare_cached("SELECT id, username, allow_run_as FROM users ORDER BY id")?;
        let rows = query
            .query_map([], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?, row.get(2)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(id, username, allow_run_as)| {
                Ok(UserItem {
                    id,
                    username,
                    allow_run_as,
                    roles: self.members(Link::UserRole, id)?,
                })
            })
            .collect()
    }

    /// Every role, by id.
    pub fn roles(&self) -> Result<Vec<RoleItem>, StoreError> {
        self.named(Kind::Role)?
            .into_iter()
            .map(|(id, name, _)| {
                Ok(RoleItem {
                    id,
                    name,
                    policies: self.members(Link::RolePolicy, id)?,
                    users: self.owners(Link::UserRole, id)?,
                    rules: self.members(Link::RoleRule, id)?,
                })
            })
            .collect()
    }

    /// Every policy, by id.
    pub fn policies(&self) -> Result<Vec<PolicyItem>, StoreError> {
        self.named(Kind::Policy)?
            .into_iter()
            .map(|(id, name, body)| {
                Ok(PolicyItem {
                    id,
                    name,
                    policy: serde_json::from_str::<PolicyDocument>(&body)?,
                    roles: self.owners(Link::RolePolicy, id)?,
                })
            })
            .collect()
    }

    /// Every security rule, by id.
    pub fn rules(&self) -> Result<Vec<RuleItem>, StoreError> {
        self.named(Kind::Rule)?
            .into_iter()
            .map(|(id, name, body)| {
                Ok(RuleItem {
                    id,
                    name,
                    rule: serde_json::from_str(&body)?,
                    roles: self.owners(Link::RoleRule, id)?,
                })
            })
            .collect()
    }

    /// Whether an object of this kind has this id.
    pub fn exists(&self, kind: Kind, id: i64) -> Result<bool, StoreError> {
        let (table, _) = kind.table();
        let found: Option<i64> = self
            .tx
            .query_row(
                &format!("SELECT id FROM {table} WHERE id = ?1"),
                [id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(found.is_some())
    }

    /// The id of the object of this kind with this name, other than `except`.
    pub fn id_named(&self, kind: Kind, name: &str, except: i64) -> Result<Option<i64>, StoreError> {
        let (table, column) = kind.table();
        let id = self
            .tx
            .query_row(
                &format!("SELECT id FROM {table} WHERE {column} = ?1 AND id != ?2"),
                params![name, except],
                |row| row.get(0),
            )
            .optional()?;
        Ok(id)
    }

    /// The id of the policy or rule (by `kind`) whose JSON body equals `body`, other than `except`.
    pub fn id_with_body(
        &self,
        kind: Kind,
        body: &Value,
        except: i64,
    ) -> Result<Option<i64>, StoreError> {
        Ok(self
            .named(kind)?
            .into_iter()
            .filter(|(id, _, _)| *id != except)
            .find(|(_, _, stored)| {
                serde_json::from_str::<Value>(stored).ok().as_ref() == Some(body)
            })
            .map(|(id, _, _)| id))
    }

    /// Inserts a user (id from 100 up) and returns its id.
    pub fn insert_user(
        &self,
        username: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<i64, StoreError> {
        let id = self.next_id(Kind::User)?;
        self.tx.execute(
            "INSERT INTO users (id, username, password_hash, allow_run_as, created_at)
             VALUES (?1, ?2, ?3, 0, ?4)",
            params![id, username, password_hash, now],
        )?;
        Ok(id)
    }

    /// Inserts a role and returns its id.
    pub fn insert_role(&self, name: &str, now: i64) -> Result<i64, StoreError> {
        let id = self.next_id(Kind::Role)?;
        self.tx.execute(
            "INSERT INTO roles (id, name, created_at) VALUES (?1, ?2, ?3)",
            params![id, name, now],
        )?;
        Ok(id)
    }

    /// Inserts a policy or security rule (by `kind`) with its JSON body and returns its id.
    pub fn insert_with_body(
        &self,
        kind: Kind,
        name: &str,
        body: &Value,
        now: i64,
    ) -> Result<i64, StoreError> {
        let id = self.next_id(kind)?;
        let (table, _) = kind.table();
        self.tx.execute(
            &format!(
                "INSERT INTO {table} (id, name, {}, created_at) VALUES (?1, ?2, ?3, ?4)",
                body_column(kind)
            ),
            params![id, name, body.to_string(), now],
        )?;
        Ok(id)
    }

    /// Renames an object.
    pub fn rename(&self, kind: Kind, id: i64, name: &str) -> Result<(), StoreError> {
        let (table, column) = kind.table();
        self.tx.execute(
            &format!("UPDATE {table} SET {column} = ?1 WHERE id = ?2"),
            params![name, id],
        )?;
        Ok(())
    }

    /// Replaces the JSON body of a policy or rule.
    pub fn set_body(&self, kind: Kind, id: i64, body: &Value) -> Result<(), StoreError> {
        let (table, _) = kind.table();
        self.tx.execute(
            &format!(
                "UPDATE {table} SET {} = ?1 WHERE id = ?2",
                body_column(kind)
            ),
            params![body.to_string(), id],
        )?;
        Ok(())
    }

    /// Replaces a user's password hash.
    pub fn set_password(&self, user_id: i64, password_hash: &str) -> Result<(), StoreError> {
        self.tx.execute(
            "UPDATE users SET password_hash = ?1 WHERE id = ?2",
            params![password_hash, user_id],
        )?;
        Ok(())
    }

    /// Sets a user's `allow_run_as` flag.
    pub fn set_allow_run_as(&self, user_id: i64, allow: bool) -> Result<(), StoreError> {
        self.tx.execute(
            "UPDATE users SET allow_run_as = ?1 WHERE id = ?2",
            params![allow, user_id],
        )?;
        Ok(())
    }

    /// Deletes an object (its links go with it).
    pub fn delete(&self, kind: Kind, id: i64) -> Result<(), StoreError> {
        let (table, _) = kind.table();
        self.tx
            .execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])?;
        Ok(())
    }

    /// The member ids linked to an owner, in link order.
    pub fn members(&self, link: Link, owner: i64) -> Result<Vec<i64>, StoreError> {
        let (table, owner_column, member_column) = link.columns();
        let mut query = self.tx.prepare_cached(&format!(
            "SELECT {member_column} FROM {table} WHERE {owner_column} = ?1 ORDER BY position, created_at"
        ))?;
        let ids = query
            .query_map([owner], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(ids)
    }

    /// The owner ids a member is linked to, by id.
    pub fn owners(&self, link: Link, member: i64) -> Result<Vec<i64>, StoreError> {
        let (table, owner_column, member_column) = link.columns();
        let mut query = self.tx.prepare_cached(&format!(
            "SELECT {owner_column} FROM {table} WHERE {member_column} = ?1 ORDER BY {owner_column}"
        ))?;
        let ids = query
            .query_map([member], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(ids)
    }

    /// Links a member to an owner at `position` (0-based; the end when absent or past it),
    /// renumbering the owner's links.
    pub fn link(
        &self,
        link: Link,
        owner: i64,
        member: i64,
        position: Option<usize>,
        now: i64,
    ) -> Result<(), StoreError> {
        let mut order = self.members(link, owner)?;
        let at = position.unwrap_or(order.len()).min(order.len());
        order.insert(at, member);
        let (table, owner_column, member_column) = link.columns();
        self.tx.execute(
            &format!(
                "INSERT INTO {table} ({owner_column}, {member_column}, position, created_at)
                 VALUES (?1, ?2, 0, ?3)"
            ),
            params![owner, member, now],
        )?;
        self.renumber(link, owner, &order)
    }

    /// Removes the link between an owner and a member.
    pub fn unlink(&self, link: Link, owner: i64, member: i64) -> Result<(), StoreError> {
        let (table, owner_column, member_column) = link.columns();
        self.tx.execute(
            &format!("DELETE FROM {table} WHERE {owner_column} = ?1 AND {member_column} = ?2"),
            [owner, member],
        )?;
        Ok(())
    }

    /// Makes every token of the user issued at or before `at` invalid.
    pub fn revoke_user(&self, user_id: i64, at: i64) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO user_token_revocations (user_id, not_before) VALUES (?1, ?2)
             ON CONFLICT (user_id) DO UPDATE SET not_before = max(not_before, excluded.not_before)",
            [user_id, at],
        )?;
        Ok(())
    }

    /// Makes every token carrying one of these roles issued at or before `at` invalid.
    pub fn revoke_roles(&self, role_ids: &[i64], at: i64) -> Result<(), StoreError> {
        for role_id in role_ids {
            self.tx.execute(
                "INSERT INTO role_token_revocations (role_id, not_before) VALUES (?1, ?2)
                 ON CONFLICT (role_id) DO UPDATE SET not_before = max(not_before, excluded.not_before)",
                [role_id, &at],
            )?;
        }
        Ok(())
    }

    /// Makes every run_as token issued at or before `at` invalid.
    pub fn revoke_run_as(&self, at: i64) -> Result<(), StoreError> {
        self.revoke_scope("run_as", at)
    }

    /// Makes every token of this user name issued at or before `at` invalid (the user is gone;
    /// a new user with the same name must not inherit its tokens).
    pub fn revoke_username(&self, username: &str, at: i64) -> Result<(), StoreError> {
        self.revoke_scope(&format!("user:{username}"), at)
    }

    fn revoke_scope(&self, scope: &str, at: i64) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO scoped_token_revocations (scope, not_before) VALUES (?1, ?2)
             ON CONFLICT (scope) DO UPDATE SET not_before = max(not_before, excluded.not_before)",
            params![scope, at],
        )?;
        Ok(())
    }

    fn renumber(&self, link: Link, owner: i64, order: &[i64]) -> Result<(), StoreError> {
        let (table, owner_column, member_column) = link.columns();
        let mut update = self.tx.prepare_cached(&format!(
            "UPDATE {table} SET position = ?1 WHERE {owner_column} = ?2 AND {member_column} = ?3"
        ))?;
        for (position, member) in order.iter().enumerate() {
            update.execute(params![position as i64, owner, member])?;
        }
        Ok(())
    }

    /// `(id, name, body)` of every role, policy or rule by id (body empty for roles).
    fn named(&self, kind: Kind) -> Result<Vec<(i64, String, String)>, StoreError> {
        let sql = match kind {
            Kind::Role => "SELECT id, name, '' FROM roles ORDER BY id",
            Kind::Policy => "SELECT id, name, policy FROM policies ORDER BY id",
            Kind::Rule => "SELECT id, name, rule FROM security_rules ORDER BY id",
            Kind::User => "SELECT id, username, '' FROM users ORDER BY id",
        };
        let mut query = self.tx.prepare_cached(sql)?;
        let rows = query
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The next free id of a kind, never below 100.
    fn next_id(&self, kind: Kind) -> Result<i64, StoreError> {
        let (table, _) = kind.table();
        let max: Option<i64> =
            self.tx
                .query_row(&format!("SELECT max(id) FROM {table}"), [], |row| {
                    row.get(0)
                })?;
        Ok(max.unwrap_or(0).max(MAX_RESERVED_ID) + 1)
    }
}

/// The JSON column of policies and security rules.
fn body_column(kind: Kind) -> &'static str {
    if kind == Kind::Policy {
        "policy"
    } else {
        "rule"
    }
}

/// Schema v5: role, run_as and user-name token revocations.
pub(super) fn v5_token_revocations(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE role_token_revocations (
            role_id    INTEGER PRIMARY KEY,
            not_before INTEGER NOT NULL
        );
        CREATE TABLE scoped_token_revocations (
            scope      TEXT PRIMARY KEY,
            not_before INTEGER NOT NULL
        );
        ",
    )
}
