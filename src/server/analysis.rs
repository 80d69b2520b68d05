//! One event through the analysis engine as analysisd runs it, shared by logtest sessions and
//! `POST /events`: [`Memory`] is what the rules remember between events (a logtest session's
//! own, or the manager's for the events it receives), [`Analysis`] what the three phases found,
//! written as the alert a manager writes (`rule` with `firedtimes` and the rule's compliance
//! fields as `GET /rules` shows them, `predecoder`, `decoder`, `data`, `full_log`,
//! `location`). [`Analysisd`] is the manager's own analysis of received events: the alerts at
//! or above [`ALERT_LEVEL`] are appended to `logs/alerts/alerts.json` in the data dir, one
//! JSON object a line, as a manager writes them.
//!
//! Imports the server's `engine`, `ruleset`, `mitre` and `demo` modules.

use crate::server::demo::NODES;
use crate::server::engine::decoder::Decoded;
use crate::server::engine::predecoder::Predecoded;
use crate::server::engine::rules::Fired;
use crate::server::engine::Engine;
use crate::server::mitre;
use crate::server::ruleset::{rules, Ruleset};
use chrono::Utc;
use serde_json::{json, Map, Value};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// The lowest rule level that makes an alert (analysisd's `log_alert_level` default).
pub const ALERT_LEVEL: u8 = 3;

/// Where a manager writes its alerts, under the data dir.
pub const ALERTS_FILE: &str = "logs/alerts/alerts.json";

/// Where `POST /events` events come from, as the API queues them to analysisd.
pub const EVENTS_LOCATION: &str = "API-Webhook";

/// What the rules remember between events: recent events for stateful rules, `ignore`
/// windows, and how many times each rule fired.
pub use crate::server::engine::memory::Memory;

/// What the three phases found for one line.
#[derive(Debug)]
pub struct Analysis<'l> {
    predecoded: Predecoded<'l>,
    decoded: Option<Decoded>,
    fired: Option<Fired>,
}

/// Where an event comes from, as its alert names it.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    /// The event as received.
    pub full_log: &'a str,
    /// Its location.
    pub location: &'a str,
}

impl<'l> Analysis<'l> {
    /// Pre-decodes and decodes a line received from `location`; no rule is matched yet.
    pub fn decode(engine: &Engine, line: &'l str, location: &'l str) -> Analysis<'l> {
        let (predecoded, decoded) = engine.decode(line);
        Analysis {
            predecoded: predecoded.with_location(location),
            decoded,
            fired: None,
        }
    }

    /// Matches the rules on the event arriving now, with what `memory` remembers of the
    /// earlier ones (and remembering this one). The one place rules are evaluated.
    pub fn match_rules(&mut self, engine: &Engine, memory: &mut Memory) {
        let now = Utc::now().timestamp();
        let decoded = self.decoded.as_ref();
        self.fired = engine
            .rules()
            .evaluate(&self.predecoded, decoded, memory, now);
    }

    /// The rule that fired, when it makes an alert: its level reaches the alert level and it
    /// is not silenced (level 0, or inside its `ignore` window).
    pub fn alerting(&self) -> Option<&Fired> {
        let alerts = |fired: &&Fired| !fired.silenced && fired.level >= ALERT_LEVEL;
        self.fired.as_ref().filter(alerts)
    }

    /// The alert as a manager writes it.
    pub fn alert(&self, ruleset: &Ruleset, origin: Origin) -> Value {
        let master = &NODES[0];
        let now = Utc::now();
        let mut out = Map::new();
        out.insert(
            "timestamp".into(),
            json!(now.format("%Y-%m-%dT%H:%M:%S%.3f%z").to_string()),
        );
        if let Some(fired) = &self.fired {
            out.insert("rule".into(), rule_json(ruleset, fired));
        }
        out.insert(
            "agent".into(),
            json!({"id": "000", "name": master.hostname}),
        );
        out.insert("manager".into(), json!({"name": master.hostname}));
        let id = ALERT_IDS.fetch_add(1, Ordering::Relaxed);
        out.insert("id".into(), json!(format!("{}.{id}", now.timestamp())));
        out.insert(
            "cluster".into(),
            json!({"name": "wazuh", "node": master.name}),
        );
        out.insert("full_log".into(), json!(origin.full_log));
        let predecoder = self.predecoded.to_json();
        if !predecoder.is_empty() {
            out.insert("predecoder".into(), Value::Object(predecoder));
        }
        if let Some(decoded) = &self.decoded {
            out.insert("decoder".into(), decoder_json(decoded));
            if !decoded.fields.is_empty() {
                out.insert("data".into(), data_json(&decoded.fields));
            }
        }
        out.insert("location".into(), json!(origin.location));
        Value::Object(out)
    }
}

/// The groups of an alert's rule in the order analysisd writes them, the enclosing
/// `<group name>` first, without the compliance ones (`pci_dss_10.2.5`: they are the rule's
/// own fields), as `GET /rules` lists its groups.
fn alert_groups<'f>(fired: &'f Fired, shown: Option<&Value>) -> Vec<&'f str> {
    let listed = shown.and_then(|rule| rule["groups"].as_array());
    let kept =
        |group: &&String| listed.is_none_or(|listed| listed.iter().any(|g| g == group.as_str()));
    fired
        .groups
        .iter()
        .filter(kept)
        .map(String::as_str)
        .collect()
}

/// The sequence of alert ids (after the timestamp's seconds), as analysisd numbers them.
static ALERT_IDS: AtomicU64 = AtomicU64::new(0);

/// The manager's own analysis of the events it receives.
#[derive(Debug, Default)]
pub struct Analysisd {
    memory: Mutex<Memory>,
}

impl Analysisd {
    /// Runs events in order through the ruleset's engine and appends the alerts to
    /// [`ALERTS_FILE`] under `data_dir`: the rule id and level of each alert written. Blocking.
    pub fn process(
        &self,
        ruleset: &Ruleset,
        data_dir: &Path,
        events: &[String],
    ) -> io::Result<Vec<(u32, u8)>> {
        let engine = ruleset.engine();
        let mut lines = String::new();
        let mut alerts = Vec::new();
        let mut memory = self.memory.lock().unwrap_or_else(|p| p.into_inner());
        for event in events {
            let mut analysis = Analysis::decode(engine, event, EVENTS_LOCATION);
            analysis.match_rules(engine, &mut memory);
            let Some(fired) = analysis.alerting() else {
                continue;
            };
            alerts.push((fired.id, fired.level));
            let origin = Origin {
                full_log: event,
                location: EVENTS_LOCATION,
            };
            lines.push_str(&analysis.alert(ruleset, origin).to_string());
            lines.push('\n');
        }
        drop(memory);
        if !lines.is_empty() {
            append(&data_dir.join(ALERTS_FILE), lines.as_bytes())?;
        }
        Ok(alerts)
    }
}

/// Appends `bytes` to a file, creating it and its directory when needed.
fn append(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let mut file = OpenOptions::new().create(true).append(true).open(path)?;
    file.write_all(bytes)
}

/// `decoder`: its name, and its parent's when a child decoder matched.
fn decoder_json(decoded: &Decoded) -> Value {
    match &decoded.parent {
        None => json!({"name": decoded.name}),
        Some(parent) => json!({"parent": parent, "name": decoded.name}),
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
    out.insert("groups".into(), json!(alert_groups(fired, shown)));
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
