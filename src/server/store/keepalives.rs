//! The lab's keep-alives: the lab has no real agents, so a keep-alive round stands in for what
//! their keep-alive messages would do. The active agents whose keep-alive is the oldest, at
//! most [`MAX_KEEP_ALIVES`] a round (every one in the demo fleet; in a fleet of 100,000 each
//! in turn, so a round costs milliseconds, not a second), get the round's time as their
//! `last_keep_alive`, and a few agents flap: those whose id ends in 7 modulo 50 (`007` in the demo
//! fleet, one in fifty of a large one) drop to `disconnected` for [`DOWN_ROUNDS`] rounds in
//! every [`CYCLE_ROUNDS`], each at its own phase, then reconnect. A flap is a pure function of
//! the round number (the time divided by the interval), so it needs no state beyond SQLite and
//! survives a restart; only an agent that went down in a recent round comes back, so agents
//! disconnected for other reasons (`009`, `010`) stay so. One transaction per round.

use super::{Store, StoreError};
use rusqlite::params;

/// Agents whose id modulo this is [`FLAP_REMAINDER`] flap.
const FLAP_MODULUS: i64 = 50;
/// See [`FLAP_MODULUS`].
const FLAP_REMAINDER: i64 = 7;
/// A flapping agent goes through one flap every this many rounds.
pub const CYCLE_ROUNDS: i64 = 30;
/// How many rounds of its cycle a flapping agent stays disconnected.
pub const DOWN_ROUNDS: i64 = 3;
/// The most keep-alives one round refreshes.
pub const MAX_KEEP_ALIVES: i64 = 2_000;
/// The `status_code` of an agent that stopped sending keep-alives.
const NO_KEEP_ALIVE_CODE: i64 = 4;

impl Store {
    /// One keep-alive round at `now` (Unix seconds) of rounds `interval` seconds apart
    /// (`interval` ≥ 1): takes the flapping agents whose turn it is down, brings back those
    /// whose turn ended, and refreshes the oldest keep-alives of active agents (the manager's
    /// never), at most [`MAX_KEEP_ALIVES`].
    pub fn keep_alive_round(&self, now: i64, interval: i64) -> Result<(), StoreError> {
        let interval = interval.max(1);
        let round = now / interval;
        let recently = now - (DOWN_ROUNDS + 1) * interval;
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute(
            "UPDATE agents
                SET status = CASE status WHEN 'active' THEN 'disconnected' ELSE 'active' END,
                    status_code = CASE status WHEN 'active' THEN ?3 ELSE 0 END,
                    disconnection_time = CASE status WHEN 'active' THEN ?1 END
              WHERE id <> 0 AND id % ?4 = ?5
                AND CASE status
                      WHEN 'active' THEN (?2 + id / ?4) % ?6 < ?7
                      WHEN 'disconnected' THEN disconnection_time >= ?8
                                               AND (?2 + id / ?4) % ?6 >= ?7
                    END",
            params![
                now,
                round,
                NO_KEEP_ALIVE_CODE,
                FLAP_MODULUS,
                FLAP_REMAINDER,
                CYCLE_ROUNDS,
                DOWN_ROUNDS,
                recently
            ],
        )?;
        tx.execute(
            "UPDATE agents SET last_keep_alive = ?1
              WHERE id IN (SELECT id FROM agents
                            WHERE id <> 0 AND status = 'active'
                              AND (last_keep_alive IS NULL OR last_keep_alive < ?1)
                            ORDER BY last_keep_alive, id LIMIT ?2)",
            [now, MAX_KEEP_ALIVES],
        )?;
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::fleet::Agent;

    const INTERVAL: i64 = 10;

    /// The first time at or after `after` whose round puts agent 007 (phase 0) in this part of
    /// its cycle.
    fn time_in_cycle(after: i64, down: bool) -> i64 {
        (after / INTERVAL..)
            .find(|round| (round % CYCLE_ROUNDS < DOWN_ROUNDS) == down)
            .unwrap()
            * INTERVAL
    }

    fn agent(store: &Store, id: u32) -> Agent {
        store
            .agents()
            .unwrap()
            .into_iter()
            .find(|agent| agent.id == id)
            .unwrap()
    }

    #[test]
    fn a_round_refreshes_every_active_agent_and_nothing_else() {
        let (_dir, store) = Store::demo_for_test();
        let before = store.agents().unwrap();
        let now = time_in_cycle(2_000_000_000, false);
        store.keep_alive_round(now, INTERVAL).unwrap();
        for (old, new) in before.iter().zip(store.agents().unwrap()) {
            let refreshed = old.id != 0 && &*old.status == "active";
            match refreshed {
                true => assert_eq!(new.last_keep_alive, Some(now), "agent {}", old.id),
                false => assert_eq!(new.last_keep_alive, old.last_keep_alive, "agent {}", old.id),
            }
            assert_eq!(new.status, old.status, "agent {}", old.id);
        }
    }

    #[test]
    fn a_round_refreshes_the_oldest_keep_alives_first_and_at_most_its_share() {
        let dir = tempfile::tempdir().unwrap();
        let seed = crate::server::store::Seed {
            agents: 3 * MAX_KEEP_ALIVES as usize,
            now: chrono::Utc::now(),
        };
        let store = Store::open(&dir.path().join("wazuh.db"), &seed).unwrap();
        let before: std::collections::HashMap<u32, Option<i64>> = store
            .agents()
            .unwrap()
            .into_iter()
            .map(|agent| (agent.id, agent.last_keep_alive))
            .collect();
        let now = time_in_cycle(2_000_000_000, false);
        store.keep_alive_round(now, INTERVAL).unwrap();
        let agents = store.agents().unwrap();
        let (fresh, stale): (Vec<&Agent>, Vec<&Agent>) = agents
            .iter()
            .filter(|agent| agent.id != 0 && &*agent.status == "active")
            .partition(|agent| agent.last_keep_alive == Some(now));
        assert_eq!(fresh.len(), MAX_KEEP_ALIVES as usize);
        assert!(!stale.is_empty());
        let newest_refreshed = fresh.iter().map(|agent| before[&agent.id]).max().unwrap();
        let oldest_left = stale.iter().map(|agent| before[&agent.id]).min().unwrap();
        assert!(newest_refreshed <= oldest_left, "the stalest go first");
    }

    #[test]
    fn agent_007_flaps_down_and_back_while_009_stays_disconnected() {
        let (_dir, store) = Store::demo_for_test();
        let down_at = time_in_cycle(2_000_000_000, true);
        store.keep_alive_round(down_at, INTERVAL).unwrap();
        let down = agent(&store, 7);
        assert_eq!(&*down.status, "disconnected");
        assert_eq!(down.disconnection_time, Some(down_at));
        assert_ne!(
            down.last_keep_alive,
            Some(down_at),
            "a disconnected agent sends none"
        );
        assert_eq!(
            &*agent(&store, 1).status,
            "active",
            "only the flapping agents go down"
        );

        let up_at = time_in_cycle(down_at, false);
        assert_eq!(up_at, down_at + DOWN_ROUNDS * INTERVAL);
        store.keep_alive_round(up_at, INTERVAL).unwrap();
        let up = agent(&store, 7);
        assert_eq!(&*up.status, "active");
        assert_eq!(
            (up.disconnection_time, up.last_keep_alive),
            (None, Some(up_at))
        );
        assert_eq!(&*agent(&store, 9).status, "disconnected");
        assert_eq!(&*agent(&store, 10).status, "disconnected");
    }

    #[test]
    fn an_agent_down_for_long_does_not_come_back() {
        let (_dir, store) = Store::demo_for_test();
        let down_at = time_in_cycle(2_000_000_000, true);
        store.keep_alive_round(down_at, INTERVAL).unwrap();
        let much_later = time_in_cycle(down_at + 3_600, false);
        store.keep_alive_round(much_later, INTERVAL).unwrap();
        assert_eq!(&*agent(&store, 7).status, "disconnected");
    }
}
