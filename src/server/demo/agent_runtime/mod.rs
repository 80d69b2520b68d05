//! What a running agent reports about itself, computed rather than stored: its active
//! configuration sections ([`config`]) and the counters its daemons and the manager's daemons
//! keep about it ([`stats`]). Everything derives from the agent's record (OS, name, manager,
//! groups' `agent.conf` blocks that apply to it) and from when it last started, through a
//! generator seeded by the agent id: the same agent gives the same answer, two agents differ,
//! and counters grow with the time since the last (re)start.
//!
//! Plain data, no storage and no HTTP: the routes gather the facts. Imports nothing internal
//! beyond the demo's generator.

pub mod config;
pub mod manager;
pub mod stats;

use super::rng::{key_of, Rng};
use serde_json::{Map, Value};

/// The operating-system family an agent's defaults depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Linux and other Unix-likes.
    Linux,
    /// Windows.
    Windows,
    /// macOS.
    Macos,
}

impl Family {
    /// The family of an `os.platform` value (`ubuntu`, `windows`, `darwin`, ...).
    pub fn of_platform(platform: &str) -> Family {
        match platform {
            "windows" => Family::Windows,
            "darwin" => Family::Macos,
            _ => Family::Linux,
        }
    }

    /// Where the agent is installed.
    fn home(self) -> &'static str {
        match self {
            Family::Linux => "/var/ossec",
            Family::Windows => "C:\\Program Files (x86)\\ossec-agent",
            Family::Macos => "/Library/Ossec",
        }
    }
}

/// The facts about one agent (or the manager) its runtime views are computed from.
#[derive(Debug, Clone)]
pub struct Facts {
    /// Numeric agent id (`0` is the manager).
    pub id: i64,
    /// `os.platform` (empty when unknown).
    pub platform: String,
    /// `os.major`, `os.minor` (empty when unknown).
    pub os_version: (String, String),
    /// The manager host the agent reports to.
    pub manager: String,
    /// The `config` objects of the group `agent.conf` blocks that apply to the agent, in the
    /// order the agent reads them (groups in assignment order, blocks in file order).
    pub group_config: Vec<Map<String, Value>>,
    /// When the agent last started (unix seconds): its last restart, else its registration.
    pub started: i64,
    /// The time of the answer (unix seconds).
    pub now: i64,
}

impl Facts {
    /// The agent's OS family.
    pub fn family(&self) -> Family {
        Family::of_platform(&self.platform)
    }

    /// Seconds the agent has been running (never negative).
    pub fn uptime(&self) -> i64 {
        (self.now - self.started).max(0)
    }

    /// A generator for one purpose, seeded by the agent id and the purpose only.
    fn rng(&self, purpose: &str) -> Rng {
        Rng::keyed(key_of(purpose) ^ (self.id as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    /// Every value the applicable group blocks give to `section`, in reading order.
    fn group_sections<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
        self.group_config
            .iter()
            .filter_map(move |block| block.get(section))
    }
}

/// A JSON value as a list of its items (a single object or string is a list of one).
fn items(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    }
}

/// The text of a leaf (`"x"`) or of an element with attributes (`{"item": "x"}`).
fn text(value: &Value) -> Option<&str> {
    match value {
        Value::String(text) => Some(text),
        Value::Object(map) => map.get("item").and_then(Value::as_str),
        _ => None,
    }
}

/// An attribute or child of an element given as an object.
fn field<'a>(value: &'a Value, name: &str) -> Option<&'a str> {
    value.get(name).and_then(text)
}
