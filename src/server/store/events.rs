//! Events forwarded by `POST /events`. The lab has no analysis engine, so each accepted event
//! is appended to `events` (schema version 6) with the time it was received, where tests and
//! operators can read it back. One request's events are written in one transaction.

use super::{Store, StoreError};
use rusqlite::Transaction;

/// An event as the store recorded it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedEvent {
    /// The event text, as sent.
    pub event: String,
    /// When it was received (unix seconds).
    pub received_at: i64,
}

/// Schema version 6: the `events` table.
pub(super) fn v6_events(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
        CREATE TABLE events (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            event       TEXT NOT NULL,
            received_at INTEGER NOT NULL
        );
        ",
    )
}

impl Store {
    /// Appends `events`, in order, received at `now`, in one transaction.
    pub fn record_events(&self, events: &[String], now: i64) -> Result<(), StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        {
            let mut insert =
                tx.prepare("INSERT INTO events (event, received_at) VALUES (?1, ?2)")?;
            for event in events {
                insert.execute((event, now))?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Every recorded event, oldest first.
    pub fn received_events(&self) -> Result<Vec<ReceivedEvent>, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare("SELECT event, received_at FROM events ORDER BY seq")?;
        let rows = query
            .query_map([], |row| {
                Ok(ReceivedEvent {
                    event: row.get(0)?,
                    received_at: row.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_appended_in_order_across_requests() {
        let (_dir, store) = Store::demo_for_test();
        assert!(store.received_events().unwrap().is_empty());
        store
            .record_events(&["a".to_string(), "{\"k\": 1}".to_string()], 10)
            .unwrap();
        store.record_events(&["b".to_string()], 20).unwrap();
        let recorded: Vec<(String, i64)> = store
            .received_events()
            .unwrap()
            .into_iter()
            .map(|e| (e.event, e.received_at))
            .collect();
        assert_eq!(
            recorded,
            [
                ("a".to_string(), 10),
                ("{\"k\": 1}".to_string(), 10),
                ("b".to_string(), 20)
            ]
        );
    }
}
