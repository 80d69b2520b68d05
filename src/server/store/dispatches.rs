//! What the manager dispatches to agents besides restart and reconnect: active-response
//! commands and syscheck/rootcheck scan requests. The lab has no agents to run them, so each
//! dispatch is recorded in `agent_commands` (schema version 3 widens its `command` column
//! and adds `detail`, the active response as JSON), where later reads find it: the last
//! `syscheck` or `rootcheck` row of an agent is when its last scan was requested. Only active
//! agents take a dispatch; nothing else about the agent changes. Each call is one SQLite
//! transaction.

use super::agent_commands::record_if_active;
use super::{CommandOutcome, Store, StoreError};
use rusqlite::Transaction;

/// A dispatch to agents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dispatch<'a> {
    /// An active-response command; the text is the command, its arguments and alert as JSON.
    ActiveResponse(&'a str),
    /// Start a file integrity (syscheck) scan.
    SyscheckScan,
    /// Start a rootcheck scan.
    RootcheckScan,
}

impl<'a> Dispatch<'a> {
    /// The name stored in `agent_commands.command`.
    pub fn name(self) -> &'static str {
        match self {
            Dispatch::ActiveResponse(_) => "active-response",
            Dispatch::SyscheckScan => "syscheck",
            Dispatch::RootcheckScan => "rootcheck",
        }
    }

    /// The text stored in `agent_commands.detail`.
    fn detail(self) -> Option<&'a str> {
        match self {
            Dispatch::ActiveResponse(detail) => Some(detail),
            Dispatch::SyscheckScan | Dispatch::RootcheckScan => None,
        }
    }
}

/// A dispatch recorded for one agent.
#[derive(Debug, Clone, PartialEq)]
pub struct Dispatched {
    /// `active-response`, `syscheck` or `rootcheck` (or `restart`, `reconnect`).
    pub command: String,
    /// The active response sent, as JSON; `None` for the other commands.
    pub detail: Option<String>,
    /// When it was sent (unix seconds).
    pub sent_at: i64,
}

/// Schema version 3: `agent_commands` also records active responses and scan requests.
pub(super) fn v3_dispatches(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE agent_commands_v3 (
            seq      INTEGER PRIMARY KEY AUTOINCREMENT,
            agent_id INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
            command  TEXT NOT NULL CHECK (command IN
                         ('restart', 'reconnect', 'active-response', 'syscheck', 'rootcheck')),
            sent_at  INTEGER NOT NULL,
            detail   TEXT
        );
        INSERT INTO agent_commands_v3 (seq, agent_id, command, sent_at)
            SELECT seq, agent_id, command, sent_at FROM agent_commands;
        DROP TABLE agent_commands;
        ALTER TABLE agent_commands_v3 RENAME TO agent_commands;
        CREATE INDEX agent_commands_by_agent ON agent_commands (agent_id);
        ",
    )
}

impl Store {
    /// Dispatches to each agent of `ids` (in order, duplicates once) at `now`: records it for
    /// the active ones and answers each id's outcome (never `Manager`: the caller decides
    /// whether the manager takes it).
    pub fn dispatch(
        &self,
        dispatch: Dispatch,
        ids: &[i64],
        now: i64,
    ) -> Result<Vec<(i64, CommandOutcome)>, StoreError> {
        self.each_agent_once(ids, |tx, id| {
            record_if_active(tx, id, dispatch.name(), dispatch.detail(), now)
        })
    }

    /// Every dispatch and command recorded for an agent, oldest first.
    pub fn dispatched(&self, agent: i64) -> Result<Vec<Dispatched>, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare(
            "SELECT command, detail, sent_at FROM agent_commands WHERE agent_id = ?1 ORDER BY seq",
        )?;
        let rows = query
            .query_map([agent], |row| {
                Ok(Dispatched {
                    command: row.get(0)?,
                    detail: row.get(1)?,
                    sent_at: row.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::store::AgentCommand;

    #[test]
    fn only_active_agents_take_a_dispatch_and_it_is_recorded_after_earlier_commands() {
        let (_dir, store) = Store::demo_for_test();
        store
            .send_agent_command(AgentCommand::Restart, &[1], 10)
            .unwrap();
        let outcomes = store
            .dispatch(Dispatch::ActiveResponse("{}"), &[1, 9, 0, 999, 1], 20)
            .unwrap();
        assert_eq!(
            outcomes,
            [
                (1, CommandOutcome::Sent),
                (9, CommandOutcome::NotActive),
                (0, CommandOutcome::Sent),
                (999, CommandOutcome::NotFound),
            ]
        );
        store.dispatch(Dispatch::SyscheckScan, &[1], 30).unwrap();
        let recorded: Vec<(String, Option<String>, i64)> = store
            .dispatched(1)
            .unwrap()
            .into_iter()
            .map(|d| (d.command, d.detail, d.sent_at))
            .collect();
        assert_eq!(
            recorded,
            [
                ("restart".into(), None, 10),
                ("active-response".into(), Some("{}".into()), 20),
                ("syscheck".into(), None, 30),
            ]
        );
        assert!(store.dispatched(9).unwrap().is_empty());
    }

    #[test]
    fn version_3_keeps_the_commands_recorded_before_it() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute_batch(
            "CREATE TABLE agents (id INTEGER PRIMARY KEY); INSERT INTO agents VALUES (1);",
        )
        .unwrap();
        super::super::agent_commands::v2_agent_commands(&tx).unwrap();
        tx.execute(
            "INSERT INTO agent_commands (agent_id, command, sent_at) VALUES (1, 'reconnect', 5)",
            [],
        )
        .unwrap();
        v3_dispatches(&tx).unwrap();
        let kept: (i64, String, i64, Option<String>) = tx
            .query_row(
                "SELECT agent_id, command, sent_at, detail FROM agent_commands",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .unwrap();
        assert_eq!(kept, (1, "reconnect".to_string(), 5, None));
        tx.execute(
            "INSERT INTO agent_commands (agent_id, command, sent_at) VALUES (1, 'rootcheck', 6)",
            [],
        )
        .unwrap();
    }
}
