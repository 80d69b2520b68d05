//! The `<time>` and `<weekday>` rule options, read as analysisd reads them and tested against
//! the event's arrival time in UTC.
//!
//! `<time>`: `hh[:mm][ am|pm] - hh[:mm][ am|pm]`, `!` before it to negate; both ends included
//! to the minute; a range whose start is after its end (`6 pm - 8:30 am`) is the time outside
//! the reversed range. `<weekday>`: day names (`monday` or `mon`, ...), `weekdays` (Monday to
//! Friday) and `weekends`, separated by spaces or commas, `!` before them to negate.

/// A `<time>` window, in minutes since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TimeWindow {
    from: u32,
    to: u32,
    negate: bool,
}

/// A `<weekday>` set, Sunday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Weekdays {
    days: [bool; 7],
    negate: bool,
}

/// Seconds in a day.
const DAY: i64 = 86_400;

impl TimeWindow {
    /// Reads a `<time>` option; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (negate, text) = match text.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (first, second) = text.split_once('-')?;
        let (from, to) = (minute_of(first)?, minute_of(second)?);
        Some(if from > to {
            TimeWindow {
                from: to,
                to: from,
                negate: true,
            }
        } else {
            TimeWindow { from, to, negate }
        })
    }

    /// Whether `now` (seconds since the epoch) is in the window.
    pub fn contains(self, now: i64) -> bool {
        let minute = u32::try_from(now.rem_euclid(DAY) / 60).unwrap_or_default();
        (self.from..=self.to).contains(&minute) != self.negate
    }
}

/// `hh[:mm][ am|pm]` as minutes since midnight.
fn minute_of(text: &str) -> Option<u32> {
    let text = text.trim().to_ascii_lowercase();
    let (clock, meridiem) = match text.strip_suffix("am").or(text.strip_suffix("pm")) {
        Some(clock) => (clock.trim_end(), Some(text.ends_with("pm"))),
        None => (text.as_str(), None),
    };
    let (hour, minute) = clock.split_once(':').unwrap_or((clock, "0"));
    let digits =
        |s: &str, max: usize| (1..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    (digits(hour, 2) && digits(minute, 2)).then_some(())?;
    let (mut hour, minute): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
    if let Some(pm) = meridiem {
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    (hour < 24 && minute < 60).then_some(hour * 60 + minute)
}

impl Weekdays {
    /// Reads a `<weekday>` option; `None` when it is not one or names no day.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim().to_ascii_lowercase();
        let (negate, text) = match text.strip_prefix('!') {
            Some(rest) => (true, rest.to_owned()),
            None => (false, text),
        };
        let mut days = [false; 7];
        for word in text.split([' ', ',']).filter(|w| !w.is_empty()) {
            match word {
                "weekdays" => days[1..=5].fill(true),
                "weekends" => (days[0], days[6]) = (true, true),
                day => days[day_number(day)?] = true,
            }
        }
        days.contains(&true).then_some(Weekdays { days, negate })
    }

    /// Whether `now` (seconds since the epoch) falls on one of the days.
    pub fn contains(self, now: i64) -> bool {
        let day = usize::try_from((now.div_euclid(DAY) + 4).rem_euclid(7)).unwrap_or_default();
        self.days[day] != self.negate
    }
}

/// Sunday 0 to Saturday 6, from a day's name or its first three letters.
fn day_number(word: &str) -> Option<usize> {
    const NAMES: [&str; 7] = [
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    NAMES
        .iter()
        .position(|name| word == *name || (word.len() == 3 && name.starts_with(word)))
}

#[cfg(test)]
mod tests {
    use super::{TimeWindow, Weekdays};

    /// 2026-12-04 (a Friday) at `hh:mm` UTC.
    fn friday(hour: i64, minute: i64) -> i64 {
        1_796_342_400 + hour * 3600 + minute * 60
    }

    #[test]
    fn time_windows_with_meridiems_reversal_and_negation() {
        let office = TimeWindow::parse("8:30 am - 6 pm").unwrap();
        assert!(office.contains(friday(8, 30)) && office.contains(friday(18, 0)));
        assert!(!office.contains(friday(18, 1)) && !office.contains(friday(8, 29)));
        let night = TimeWindow::parse("6 pm - 8:30 am").unwrap();
        assert!(night.contains(friday(23, 0)) && night.contains(friday(3, 0)));
        assert!(!night.contains(friday(12, 0)));
        let not_noon = TimeWindow::parse("!12:00 - 12:59").unwrap();
        assert!(!not_noon.contains(friday(12, 30)) && not_noon.contains(friday(13, 0)));
        assert_eq!(
            TimeWindow::parse("12 am - 12 pm"),
            TimeWindow::parse("00:00 - 12:00")
        );
        for bad in ["25:00 - 26:00", "8 - ", "noon - 1", "8:3x - 9"] {
            assert!(TimeWindow::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn weekdays_weekends_names_and_negation() {
        assert!(Weekdays::parse("weekdays").unwrap().contains(friday(9, 0)));
        assert!(!Weekdays::parse("weekends").unwrap().contains(friday(9, 0)));
        let saturday = friday(9, 0) + 86_400;
        assert!(Weekdays::parse("sat, sunday").unwrap().contains(saturday));
        assert!(Weekdays::parse("!weekends").unwrap().contains(friday(9, 0)));
        assert!(Weekdays::parse("Mon Fri").unwrap().contains(friday(0, 0)));
        assert!(Weekdays::parse("someday").is_none());
        assert!(Weekdays::parse("").is_none());
    }
}
