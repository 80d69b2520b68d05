//! Rule matching, the third phase: rules compiled once into a tree (the first of `if_sid`,
//! `if_level` and `if_group` a rule has makes it a child of the rules it names;
//! `if_matched_sid` / `if_matched_group` a child of that rule or group when it has neither
//! `if_sid` nor `if_group`; a rule with none of them and no `<category>` hangs from the first
//! `<category>syslog` rule), then each decoded event tried as analysisd does: the first root
//! rule whose conditions hold, then recursively its first child whose conditions hold; the
//! deepest rule reached fires. Siblings are tried as analysisd orders them: the higher level
//! first, file order among equal levels.
//!
//! Conditions: `decoded_as`, `match`, `regex`, `program_name` and `hostname` (the header's),
//! `location`, `<field name=...>`, `user` (the decoded `dstuser` or `user`, else `srcuser`) and
//! the other static fields (`url`, `id`, `action`, `status`, `srcport`, `dstport`, ... as
//! OS_Match on the decoded field); `negate="yes"` inverts a pattern's answer on a value that is
//! there. `<time>` and `<weekday>` test the event's arrival time, in UTC (the `calendar`
//! module). `srcip` and `dstip` take an address or a CIDR network, `!` before it to negate.
//! `<list field lookup check_value>` looks the field up in a CDB list of [`Lists`] (the
//! `address_*` lookups also match a key ending in `.` as a prefix). `overwrite="yes"` replaces
//! the rule of the same id in place. The description takes `$(field)` from the decoded fields.
//!
//! Stateful options (`if_matched_sid`, `if_matched_group`, `frequency`, `timeframe`, the
//! `same_*` / `different_*` family, `ignore`) look back on a [`Memory`] the caller keeps per
//! session or stream (see [`super::memory`]). Not evaluated: `if_matched_regex`, `check_diff`
//! and `if_fts`; a rule with one of them never fires, and [`Rules::unsupported`] names it.

mod compile;
mod conditions;
#[cfg(test)]
mod tests;

use compile::{compile_one, split};
use conditions::{substitute, Network};

use super::calendar::{TimeWindow, Weekdays};
use super::decoder::Decoded;
use super::memory::{Context, Current, Memory, Remembered, Source};
use super::pattern::Pattern;
use super::predecoder::Predecoded;
use crate::server::xml::Element;
use std::collections::HashMap;
use std::sync::Arc;

/// The CDB lists rules can look up, by the path rules name them with (`etc/lists/bad-ips`).
pub type Lists = HashMap<String, Arc<HashMap<String, String>>>;

/// Options a rule can have that are not evaluated yet.
const UNSUPPORTED: &[&str] = &["if_matched_regex", "check_diff", "if_fts"];

/// Decoded fields a rule can test with an element of the same name.
const STATIC_FIELDS: &[&str] = &[
    "srcuser",
    "dstuser",
    "url",
    "id",
    "action",
    "status",
    "srcport",
    "dstport",
    "protocol",
    "system_name",
    "extra_data",
    "data",
];

#[derive(Debug, Clone)]
enum Condition {
    List(String, Lookup, Arc<HashMap<String, String>>),
    Address(&'static str, Network, bool),
    Category(String),
    DecodedAs(String),
    /// A pattern on part of the event; `true` when negated (`negate="yes"`).
    Text(Subject, Pattern, bool),
    /// `<time>` and `<weekday>`: when the event arrived.
    Time(TimeWindow),
    Weekday(Weekdays),
}

/// The part of an event a pattern condition tests.
#[derive(Debug, Clone)]
enum Subject {
    /// `match`, `regex`: the message after the header.
    Log,
    /// `program_name`, `hostname`: the pre-decoded header fields.
    ProgramName,
    Hostname,
    /// `location`: where the event came from.
    Location,
    /// `user`: the decoded `dstuser` (or `user`), else `srcuser`, as analysisd takes it.
    User,
    /// `<field name>` and the other static fields: a decoded field.
    Field(String),
}

/// How a `<list>` condition looks its field up.
#[derive(Debug, Clone)]
struct Lookup {
    address: bool,
    negate: bool,
    value: Option<Pattern>,
}

#[derive(Debug, Clone)]
struct Rule {
    id: u32,
    level: u8,
    conditions: Vec<Condition>,
    if_sid: Vec<u32>,
    if_group: Option<String>,
    if_level: Option<u32>,
    groups: Vec<String>,
    description: String,
    mitre: Vec<String>,
    unsupported: Option<String>,
    children: Vec<usize>,
    /// The groups comma-separated, what `if_matched_group` patterns match.
    group_text: Arc<str>,
    context: Option<Context>,
    /// Seconds the rule stays silent after an alerting firing.
    ignore: Option<i64>,
    /// Whether an `if_matched_sid` rule names it, so its events are remembered.
    sid_target: bool,
    /// Whether an `if_matched_group` pattern matches its groups, so its events are remembered.
    group_target: bool,
}

/// The compiled rule tree.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    rules: Vec<Rule>,
    roots: Vec<usize>,
    /// The largest timeframe of a stateful rule: how long a [`Memory`] keeps events.
    horizon: i64,
}

/// The rule that fired for an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fired {
    /// The rule id.
    pub id: u32,
    /// Its level.
    pub level: u8,
    /// Its description, `$(field)` substituted.
    pub description: String,
    /// Its groups, the enclosing `<group name>` first.
    pub groups: Vec<String>,
    /// Its MITRE technique ids.
    pub mitre: Vec<String>,
    /// How many times it fired in this memory's stream, this time included.
    pub firedtimes: u64,
    /// Level 0, or inside its `ignore` window: no alert whatever the alert level, and the event
    /// is not remembered for stateful rules.
    pub silenced: bool,
}

impl Rules {
    /// Compiles the `<group>` elements of every rule file, in load order.
    pub fn compile<'e>(
        elements: impl IntoIterator<Item = &'e Element>,
        lists: &Lists,
    ) -> Result<Self, String> {
        let mut rules: Vec<Rule> = Vec::new();
        for group in elements
            .into_iter()
            .filter(|e| e.name.eq_ignore_ascii_case("group"))
        {
            let names = split(group.attribute("name").unwrap_or_default());
            for element in group
                .children
                .iter()
                .filter(|e| e.name.eq_ignore_ascii_case("rule"))
            {
                let rule = compile_one(element, &names, lists)?;
                let overwrite = element.attribute("overwrite") == Some("yes");
                match rules.iter().position(|r| r.id == rule.id) {
                    Some(at) if overwrite => rules[at] = rule,
                    Some(_) => return Err(format!("rule {}: duplicate id", rule.id)),
                    None => rules.push(rule),
                }
            }
        }
        link(rules)
    }

    /// The rules that never fire because of options not evaluated yet, with the option.
    pub fn unsupported(&self) -> impl Iterator<Item = (u32, &str)> {
        self.rules
            .iter()
            .filter_map(|r| Some((r.id, r.unsupported.as_deref()?)))
    }

    /// The rule that fires for a decoded event arriving at `now` (seconds), if any; stateful
    /// rules look back on `memory`, which keeps the event when a stateful rule may need it.
    pub fn evaluate(
        &self,
        event: &Predecoded,
        decoded: Option<&Decoded>,
        memory: &mut Memory,
        now: i64,
    ) -> Option<Fired> {
        memory.forget(now, self.horizon);
        let probe = Probe {
            event,
            decoded,
            now,
        };
        let mut matched = 0;
        let at = self
            .roots
            .iter()
            .find_map(|&i| self.descend(i, &probe, memory, &mut matched))?;
        let rule = &self.rules[at];
        let firedtimes = memory.fire(rule.id);
        let silenced = rule.level == 0
            || rule
                .ignore
                .is_some_and(|s| memory.silenced(rule.id, s, now));
        let fields = probe.current().fields;
        if !silenced && (rule.sid_target || rule.group_target) {
            memory.remember(Remembered {
                time: now,
                sid: rule.id,
                groups: Arc::clone(&rule.group_text),
                in_groups: !rule.sid_target,
                matched,
                location: event.location.map(str::to_owned),
                fields: fields.to_vec(),
            });
        }
        Some(Fired {
            id: rule.id,
            level: rule.level,
            description: substitute(&rule.description, fields),
            groups: rule.groups.clone(),
            mitre: rule.mitre.clone(),
            firedtimes,
            silenced,
        })
    }

    /// The deepest rule from `i` down whose conditions (and look-back) hold; `matched` takes
    /// the level of each stateful rule whose look-back held.
    fn descend(
        &self,
        i: usize,
        probe: &Probe,
        memory: &mut Memory,
        matched: &mut u8,
    ) -> Option<usize> {
        let rule = &self.rules[i];
        rule.holds(probe.event, probe.decoded, probe.now)
            .then_some(())?;
        if let Some(context) = &rule.context {
            let current = probe.current();
            memory
                .search(context, rule.level, current, probe.now)
                .then_some(())?;
            *matched = rule.level;
        }
        let child = rule
            .children
            .iter()
            .find_map(|&c| self.descend(c, probe, memory, matched));
        Some(child.unwrap_or(i))
    }
}

/// The event being matched and when it arrived.
struct Probe<'p, 'e> {
    event: &'p Predecoded<'e>,
    decoded: Option<&'p Decoded>,
    now: i64,
}

impl Probe<'_, '_> {
    fn current(&self) -> Current<'_> {
        Current {
            location: self.event.location,
            fields: self.decoded.map_or(&[][..], |d| d.fields.as_slice()),
        }
    }
}

/// Orders sibling rules as analysisd inserts them: the higher level first, load order among
/// equal levels (so a level 12 child is tried before a level 3 one written above it).
fn by_level(siblings: &mut [usize], rules: &[Rule]) {
    siblings.sort_by_key(|&i| std::cmp::Reverse(rules[i].level));
}

/// Links each rule to its parents (the first of `if_sid`, `if_level` and `if_group` it has, as
/// analysisd does); the others are roots.
fn link(mut rules: Vec<Rule>) -> Result<Rules, String> {
    let horizon = mark_targets(&mut rules);
    let mut roots: Vec<usize> = Vec::new();
    for i in 0..rules.len() {
        let (sids, group, level) = (
            rules[i].if_sid.clone(),
            rules[i].if_group.clone(),
            rules[i].if_level,
        );
        if sids.is_empty() && group.is_none() && level.is_none() {
            let template = roots
                .iter()
                .copied()
                .find(|&r: &usize| rules[r].is_category("syslog"));
            match template.filter(|_| !rules[i].has_category()) {
                Some(template) => rules[template].children.push(i),
                None => roots.push(i),
            }
            continue;
        }
        for sid in &sids {
            let parent = rules.iter().position(|r| r.id == *sid);
            let parent =
                parent.ok_or_else(|| format!("rule {}: unknown if_sid {sid}", rules[i].id))?;
            rules[parent].children.push(i);
        }
        if !sids.is_empty() {
            continue;
        }
        for (p, parent) in rules.iter_mut().enumerate() {
            let links = match level {
                Some(level) => u32::from(parent.level) >= level,
                None => group.as_ref().is_some_and(|g| parent.groups.contains(g)),
            };
            if p != i && links {
                parent.children.push(i);
            }
        }
    }
    by_level(&mut roots, &rules);
    for i in 0..rules.len() {
        let mut children = std::mem::take(&mut rules[i].children);
        by_level(&mut children, &rules);
        rules[i].children = children;
    }
    Ok(Rules {
        rules,
        roots,
        horizon,
    })
}

/// Marks the rules stateful rules look back on, returning the largest timeframe.
fn mark_targets(rules: &mut [Rule]) -> i64 {
    let contexts: Vec<Context> = rules.iter().filter_map(|r| r.context.clone()).collect();
    for rule in rules.iter_mut() {
        for context in &contexts {
            match &context.source {
                Source::Sid(sid) => rule.sid_target |= *sid == rule.id,
                Source::Group(_, pattern) => {
                    rule.group_target |= pattern.is_match(&rule.group_text)
                }
            }
        }
    }
    contexts.iter().map(|c| c.timeframe).max().unwrap_or(0)
}
