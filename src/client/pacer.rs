//! The client-side request limiter of `--rate N/min`: requests are spaced evenly, one every
//! `60 s / N`, so a long job stays under a server's per-minute limit instead of running into
//! 429s. Off unless asked for. The spacing is computed from a passed-in `Instant`, so tests need
//! no sleeping.
//!
//! Imports nothing from the crate.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Spaces requests to at most `per_minute` a minute.
#[derive(Debug)]
pub struct Pacer {
    interval: Duration,
    /// When the next request may start.
    next: Mutex<Option<Instant>>,
}

impl Pacer {
    /// A pacer of `per_minute` requests a minute (at least 1).
    pub fn per_minute(per_minute: u32) -> Pacer {
        Pacer {
            interval: Duration::from_secs(60) / per_minute.max(1),
            next: Mutex::new(None),
        }
    }

    /// Books the next slot for a request made at `now`; how long to wait before sending it.
    pub fn reserve(&self, now: Instant) -> Duration {
        let mut next = self
            .next
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let start = next.map_or(now, |slot| slot.max(now));
        *next = Some(start + self.interval);
        start - now
    }

    /// Waits for the next slot.
    pub async fn wait(&self) {
        let delay = self.reserve(Instant::now());
        if !delay.is_zero() {
            tokio::time::sleep(delay).await;
        }
    }
}

/// Parses a `--rate` value: `N/min`, `N/s` or a bare `N` (per minute), N ≥ 1; requests per
/// minute.
pub fn parse_rate(text: &str) -> Result<u32, String> {
    let text = text.trim();
    let (number, per_second) = match text.split_once('/') {
        None => (text, false),
        Some((number, "min" | "m")) => (number, false),
        Some((number, "s" | "sec")) => (number, true),
        Some((_, unit)) => return Err(format!("unknown unit `{unit}`: use N/min or N/s")),
    };
    let count: u32 = number
        .trim()
        .parse()
        .ok()
        .filter(|count| *count >= 1)
        .ok_or_else(|| format!("`{text}` is not a rate: use N/min (N ≥ 1), e.g. 120/min"))?;
    if per_second {
        count
            .checked_mul(60)
            .ok_or_else(|| format!("`{text}` is too large"))
    } else {
        Ok(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_spaced_evenly_across_the_minute() {
        let pacer = Pacer::per_minute(120);
        let start = Instant::now();
        assert_eq!(pacer.reserve(start), Duration::ZERO);
        assert_eq!(pacer.reserve(start), Duration::from_millis(500));
        assert_eq!(pacer.reserve(start), Duration::from_millis(1000));
        // A request after its slot has passed goes at once and books from its own time.
        let later = start + Duration::from_secs(10);
        assert_eq!(pacer.reserve(later), Duration::ZERO);
        assert_eq!(pacer.reserve(later), Duration::from_millis(500));
    }

    #[test]
    fn a_slow_rate_spaces_by_seconds() {
        let pacer = Pacer::per_minute(2);
        let start = Instant::now();
        pacer.reserve(start);
        assert_eq!(pacer.reserve(start), Duration::from_secs(30));
    }

    #[test]
    fn rates_parse_per_minute_or_per_second() {
        assert_eq!(parse_rate("120/min"), Ok(120));
        assert_eq!(parse_rate("90"), Ok(90));
        assert_eq!(parse_rate("2/s"), Ok(120));
        assert!(parse_rate("0/min").is_err());
        assert!(parse_rate("fast").is_err());
        assert!(parse_rate("5/h").unwrap_err().contains("unknown unit"));
    }
}
