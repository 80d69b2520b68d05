//! Test fixtures over the security tables: purpose-made users, roles and policies written
//! straight into the store (what RBAC enforcement reads is `security_records`).

use super::{Store, StoreError};
use serde_json::Value;

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
