//! The counters kept about a running agent, from one traffic model so that they agree: the
//! agent's log files and commands (its `<localfile>` entries) and its modules (FIM and
//! rootcheck at their configured frequencies, SCA, syscollector) produce events at rates
//! seeded by the agent id; logcollector counts them per file, the agent counts what it
//! sent, remoted what it received and analysisd what it decoded and how many alerts they
//! raised. Every count is since the agent last started and grows with the time since.

use super::config::{
    localfiles, location_of, rootcheck_frequency, syscheck_frequency, NOTIFY_TIME,
};
use super::{Facts, Family};
use chrono::{DateTime, SecondsFormat};
use serde_json::{json, Value};

/// Logcollector's statistics interval (seconds).
const STATE_INTERVAL: i64 = 60;
/// SCA and syscollector scan intervals (seconds), as configured by default.
const SCA_INTERVAL: i64 = 43_200;
const SYSCOLLECTOR_INTERVAL: i64 = 3_600;

/// Events one source (a log file, a command, a module) produced.
#[derive(Debug, Clone, PartialEq)]
struct Source {
    location: String,
    events: u64,
    bytes: u64,
}

/// Everything the agent produced from its start until a moment.
#[derive(Debug, Clone)]
struct Traffic {
    files: Vec<Source>,
    syscheck: u64,
    rootcheck: u64,
    sca: u64,
    syscollector: u64,
    dbsync: u64,
    keepalives: u64,
}

impl Traffic {
    /// What the agent produced between its start and `at`.
    fn until(facts: &Facts, at: i64) -> Traffic {
        let running = (at - facts.started).max(0);
        let mut rng = facts.rng("modules");
        let syscheck = scans(running, syscheck_frequency(facts)) * rng.between(3, 40);
        let rootcheck = scans(running, rootcheck_frequency(facts)) * rng.between(2, 12);
        let sca = scans(running, SCA_INTERVAL) * rng.between(80, 250);
        let syscollector_scans = scans(running, SYSCOLLECTOR_INTERVAL);
        Traffic {
            files: localfiles(facts)
                .iter()
                .map(|entry| file_source(facts, entry, running))
                .collect(),
            syscheck,
            rootcheck,
            sca,
            syscollector: syscollector_scans * rng.between(15, 60),
            dbsync: syscollector_scans * 4,
            keepalives: (running / NOTIFY_TIME) as u64,
        }
    }

    fn logcollector(&self) -> u64 {
        self.files.iter().map(|file| file.events).sum()
    }

    /// Every event the agent sent (not counting control messages).
    fn events(&self) -> u64 {
        self.logcollector()
            + self.syscheck
            + self.rootcheck
            + self.sca
            + self.syscollector
            + self.dbsync
    }

    /// Control messages: the start-up message and the keep-alives.
    fn control(&self) -> u64 {
        1 + self.keepalives
    }
}

/// Scans run in `running` seconds at one every `interval`, the first at start.
fn scans(running: i64, interval: i64) -> u64 {
    (running / interval.max(1)) as u64 + 1
}

/// The events and bytes one `<localfile>` entry produced in `running` seconds.
fn file_source(facts: &Facts, entry: &Value, running: i64) -> Source {
    let location = location_of(entry);
    let mut rng = facts.rng(&format!("localfile {location}"));
    let line_size = rng.between(60, 240);
    let events = match entry.get("frequency").and_then(Value::as_i64) {
        Some(frequency) => scans(running, frequency) * rng.between(1, 20),
        None => running as u64 * rng.between(0, 120) / 3600,
    };
    Source {
        location,
        events,
        bytes: events * line_size,
    }
}

/// A unix time as the API writes dates (`+00:00`).
fn iso(secs: i64) -> String {
    DateTime::from_timestamp(secs, 0)
        .map(|at| at.to_rfc3339_opts(SecondsFormat::Secs, false))
        .unwrap_or_default()
}

/// A unix time as logcollector writes it (`Z`).
fn zulu(secs: i64) -> String {
    DateTime::from_timestamp(secs, 0)
        .map(|at| at.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

/// The agent's entry in wazuh-remoted's per-agent statistics.
pub fn remoted(facts: &Facts) -> Value {
    let traffic = Traffic::until(facts, facts.now);
    let shared = u64::from(!facts.group_config.is_empty());
    json!({
        "uptime": iso(facts.started),
        "id": facts.id,
        "metrics": {
            "messages": {
                "received_breakdown": {
                    "control": traffic.control(),
                    "control_breakdown": {
                        "keepalive": traffic.keepalives,
                        "request": 0,
                        "shutdown": 0,
                        "startup": 1,
                    },
                    "event": traffic.events(),
                },
                "sent_breakdown": {
                    "ack": traffic.control(),
                    "ar": 0,
                    "cfga": 0,
                    "discarded": 0,
                    "request": 0,
                    "shared": shared,
                },
            },
        },
    })
}

/// The agent's entry in wazuh-analysisd's per-agent statistics.
pub fn analysisd(facts: &Facts) -> Value {
    let traffic = Traffic::until(facts, facts.now);
    let logs = traffic.logcollector();
    let by_family = |family: Family| if facts.family() == family { logs } else { 0 };
    let processed = traffic.events();
    let alert_percent = facts.rng("alerts").between(2, 9);
    json!({
        "uptime": iso(facts.started),
        "id": facts.id,
        "metrics": {
            "events": {
                "processed": processed,
                "received_breakdown": {
                    "decoded_breakdown": {
                        "agent": 0,
                        "dbsync": traffic.dbsync,
                        "integrations_breakdown": { "virustotal": 0 },
                        "modules_breakdown": {
                            "aws": 0, "azure": 0, "ciscat": 0, "command": 0, "docker": 0,
                            "gcp": 0, "github": 0,
                            "logcollector_breakdown": {
                                "eventchannel": by_family(Family::Windows),
                                "eventlog": 0,
                                "macos": by_family(Family::Macos),
                                "others": by_family(Family::Linux),
                            },
                            "office365": 0, "ms-graph": 0, "oscap": 0, "osquery": 0,
                            "rootcheck": traffic.rootcheck,
                            "sca": traffic.sca,
                            "syscheck": traffic.syscheck,
                            "syscollector": traffic.syscollector,
                            "upgrade": 0,
                            "vulnerability": 0,
                        },
                        "monitor": 0,
                        "remote": 0,
                    },
                },
                "written_breakdown": {
                    "alerts": processed * alert_percent / 100,
                    "archives": 0,
                    "firewall": 0,
                },
            },
        },
    })
}

/// wazuh-logcollector's state: per file since start (`global`) and over the last full
/// statistics interval (`interval`).
pub fn logcollector(facts: &Facts) -> Value {
    let interval_end = facts.now - facts.uptime() % STATE_INTERVAL;
    let interval_start = (interval_end - STATE_INTERVAL).max(facts.started);
    let now = Traffic::until(facts, facts.now);
    let end = Traffic::until(facts, interval_end);
    let start = Traffic::until(facts, interval_start);
    let interval: Vec<Source> = end
        .files
        .iter()
        .zip(&start.files)
        .map(|(end, start)| Source {
            location: end.location.clone(),
            events: end.events - start.events,
            bytes: end.bytes - start.bytes,
        })
        .collect();
    json!({
        "global": {
            "start": zulu(facts.started),
            "end": zulu(facts.now),
            "files": files_json(&now.files),
        },
        "interval": {
            "start": zulu(interval_start),
            "end": zulu(interval_end),
            "files": files_json(&interval),
        },
    })
}

fn files_json(files: &[Source]) -> Vec<Value> {
    files
        .iter()
        .map(|file| {
            json!({
                "location": file.location,
                "events": file.events,
                "bytes": file.bytes,
                "targets": [{ "name": "agent", "drops": 0 }],
            })
        })
        .collect()
}

/// wazuh-agentd's state: its connection and what it generated and sent.
pub fn agentd(facts: &Facts, last_keep_alive: &str) -> Value {
    let traffic = Traffic::until(facts, facts.now);
    json!({
        "status": "connected",
        "last_keepalive": last_keep_alive,
        "last_ack": last_keep_alive,
        "msg_count": traffic.events(),
        "msg_sent": traffic.events() + traffic.control(),
        "msg_buffer": 0,
        "buffer_enabled": true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(id: i64, started: i64, now: i64) -> Facts {
        Facts {
            id,
            platform: "ubuntu".into(),
            os_version: ("22".into(), "04".into()),
            manager: "wazuh-master".into(),
            group_config: Vec::new(),
            started,
            now,
        }
    }

    #[test]
    fn the_daemons_agree_on_the_event_count() {
        let facts = facts(1, 1_000_000, 1_090_000);
        let sent = remoted(&facts)["metrics"]["messages"]["received_breakdown"]["event"].clone();
        let processed = analysisd(&facts)["metrics"]["events"]["processed"].clone();
        let generated = agentd(&facts, "x")["msg_count"].clone();
        assert_eq!(sent, processed);
        assert_eq!(sent, generated);
        let files = logcollector(&facts)["global"]["files"].clone();
        let logged: u64 = files
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["events"].as_u64().unwrap())
            .sum();
        let breakdown = &analysisd(&facts)["metrics"]["events"]["received_breakdown"]
            ["decoded_breakdown"]["modules_breakdown"]["logcollector_breakdown"]["others"];
        assert_eq!(breakdown.as_u64(), Some(logged));
    }

    #[test]
    fn the_interval_is_the_difference_of_two_moments() {
        let facts = facts(3, 1_000_000, 1_000_000 + 3 * 86_400 + 30);
        let state = logcollector(&facts);
        assert_eq!(state["interval"]["end"], zulu(1_000_000 + 3 * 86_400));
        assert_eq!(
            state["interval"]["start"],
            zulu(1_000_000 + 3 * 86_400 - 60)
        );
        let global = state["global"]["files"][3]["events"].as_u64().unwrap();
        let interval = state["interval"]["files"][3]["events"].as_u64().unwrap();
        assert!(interval <= global);
    }
}
