//! Agent commands (restart, force reconnect): the lab has no real agents to send them to, so a
//! command sent to an agent is recorded in the `agent_commands` table (schema version 2), and a
//! restart or reconnect refreshes the agent's `last_keep_alive`, as the agent's first keep-alive
//! after it comes back would. Only active agents take commands; the manager (`000`) takes none.
//! Each call is one SQLite transaction.

use super::{Store, StoreError};
use crate::api::AgentId;
use rusqlite::{params, OptionalExtension, Transaction};

/// The manager's own agent id: it takes no agent commands.
/// The only status in which an agent takes commands.
const ACTIVE: &str = "active";

/// A command the manager sends to agents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentCommand {
    /// Restart the agent.
    Restart,
    /// Close the connection and connect again.
    Reconnect,
}

impl AgentCommand {
    /// The name stored in `agent_commands.command`.
    pub fn name(self) -> &'static str {
        match self {
            AgentCommand::Restart => "restart",
            AgentCommand::Reconnect => "reconnect",
        }
    }
}

/// What happened to the command for one agent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandOutcome {
    /// Sent (and recorded).
    Sent,
    /// No agent has this id.
    NotFound,
    /// The manager's own agent `000`.
    Manager,
    /// The agent is not active.
    NotActive,
}

/// Schema version 2: the commands sent to agents.
pub(super) fn v2_agent_commands(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE agent_commands (
            seq      INTEGER PRIMARY KEY AUTOINCREMENT,
            agent_id INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
            command  TEXT NOT NULL CHECK (command IN ('restart', 'reconnect')),
            sent_at  INTEGER NOT NULL
        );
        CREATE INDEX agent_commands_by_agent ON agent_commands (agent_id);
        ",
    )
}

impl Store {
    /// Sends `command` to each agent of `ids` (in order, duplicates once) at `now`: records it
    /// and refreshes the keep-alive of the active ones; answers each id's outcome.
    pub fn send_agent_command(
        &self,
        command: AgentCommand,
        ids: &[i64],
        now: i64,
    ) -> Result<Vec<(i64, CommandOutcome)>, StoreError> {
        self.each_agent_once(ids, |tx, id| send_one(tx, command, id, now))
    }

    /// Runs `one` for each agent of `ids` (in order, duplicates once) in one transaction and
    /// answers each id's outcome.
    pub(super) fn each_agent_once(
        &self,
        ids: &[i64],
        mut one: impl FnMut(&Transaction, i64) -> Result<CommandOutcome, StoreError>,
    ) -> Result<Vec<(i64, CommandOutcome)>, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let mut outcomes: Vec<(i64, CommandOutcome)> = Vec::new();
        for &id in ids {
            if outcomes.iter().any(|(done, _)| *done == id) {
                continue;
            }
            outcomes.push((id, one(&tx, id)?));
        }
        tx.commit()?;
        Ok(outcomes)
    }

    /// The agents (not the manager) reporting to a cluster node, or `None` when no node has
    /// that name.
    pub fn node_agent_ids(&self, node: &str) -> Result<Option<Vec<i64>>, StoreError> {
        let conn = self.conn();
        let known: Option<i64> = conn
            .query_row(
                "SELECT 1 FROM cluster_nodes WHERE name = ?1",
                [node],
                |row| row.get(0),
            )
            .optional()?;
        if known.is_none() {
            return Ok(None);
        }
        let mut query =
            conn.prepare("SELECT id FROM agents WHERE node_name = ?1 AND id <> ?2 ORDER BY id")?;
        let ids = query
            .query_map(params![node, AgentId::MANAGER.0], |row| row.get(0))?
            .collect::<rusqlite::Result<Vec<i64>>>()?;
        Ok(Some(ids))
    }
}

fn send_one(
    tx: &Transaction,
    command: AgentCommand,
    id: i64,
    now: i64,
) -> Result<CommandOutcome, StoreError> {
    if id == AgentId::MANAGER.0 {
        return Ok(CommandOutcome::Manager);
    }
    let outcome = record_if_active(tx, id, command.name(), None, now)?;
    if outcome == CommandOutcome::Sent {
        tx.execute(
            "UPDATE agents SET last_keep_alive = ?2 WHERE id = ?1",
            params![id, now],
        )?;
    }
    Ok(outcome)
}

/// Records `command` (with its `detail`) as sent to agent `id` at `now` when the agent is
/// active; otherwise answers why it was not sent.
pub(super) fn record_if_active(
    tx: &Transaction,
    id: i64,
    command: &str,
    detail: Option<&str>,
    now: i64,
) -> Result<CommandOutcome, StoreError> {
    let status: Option<String> = tx
        .query_row("SELECT status FROM agents WHERE id = ?1", [id], |row| {
            row.get(0)
        })
        .optional()?;
    match status.as_deref() {
        None => return Ok(CommandOutcome::NotFound),
        Some(ACTIVE) => {}
        Some(_) => return Ok(CommandOutcome::NotActive),
    }
    tx.execute(
        "INSERT INTO agent_commands (agent_id, command, sent_at, detail) VALUES (?1, ?2, ?3, ?4)",
        params![id, command, now, detail],
    )?;
    Ok(CommandOutcome::Sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status_of(store: &Store, id: i64) -> Option<String> {
        let agents = store.agents_json().unwrap();
        agents
            .iter()
            .find(|a| a["id"] == crate::server::store::agent_id(id))
            .map(|a| a["status"].as_str().unwrap_or_default().to_string())
    }

    #[test]
    fn only_active_agents_take_commands_and_they_are_recorded() {
        let (_dir, store) = Store::demo_for_test();
        let active = (1..=12)
            .find(|id| status_of(&store, *id).as_deref() == Some("active"))
            .unwrap();
        let inactive = (1..=12)
            .find(|id| status_of(&store, *id).as_deref() != Some("active"))
            .unwrap();
        let outcomes = store
            .send_agent_command(
                AgentCommand::Restart,
                &[active, inactive, 0, 999, active],
                42,
            )
            .unwrap();
        assert_eq!(
            outcomes,
            [
                (active, CommandOutcome::Sent),
                (inactive, CommandOutcome::NotActive),
                (0, CommandOutcome::Manager),
                (999, CommandOutcome::NotFound),
            ]
        );
        let sent = store.dispatched(active).unwrap();
        assert_eq!(sent.len(), 1);
        assert_eq!((sent[0].command.as_str(), sent[0].sent_at), ("restart", 42));
        assert!(store.dispatched(inactive).unwrap().is_empty());
    }

    #[test]
    fn unknown_nodes_are_none() {
        let (_dir, store) = Store::demo_for_test();
        assert_eq!(store.node_agent_ids("no-such-node").unwrap(), None);
    }
}
