//! The task engine `serve` runs in the background: the lab's stand-in for the agents that
//! carry out upgrade tasks. A few times a second it checks (read-only) whether a running task
//! has waited its phase, and only then moves the due tasks one state further through
//! `AppState::write` (one transaction, snapshots refreshed), so `GET /agents` shows an upgraded
//! agent's new version as soon as its task is `Done`.
//!
//! Imports the server's `state`, `error` and `store` only.

use crate::server::error::ApiError;
use crate::server::state::AppState;
use std::time::Duration;

/// How often the engine looks for due tasks.
const TICK: Duration = Duration::from_millis(250);

/// Starts the engine: each task phase lasts `phase_seconds`. Runs until the runtime stops.
pub fn spawn(state: AppState, phase_seconds: u64) -> tokio::task::JoinHandle<()> {
    let phase = i64::try_from(phase_seconds).unwrap_or(i64::MAX);
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(TICK);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(err) = advance(&state, chrono::Utc::now().timestamp(), phase).await {
                tracing::warn!("cannot advance the tasks: {err}");
            }
        }
    })
}

/// Moves the tasks due at `now` (unix seconds) one state further; answers how many moved.
pub async fn advance(state: &AppState, now: i64, phase_seconds: i64) -> Result<usize, ApiError> {
    let due = state
        .store(move |store| store.tasks_due(now, phase_seconds))
        .await?;
    if !due {
        return Ok(0);
    }
    state
        .write_store(move |store| store.advance_tasks(now, phase_seconds))
        .await
}
