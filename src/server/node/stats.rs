//! The node's statistics, counted as the server works and shown as a manager's daemons
//! report theirs. Counters live in memory as atomics, bumped without a lock on every request:
//! the API requests answered (what the lab's database — its SQLite store and snapshots,
//! playing wazuh-db — was queried for) and the events `POST /events` accepted, with their
//! bytes. Events are also added up per hour: the current day's hours in memory, written
//! through to `stats/totals/<year>/<Mon>/ossec-totals-<DD>.log` in Wazuh's format (one
//! `hour--alerts--events--syscheck--firewall` line per hour), so they survive a restart;
//! the hourly and weekly averages are computed from those files.
//!
//! Accepted events are also processed by the analysis engine: the alerts it writes are
//! counted (analysisd's `alerts_written`) and added to the hour's totals (`totalAlerts`, and a
//! `sigid-level-times` line per rule). The lab's agents send no traffic of their own, so
//! remoted counts no message or byte; its sessions are the agents connected.
//!
//! Imports nothing from the crate.

use chrono::{DateTime, Datelike, NaiveDate, SecondsFormat, Timelike, Utc};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Where the totals live, under the installation directory.
const TOTALS: &str = "stats/totals";

/// The month directories of the totals, as Wazuh names them.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The days of the weekly averages, in Wazuh's order.
const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/// The size of each analysisd queue.
const ANALYSISD_QUEUE: u64 = 16384;

/// The size of remoted's queue of received messages.
const REMOTED_QUEUE: u64 = 131072;

/// The analysisd queues, as its statistics name them.
const ANALYSISD_QUEUES: [&str; 15] = [
    "alerts",
    "archives",
    "dbsync",
    "eventchannel",
    "firewall",
    "fts",
    "hostinfo",
    "others",
    "processed",
    "rootcheck",
    "sca",
    "stats",
    "syscheck",
    "syscollector",
    "upgrade",
];

/// The modules whose events analysisd counts apart.
const MODULES: [&str; 16] = [
    "aws",
    "azure",
    "ciscat",
    "command",
    "docker",
    "gcp",
    "github",
    "office365",
    "ms-graph",
    "oscap",
    "osquery",
    "rootcheck",
    "sca",
    "syscheck",
    "syscollector",
    "upgrade",
];

/// What one hour of the totals adds up to.
#[derive(Debug, Clone, Default, PartialEq)]
struct Hour {
    /// `sigid-level-times` of each rule that fired.
    alerts: Vec<[u64; 3]>,
    total_alerts: u64,
    events: u64,
    syscheck: u64,
    firewall: u64,
}

impl Hour {
    /// Adds alerts (rule id and level of each) to the hour's totals.
    fn count_alerts(&mut self, alerts: &[(u32, u8)]) {
        self.total_alerts += alerts.len() as u64;
        for (sigid, level) in alerts {
            let (sigid, level) = (u64::from(*sigid), u64::from(*level));
            match self
                .alerts
                .iter_mut()
                .find(|[s, l, _]| *s == sigid && *l == level)
            {
                Some([_, _, times]) => *times += 1,
                None => self.alerts.push([sigid, level, 1]),
            }
        }
    }
}

/// The totals of one day, by hour.
#[derive(Debug, Clone, PartialEq)]
struct Day {
    date: NaiveDate,
    hours: BTreeMap<u32, Hour>,
}

/// The node's statistics.
#[derive(Debug)]
pub struct Stats {
    root: PathBuf,
    started: DateTime<Utc>,
    requests: AtomicU64,
    events: AtomicU64,
    event_bytes: AtomicU64,
    alerts: AtomicU64,
    today: Mutex<Day>,
}

impl Stats {
    /// The statistics of the node installed in `root`, starting now; today's totals read back
    /// from its file. Blocking.
    pub fn load(root: &Path) -> Stats {
        let now = Utc::now();
        let date = now.date_naive();
        let hours = read_totals(&totals_path(root, date)).unwrap_or_default();
        Stats {
            root: root.to_path_buf(),
            started: now,
            requests: AtomicU64::new(0),
            events: AtomicU64::new(0),
            event_bytes: AtomicU64::new(0),
            alerts: AtomicU64::new(0),
            today: Mutex::new(Day { date, hours }),
        }
    }

    /// Counts one API request answered.
    pub fn count_request(&self) {
        self.requests.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts accepted events (`bytes` long in all) and the alerts they raised (rule id and
    /// level of each) in this hour's totals and writes the day's file; a failure to write it
    /// is reported on the server's output, never to the request. Blocking.
    pub fn count_events(&self, events: u64, bytes: u64, alerts: &[(u32, u8)]) {
        self.events.fetch_add(events, Ordering::Relaxed);
        self.event_bytes.fetch_add(bytes, Ordering::Relaxed);
        self.alerts
            .fetch_add(alerts.len() as u64, Ordering::Relaxed);
        let now = Utc::now();
        let mut today = self.today.lock().unwrap_or_else(|p| p.into_inner());
        if today.date != now.date_naive() {
            let date = now.date_naive();
            let hours = read_totals(&totals_path(&self.root, date)).unwrap_or_default();
            *today = Day { date, hours };
        }
        let hour = today.hours.entry(now.hour()).or_default();
        hour.events += events;
        hour.count_alerts(alerts);
        let path = totals_path(&self.root, today.date);
        if let Err(err) = write_totals(&path, &today.hours) {
            tracing::warn!("cannot write {}: {err}", path.display());
        }
    }

    /// The totals of `date`, one item per hour with any, as `GET /manager/stats` shows them;
    /// `Err(path)` when the day has no totals file. Blocking for another day than today.
    pub fn totals(&self, date: NaiveDate) -> Result<Vec<Value>, PathBuf> {
        let path = totals_path(&self.root, date);
        let today = self.today.lock().unwrap_or_else(|p| p.into_inner()).clone();
        let hours = match today.date == date && !today.hours.is_empty() {
            true => today.hours,
            false => read_totals(&path).map_err(|_| path)?,
        };
        Ok(hours
            .iter()
            .map(|(hour, totals)| hour_json(*hour, totals))
            .collect())
    }

    /// The events of each hour of the day averaged over the days with totals, and how many
    /// days that is, as `GET /manager/stats/hourly` shows them. Blocking.
    pub fn hourly(&self) -> Value {
        let days = self.days();
        averages(days.iter().map(|(_, hours)| hours), "averages")
    }

    /// [`Stats::hourly`] for each day of the week, Sunday first, as
    /// `GET /manager/stats/weekly` shows them. Blocking.
    pub fn weekly(&self) -> Vec<Value> {
        let days = self.days();
        DAYS.iter()
            .enumerate()
            .map(|(index, name)| {
                let of_day = days
                    .iter()
                    .filter(|(date, _)| date.weekday().num_days_from_sunday() as usize == index);
                json!({ *name: averages(of_day.map(|(_, hours)| hours), "hours") })
            })
            .collect()
    }

    /// Every day with a totals file, with its totals.
    fn days(&self) -> Vec<(NaiveDate, BTreeMap<u32, Hour>)> {
        let mut days = Vec::new();
        let years = read_dir_names(&self.root.join(TOTALS));
        for year in years {
            let Ok(year_number) = year.parse::<i32>() else {
                continue;
            };
            let year_dir = self.root.join(TOTALS).join(&year);
            for (month_index, month) in MONTHS.iter().enumerate() {
                for file in read_dir_names(&year_dir.join(month)) {
                    let day = file
                        .strip_prefix("ossec-totals-")
                        .and_then(|rest| rest.strip_suffix(".log"))
                        .and_then(|day| day.parse::<u32>().ok());
                    let month_number = month_index as u32 + 1;
                    let date =
                        day.and_then(|day| NaiveDate::from_ymd_opt(year_number, month_number, day));
                    let path = year_dir.join(month).join(&file);
                    if let (Some(date), Ok(hours)) = (date, read_totals(&path)) {
                        days.push((date, hours));
                    }
                }
            }
        }
        days
    }

    /// The statistics of wazuh-analysisd (`GET /manager/daemons/stats`).
    pub fn analysisd(&self) -> Value {
        let (events, bytes) = (self.events(), self.event_bytes());
        let queues: Map<String, Value> = ANALYSISD_QUEUES
            .iter()
            .map(|queue| {
                (
                    queue.to_string(),
                    json!({"size": ANALYSISD_QUEUE, "usage": 0}),
                )
            })
            .collect();
        let metrics = json!({
            "bytes": {"received": bytes},
            "events": {
                "processed": events,
                "received": events,
                "received_breakdown": {
                    "decoded_breakdown": breakdown(),
                    "dropped_breakdown": breakdown(),
                },
                "written_breakdown": {"alerts": self.alerts(), "archives": 0, "firewall": 0, "fts": 0, "stats": 0},
            },
            "queues": queues,
        });
        self.daemon("wazuh-analysisd", metrics)
    }

    /// The statistics of wazuh-remoted with `connected` agents (`GET /manager/daemons/stats`).
    pub fn remoted(&self, connected: u64) -> Value {
        let metrics = json!({
            "bytes": {"received": 0, "sent": 0},
            "keys_reload_count": 0,
            "messages": {
                "received_breakdown": {
                    "control": 0,
                    "control_breakdown": {"keepalive": 0, "request": 0, "shutdown": 0, "startup": 0},
                    "dequeued_after": 0,
                    "discarded": 0,
                    "event": 0,
                    "ping": 0,
                    "unknown": 0,
                },
                "sent_breakdown": {"ack": 0, "ar": 0, "discarded": 0, "request": 0, "sca": 0, "shared": 0},
            },
            "queues": {"received": {"size": REMOTED_QUEUE, "usage": 0}},
            "tcp_sessions": connected,
        });
        self.daemon("wazuh-remoted", metrics)
    }

    /// The statistics of wazuh-db: the API requests answered (`GET /manager/daemons/stats`).
    pub fn wazuh_db(&self) -> Value {
        let metrics = json!({"queries": {"received": self.requests()}});
        self.daemon("wazuh-db", metrics)
    }

    /// analysisd's counters in the flat form of `GET /manager/stats/analysisd`.
    pub fn analysisd_state(&self) -> Value {
        let mut state = Map::new();
        let counts = [
            ("total_events_decoded", 0),
            ("syscheck_events_decoded", 0),
            ("syscollector_events_decoded", 0),
            ("rootcheck_events_decoded", 0),
            ("sca_events_decoded", 0),
            ("winevt_events_decoded", 0),
            ("dbsync_messages_dispatched", 0),
            ("other_events_decoded", 0),
            ("events_processed", self.events()),
            ("events_received", self.events()),
            ("events_dropped", 0),
            ("alerts_written", self.alerts()),
            ("firewall_written", 0),
            ("fts_written", 0),
        ];
        for (name, count) in counts {
            state.insert(name.to_string(), Value::from(count as f64));
        }
        let queues = [
            "syscheck",
            "syscollector",
            "rootcheck",
            "sca",
            "hostinfo",
            "winevt",
            "dbsync",
            "upgrade",
            "event",
            "rule_matching",
            "alerts",
            "firewall",
            "statistical",
            "archives",
        ];
        for queue in queues {
            state.insert(format!("{queue}_queue_usage"), Value::from(0.0));
            state.insert(
                format!("{queue}_queue_size"),
                Value::from(ANALYSISD_QUEUE as f64),
            );
        }
        Value::Object(state)
    }

    /// remoted's counters with `connected` agents, in the flat form of
    /// `GET /manager/stats/remoted`.
    pub fn remoted_state(&self, connected: u64) -> Value {
        json!({
            "queue_size": 0.0,
            "total_queue_size": REMOTED_QUEUE as f64,
            "tcp_sessions": connected as f64,
            "evt_count": 0.0,
            "ctrl_msg_count": 0.0,
            "discarded_count": 0.0,
            "sent_bytes": 0.0,
            "recv_bytes": 0.0,
            "dequeued_after_close": 0.0,
        })
    }

    /// One daemon's item: its uptime, the time of the reading, its name and metrics.
    fn daemon(&self, name: &str, metrics: Value) -> Value {
        json!({
            "uptime": self.started.to_rfc3339_opts(SecondsFormat::Secs, false),
            "timestamp": Utc::now().to_rfc3339_opts(SecondsFormat::Secs, false),
            "name": name,
            "metrics": metrics,
        })
    }

    fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    fn events(&self) -> u64 {
        self.events.load(Ordering::Relaxed)
    }

    fn alerts(&self) -> u64 {
        self.alerts.load(Ordering::Relaxed)
    }

    fn event_bytes(&self) -> u64 {
        self.event_bytes.load(Ordering::Relaxed)
    }
}

/// The path of a day's totals file.
fn totals_path(root: &Path, date: NaiveDate) -> PathBuf {
    let month = MONTHS[date.month0() as usize];
    root.join(TOTALS)
        .join(date.year().to_string())
        .join(month)
        .join(format!("ossec-totals-{:02}.log", date.day()))
}

/// A totals file in Wazuh's format: `hour-sigid-level-times` lines for the rules that fired
/// in an hour, then its `hour--alerts--events--syscheck--firewall` line. Lines of neither
/// form are skipped.
fn read_totals(path: &Path) -> io::Result<BTreeMap<u32, Hour>> {
    let text = fs::read_to_string(path)?;
    let mut hours = BTreeMap::new();
    let mut alerts = Vec::new();
    for line in text.lines() {
        let numbers = |separator: &str| -> Option<Vec<u64>> {
            line.trim()
                .split(separator)
                .map(|n| n.parse().ok())
                .collect()
        };
        if let Some([_, sigid, level, times]) = numbers("-").as_deref() {
            alerts.push([*sigid, *level, *times]);
        } else if let Some([hour, total_alerts, events, syscheck, firewall]) =
            numbers("--").as_deref()
        {
            let totals = Hour {
                alerts: std::mem::take(&mut alerts),
                total_alerts: *total_alerts,
                events: *events,
                syscheck: *syscheck,
                firewall: *firewall,
            };
            hours.insert(u32::try_from(*hour).unwrap_or(u32::MAX), totals);
        }
    }
    Ok(hours)
}

/// Writes a day's totals in Wazuh's format (through a temporary file, so a reader never sees
/// half of it).
fn write_totals(path: &Path, hours: &BTreeMap<u32, Hour>) -> io::Result<()> {
    let mut text = String::new();
    for (hour, totals) in hours {
        for [sigid, level, times] in &totals.alerts {
            text.push_str(&format!("{hour}-{sigid}-{level}-{times}\n"));
        }
        text.push_str(&format!(
            "{hour}--{}--{}--{}--{}\n",
            totals.total_alerts, totals.events, totals.syscheck, totals.firewall
        ));
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let temporary = path.with_extension("log.tmp");
    fs::write(&temporary, text)?;
    fs::rename(temporary, path)
}

/// One hour of the totals as `GET /manager/stats` shows it.
fn hour_json(hour: u32, totals: &Hour) -> Value {
    let alerts: Vec<Value> = totals
        .alerts
        .iter()
        .map(|[sigid, level, times]| json!({"sigid": sigid, "level": level, "times": times}))
        .collect();
    json!({
        "hour": hour,
        "alerts": alerts,
        "totalAlerts": totals.total_alerts,
        "events": totals.events,
        "syscheck": totals.syscheck,
        "firewall": totals.firewall,
    })
}

/// The events of each hour averaged over some days (whole numbers, as Wazuh keeps them),
/// and how many days: `{key: [24 numbers], "interactions": days}` (Wazuh names the numbers
/// `averages` in the hourly answer and `hours` in each day of the weekly one).
fn averages<'a>(days: impl Iterator<Item = &'a BTreeMap<u32, Hour>>, key: &str) -> Value {
    let mut sums = [0u64; 24];
    let mut count = 0u64;
    for hours in days {
        count += 1;
        for (hour, totals) in hours {
            if let Some(sum) = sums.get_mut(*hour as usize) {
                *sum += totals.events;
            }
        }
    }
    let averages: Vec<u64> = sums
        .iter()
        .map(|sum| sum.checked_div(count).unwrap_or(0))
        .collect();
    json!({ key: averages, "interactions": count })
}

/// The events analysisd counts per origin, all 0: the lab decodes nothing yet.
fn breakdown() -> Value {
    let modules: Map<String, Value> = MODULES
        .iter()
        .map(|module| (module.to_string(), Value::from(0)))
        .collect();
    let mut modules = modules;
    modules.insert(
        "logcollector_breakdown".into(),
        json!({"eventchannel": 0, "eventlog": 0, "macos": 0, "others": 0}),
    );
    json!({
        "agent": 0,
        "agentless": 0,
        "dbsync": 0,
        "integrations_breakdown": {"virustotal": 0},
        "modules_breakdown": modules,
        "monitor": 0,
        "remote": 0,
        "syslog": 0,
    })
}

/// The names in a directory (none when it cannot be read), sorted.
fn read_dir_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_add_up_per_hour_in_wazuhs_totals_file_and_survive_a_reload() {
        let dir = tempfile::tempdir().unwrap();
        let stats = Stats::load(dir.path());
        let today = Utc::now().date_naive();
        assert_eq!(stats.totals(today), Err(totals_path(dir.path(), today)));
        stats.count_events(3, 30, &[(5712, 12), (5701, 3)]);
        stats.count_events(2, 20, &[(5712, 12)]);
        let hours = stats.totals(today).unwrap();
        assert_eq!(hours.len(), 1);
        assert_eq!(hours[0]["events"], 5);
        assert_eq!(hours[0]["totalAlerts"], 3);
        assert_eq!(
            hours[0]["alerts"],
            json!([{"sigid": 5712, "level": 12, "times": 2}, {"sigid": 5701, "level": 3, "times": 1}])
        );
        let file = fs::read_to_string(totals_path(dir.path(), today)).unwrap();
        let hour = Utc::now().hour();
        assert_eq!(
            file,
            format!("{hour}-5712-12-2\n{hour}-5701-3-1\n{hour}--3--5--0--0\n")
        );
        let reloaded = Stats::load(dir.path());
        assert_eq!(reloaded.totals(today).unwrap(), hours);
        assert_eq!(
            reloaded.analysisd()["metrics"]["events"]["received"],
            0,
            "counters restart"
        );
        assert_eq!(stats.analysisd()["metrics"]["bytes"]["received"], 50);
        let written = &stats.analysisd()["metrics"]["events"]["written_breakdown"];
        assert_eq!(written["alerts"], 3);
        assert_eq!(stats.analysisd_state()["alerts_written"], 3.0);
        assert_eq!(stats.analysisd_state()["events_processed"], 5.0);
    }

    #[test]
    fn averages_divide_each_hour_by_the_days_with_totals() {
        let dir = tempfile::tempdir().unwrap();
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let tuesday = monday.succ_opt().unwrap();
        let line = |events| {
            let mut hours = BTreeMap::new();
            hours.insert(
                7,
                Hour {
                    events,
                    ..Hour::default()
                },
            );
            hours
        };
        write_totals(&totals_path(dir.path(), monday), &line(10)).unwrap();
        write_totals(&totals_path(dir.path(), tuesday), &line(5)).unwrap();
        let stats = Stats::load(dir.path());
        let hourly = stats.hourly();
        assert_eq!(hourly["interactions"], 2);
        assert_eq!(hourly["averages"][7], 7);
        assert_eq!(hourly["averages"].as_array().unwrap().len(), 24);
        let weekly = stats.weekly();
        assert_eq!(weekly[1]["Mon"]["hours"][7], 10);
        assert_eq!(weekly[2]["Tue"]["interactions"], 1);
        assert_eq!(weekly[0]["Sun"]["interactions"], 0);
    }

    #[test]
    fn wazuhs_own_totals_files_read_with_their_alerts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("totals.log");
        fs::write(
            &path,
            "15-5303-3-1\n15-221-0-653\n15--654--4387--0--0\n\n16--1--2--3--4\n",
        )
        .unwrap();
        let hours = read_totals(&path).unwrap();
        assert_eq!(hours[&15].alerts, vec![[5303, 3, 1], [221, 0, 653]]);
        assert_eq!(hours[&16].alerts, Vec::<[u64; 3]>::new());
        assert_eq!(hours[&16].firewall, 4);
        assert_eq!(
            hour_json(15, &hours[&15])["alerts"][1],
            json!({"sigid": 221, "level": 0, "times": 653})
        );
    }
}
