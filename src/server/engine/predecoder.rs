//! Pre-decoding, the first phase: the syslog header of a line (timestamp, hostname, program
//! name with its optional `[pid]`) is taken off, and the rest is what decoders see.
//!
//! Timestamp forms recognised: `Dec  4 20:43:41` (with an optional year after the day and
//! optional fractions of a second), `2026 Dec 04 20:43:41`, and ISO 8601
//! `2026-12-04T20:43:41.123+00:00` (fraction and zone optional). A line without one of these
//! headers is decoded whole, with no pre-decoded fields.

use regex::Regex;
use serde_json::{Map, Value};
use std::sync::LazyLock;

/// Header: timestamp, hostname, then optionally `program[pid]:`, then the message.
static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    let month = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    let time = r"\d{2}:\d{2}:\d{2}(?:\.\d+)?";
    let bsd = format!(r"{month} [ \d]\d(?: \d{{4}})? {time}");
    let year_first = format!(r"\d{{4}} {month} [ \d]\d {time}");
    let iso = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?";
    let program = r"(?:([\w./-]+)(?:\[(\d+)\])?: )?";
    Regex::new(&format!(r"^({bsd}|{year_first}|{iso}) (\S+) {program}"))
        .expect("the header pattern compiles")
});

/// What pre-decoding found in one line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Predecoded<'a> {
    /// The header's timestamp as written.
    pub timestamp: Option<&'a str>,
    /// The header's hostname.
    pub hostname: Option<&'a str>,
    /// The program name before `[pid]:` or `:`.
    pub program_name: Option<&'a str>,
    /// The process id in `[pid]`.
    pub pid: Option<&'a str>,
    /// The line after the header: what decoders match.
    pub message: &'a str,
    /// Where the line came from (logtest's `location`, an agent's log file), what
    /// `same_location` compares; `None` until [`Predecoded::with_location`] sets it.
    pub location: Option<&'a str>,
}

/// Pre-decodes one line.
pub fn predecode(line: &str) -> Predecoded<'_> {
    let Some(c) = HEADER.captures(line) else {
        return Predecoded {
            message: line,
            ..Predecoded::default()
        };
    };
    let text = |i: usize| c.get(i).map(|m| m.as_str());
    Predecoded {
        timestamp: text(1),
        hostname: text(2),
        program_name: text(3),
        pid: text(4),
        message: &line[c.get(0).map_or(0, |m| m.end())..],
        location: None,
    }
}

impl<'a> Predecoded<'a> {
    /// The same event, read from `location`.
    pub fn with_location(self, location: &'a str) -> Self {
        Predecoded {
            location: Some(location),
            ..self
        }
    }

    /// The `predecoder` object of a logtest answer (only the fields found).
    pub fn to_json(&self) -> Map<String, Value> {
        [
            ("program_name", self.program_name),
            ("timestamp", self.timestamp),
            ("hostname", self.hostname),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_owned(), Value::from(v?))))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::predecode;

    #[test]
    fn bsd_header_with_pid() {
        let p = predecode("Dec  4 20:43:41 web01 sshd[812]: Failed password for root");
        assert_eq!(p.timestamp, Some("Dec  4 20:43:41"));
        assert_eq!(p.hostname, Some("web01"));
        assert_eq!((p.program_name, p.pid), (Some("sshd"), Some("812")));
        assert_eq!(p.message, "Failed password for root");
        assert_eq!(p.to_json()["program_name"], "sshd");
    }

    #[test]
    fn iso_and_year_first_headers() {
        let p = predecode("2026-12-04T20:43:41.120+00:00 db1 su: pam_unix(su:auth): x");
        assert_eq!(p.timestamp, Some("2026-12-04T20:43:41.120+00:00"));
        assert_eq!(
            (p.hostname, p.program_name, p.pid),
            (Some("db1"), Some("su"), None)
        );
        assert_eq!(p.message, "pam_unix(su:auth): x");
        let p = predecode("2026 Dec 04 20:43:41 fw kernel: DROP IN=eth0");
        assert_eq!(
            (p.timestamp, p.program_name),
            (Some("2026 Dec 04 20:43:41"), Some("kernel"))
        );
        let p = predecode("Dec 14 2026 20:43:41 h /usr/sbin/cron[9]: run");
        assert_eq!((p.program_name, p.message), (Some("/usr/sbin/cron"), "run"));
    }

    #[test]
    fn header_without_program_keeps_the_message() {
        let p = predecode("Dec 14 20:43:41 host just text");
        assert_eq!(
            (p.hostname, p.program_name, p.message),
            (Some("host"), None, "just text")
        );
    }

    #[test]
    fn no_header_is_decoded_whole() {
        let line = r#"{"user":"x"}"#;
        let p = predecode(line);
        assert_eq!((p.timestamp, p.message), (None, line));
        assert!(p.to_json().is_empty());
    }
}
