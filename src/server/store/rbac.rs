//! What RBAC enforcement reads from the security tables: the policies of a list of roles, in
//! role order then policy order inside each role. Tests also create purpose-made users, roles
//! and policies here.

use super::{Store, StoreError};
use serde_json::Value;

impl Store {
    /// The policy documents of the roles, in the order given, each role's policies in link
    /// order. Roles that no longer exist contribute nothing.
    pub fn role_policies(&self, role_ids: &[i64]) -> Result<Vec<Value>, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare_cached(
            "SELECT p.policy FROM role_policies l JOIN policies p ON p.id = l.policy_id
             WHERE l.role_id = ?1 ORDER BY l.position",
        )?;
        let mut documents = Vec::new();
        for role_id in role_ids {
            let texts = query
                .query_map([role_id], |row| row.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            documents.extend(
                texts
                    .iter()
                    .filter_map(|text| serde_json::from_str::<Value>(text).ok()),
            );
        }
        Ok(documents)
    }
}

#[cfg(test)]
impl Store {
    /// Creates a role with these policies (in order) and returns its id. Test fixture.
    pub fn create_test_role(&self, name: &str, policies: &[Value]) -> Result<i64, StoreError> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO roles (name, created_at) VALUES (?1, 0)",
            [name],
        )?;
        let role_id = conn.last_insert_rowid();
        for (position, policy) in policies.iter().enumerate() {
            conn.execute(
                "INSERT INTO policies (name, policy, created_at) VALUES (?1, ?2, 0)",
                rusqlite::params![format!("{name}_{position}"), policy.to_string()],
            )?;
            conn.execute(
                "INSERT INTO role_policies (role_id, policy_id, position, created_at)
                 VALUES (?1, ?2, ?3, 0)",
                rusqlite::params![role_id, conn.last_insert_rowid(), position as i64],
            )?;
        }
        Ok(role_id)
    }

    /// Creates a user with these roles (in order) and the given password hash. Test fixture.
    pub fn create_test_user(
        &self,
        username: &str,
        password_hash: &str,
        roles: &[i64],
    ) -> Result<i64, StoreError> {
        let conn = self.conn();
        conn.execute(
            "INSERT INTO users (username, password_hash, allow_run_as, created_at)
             VALUES (?1, ?2, 0, 0)",
            [username, password_hash],
        )?;
        let user_id = conn.last_insert_rowid();
        for (position, role_id) in roles.iter().enumerate() {
            conn.execute(
                "INSERT INTO user_roles (user_id, role_id, position, created_at)
                 VALUES (?1, ?2, ?3, 0)",
                rusqlite::params![user_id, role_id, position as i64],
            )?;
        }
        Ok(user_id)
    }
}
