//! One agent of the fleet in memory: typed fields, repeated texts shared ([`Name`]s from the
//! fleet's interner), dates as Unix seconds. It is a [`Record`] of the agents collection
//! ([`AGENTS`], declared here beside how an agent reads each field) and turns into the API's
//! JSON object (same keys, same order, no null fields) only when served.

use crate::api::agents::AGENT_FIELDS;
use crate::api::AgentId;
use crate::server::collection::{iso_date, Cell, Collection, Name, Record, Selected, Slot};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// The operating system of an agent (`os.*`), every field optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Os {
    /// `os.arch`.
    pub arch: Option<Name>,
    /// `os.build`.
    pub build: Option<Name>,
    /// `os.codename`.
    pub codename: Option<Name>,
    /// `os.major`.
    pub major: Option<Name>,
    /// `os.minor`.
    pub minor: Option<Name>,
    /// `os.name`.
    pub name: Option<Name>,
    /// `os.platform`.
    pub platform: Option<Name>,
    /// `os.uname` (holds the host name: not shared).
    pub uname: Option<Box<str>>,
    /// `os.version`.
    pub version: Option<Name>,
}

impl Os {
    /// Every present field with its key, in the API's key order.
    fn fields(&self) -> [(&'static str, Option<&str>); 9] {
        [
            ("arch", self.arch.as_deref()),
            ("build", self.build.as_deref()),
            ("codename", self.codename.as_deref()),
            ("major", self.major.as_deref()),
            ("minor", self.minor.as_deref()),
            ("name", self.name.as_deref()),
            ("platform", self.platform.as_deref()),
            ("uname", self.uname.as_deref()),
            ("version", self.version.as_deref()),
        ]
    }

    fn is_empty(&self) -> bool {
        self.fields().iter().all(|(_, value)| value.is_none())
    }
}

/// How an agent reads one of its fields.
type Reader = for<'a> fn(&'a Agent) -> Option<Cell<'a>>;

/// How an agent reads each field of [`AGENT_FIELDS`], in that order (the fleet's test
/// `every_field_of_a_typed_agent_reads_as_its_json` checks each against the agent's JSON).
const READERS: [Reader; AGENT_FIELDS.len()] = [
    // id
    |a| Some(Cell::Text(&a.id_text)),
    // name
    |a| Some(Cell::Text(&a.name)),
    // ip
    |a| a.ip.as_deref().map(Cell::Text),
    // status
    |a| Some(Cell::Text(&a.status)),
    // status_code
    |a| Some(Cell::Int(a.status_code)),
    // os.name
    |a| os_cell(a, |os| &os.name),
    // os.version
    |a| os_cell(a, |os| &os.version),
    // os.platform
    |a| os_cell(a, |os| &os.platform),
    // os.codename
    |a| os_cell(a, |os| &os.codename),
    // os.major
    |a| os_cell(a, |os| &os.major),
    // os.minor
    |a| os_cell(a, |os| &os.minor),
    // os.uname
    |a| a.os.as_ref()?.uname.as_deref().map(Cell::Text),
    // os.arch
    |a| os_cell(a, |os| &os.arch),
    // os.build
    |a| os_cell(a, |os| &os.build),
    // version
    |a| text_cell(&a.version),
    // manager
    |a| text_cell(&a.manager),
    // dateAdd
    |a| a.date_add.map(Cell::Date),
    // lastKeepAlive
    |a| a.last_keep_alive.map(Cell::Date),
    // group
    |a| a.groups.as_deref().map(Cell::Names),
    // mergedSum
    |a| text_cell(&a.merged_sum),
    // configSum
    |a| text_cell(&a.config_sum),
    // node_name
    |a| Some(Cell::Text(&a.node_name)),
    // registerIP
    |a| Some(Cell::Text(&a.register_ip)),
    // disconnection_time
    |a| a.disconnection_time.map(Cell::Date),
    // group_config_status
    |a| Some(Cell::Text(&a.group_config_status)),
];

/// The agents collection: every field `q`, `sort`, `select` and `search` may name.
pub const AGENTS: Collection = Collection {
    fields: AGENT_FIELDS,
    mandatory: &["id"],
    default_sort: "id",
    date_filters_skip_id: Some(AgentId::MANAGER_TEXT),
};

/// An `os.*` text of an agent.
fn os_cell(agent: &Agent, text: impl Fn(&Os) -> &Option<Name>) -> Option<Cell<'_>> {
    text_cell(text(agent.os.as_ref()?))
}

/// An agent as the server holds it in memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Agent {
    /// The numeric id (`0` is the manager).
    pub id: u32,
    /// The id as the API writes it (`"007"`).
    pub id_text: Box<str>,
    /// `name`.
    pub name: Box<str>,
    /// `ip`.
    pub ip: Option<Box<str>>,
    /// `registerIP`.
    pub register_ip: Name,
    /// `status` (`active`, `disconnected`, `never_connected`, `pending`).
    pub status: Name,
    /// `status_code`.
    pub status_code: i64,
    /// `os.*`; `None` when the agent never reported one.
    pub os: Option<Os>,
    /// `version` (`Wazuh v4.12.0`).
    pub version: Option<Name>,
    /// `manager`.
    pub manager: Option<Name>,
    /// `node_name`.
    pub node_name: Name,
    /// `dateAdd`, Unix seconds.
    pub date_add: Option<i64>,
    /// `lastKeepAlive`, Unix seconds.
    pub last_keep_alive: Option<i64>,
    /// `disconnection_time`, Unix seconds.
    pub disconnection_time: Option<i64>,
    /// `mergedSum`.
    pub merged_sum: Option<Name>,
    /// `configSum`.
    pub config_sum: Option<Name>,
    /// `group_config_status` (`synced`, `not synced`).
    pub group_config_status: Name,
    /// `group`, in membership order; `None` when the agent belongs to no group.
    pub groups: Option<Box<[Name]>>,
}

impl Agent {
    /// Whether this is the manager's own agent (`000`).
    pub fn is_manager(&self) -> bool {
        AgentId(i64::from(self.id)).is_manager()
    }

    /// The agent's groups (none when it belongs to no group).
    pub fn group_names(&self) -> &[Name] {
        self.groups.as_deref().unwrap_or_default()
    }

    /// Whether the agent belongs to this group, ignoring ASCII case.
    pub fn in_group(&self, group: &str) -> bool {
        self.group_names()
            .iter()
            .any(|name| name.eq_ignore_ascii_case(group))
    }

    /// A registered agent with this id and these groups (`None` for no group), for tests.
    #[cfg(test)]
    pub fn sample(id: u32, groups: &[&str]) -> Agent {
        Agent {
            id,
            id_text: format!("{id:03}").into(),
            name: format!("agent{id}").into(),
            ip: Some("10.0.0.1".into()),
            register_ip: "any".into(),
            status: "active".into(),
            status_code: 0,
            os: None,
            version: Some("Wazuh v4.12.0".into()),
            manager: Some("wazuh-manager".into()),
            node_name: "master-node".into(),
            date_add: Some(1_700_000_000),
            last_keep_alive: Some(1_700_000_600),
            disconnection_time: None,
            merged_sum: None,
            config_sum: None,
            group_config_status: "synced".into(),
            groups: (!groups.is_empty()).then(|| groups.iter().map(|&g| Name::from(g)).collect()),
        }
    }

    /// Every top-level field with its key, in the API's key order (`os` apart: it is nested).
    fn fields(&self) -> [(&'static str, Option<Cell<'_>>); 17] {
        [
            ("lastKeepAlive", self.last_keep_alive.map(Cell::Date)),
            (
                "disconnection_time",
                self.disconnection_time.map(Cell::Date),
            ),
            ("id", Some(Cell::Text(&self.id_text))),
            ("dateAdd", self.date_add.map(Cell::Date)),
            ("configSum", text_cell(&self.config_sum)),
            ("manager", text_cell(&self.manager)),
            ("group", self.groups.as_deref().map(Cell::Names)),
            ("registerIP", Some(Cell::Text(&self.register_ip))),
            ("ip", self.ip.as_deref().map(Cell::Text)),
            ("name", Some(Cell::Text(&self.name))),
            ("status", Some(Cell::Text(&self.status))),
            ("mergedSum", text_cell(&self.merged_sum)),
            ("version", text_cell(&self.version)),
            ("node_name", Some(Cell::Text(&self.node_name))),
            (
                "group_config_status",
                Some(Cell::Text(&self.group_config_status)),
            ),
            ("status_code", Some(Cell::Int(self.status_code))),
            ("os", None),
        ]
    }

    /// The API's JSON object of the agent.
    pub fn json(&self) -> Value {
        let mut agent = Map::with_capacity(18);
        if let Some(os) = self.os.as_ref().filter(|os| !os.is_empty()) {
            let fields = os.fields();
            let present = fields
                .iter()
                .filter_map(|(key, value)| Some((*key, (*value)?)));
            let os: Map<String, Value> = present
                .map(|(key, value)| (key.to_string(), Value::from(value)))
                .collect();
            agent.insert("os".into(), Value::Object(os));
        }
        for (key, cell) in self.fields() {
            if let Some(value) = cell.and_then(cell_json) {
                agent.insert(key.into(), value);
            }
        }
        Value::Object(agent)
    }
}

/// The cell of an optional text.
fn text_cell(value: &Option<Name>) -> Option<Cell<'_>> {
    value.as_deref().map(Cell::Text)
}

/// The JSON value a cell stands for (`None` for a date that cannot be written).
fn cell_json(cell: Cell<'_>) -> Option<Value> {
    match cell {
        Cell::Text(text) => Some(Value::from(text)),
        Cell::Int(number) => Some(Value::from(number)),
        Cell::Date(seconds) => iso_date(seconds).map(|date| Value::String(date.to_string())),
        Cell::Names(names) => Some(names.iter().map(|name| Value::from(&**name)).collect()),
        Cell::Json(value) => Some(value.clone()),
    }
}

impl Record for Agent {
    fn cell(&self, path: &str) -> Option<Cell<'_>> {
        let index = AGENT_FIELDS.iter().position(|field| field.name == path)?;
        READERS[index](self)
    }

    fn cell_at(&self, slot: &Slot) -> Option<Cell<'_>> {
        match slot.index {
            Some(index) if AGENT_FIELDS.get(index) == Some(&slot.field) => READERS[index](self),
            _ => self.cell(slot.field.name),
        }
    }

    fn id_text(&self) -> Option<&str> {
        Some(&self.id_text)
    }

    fn any_value(&self, found: &mut dyn FnMut(Cell<'_>) -> bool) -> bool {
        let os = self.os.as_ref().map(Os::fields).unwrap_or_default();
        let os_texts = os.iter().filter_map(|(_, value)| value.map(Cell::Text));
        let fields = self.fields();
        let top = fields.iter().filter_map(|(_, cell)| *cell);
        os_texts.chain(top).any(|cell| match cell {
            Cell::Names(names) => names.iter().any(|name| found(Cell::Text(name))),
            cell => found(cell),
        })
    }

    fn to_json(&self) -> Cow<'_, Value> {
        Cow::Owned(self.json())
    }

    /// Writes the fields straight out, as [`Agent::json`] would show them (no JSON tree).
    fn serialize_selected<S: Serializer>(
        &self,
        selection: Option<&dyn Selected>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some((os, keep)) = self.os.as_ref().zip(kept(selection, "os")) {
            let os = OsJson {
                fields: os.fields(),
                keep,
            };
            if os.shown().next().is_some() {
                map.serialize_entry("os", &os)?;
            }
        }
        for (key, cell) in self.fields() {
            let whole = kept(selection, key).is_some_and(|keep| keep.is_none());
            if let Some(cell) = cell.filter(|cell| whole && writable(cell)) {
                map.serialize_entry(key, &CellJson(cell))?;
            }
        }
        map.end()
    }
}

/// What `selection` keeps under `key`: `None` when nothing, `Some(None)` when everything,
/// `Some(Some(part))` when a part.
fn kept<'s>(selection: Option<&'s dyn Selected>, key: &str) -> Option<Option<&'s dyn Selected>> {
    let Some(selection) = selection else {
        return Some(None);
    };
    let child = selection.child(key)?;
    Some((!child.whole()).then_some(child))
}

/// Whether a cell has a JSON value (every cell but a date out of the calendar's range).
fn writable(cell: &Cell<'_>) -> bool {
    match cell {
        Cell::Date(seconds) => chrono::DateTime::from_timestamp(*seconds, 0).is_some(),
        _ => true,
    }
}

/// The `os` object of an agent as written out: its present fields the selection keeps.
struct OsJson<'a> {
    fields: [(&'static str, Option<&'a str>); 9],
    /// The part of `os` kept; `None` for all of it.
    keep: Option<&'a dyn Selected>,
}

impl OsJson<'_> {
    fn shown(&self) -> impl Iterator<Item = (&'static str, &str)> {
        let present = self
            .fields
            .iter()
            .filter_map(|(key, text)| Some((*key, (*text)?)));
        present.filter(|(key, _)| kept(self.keep, key).is_some_and(|keep| keep.is_none()))
    }
}

impl Serialize for OsJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (key, text) in self.shown() {
            map.serialize_entry(key, text)?;
        }
        map.end()
    }
}

/// A cell written as the JSON value it stands for (dates that cannot be written as null).
struct CellJson<'v>(Cell<'v>);

impl Serialize for CellJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Cell::Text(text) => serializer.serialize_str(text),
            Cell::Int(number) => serializer.serialize_i64(number),
            Cell::Date(seconds) => iso_date(seconds).serialize(serializer),
            Cell::Names(names) => {
                let mut seq = serializer.serialize_seq(Some(names.len()))?;
                for name in names {
                    seq.serialize_element(&**name)?;
                }
                seq.end()
            }
            Cell::Json(value) => value.serialize(serializer),
        }
    }
}
