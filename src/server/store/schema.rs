//! Schema migrations, versioned with `PRAGMA user_version`: one function per version, each run
//! in its own transaction together with the version bump.

use super::StoreError;
use rusqlite::{Connection, Transaction};

/// A migration from version `n` (its index) to `n + 1`.
type Migration = fn(&Transaction) -> rusqlite::Result<()>;

/// Every migration, in order; the schema version is the number of migrations applied.
const MIGRATIONS: [Migration; 8] = [
    v1_initial,
    super::agent_commands::v2_agent_commands,
    super::dispatches::v3_dispatches,
    super::tasks::v4_tasks,
    super::security_writes::v5_token_revocations,
    super::events::v6_events,
    super::agent_writes::v7_agent_lookups,
    super::scan_results::v8_scan_clears,
];

/// Brings the database to the newest schema version.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let supported = MIGRATIONS.len() as i64;
    if found > supported {
        return Err(StoreError::TooNew { found, supported });
    }
    for (version, migration) in (1i64..).zip(MIGRATIONS).skip_while(|(v, _)| *v <= found) {
        let tx = conn.transaction()?;
        migration(&tx)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

fn v1_initial(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE store_meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE cluster_nodes (
            name      TEXT PRIMARY KEY,
            node_type TEXT NOT NULL CHECK (node_type IN ('master', 'worker')),
            ip        TEXT NOT NULL
        );

        CREATE TABLE agent_groups (
            name       TEXT PRIMARY KEY,
            merged_sum TEXT,
            config_sum TEXT
        );

        CREATE TABLE agents (
            id                  INTEGER PRIMARY KEY,
            name                TEXT NOT NULL UNIQUE,
            ip                  TEXT,
            register_ip         TEXT NOT NULL,
            status              TEXT NOT NULL,
            status_code         INTEGER NOT NULL DEFAULT 0,
            os_arch             TEXT,
            os_build            TEXT,
            os_codename         TEXT,
            os_major            TEXT,
            os_minor            TEXT,
            os_name             TEXT,
            os_platform         TEXT,
            os_uname            TEXT,
            os_version          TEXT,
            version             TEXT,
            manager             TEXT,
            node_name           TEXT NOT NULL DEFAULT 'unknown',
            date_add            INTEGER NOT NULL,
            last_keep_alive     INTEGER,
            disconnection_time  INTEGER,
            merged_sum          TEXT,
            config_sum          TEXT,
            group_config_status TEXT NOT NULL DEFAULT 'not synced',
            agent_key           TEXT NOT NULL
        );

        CREATE TABLE agent_group_members (
            agent_id   INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
            group_name TEXT NOT NULL REFERENCES agent_groups (name) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            PRIMARY KEY (agent_id, group_name)
        ) WITHOUT ROWID;
        CREATE INDEX agent_group_members_by_group ON agent_group_members (group_name);

        CREATE TABLE users (
            id            INTEGER PRIMARY KEY,
            username      TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            allow_run_as  INTEGER NOT NULL DEFAULT 0,
            created_at    INTEGER NOT NULL
        );

        CREATE TABLE roles (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE policies (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            policy     TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE security_rules (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            rule       TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );

        CREATE TABLE user_roles (
            user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            role_id    INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (user_id, role_id)
        ) WITHOUT ROWID;

        CREATE TABLE role_policies (
            role_id    INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
            policy_id  INTEGER NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (role_id, policy_id)
        ) WITHOUT ROWID;

        CREATE TABLE role_rules (
            role_id    INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
            rule_id    INTEGER NOT NULL REFERENCES security_rules (id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (role_id, rule_id)
        ) WITHOUT ROWID;

        CREATE TABLE security_config (
            id                     INTEGER PRIMARY KEY CHECK (id = 1),
            auth_token_exp_timeout INTEGER NOT NULL,
            rbac_mode              TEXT NOT NULL CHECK (rbac_mode IN ('white', 'black'))
        );
        INSERT INTO security_config (id, auth_token_exp_timeout, rbac_mode) VALUES (1, 900, 'white');

        CREATE TABLE user_token_revocations (
            user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
            not_before INTEGER NOT NULL
        );
        ",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(conn: &Connection) -> i64 {
        conn.pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap()
    }

    #[test]
    fn migrates_a_new_database_once() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn), MIGRATIONS.len() as i64);
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn), MIGRATIONS.len() as i64);
        let timeout: i64 = conn
            .query_row(
                "SELECT auth_token_exp_timeout FROM security_config",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(timeout, 900);
    }

    #[test]
    fn refuses_a_newer_schema() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(
            migrate(&mut conn),
            Err(StoreError::TooNew { found: 99, .. })
        ));
    }
}
