//! The keep-alive engine `serve` runs in the background: the lab's stand-in for its agents'
//! keep-alive messages, so the fleet shows life (`agents watch` sees keep-alives advance and
//! a few agents flap). Every interval it runs one keep-alive round (`Store::keep_alive_round`)
//! through `AppState::write`, which patches only the agents the round changed. An interval of
//! 0 turns it off: the fleet stays as seeded (tests and benchmarks that need it fixed).
//!
//! Imports the server's `state`, `error` and `store` only.

use crate::server::error::ApiError;
use crate::server::state::AppState;
use std::time::Duration;

/// Starts the engine with rounds `interval_seconds` apart, the first at once; does nothing
/// when the interval is 0. Runs until the runtime stops.
pub fn spawn(state: AppState, interval_seconds: u64) -> Option<tokio::task::JoinHandle<()>> {
    if interval_seconds == 0 {
        return None;
    }
    let interval = i64::try_from(interval_seconds).unwrap_or(i64::MAX);
    Some(tokio::spawn(async move {
        let mut rounds = tokio::time::interval(Duration::from_secs(interval_seconds));
        rounds.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            rounds.tick().await;
            if let Err(err) = round(&state, chrono::Utc::now().timestamp(), interval).await {
                tracing::warn!("cannot send the lab's keep-alives: {err}");
            }
        }
    }))
}

/// One keep-alive round at `now` (Unix seconds), committed and published.
async fn round(state: &AppState, now: i64, interval: i64) -> Result<(), ApiError> {
    state
        .write_store(move |store| store.keep_alive_round(now, interval))
        .await
}
