//! Logtest sessions, as wazuh-logtest keeps them inside analysisd: a session is opened by the
//! first event sent without a token (its token, 8 hex digits, is in the answer), keeps what
//! the rules remember between events (how many times each rule fired), and ends when it is
//! deleted, when it has been idle for [`SESSION_TIMEOUT`], or when [`MAX_SESSIONS`] are open
//! and a new one needs room (the least recently used goes). A token no session has (expired,
//! or not a token at all) opens a new session, with a warning, as Wazuh does.
//!
//! Each event runs through the ruleset's compiled [`Engine`](crate::server::engine::Engine):
//! the answer's `output` is the alert as a manager writes it (`rule` with `firedtimes` and the
//! rule's compliance fields, `predecoder`, `decoder`, `data`, `full_log`, `location`), `alert`
//! says whether the rule's level reaches [`ALERT_LEVEL`], and `messages` and `codemsg` are
//! analysisd's (0 success, 1 warning, -1 error, -2 bad input).
//!
//! Imports the server's `engine`, `ruleset`, `mitre` and `demo` modules.

use crate::server::demo::NODES;
use crate::server::engine::decoder::Decoded;
use crate::server::engine::memory::Memory;
use crate::server::engine::predecoder::Predecoded;
use crate::server::engine::rules::Fired;
use crate::server::mitre;
use crate::server::ruleset::{rules, Ruleset};
use chrono::Utc;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many sessions may be open at once (wazuh-logtest's `max_sessions` default).
pub const MAX_SESSIONS: usize = 64;

/// How long a session lives without events (wazuh-logtest's `session_timeout` default).
pub const SESSION_TIMEOUT: Duration = Duration::from_secs(15 * 60);

/// The lowest rule level that makes an alert (analysisd's `log_alert_level` default).
pub const ALERT_LEVEL: u8 = 3;

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
    /// What stateful rules look back on, and how many times each rule fired.
    memory: Memory,
    used: Instant,
}

/// The open sessions.
#[derive(Debug)]
pub struct Sessions {
    open: Mutex<HashMap<String, Session>>,
    max: usize,
    timeout: Duration,
    alerts: AtomicU64,
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
            alerts: AtomicU64::new(0),
        }
    }

    /// Runs one event in its session (opened when needed): the `data` of the answer.
    pub fn run(&self, ruleset: &Ruleset, event: &Event, now: Instant) -> Value {
        let engine = ruleset.engine();
        let (predecoded, decoded) = engine.decode(event.event);
        let mut messages = Vec::new();
        let mut open = self.lock();
        let token = self.token_for(&mut open, event.token, now, &mut messages);
        let session = open.entry(token.clone()).or_insert_with(|| Session {
            memory: Memory::new(),
            used: now,
        });
        session.used = now;
        let arrival = Utc::now().timestamp();
        let rules = engine.rules();
        let fired = rules.evaluate(&predecoded, decoded.as_ref(), &mut session.memory, arrival);
        drop(open);
        let alert = fired
            .as_ref()
            .is_some_and(|f| !f.silenced && f.level >= ALERT_LEVEL);
        let rule = fired.as_ref().map(|fired| rule_json(ruleset, fired));
        let parts = Parts {
            predecoded: &predecoded,
            decoded: decoded.as_ref(),
            rule,
        };
        let id = self.alerts.fetch_add(1, Ordering::Relaxed);
        json!({
            "token": token,
            "messages": messages,
            "output": output(event, parts, id),
            "alert": alert,
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

/// What the phases found for one event.
struct Parts<'e> {
    predecoded: &'e Predecoded<'e>,
    decoded: Option<&'e Decoded>,
    rule: Option<Value>,
}

/// The alert as a manager writes it, with the phases' results.
fn output(event: &Event, parts: Parts, id: u64) -> Value {
    let master = &NODES[0];
    let now = Utc::now();
    let mut out = Map::new();
    out.insert(
        "timestamp".into(),
        json!(now.format("%Y-%m-%dT%H:%M:%S%.3f%z").to_string()),
    );
    if let Some(rule) = parts.rule {
        out.insert("rule".into(), rule);
    }
    out.insert(
        "agent".into(),
        json!({"id": "000", "name": master.hostname}),
    );
    out.insert("manager".into(), json!({"name": master.hostname}));
    out.insert("id".into(), json!(format!("{}.{id}", now.timestamp())));
    out.insert(
        "cluster".into(),
        json!({"name": "wazuh", "node": master.name}),
    );
    out.insert("full_log".into(), json!(event.event));
    let predecoder = parts.predecoded.to_json();
    if !predecoder.is_empty() {
        out.insert("predecoder".into(), Value::Object(predecoder));
    }
    if let Some(decoded) = parts.decoded {
        out.insert("decoder".into(), decoder_json(decoded));
        if !decoded.fields.is_empty() {
            out.insert("data".into(), data_json(&decoded.fields));
        }
    }
    out.insert("location".into(), json!(event.location));
    Value::Object(out)
}

/// `decoder`: its name, and its parent's when a child decoder matched.
fn decoder_json(decoded: &Decoded) -> Value {
    match decoded.name == decoded.parent {
        true => json!({"name": decoded.name}),
        false => json!({"parent": decoded.parent, "name": decoded.name}),
    }
}

/// `data`: the decoded fields, a dotted name (`user.name`) nested as objects.
fn data_json(fields: &[(String, String)]) -> Value {
    let mut data = Map::new();
    for (name, value) in fields {
        let mut at = &mut data;
        let mut parts = name.split('.').peekable();
        while let Some(part) = parts.next() {
            if parts.peek().is_none() {
                at.insert(part.to_owned(), json!(value));
                break;
            }
            let inner = at
                .entry(part.to_owned())
                .or_insert_with(|| Value::Object(Map::new()));
            if !inner.is_object() {
                *inner = Value::Object(Map::new());
            }
            at = inner.as_object_mut().expect("made an object above");
        }
    }
    Value::Object(data)
}

/// `rule`: what fired, how many times in the session, and the rule's groups and compliance
/// as `GET /rules` shows them.
fn rule_json(ruleset: &Ruleset, fired: &Fired) -> Value {
    let id = i64::from(fired.id);
    let rules = ruleset.rules();
    let end = rules.partition_point(|rule| rules::id_of(rule) <= id);
    let shown = end
        .checked_sub(1)
        .map(|last| &rules[last])
        .filter(|rule| rules::id_of(rule) == id);
    let mut out = Map::new();
    out.insert("level".into(), json!(fired.level));
    out.insert("description".into(), json!(fired.description));
    out.insert("id".into(), json!(fired.id.to_string()));
    if !fired.mitre.is_empty() {
        out.insert("mitre".into(), mitre_json(&fired.mitre));
    }
    out.insert("firedtimes".into(), json!(fired.firedtimes));
    out.insert("mail".into(), json!(false));
    let groups = shown.map_or_else(|| json!(fired.groups), |rule| rule["groups"].clone());
    out.insert("groups".into(), groups);
    for requirement in rules::REQUIREMENTS.iter().filter(|r| **r != "mitre") {
        let values = shown.and_then(|rule| rule[*requirement].as_array());
        if let Some(values) = values.filter(|values| !values.is_empty()) {
            out.insert((*requirement).into(), json!(values));
        }
    }
    Value::Object(out)
}

/// `rule.mitre`: the technique ids, with their names and tactics from the ATT&CK dataset.
fn mitre_json(ids: &[String]) -> Value {
    let attack = mitre::attack();
    let named = |items: &[Value], key: &str, wanted: &str| {
        items
            .iter()
            .find(|item| item[key] == wanted)
            .and_then(|item| item["name"].as_str().map(str::to_owned))
    };
    let mut techniques = Vec::new();
    let mut tactics: Vec<String> = Vec::new();
    for id in ids {
        let technique = attack.techniques.iter().find(|t| t["external_id"] == *id);
        techniques.extend(technique.and_then(|t| t["name"].as_str().map(str::to_owned)));
        let tactic_ids = technique.and_then(|t| t["tactics"].as_array());
        for tactic in tactic_ids.into_iter().flatten().filter_map(Value::as_str) {
            let name = named(&attack.tactics, "id", tactic);
            tactics.extend(name.filter(|name| !tactics.contains(name)));
        }
    }
    json!({"id": ids, "tactic": tactics, "technique": techniques})
}

#[cfg(test)]
mod tests;
