//! What an agent's syscheck and rootcheck results depend on: the scans requested of it (the
//! `syscheck`/`rootcheck` rows `dispatches` records) and the clearings of its results
//! (`DELETE /syscheck|rootcheck/{agent_id}`), recorded as `syscheck-clear`/`rootcheck-clear`
//! rows of `agent_commands` (schema version 8 widens the column's check). A clearing empties
//! the results until the next scan. Reading an agent's history is one query on the
//! `agent_commands_by_agent` index; a clearing is one transaction.

use super::{Dispatch, Store, StoreError};
use rusqlite::{params, OptionalExtension, Transaction};

/// The scans whose results an agent keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scan {
    /// File integrity monitoring.
    Syscheck,
    /// Rootkit and policy checks.
    Rootcheck,
}

impl Scan {
    /// The `agent_commands.command` of a request of this scan.
    fn requested(self) -> &'static str {
        match self {
            Scan::Syscheck => Dispatch::SyscheckScan.name(),
            Scan::Rootcheck => Dispatch::RootcheckScan.name(),
        }
    }

    /// The `agent_commands.command` of a clearing of its results.
    fn cleared(self) -> &'static str {
        match self {
            Scan::Syscheck => "syscheck-clear",
            Scan::Rootcheck => "rootcheck-clear",
        }
    }
}

/// An agent's history of one scan kind, as its results follow from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScanHistory {
    /// When each requested scan was sent (unix seconds), oldest first; empty when only the
    /// agent's own periodic scans ran.
    pub scans: Vec<i64>,
    /// Whether the results were cleared after the last scan.
    pub cleared: bool,
}

/// Schema version 8: `agent_commands` also records the clearings of scan results.
pub(super) fn v8_scan_clears(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE agent_commands_v8 (
            seq      INTEGER PRIMARY KEY AUTOINCREMENT,
            agent_id INTEGER NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
            command  TEXT NOT NULL CHECK (command IN
                         ('restart', 'reconnect', 'active-response', 'syscheck', 'rootcheck',
                          'syscheck-clear', 'rootcheck-clear')),
            sent_at  INTEGER NOT NULL,
            detail   TEXT
        );
        INSERT INTO agent_commands_v8 (seq, agent_id, command, sent_at, detail)
            SELECT seq, agent_id, command, sent_at, detail FROM agent_commands;
        DROP TABLE agent_commands;
        ALTER TABLE agent_commands_v8 RENAME TO agent_commands;
        CREATE INDEX agent_commands_by_agent ON agent_commands (agent_id);
        ",
    )
}

impl Store {
    /// Agent `agent`'s history of `scan`: one indexed query.
    pub fn scan_history(&self, agent: i64, scan: Scan) -> Result<ScanHistory, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare_cached(
            "SELECT command, sent_at FROM agent_commands
             WHERE agent_id = ?1 AND command IN (?2, ?3) ORDER BY seq",
        )?;
        let mut rows = query.query(params![agent, scan.requested(), scan.cleared()])?;
        let mut history = ScanHistory::default();
        while let Some(row) = rows.next()? {
            let command: String = row.get(0)?;
            history.cleared = command == scan.cleared();
            if !history.cleared {
                history.scans.push(row.get(1)?);
            }
        }
        Ok(history)
    }

    /// Clears agent `agent`'s `scan` results at `now`, in one transaction; `false` when no
    /// agent has this id (nothing is written).
    pub fn clear_scan_results(&self, agent: i64, scan: Scan, now: i64) -> Result<bool, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let known: Option<i64> = tx
            .query_row("SELECT id FROM agents WHERE id = ?1", [agent], |row| {
                row.get(0)
            })
            .optional()?;
        if known.is_some() {
            tx.execute(
                "INSERT INTO agent_commands (agent_id, command, sent_at) VALUES (?1, ?2, ?3)",
                params![agent, scan.cleared(), now],
            )?;
        }
        tx.commit()?;
        Ok(known.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_count_and_a_clearing_lasts_until_the_next_scan() {
        let (_dir, store) = Store::demo_for_test();
        let history = |scan| store.scan_history(1, scan).unwrap();
        assert_eq!(history(Scan::Syscheck), ScanHistory::default());
        store.dispatch(Dispatch::SyscheckScan, &[1], 100).unwrap();
        store.dispatch(Dispatch::SyscheckScan, &[1], 200).unwrap();
        let scanned = ScanHistory {
            scans: vec![100, 200],
            cleared: false,
        };
        assert_eq!(history(Scan::Syscheck), scanned);
        assert_eq!(history(Scan::Rootcheck), ScanHistory::default());
        assert!(store.clear_scan_results(1, Scan::Syscheck, 300).unwrap());
        let cleared = ScanHistory {
            cleared: true,
            ..scanned
        };
        assert_eq!(history(Scan::Syscheck), cleared);
        store.dispatch(Dispatch::SyscheckScan, &[1], 400).unwrap();
        assert_eq!(history(Scan::Syscheck).scans, [100, 200, 400]);
        assert!(!history(Scan::Syscheck).cleared);
    }

    #[test]
    fn clearing_an_unknown_agent_writes_nothing() {
        let (_dir, store) = Store::demo_for_test();
        assert!(!store
            .clear_scan_results(99_999, Scan::Rootcheck, 1)
            .unwrap());
        let history = store.scan_history(99_999, Scan::Rootcheck).unwrap();
        assert_eq!(history, ScanHistory::default());
    }
}
