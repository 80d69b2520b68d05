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

use super::calendar::{TimeWindow, Weekdays};
use super::decoder::Decoded;
use super::memory::{self, Context, Current, Key, Memory, Remembered, Source};
use super::pattern::{Default, Pattern};
use super::predecoder::Predecoded;
use crate::server::xml::Element;
use std::collections::HashMap;
use std::net::IpAddr;
use std::ops::RangeInclusive;
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

fn split(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn compile_one(element: &Element, enclosing: &[String], lists: &Lists) -> Result<Rule, String> {
    let id_text = element.attribute("id").unwrap_or_default();
    let id: u32 = id_text
        .trim()
        .parse()
        .map_err(|_| format!("rule id {id_text:?} is not a number"))?;
    let level_text = element.attribute("level").unwrap_or("0");
    let level = level_text
        .trim()
        .parse()
        .map_err(|_| format!("rule {id}: level {level_text:?}"))?;
    let mut rule = Rule {
        id,
        level,
        conditions: Vec::new(),
        if_sid: Vec::new(),
        if_group: None,
        if_level: None,
        groups: enclosing.to_vec(),
        description: String::new(),
        mitre: Vec::new(),
        unsupported: None,
        children: Vec::new(),
        group_text: Arc::from(""),
        context: compile_context(element, id)?,
        ignore: attribute_number(element, "ignore", 1..=999_999, id)?,
        sid_target: false,
        group_target: false,
    };
    for option in &element.children {
        let tag = option.name.to_ascii_lowercase();
        let kind = option.attribute("type");
        let negate = option.attribute("negate") == Some("yes");
        let mut text = |subject, default| {
            let pattern = Pattern::compile(kind, default, &option.raw_text)
                .map_err(|e| format!("rule {id}: {e}"))?;
            rule.conditions
                .push(Condition::Text(subject, pattern, negate));
            Ok::<(), String>(())
        };
        let number = |text: &str| {
            text.trim()
                .parse()
                .map_err(|_| format!("rule {id}: {tag} {text:?}"))
        };
        match tag.as_str() {
            "srcip" | "dstip" => {
                let field = if tag == "srcip" { "srcip" } else { "dstip" };
                let text = option.text.trim();
                let negate = text.starts_with('!');
                let network = Network::parse(text.trim_start_matches('!'))
                    .ok_or_else(|| format!("rule {id}: {tag} {text:?} is not an address"))?;
                rule.conditions
                    .push(Condition::Address(field, network, negate));
            }
            "list" => {
                let path = option.text.trim();
                let list = lists
                    .get(path)
                    .ok_or_else(|| format!("rule {id}: unknown list {path}"))?;
                let lookup = option.attribute("lookup").unwrap_or("match_key");
                let value = match option.attribute("check_value") {
                    Some(check) => Some(
                        Pattern::compile(None, Default::Regex, check)
                            .map_err(|e| format!("rule {id}: {e}"))?,
                    ),
                    None => None,
                };
                let (address, negate) = match lookup {
                    "match_key" | "match_key_value" => (false, false),
                    "not_match_key" => (false, true),
                    "address_match_key" | "address_match_key_value" => (true, false),
                    "not_address_match_key" => (true, true),
                    other => return Err(format!("rule {id}: unknown lookup {other}")),
                };
                let field = option.attribute("field").unwrap_or_default().to_owned();
                rule.conditions.push(Condition::List(
                    field,
                    Lookup {
                        address,
                        negate,
                        value,
                    },
                    Arc::clone(list),
                ));
            }
            "time" => {
                let window = TimeWindow::parse(&option.text);
                let window = window.ok_or_else(|| format!("rule {id}: time {:?}", option.text))?;
                rule.conditions.push(Condition::Time(window));
            }
            "weekday" => {
                let days = Weekdays::parse(&option.text);
                let days = days.ok_or_else(|| format!("rule {id}: weekday {:?}", option.text))?;
                rule.conditions.push(Condition::Weekday(days));
            }
            "category" => rule
                .conditions
                .push(Condition::Category(option.text.to_ascii_lowercase())),
            "decoded_as" => rule
                .conditions
                .push(Condition::DecodedAs(option.text.clone())),
            "match" => text(Subject::Log, Default::Match)?,
            "regex" => text(Subject::Log, Default::Regex)?,
            "program_name" => text(Subject::ProgramName, Default::Match)?,
            "hostname" => text(Subject::Hostname, Default::Match)?,
            "location" => text(Subject::Location, Default::Match)?,
            "user" => text(Subject::User, Default::Match)?,
            "field" => {
                let name = option.attribute("name").unwrap_or_default().to_owned();
                text(Subject::Field(name), Default::Regex)?
            }
            t if STATIC_FIELDS.contains(&t) => text(Subject::Field(tag.clone()), Default::Match)?,
            "if_sid" => {
                for sid in option.text.split([',', ' ']).filter(|s| !s.is_empty()) {
                    rule.if_sid.push(number(sid)?);
                }
            }
            "if_group" => rule.if_group = Some(option.text.clone()),
            "if_level" => rule.if_level = Some(number(&option.text)?),
            "group" => rule.groups.extend(split(&option.text)),
            "description" => rule.description.clone_from(&option.text),
            "mitre" => rule
                .mitre
                .extend(option.children.iter().map(|m| m.text.clone())),
            t if UNSUPPORTED.contains(&t) => rule.unsupported = Some(tag.clone()),
            _ => {}
        }
    }
    rule.group_text = Arc::from(format!("{},", rule.groups.join(",")));
    if let Some(context) = rule.context.as_ref() {
        if rule.if_sid.is_empty() && rule.if_group.is_none() {
            match &context.source {
                Source::Sid(sid) => rule.if_sid.push(*sid),
                Source::Group(group, _) => rule.if_group = Some(group.clone()),
            }
        }
    }
    Ok(rule)
}

/// A numeric attribute of a rule element within `range`, when it has it.
fn attribute_number(
    element: &Element,
    name: &str,
    range: RangeInclusive<i64>,
    id: u32,
) -> Result<Option<i64>, String> {
    let Some(text) = element.attribute(name) else {
        return Ok(None);
    };
    let number = text.trim().parse().ok().filter(|n| range.contains(n));
    let wrong = || {
        format!(
            "rule {id}: {name} {text:?} is not a number from {} to {}",
            range.start(),
            range.end()
        )
    };
    number.map(Some).ok_or_else(wrong)
}

/// The stateful options of a rule element: where it looks back (`if_matched_sid`,
/// `if_matched_group`), `frequency`, `timeframe` and the `same_*` / `different_*` comparisons;
/// `None` for a stateless rule. Comparisons or a frequency without a place to look back are
/// refused, as analysisd refuses them.
fn compile_context(element: &Element, id: u32) -> Result<Option<Context>, String> {
    let frequency = attribute_number(element, "frequency", 2..=9999, id)?;
    let timeframe = attribute_number(element, "timeframe", 0..=99_999, id)?;
    let (mut source, mut same, mut different, mut elsewhere) = (None, vec![], vec![], false);
    for option in &element.children {
        let text = option.text.trim();
        match option.name.to_ascii_lowercase().as_str() {
            "if_matched_sid" => {
                let sid = text
                    .parse()
                    .map_err(|_| format!("rule {id}: if_matched_sid {text:?} is not a rule id"))?;
                source = Some(Source::Sid(sid));
            }
            "if_matched_group" => {
                let pattern = Pattern::compile(None, Default::Match, text)
                    .map_err(|e| format!("rule {id}: {e}"))?;
                source = Some(Source::Group(text.to_owned(), pattern));
            }
            "if_matched_regex" | "check_diff" => elsewhere = true,
            "same_field" => same.push(Key::Dynamic(text.to_owned())),
            "different_field" | "not_same_field" => different.push(Key::Dynamic(text.to_owned())),
            tag => match memory::key_of(tag) {
                Some((true, key)) => same.push(key),
                Some((false, key)) => different.push(key),
                None => {}
            },
        }
    }
    let Some(source) = source else {
        let stateful = frequency.is_some() || !same.is_empty() || !different.is_empty();
        if stateful && !elsewhere {
            return Err(format!(
                "rule {id}: frequency or same_/different_ options without if_matched_sid or \
                 if_matched_group"
            ));
        }
        return Ok(None);
    };
    Ok(Some(Context {
        source,
        needed: frequency.map_or(1, |f| u32::try_from(f - 1).unwrap_or(1)),
        timeframe: timeframe.unwrap_or(memory::DEFAULT_TIMEFRAME),
        same,
        different,
    }))
}

impl Rule {
    fn has_category(&self) -> bool {
        self.conditions
            .iter()
            .any(|c| matches!(c, Condition::Category(_)))
    }

    fn is_category(&self, kind: &str) -> bool {
        self.conditions
            .iter()
            .any(|c| matches!(c, Condition::Category(k) if k == kind))
    }

    fn holds(&self, event: &Predecoded, decoded: Option<&Decoded>, now: i64) -> bool {
        if self.unsupported.is_some() {
            return false;
        }
        let field = |name: &str| {
            decoded?
                .fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        self.conditions.iter().all(|condition| match condition {
            Condition::List(name, lookup, list) => {
                field(name).is_some_and(|v| lookup.holds(list, v))
            }
            Condition::Address(name, network, negate) => field(name)
                .and_then(|v| v.parse().ok())
                .is_some_and(|ip| network.contains(ip) != *negate),
            Condition::Category(kind) => decoded.map_or("syslog", |d| d.kind.as_str()) == kind,
            Condition::DecodedAs(name) => {
                decoded.is_some_and(|d| d.parent.as_ref().unwrap_or(&d.name) == name)
            }
            Condition::Time(window) => window.contains(now),
            Condition::Weekday(days) => days.contains(now),
            Condition::Text(subject, pattern, negate) => {
                let value = match subject {
                    Subject::Log => Some(event.message),
                    Subject::ProgramName => event.program_name,
                    Subject::Hostname => event.hostname,
                    Subject::Location => event.location,
                    Subject::User => field("dstuser")
                        .or_else(|| field("user"))
                        .or_else(|| field("srcuser")),
                    Subject::Field(name) => field(name),
                };
                value.is_some_and(|v| pattern.is_match(v) != *negate)
            }
        })
    }
}

impl Lookup {
    fn holds(&self, list: &HashMap<String, String>, key: &str) -> bool {
        let found = list.get(key).or_else(|| {
            let prefix = |k: &&String| k.ends_with('.') && key.starts_with(k.as_str());
            self.address
                .then(|| list.iter().find(|(k, _)| prefix(k)).map(|(_, v)| v))
                .flatten()
        });
        match (found, &self.value) {
            (Some(value), Some(pattern)) => pattern.is_match(value) != self.negate,
            (found, _) => found.is_some() != self.negate,
        }
    }
}

/// An address or CIDR network of `srcip`/`dstip`.
#[derive(Debug, Clone, Copy)]
struct Network {
    address: IpAddr,
    prefix: u32,
}

impl Network {
    fn parse(text: &str) -> Option<Self> {
        let (address, prefix) = text.split_once('/').unwrap_or((text, ""));
        let address: IpAddr = address.trim().parse().ok()?;
        let bits = if address.is_ipv4() { 32 } else { 128 };
        let prefix = if prefix.is_empty() {
            bits
        } else {
            prefix.trim().parse().ok()?
        };
        (prefix <= bits).then_some(Network { address, prefix })
    }

    fn contains(self, ip: IpAddr) -> bool {
        let (a, b, bits) = match (self.address, ip) {
            (IpAddr::V4(a), IpAddr::V4(b)) => {
                (u128::from(a.to_bits()), u128::from(b.to_bits()), 32)
            }
            (IpAddr::V6(a), IpAddr::V6(b)) => (a.to_bits(), b.to_bits(), 128),
            _ => return false,
        };
        let shift = bits - self.prefix;
        shift >= bits || (a >> shift) == (b >> shift)
    }
}

/// Replaces each `$(name)` with the decoded field's value (empty when absent).
fn substitute(description: &str, fields: &[(String, String)]) -> String {
    let mut out = String::with_capacity(description.len());
    let mut rest = description;
    while let Some(start) = rest.find("$(") {
        let Some(len) = rest[start..].find(')') else {
            break;
        };
        out.push_str(&rest[..start]);
        let name = &rest[start + 2..start + len];
        out.push_str(
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map_or("", |(_, v)| v),
        );
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::{Fired, Lists, Memory, Rules};
    use crate::server::engine::testing::cdb;
    use std::sync::Arc;

    #[test]
    fn list_lookups_by_key_address_prefix_and_value() {
        let dec = r#"<decoder name="d"><prematch>^d </prematch><regex offset="after_prematch">^(\S+) (\S+)</regex><order>srcip, user</order></decoder>"#;
        let decoders = Decoders::compile(&xml::parse(dec).unwrap()).unwrap();
        let lists: Lists = [
            ("ips".to_owned(), Arc::new(cdb("1.2.3.4:scan\n10.9.:tor"))),
            ("admins".to_owned(), Arc::new(cdb("root:\nann:x"))),
        ]
        .into();
        let rules = r#"<group name="g"><rule id="1" level="1"><decoded_as>d</decoded_as></rule>
          <rule id="2" level="9"><if_sid>1</if_sid><list field="srcip" lookup="address_match_key_value" check_value="^tor">ips</list></rule>
          <rule id="3" level="8"><if_sid>1</if_sid><list field="srcip" lookup="address_match_key">ips</list></rule>
          <rule id="4" level="7"><if_sid>1</if_sid><list field="user" lookup="not_match_key">admins</list></rule></group>"#;
        let rules = Rules::compile(&xml::parse(rules).unwrap(), &lists).unwrap();
        let id = |line: &str| {
            let event = predecode(line);
            rules
                .evaluate(
                    &event,
                    decoders.decode(&event).as_ref(),
                    &mut Memory::new(),
                    0,
                )
                .map(|f| f.id)
        };
        assert_eq!(id("d 10.9.0.1 root"), Some(2));
        assert_eq!(id("d 1.2.3.4 root"), Some(3));
        assert_eq!(id("d 5.5.5.5 eve"), Some(4));
        assert_eq!(id("d 5.5.5.5 ann"), Some(1));
        let unknown =
            r#"<group name="g"><rule id="1" level="1"><list field="x">nope</list></rule></group>"#;
        assert!(Rules::compile(&xml::parse(unknown).unwrap(), &lists)
            .unwrap_err()
            .contains("unknown list nope"));
    }
    use crate::server::engine::decoder::Decoders;
    use crate::server::engine::predecoder::predecode;
    use crate::server::xml;

    const DECODERS: &str = r#"<decoder name="app"><prematch>^app: </prematch>
      <regex offset="after_prematch">^(\w+) user=(\S+)</regex><order>action, user</order></decoder>"#;

    fn fire(rules: &str, line: &str) -> Option<Fired> {
        let decoders = Decoders::compile(&xml::parse(DECODERS).unwrap()).unwrap();
        let rules = Rules::compile(&xml::parse(rules).unwrap(), &Lists::new()).unwrap();
        let event = predecode(line);
        rules.evaluate(
            &event,
            decoders.decode(&event).as_ref(),
            &mut Memory::new(),
            0,
        )
    }

    const RULES: &str = r#"<group name="app,">
      <rule id="100" level="0"><decoded_as>app</decoded_as><description>app</description></rule>
      <rule id="101" level="5"><if_sid>100</if_sid><action>login</action>
        <description>$(user) logged in</description><group>auth,</group></rule>
      <rule id="102" level="9"><if_sid>101</if_sid><field name="user">^root$</field>
        <description>root logged in</description><mitre><id>T1078</id></mitre></rule>
      <rule id="103" level="7"><if_group>auth</if_group><match>evil</match><description>g</description></rule>
      <rule id="104" level="4"><if_sid>100</if_sid><if_matched_sid>101</if_matched_sid><description>f</description></rule>
      <rule id="105" level="6"><if_sid>102</if_sid><if_group>app</if_group><match>evil</match></rule>
    </group>"#;

    #[test]
    fn the_deepest_matching_rule_fires_with_its_description_substituted() {
        let f = fire(RULES, "app: login user=ann").unwrap();
        assert_eq!(
            (f.id, f.level, f.description.as_str()),
            (101, 5, "ann logged in")
        );
        assert_eq!(f.groups, ["app", "auth"]);
        let f = fire(RULES, "app: login user=root").unwrap();
        assert_eq!((f.id, f.mitre.as_slice()), (102, &["T1078".to_owned()][..]));
        assert_eq!(fire(RULES, "app: logout user=ann").unwrap().id, 100);
        assert_eq!(fire(RULES, "app: login user=evil").unwrap().id, 103);
        let linked_by_if_sid_only = fire(RULES, "app: logout user=evil").unwrap();
        assert_eq!(linked_by_if_sid_only.id, 100);
        assert!(fire(RULES, "other line").is_none());
    }

    #[test]
    fn siblings_are_tried_higher_level_first_then_in_file_order() {
        let rules = r#"<group name="app,">
          <rule id="100" level="0"><decoded_as>app</decoded_as></rule>
          <rule id="101" level="3"><if_sid>100</if_sid><action>login</action></rule>
          <rule id="102" level="5"><if_sid>100</if_sid><match>=ann</match></rule>
          <rule id="103" level="12"><if_sid>100</if_sid><match>root</match></rule>
          <rule id="104" level="5"><if_sid>100</if_sid><match>login</match></rule></group>"#;
        assert_eq!(fire(rules, "app: login user=root").unwrap().id, 103);
        assert_eq!(fire(rules, "app: login user=ann").unwrap().id, 102);
        assert_eq!(fire(rules, "app: login user=bob").unwrap().id, 104);
        assert_eq!(fire(rules, "app: logout user=bob").unwrap().id, 100);
    }

    #[test]
    fn header_location_user_and_negate_conditions() {
        let rules = r#"<group name="x"><rule id="1" level="1"><program_name>^cron</program_name></rule>
          <rule id="2" level="2"><if_sid>1</if_sid><hostname>^bastion$</hostname></rule>
          <rule id="3" level="3"><if_sid>1</if_sid><location>secure$</location></rule>
          <rule id="4" level="4"><if_sid>1</if_sid><match negate="yes">^ok</match></rule></group>"#;
        let rules = Rules::compile(&xml::parse(rules).unwrap(), &Lists::new()).unwrap();
        let id = |line: &str, location: &str| {
            let event = predecode(line).with_location(location);
            rules
                .evaluate(&event, None, &mut Memory::new(), 0)
                .map(|f| f.id)
        };
        assert_eq!(id("Dec  4 20:43:41 bastion cron[1]: ok", "x"), Some(2));
        assert_eq!(
            id("Dec  4 20:43:41 web cron[1]: ok", "/var/log/secure"),
            Some(3)
        );
        assert_eq!(id("Dec  4 20:43:41 web cron[1]: failed", "x"), Some(4));
        assert_eq!(id("Dec  4 20:43:41 web cron[1]: ok", "x"), Some(1));
        let src = r#"<decoder name="s"><prematch>^s </prematch><regex>^s (\S+)</regex><order>srcuser</order></decoder>"#;
        let decoders = Decoders::compile(&xml::parse(src).unwrap()).unwrap();
        let user = r#"<group name="x"><rule id="5" level="5"><user>^ann$</user></rule></group>"#;
        let rules = Rules::compile(&xml::parse(user).unwrap(), &Lists::new()).unwrap();
        let fire = |line: &str| {
            let event = predecode(line);
            let decoded = decoders.decode(&event);
            rules
                .evaluate(&event, decoded.as_ref(), &mut Memory::new(), 0)
                .map(|f| f.id)
        };
        assert_eq!(fire("s ann"), Some(5), "user falls back on srcuser");
        assert_eq!(fire("s bob"), None);
    }

    #[test]
    fn time_and_weekday_read_the_arrival_time() {
        let rules = r#"<group name="x"><rule id="1" level="1"><program_name>^cron</program_name></rule>
          <rule id="2" level="7"><if_sid>1</if_sid><time>6 pm - 8:30 am</time>
            <weekday>weekdays</weekday></rule></group>"#;
        let rules = Rules::compile(&xml::parse(rules).unwrap(), &Lists::new()).unwrap();
        let event = predecode("Dec  4 20:43:41 web cron[1]: run");
        let at = |now: i64| {
            let fired = rules.evaluate(&event, None, &mut Memory::new(), now);
            fired.map(|f| f.id)
        };
        let friday = 1_796_342_400;
        assert_eq!(at(friday + 22 * 3600), Some(2));
        assert_eq!(at(friday + 12 * 3600), Some(1));
        assert_eq!(at(friday + 86_400 + 22 * 3600), Some(1), "Saturday");
        let bad = r#"<group name="x"><rule id="3" level="1"><time>noon</time></rule></group>"#;
        let refused = Rules::compile(&xml::parse(bad).unwrap(), &Lists::new()).unwrap_err();
        assert_eq!(refused, r#"rule 3: time "noon""#);
    }

    #[test]
    fn overwrite_replaces_the_rule_in_place_and_a_duplicate_is_refused() {
        let over = r#"<group name="x,"><rule id="101" level="12" overwrite="yes"><if_sid>100</if_sid>
          <action>login</action><description>changed</description></rule></group>"#;
        let f = fire(&format!("{RULES}{over}"), "app: login user=ann").unwrap();
        assert_eq!(
            (f.id, f.level, f.description.as_str()),
            (101, 12, "changed")
        );
        let dup = over.replace(r#" overwrite="yes""#, "");
        assert!(Rules::compile(
            &xml::parse(&format!("{RULES}{dup}")).unwrap(),
            &Lists::new()
        )
        .unwrap_err()
        .contains("duplicate"));
    }

    #[test]
    fn srcip_takes_networks_and_negation() {
        let dec = r#"<decoder name="fw"><prematch>^fw </prematch><regex>src=(\S+)</regex><order>srcip</order></decoder>"#;
        let decoders = Decoders::compile(&xml::parse(dec).unwrap()).unwrap();
        let rules = r#"<group name="fw"><rule id="1" level="1"><decoded_as>fw</decoded_as></rule>
          <rule id="2" level="3"><if_sid>1</if_sid><srcip>10.0.0.0/8</srcip></rule>
          <rule id="3" level="5"><if_sid>1</if_sid><srcip>!fe80::/10</srcip><srcip>!10.0.0.0/8</srcip></rule></group>"#;
        let rules = Rules::compile(&xml::parse(rules).unwrap(), &Lists::new()).unwrap();
        let id = |line: &str| {
            let event = predecode(line);
            rules
                .evaluate(
                    &event,
                    decoders.decode(&event).as_ref(),
                    &mut Memory::new(),
                    0,
                )
                .map(|f| f.id)
        };
        assert_eq!(id("fw src=10.9.8.7"), Some(2));
        assert_eq!(id("fw src=11.0.0.1"), Some(3));
        assert_eq!(id("fw src=fe80::1"), Some(1));
        assert_eq!(id("fw src=not-an-ip"), Some(1));
        let bad =
            r#"<group name="x"><rule id="1" level="1"><srcip>10.0.0.0/33</srcip></rule></group>"#;
        assert!(Rules::compile(&xml::parse(bad).unwrap(), &Lists::new())
            .unwrap_err()
            .contains("not an address"));
    }

    #[test]
    fn unknown_parents_are_refused_and_unsupported_options_named() {
        let orphan = r#"<group name="x"><rule id="1" level="1"><if_sid>9</if_sid></rule></group>"#;
        assert!(Rules::compile(&xml::parse(orphan).unwrap(), &Lists::new())
            .unwrap_err()
            .contains("unknown if_sid 9"));
        let fts = r#"<group name="x"><rule id="1" level="1"><if_fts/></rule></group>"#;
        let rules = Rules::compile(
            &xml::parse(&format!("{RULES}{fts}")).unwrap(),
            &Lists::new(),
        );
        assert_eq!(
            rules.unwrap().unsupported().collect::<Vec<_>>(),
            [(1, "if_fts")]
        );
    }

    #[test]
    fn the_demo_ruleset_compiles_and_an_ssh_login_fires_its_rule() {
        let (decoders, rules) = crate::server::engine::testing::demo_ruleset();
        let event = predecode(
            "Dec  4 20:43:41 h sshd[9]: Accepted publickey for ann from 10.1.2.3 port 5 ssh2",
        );
        let fired = rules
            .evaluate(
                &event,
                decoders.decode(&event).as_ref(),
                &mut Memory::new(),
                0,
            )
            .unwrap();
        assert_eq!((fired.id, fired.level), (5701, 3));
    }
}
