//! The task manager's table (schema version 4): one row per task a module runs for an agent,
//! as Wazuh's `tasks` database keeps them (task id, agent, node, module, command, status,
//! error message, creation and last update times). Upgrade tasks also keep what they need to
//! finish: the version the agent ends at and, for custom upgrades, the WPK file.
//!
//! The lab has no real agents: [`Store::advance_tasks`] moves each task one state further once
//! it has waited a phase (`Pending` → `In progress` → `Done`, or `Failed` when a custom WPK file
//! is gone), and a `Done` upgrade sets the agent's version. Each call is one transaction.

use super::{Store, StoreError};
use rusqlite::{params, Transaction};
use std::path::Path;

/// The module that owns upgrade tasks.
pub const UPGRADE_MODULE: &str = "upgrade_module";
/// A task created, waiting for its turn.
pub const PENDING: &str = "Pending";
/// A task running.
pub const IN_PROGRESS: &str = "In progress";
/// A task finished successfully.
pub const DONE: &str = "Done";
/// A task that failed (`error_message` says why).
pub const FAILED: &str = "Failed";
/// The message of a custom upgrade whose WPK file disappeared before it ran.
pub const WPK_FILE_MISSING: &str = "The WPK file does not exist";

/// The statuses of a task still running: an agent with one cannot start another upgrade.
const RUNNING: [&str; 2] = [PENDING, IN_PROGRESS];

/// An upgrade command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpgradeCommand {
    /// WPK from a repository.
    Upgrade,
    /// WPK file on the manager.
    UpgradeCustom,
}

impl UpgradeCommand {
    /// The name stored in `tasks.command`.
    pub fn name(self) -> &'static str {
        match self {
            UpgradeCommand::Upgrade => "upgrade",
            UpgradeCommand::UpgradeCustom => "upgrade_custom",
        }
    }
}

/// An upgrade task to create.
#[derive(Debug, Clone, PartialEq)]
pub struct NewUpgrade {
    /// The agent id.
    pub agent: i64,
    /// The cluster node the agent reports to.
    pub node: String,
    /// Which upgrade.
    pub command: UpgradeCommand,
    /// The agent's version once done, e.g. `Wazuh v4.12.0`.
    pub target_version: String,
    /// The WPK file of a custom upgrade.
    pub file_path: Option<String>,
}

/// What happened to one requested upgrade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Creation {
    /// Created with this task id.
    Created(i64),
    /// The agent already has a running upgrade task.
    AlreadyUpgrading,
}

/// One task row.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    /// Task id (1, 2, ...).
    pub task_id: i64,
    /// Agent id.
    pub agent: i64,
    /// Cluster node.
    pub node: String,
    /// `upgrade_module`.
    pub module: String,
    /// `upgrade` or `upgrade_custom`.
    pub command: String,
    /// `Pending`, `In progress`, `Done` or `Failed`.
    pub status: String,
    /// Why it failed.
    pub error_message: Option<String>,
    /// Created (unix seconds).
    pub create_time: i64,
    /// Last status change (unix seconds).
    pub last_update_time: i64,
}

/// Schema version 4: the tasks table.
pub(super) fn v4_tasks(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE tasks (
            task_id          INTEGER PRIMARY KEY AUTOINCREMENT,
            agent_id         INTEGER NOT NULL,
            node             TEXT NOT NULL,
            module           TEXT NOT NULL,
            command          TEXT NOT NULL,
            status           TEXT NOT NULL,
            error_message    TEXT,
            create_time      INTEGER NOT NULL,
            last_update_time INTEGER NOT NULL,
            target_version   TEXT,
            file_path        TEXT
        );
        CREATE INDEX tasks_by_agent ON tasks (agent_id);
        CREATE INDEX tasks_by_status ON tasks (status);
        ",
    )
}

impl Store {
    /// Creates one upgrade task per request at `now`, in one transaction; an agent with a
    /// running task (or one created earlier in the same call) gets none.
    pub fn create_upgrades(
        &self,
        upgrades: &[NewUpgrade],
        now: i64,
    ) -> Result<Vec<(i64, Creation)>, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let mut created = Vec::with_capacity(upgrades.len());
        for upgrade in upgrades {
            let creation = if is_upgrading(&tx, upgrade.agent)? {
                Creation::AlreadyUpgrading
            } else {
                Creation::Created(insert(&tx, upgrade, now)?)
            };
            created.push((upgrade.agent, creation));
        }
        tx.commit()?;
        Ok(created)
    }

    /// Every task, by task id.
    pub fn tasks(&self) -> Result<Vec<Task>, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare(
            "SELECT task_id, agent_id, node, module, command, status, error_message,
                    create_time, last_update_time
             FROM tasks ORDER BY task_id",
        )?;
        let tasks = query
            .query_map([], |row| {
                Ok(Task {
                    task_id: row.get(0)?,
                    agent: row.get(1)?,
                    node: row.get(2)?,
                    module: row.get(3)?,
                    command: row.get(4)?,
                    status: row.get(5)?,
                    error_message: row.get(6)?,
                    create_time: row.get(7)?,
                    last_update_time: row.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(tasks)
    }

    /// True when some running task has waited `phase_seconds` at `now` (cheap, read-only).
    pub fn tasks_due(&self, now: i64, phase_seconds: i64) -> Result<bool, StoreError> {
        let conn = self.conn();
        let due: i64 = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM tasks
                            WHERE status IN (?1, ?2) AND last_update_time <= ?3)",
            params![PENDING, IN_PROGRESS, now - phase_seconds],
            |row| row.get(0),
        )?;
        Ok(due == 1)
    }

    /// Moves every running task that has waited `phase_seconds` at `now` one state further
    /// (one state per call): `In progress` → `Done` (the agent's version becomes the target),
    /// `Pending` → `In progress`, or `Failed` when a custom upgrade's WPK file is gone. Answers
    /// how many tasks moved.
    pub fn advance_tasks(&self, now: i64, phase_seconds: i64) -> Result<usize, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let due = now - phase_seconds;
        let finished = finish_updates(&tx, now, due)?;
        let started = start_queued(&tx, now, due)?;
        tx.commit()?;
        Ok(finished + started)
    }
}

fn is_upgrading(tx: &Transaction, agent: i64) -> Result<bool, StoreError> {
    let running: i64 = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM tasks
                        WHERE agent_id = ?1 AND module = ?2 AND status IN (?3, ?4))",
        params![agent, UPGRADE_MODULE, RUNNING[0], RUNNING[1]],
        |row| row.get(0),
    )?;
    Ok(running == 1)
}

fn insert(tx: &Transaction, upgrade: &NewUpgrade, now: i64) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO tasks (agent_id, node, module, command, status, create_time,
                            last_update_time, target_version, file_path)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8)",
        params![
            upgrade.agent,
            upgrade.node,
            UPGRADE_MODULE,
            upgrade.command.name(),
            PENDING,
            now,
            upgrade.target_version,
            upgrade.file_path,
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// `In progress` → `Done` for the due tasks, and their agents take the target version.
fn finish_updates(tx: &Transaction, now: i64, due: i64) -> Result<usize, StoreError> {
    let mut query = tx.prepare(
        "SELECT task_id, agent_id, target_version FROM tasks
         WHERE status = ?1 AND last_update_time <= ?2",
    )?;
    let finished = query
        .query_map(params![IN_PROGRESS, due], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, Option<String>>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (task, agent, target) in &finished {
        set_status(tx, *task, DONE, None, now)?;
        if let Some(version) = target {
            tx.execute(
                "UPDATE agents SET version = ?2 WHERE id = ?1",
                params![agent, version],
            )?;
        }
    }
    Ok(finished.len())
}

/// `Pending` → `In progress` for the due tasks (`Failed` when a custom WPK file is gone).
fn start_queued(tx: &Transaction, now: i64, due: i64) -> Result<usize, StoreError> {
    let mut query = tx.prepare(
        "SELECT task_id, file_path FROM tasks WHERE status = ?1 AND last_update_time <= ?2",
    )?;
    let queued = query
        .query_map(params![PENDING, due], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, Option<String>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (task, file) in &queued {
        match file {
            Some(file) if !Path::new(file).is_file() => {
                set_status(tx, *task, FAILED, Some(WPK_FILE_MISSING), now)?
            }
            _ => set_status(tx, *task, IN_PROGRESS, None, now)?,
        }
    }
    Ok(queued.len())
}

fn set_status(
    tx: &Transaction,
    task: i64,
    status: &str,
    error: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE tasks SET status = ?2, error_message = ?3, last_update_time = ?4
         WHERE task_id = ?1",
        params![task, status, error, now],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upgrade(agent: i64, file_path: Option<String>) -> NewUpgrade {
        NewUpgrade {
            agent,
            node: "worker1".into(),
            command: if file_path.is_some() {
                UpgradeCommand::UpgradeCustom
            } else {
                UpgradeCommand::Upgrade
            },
            target_version: "Wazuh v9.9.9".into(),
            file_path,
        }
    }

    fn version_of(store: &Store, id: i64) -> String {
        store
            .agents_json()
            .unwrap()
            .into_iter()
            .find(|a| a["id"] == crate::server::store::agent_id(id))
            .and_then(|a| a["version"].as_str().map(str::to_string))
            .unwrap_or_default()
    }

    #[test]
    fn a_running_upgrade_blocks_a_second_one_until_it_is_done() {
        let (_dir, store) = Store::demo_for_test();
        let created = store.create_upgrades(&[upgrade(3, None)], 100).unwrap();
        assert_eq!(created, [(3, Creation::Created(1))]);
        let again = store
            .create_upgrades(&[upgrade(3, None), upgrade(4, None), upgrade(4, None)], 101)
            .unwrap();
        assert_eq!(
            again,
            [
                (3, Creation::AlreadyUpgrading),
                (4, Creation::Created(2)),
                (4, Creation::AlreadyUpgrading),
            ]
        );
        assert!(!store.tasks_due(101, 5).unwrap());
        assert!(store.tasks_due(105, 5).unwrap());
        assert_eq!(store.advance_tasks(105, 5).unwrap(), 1);
        assert_eq!(store.tasks().unwrap()[0].status, IN_PROGRESS);
        assert_eq!(store.advance_tasks(110, 5).unwrap(), 2);
        let tasks = store.tasks().unwrap();
        assert_eq!(tasks[0].status, DONE);
        assert_eq!(tasks[0].last_update_time, 110);
        assert_eq!(tasks[1].status, IN_PROGRESS);
        assert_eq!(version_of(&store, 3), "Wazuh v9.9.9");
        assert_ne!(version_of(&store, 4), "Wazuh v9.9.9");
        let third = store.create_upgrades(&[upgrade(3, None)], 111).unwrap();
        assert_eq!(third, [(3, Creation::Created(3))]);
    }

    #[test]
    fn a_custom_upgrade_whose_file_is_gone_fails() {
        let (dir, store) = Store::demo_for_test();
        let wpk = dir.path().join("agent.wpk");
        std::fs::write(&wpk, b"wpk").unwrap();
        let present = Some(wpk.display().to_string());
        let gone = Some(dir.path().join("gone.wpk").display().to_string());
        store
            .create_upgrades(&[upgrade(1, present), upgrade(2, gone)], 0)
            .unwrap();
        store.advance_tasks(0, 0).unwrap();
        let tasks = store.tasks().unwrap();
        assert_eq!(tasks[0].status, IN_PROGRESS);
        assert_eq!(tasks[1].status, FAILED);
        assert_eq!(tasks[1].error_message.as_deref(), Some(WPK_FILE_MISSING));
        assert!(
            store.create_upgrades(&[upgrade(2, None)], 1).unwrap()[0].1
                != Creation::AlreadyUpgrading
        );
    }
}
