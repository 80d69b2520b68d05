//! The security records every authenticated request is checked against — users with their
//! role ids, the policy documents of each role, and the token revocation stamps — read in one
//! go, so the server can hold them in memory (`auth::snapshot`) and answer requests without
//! touching SQLite.

use super::{Store, StoreError, User};
use rusqlite::Connection;
use serde_json::Value;
use std::collections::HashMap;

/// One user and its role ids in link order.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRecord {
    /// The user as stored.
    pub user: User,
    /// Its role ids, in link order.
    pub roles: Vec<i64>,
}

/// Users, role policies and revocation stamps, as committed when read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SecurityRecords {
    /// Every user, by name.
    pub users: HashMap<String, UserRecord>,
    /// The policy documents of each role, in link order (unreadable documents left out).
    pub role_policies: HashMap<i64, Vec<Value>>,
    /// The latest revocation of each user's tokens (unix seconds), by user id.
    pub user_revoked: HashMap<i64, i64>,
    /// The latest revocation of the tokens carrying each role, by role id.
    pub role_revoked: HashMap<i64, i64>,
    /// The latest revocation of every run_as token.
    pub run_as_revoked: Option<i64>,
    /// The latest revocation of the tokens of a user name (left when a user is deleted).
    pub username_revoked: HashMap<String, i64>,
}

impl Store {
    /// Every security record, read under one lock of the connection (one consistent state).
    pub fn security_records(&self) -> Result<SecurityRecords, StoreError> {
        let conn = self.conn();
        let mut username_revoked: HashMap<String, i64> = stamps(
            &conn,
            "SELECT scope, not_before FROM scoped_token_revocations",
        )?;
        let run_as_revoked = username_revoked.remove("run_as");
        let username_revoked = username_revoked
            .into_iter()
            .filter_map(|(scope, at)| Some((scope.strip_prefix("user:")?.to_string(), at)))
            .collect();
        Ok(SecurityRecords {
            users: users(&conn)?,
            role_policies: role_policies(&conn)?,
            user_revoked: stamps(
                &conn,
                "SELECT user_id, not_before FROM user_token_revocations",
            )?,
            role_revoked: stamps(
                &conn,
                "SELECT role_id, not_before FROM role_token_revocations",
            )?,
            run_as_revoked,
            username_revoked,
        })
    }
}

fn users(conn: &Connection) -> Result<HashMap<String, UserRecord>, StoreError> {
    let mut links = conn.prepare("SELECT user_id, role_id FROM user_roles ORDER BY position")?;
    let mut roles: HashMap<i64, Vec<i64>> = HashMap::new();
    for link in links.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))? {
        let (user_id, role_id) = link?;
        roles.entry(user_id).or_default().push(role_id);
    }
    let mut query = conn.prepare("SELECT id, username, password_hash, allow_run_as FROM users")?;
    let rows = query.query_map([], |row| {
        Ok(User {
            id: row.get(0)?,
            username: row.get(1)?,
            password_hash: row.get(2)?,
            allow_run_as: row.get(3)?,
        })
    })?;
    let mut users = HashMap::new();
    for user in rows {
        let user = user?;
        let record = UserRecord {
            roles: roles.remove(&user.id).unwrap_or_default(),
            user,
        };
        users.insert(record.user.username.clone(), record);
    }
    Ok(users)
}

fn role_policies(conn: &Connection) -> Result<HashMap<i64, Vec<Value>>, StoreError> {
    let mut query = conn.prepare(
        "SELECT l.role_id, p.policy FROM role_policies l JOIN policies p ON p.id = l.policy_id
         ORDER BY l.role_id, l.position",
    )?;
    let mut policies: HashMap<i64, Vec<Value>> = HashMap::new();
    for row in query.query_map([], |row| Ok((row.get(0)?, row.get::<_, String>(1)?)))? {
        let (role_id, text) = row?;
        let documents = policies.entry(role_id).or_default();
        documents.extend(serde_json::from_str::<Value>(&text).ok());
    }
    Ok(policies)
}

/// `key → not_before` pairs of a revocation table.
fn stamps<K>(conn: &Connection, sql: &str) -> Result<HashMap<K, i64>, StoreError>
where
    K: rusqlite::types::FromSql + std::hash::Hash + Eq,
{
    let mut query = conn.prepare(sql)?;
    let rows = query.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<HashMap<K, i64>>>()?)
}
