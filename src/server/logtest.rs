//! Logtest sessions, as wazuh-logtest keeps them inside analysisd: a session is opened by the
//! first event sent without a token (its token, 8 hex digits, is in the answer), keeps what
//! the rules remember between events (how many times each rule fired), and ends when it is
//! deleted, when it has been idle for [`SESSION_TIMEOUT`], or when [`MAX_SESSIONS`] are open
//! and a new one needs room (the least recently used goes). A token no session has (expired,
//! or not a token at all) opens a new session, with a warning, as Wazuh does.
//!
//! Each event runs through the ruleset's compiled engine with the session's memory
//! (`analysis`): the answer's `output` is the alert as a manager writes it, `alert` says
//! whether the rule's level reaches the alert level, and `messages` and `codemsg` are
//! analysisd's (0 success, 1 warning, -1 error, -2 bad input).
//!
//! Imports the server's `analysis` and `ruleset` modules.

use crate::server::analysis::{Analysis, Memory, Origin};
use crate::server::ruleset::Ruleset;
use chrono::Utc;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many sessions may be open at once (wazuh-logtest's `max_sessions` default).
pub const MAX_SESSIONS: usize = 64;

/// How long a session lives without events (wazuh-logtest's `session_timeout` default).
pub const SESSION_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// The length of a session token, in hex digits.
const TOKEN_LENGTH: usize = 8;

/// `codemsg` of an answer without warnings.
const SUCCESS: i8 = 0;
/// `codemsg` of an answer with a message (a session opened, a token refused).
const WARNING: i8 = 1;
/// `codemsg` of a request about a session that does not exist.
const ERROR: i8 = -1;
/// `codemsg` of a request that is not valid.
const BAD_INPUT: i8 = -2;

/// One event to analyse, as `PUT /logtest` sends it.
#[derive(Debug, Clone, Copy)]
pub struct Event<'a> {
    /// The session's token, when the caller has one.
    pub token: Option<&'a str>,
    /// Where the event comes from.
    pub location: &'a str,
    /// The event.
    pub event: &'a str,
}

/// What a session remembers between events.
#[derive(Debug)]
struct Session {
    memory: Memory,
    used: Instant,
}

/// The open sessions.
#[derive(Debug)]
pub struct Sessions {
    open: Mutex<HashMap<String, Session>>,
    max: usize,
    timeout: Duration,
}

impl Default for Sessions {
    fn default() -> Self {
        Sessions::new(MAX_SESSIONS, SESSION_TIMEOUT)
    }
}

impl Sessions {
    /// No session open yet; at most `max` at once, each ending after `timeout` idle.
    pub fn new(max: usize, timeout: Duration) -> Sessions {
        Sessions {
            open: Mutex::new(HashMap::new()),
            max: max.max(1),
            timeout,
        }
    }

    /// Runs one event in its session (opened when needed): the `data` of the answer.
    pub fn run(&self, ruleset: &Ruleset, event: &Event, now: Instant) -> Value {
        let engine = ruleset.engine();
        let mut analysis = Analysis::decode(engine, event.event, event.location);
        let mut messages = Vec::new();
        let mut open = self.lock();
        let token = self.token_for(&mut open, event.token, now, &mut messages);
        let session = open.entry(token.clone()).or_insert_with(|| Session {
            memory: Memory::new(),
            used: now,
        });
        session.used = now;
        analysis.match_rules(engine, &mut session.memory);
        drop(open);
        let origin = Origin {
            full_log: event.event,
            location: event.location,
        };
        json!({
            "token": token,
            "messages": messages,
            "output": analysis.alert(ruleset, origin),
            "alert": analysis.alerting().is_some(),
            "codemsg": if messages.is_empty() { SUCCESS } else { WARNING },
        })
    }

    /// Ends the session of `token`: the `data` of the answer (an error message when no
    /// session has that token).
    pub fn close(&self, token: &str) -> Value {
        let (message, code) = if !is_token(token) {
            (
                format!("ERROR: (7309): '{token}' is not a valid token"),
                BAD_INPUT,
            )
        } else if self.lock().remove(token).is_some() {
            let closed = format!("INFO: (7206): The session '{token}' was closed successfully");
            (closed, SUCCESS)
        } else {
            let missing = format!("ERROR: (7004): No session found for token '{token}'");
            (missing, ERROR)
        };
        json!({"messages": [message], "codemsg": code})
    }

    /// The token of the event's session: its own when a session has it, else a new one's
    /// (with a warning for the token given, and the new session's message). Expired
    /// sessions are dropped first.
    fn token_for(
        &self,
        open: &mut HashMap<String, Session>,
        given: Option<&str>,
        now: Instant,
        messages: &mut Vec<String>,
    ) -> String {
        open.retain(|_, session| now.duration_since(session.used) < self.timeout);
        if let Some(token) = given.filter(|token| open.contains_key(*token)) {
            return token.to_owned();
        }
        if let Some(token) = given {
            messages.push(match is_token(token) {
                true => format!("WARNING: (7003): '{token}' token expires"),
                false => format!("WARNING: (7309): '{token}' is not a valid token"),
            });
        }
        self.make_room(open);
        let token = fresh_token(open);
        messages.push(format!(
            "INFO: (7202): Session initialized with token '{token}'"
        ));
        token
    }

    /// Closes the least recently used session when all are taken.
    fn make_room(&self, open: &mut HashMap<String, Session>) {
        if open.len() < self.max {
            return;
        }
        let oldest = open
            .iter()
            .min_by_key(|(_, session)| session.used)
            .map(|(token, _)| token.clone());
        oldest.and_then(|token| open.remove(&token));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Session>> {
        self.open
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Whether `text` has a token's form: 8 lowercase hex digits.
fn is_token(text: &str) -> bool {
    text.len() == TOKEN_LENGTH
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A random token no open session has.
fn fresh_token(open: &HashMap<String, Session>) -> String {
    loop {
        let token = new_token();
        if !open.contains_key(&token) {
            return token;
        }
    }
}

/// A random token.
fn new_token() -> String {
    let mut bytes = [0u8; TOKEN_LENGTH / 2];
    if aws_lc_rs::rand::fill(&mut bytes).is_err() {
        let nanos = Utc::now().timestamp_subsec_nanos();
        bytes = nanos.to_be_bytes();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests;
