//! Reads and writes users, their roles (with policies and security rules), the security
//! settings and the per-user token revocations.

use super::{SecurityConfig, Store, StoreError, User};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

impl Store {
    /// The user with this name, if any.
    pub fn user_by_name(&self, username: &str) -> Result<Option<User>, StoreError> {
        let user = self
            .conn()
            .query_row(
                "SELECT id, username, password_hash, allow_run_as FROM users WHERE username = ?1",
                [username],
                |row| {
                    Ok(User {
                        id: row.get(0)?,
                        username: row.get(1)?,
                        password_hash: row.get(2)?,
                        allow_run_as: row.get(3)?,
                    })
                },
            )
            .optional()?;
        Ok(user)
    }

    /// The role ids of a user, in link order.
    pub fn user_role_ids(&self, user_id: i64) -> Result<Vec<i64>, StoreError> {
        role_ids_of(&self.conn(), user_id)
    }

    /// The user as `GET /security/users/me` shows it: roles expanded into role objects with
    /// their policies and rules.
    pub fn user_me(&self, user_id: i64) -> Result<Value, StoreError> {
        let conn = self.conn();
        let role_ids = role_ids_of(&conn, user_id)?;
        user_with_roles(&conn, user_id, &role_ids)
    }

    /// Like `user_me`, with the given roles instead of the user's own (a `run_as` token carries
    /// the roles its security rules matched).
    pub fn user_me_with_roles(&self, user_id: i64, role_ids: &[i64]) -> Result<Value, StoreError> {
        user_with_roles(&self.conn(), user_id, role_ids)
    }

    /// The current security settings.
    pub fn security_config(&self) -> Result<SecurityConfig, StoreError> {
        let config = self.conn().query_row(
            "SELECT auth_token_exp_timeout, rbac_mode FROM security_config WHERE id = 1",
            [],
            |row| {
                Ok(SecurityConfig {
                    auth_token_exp_timeout: u64::try_from(row.get::<_, i64>(0)?).unwrap_or(0),
                    rbac_mode: row.get(1)?,
                })
            },
        )?;
        Ok(config)
    }

    /// Replaces the security settings.
    pub fn set_security_config(&self, config: &SecurityConfig) -> Result<(), StoreError> {
        self.conn().execute(
            "UPDATE security_config SET auth_token_exp_timeout = ?1, rbac_mode = ?2 WHERE id = 1",
            params![
                i64::try_from(config.auth_token_exp_timeout).unwrap_or(i64::MAX),
                config.rbac_mode
            ],
        )?;
        Ok(())
    }

    /// Makes every token of the user issued at or before `at` (unix seconds) invalid.
    pub fn revoke_user_tokens(&self, user_id: i64, at: i64) -> Result<(), StoreError> {
        self.conn().execute(
            "INSERT INTO user_token_revocations (user_id, not_before) VALUES (?1, ?2)
             ON CONFLICT (user_id) DO UPDATE SET not_before = max(not_before, excluded.not_before)",
            [user_id, at],
        )?;
        Ok(())
    }

    /// The latest revocation time of the user's tokens, if any.
    pub fn user_tokens_not_before(&self, user_id: i64) -> Result<Option<i64>, StoreError> {
        let at = self
            .conn()
            .query_row(
                "SELECT not_before FROM user_token_revocations WHERE user_id = ?1",
                [user_id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(at)
    }
}

fn role_ids_of(conn: &Connection, user_id: i64) -> Result<Vec<i64>, StoreError> {
    let mut query =
        conn.prepare_cached("SELECT role_id FROM user_roles WHERE user_id = ?1 ORDER BY position")?;
    let ids = query
        .query_map([user_id], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

/// `{id, username, allow_run_as, roles: [role objects]}`; roles that no longer exist are left out.
fn user_with_roles(conn: &Connection, user_id: i64, role_ids: &[i64]) -> Result<Value, StoreError> {
    let (username, allow_run_as): (String, bool) = conn
        .query_row(
            "SELECT username, allow_run_as FROM users WHERE id = ?1",
            [user_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
        .ok_or(StoreError::UserNotFound(user_id))?;
    let mut roles = Vec::with_capacity(role_ids.len());
    for &role_id in role_ids {
        if let Some(role) = role_json(conn, role_id)? {
            roles.push(role);
        }
    }
    Ok(json!({
        "id": user_id,
        "username": username,
        "allow_run_as": allow_run_as,
        "roles": roles,
    }))
}

/// `{id, name, policies: [{id, name, policy}], rules: [{id, name, rule}]}` (no back-references,
/// as `GET /security/users/me` shows a role).
fn role_json(conn: &Connection, role_id: i64) -> Result<Option<Value>, StoreError> {
    let name: Option<String> = conn
        .query_row("SELECT name FROM roles WHERE id = ?1", [role_id], |row| {
            row.get(0)
        })
        .optional()?;
    let Some(name) = name else {
        return Ok(None);
    };
    let policies = named_json_objects(
        conn,
        "SELECT p.id, p.name, p.policy FROM role_policies l JOIN policies p ON p.id = l.policy_id
         WHERE l.role_id = ?1 ORDER BY l.position",
        role_id,
        "policy",
    )?;
    let rules = named_json_objects(
        conn,
        "SELECT r.id, r.name, r.rule FROM role_rules l JOIN security_rules r ON r.id = l.rule_id
         WHERE l.role_id = ?1 ORDER BY l.position",
        role_id,
        "rule",
    )?;
    Ok(Some(json!({
        "id": role_id,
        "name": name,
        "policies": policies,
        "rules": rules,
    })))
}

/// `{id, name, <body_key>: <parsed JSON>}` for each `(id, name, json text)` row of the query.
fn named_json_objects(
    conn: &Connection,
    sql: &str,
    of: i64,
    body_key: &str,
) -> Result<Vec<Value>, StoreError> {
    let mut query = conn.prepare_cached(sql)?;
    let rows = query
        .query_map([of], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(id, name, body)| {
            let body: Value = serde_json::from_str(&body)?;
            let mut object = serde_json::Map::new();
            object.insert("id".into(), Value::from(id));
            object.insert("name".into(), Value::String(name));
            object.insert(body_key.into(), body);
            Ok(Value::Object(object))
        })
        .collect()
}
