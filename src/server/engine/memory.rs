//! The stateful part of rule matching, as wazuh-analysisd keeps it: the events earlier rules
//! fired on, which `if_matched_sid` and `if_matched_group` rules look back on with `frequency`,
//! `timeframe` and the `same_*` / `different_*` options, plus each rule's `ignore` window and
//! fired count. One [`Memory`] belongs to one logtest session or one event stream.
//!
//! A stateful rule fires when, besides its own conditions, enough earlier events qualify: the
//! events whose fired rule is the `if_matched_sid` rule (or is in the `if_matched_group` group),
//! within `timeframe` seconds of now, newest first, passing the `same_*`/`different_*`
//! comparisons with the current event. `frequency="F"` needs F - 1 of them, so the rule fires on
//! the F-th matching event counting the current one (analysisd stores F - 2 and fires on the
//! match after that many); without `frequency` one earlier event is enough. The search stops at
//! the first qualifying event already counted by a rule of this level or higher, so after
//! firing the count starts again.

use super::pattern::Pattern;
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

/// The most events a memory holds (analysisd's default `memory_size`); the oldest go first.
pub const CAPACITY: usize = 8192;

/// The timeframe of a rule without the attribute (analysisd's `default_timeframe`).
pub const DEFAULT_TIMEFRAME: i64 = 360;

/// What a `same_*` / `different_*` option compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Key {
    /// The event's location.
    Location,
    /// A decoded field, under any of these names (`user` is analysisd's `dstuser`).
    Static(&'static [&'static str]),
    /// A field named in `same_field` / `different_field`.
    Dynamic(String),
}

/// Where a stateful rule looks for earlier events.
#[derive(Debug, Clone)]
pub(super) enum Source {
    /// `if_matched_sid`: the events that fired this rule.
    Sid(u32),
    /// `if_matched_group` (as written, and as the OS_Match pattern it is): the events that
    /// fired a rule whose groups the pattern matches.
    Group(String, Pattern),
}

/// The compiled stateful options of one rule.
#[derive(Debug, Clone)]
pub(super) struct Context {
    /// Where earlier events come from.
    pub source: Source,
    /// How many earlier events must qualify.
    pub needed: u32,
    /// How far back, in seconds.
    pub timeframe: i64,
    /// Fields an earlier event must share with the current one.
    pub same: Vec<Key>,
    /// Fields an earlier event must not share with the current one.
    pub different: Vec<Key>,
}

/// The `same_*` / `different_*` option names and what each compares (aliases included).
pub(super) fn key_of(option: &str) -> Option<(bool, Key)> {
    let (same, name) = if let Some(name) = option.strip_prefix("same_") {
        (true, name)
    } else if let Some(name) = option.strip_prefix("different_") {
        (false, name)
    } else {
        (false, option.strip_prefix("not_same_")?)
    };
    let fields: &'static [&'static str] = match name {
        "location" => return Some((same, Key::Location)),
        "source_ip" | "srcip" => &["srcip"],
        "dstip" => &["dstip"],
        "src_port" | "srcport" => &["srcport"],
        "dst_port" | "dstport" => &["dstport"],
        "srcuser" => &["srcuser"],
        "user" => &["dstuser", "user"],
        "id" => &["id"],
        "url" => &["url"],
        "protocol" => &["protocol"],
        "action" => &["action"],
        "data" => &["data"],
        "extra_data" => &["extra_data"],
        "status" => &["status"],
        "system_name" => &["system_name"],
        "srcgeoip" => &["srcgeoip"],
        "dstgeoip" => &["dstgeoip"],
        _ => return None,
    };
    Some((same, Key::Static(fields)))
}

/// The event being matched, as the comparisons see it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Current<'a> {
    /// Where it came from.
    pub location: Option<&'a str>,
    /// Its decoded fields.
    pub fields: &'a [(String, String)],
}

/// One event remembered for later stateful rules.
#[derive(Debug, Clone)]
pub(super) struct Remembered {
    /// When it arrived, in seconds.
    pub time: i64,
    /// The id of the rule it fired.
    pub sid: u32,
    /// That rule's groups, comma-separated as analysisd keeps them.
    pub groups: Arc<str>,
    /// Whether `if_matched_group` rules see it (analysisd feeds the group lists only when no
    /// `if_matched_sid` rule names the fired rule).
    pub in_groups: bool,
    /// The highest level of a stateful rule that counted it.
    pub matched: u8,
    /// Where it came from.
    pub location: Option<String>,
    /// Its decoded fields.
    pub fields: Vec<(String, String)>,
}

/// The state one stream of events leaves behind for stateful rules: recent events (bounded by
/// the largest timeframe and [`CAPACITY`]), the start of each rule's `ignore` window, and how
/// many times each rule fired.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    events: VecDeque<Remembered>,
    ignored_since: HashMap<u32, i64>,
    fired: HashMap<u32, u64>,
}

impl Memory {
    /// An empty memory, for a new session or stream.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many events it holds.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// Whether it holds no event.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// Drops the events older than `horizon` seconds before `now`.
    pub(super) fn forget(&mut self, now: i64, horizon: i64) {
        while self
            .events
            .front()
            .is_some_and(|e| now.saturating_sub(e.time) > horizon)
        {
            self.events.pop_front();
        }
    }

    /// Keeps an event, dropping the oldest beyond [`CAPACITY`].
    pub(super) fn remember(&mut self, event: Remembered) {
        if self.events.len() == CAPACITY {
            self.events.pop_front();
        }
        self.events.push_back(event);
    }

    /// Counts one more firing of rule `id`, returning the count.
    pub(super) fn fire(&mut self, id: u32) -> u64 {
        let count = self.fired.entry(id).or_default();
        *count += 1;
        *count
    }

    /// Whether rule `id`, firing at `now`, is inside its `ignore` window (analysisd's way: an
    /// alerting firing opens a new window, one inside it is silent).
    pub(super) fn silenced(&mut self, id: u32, ignore: i64, now: i64) -> bool {
        match self.ignored_since.get(&id) {
            Some(&since) if now.saturating_sub(since) < ignore => true,
            _ => {
                self.ignored_since.insert(id, now);
                false
            }
        }
    }

    /// Whether enough earlier events qualify for a rule of `level` with `context`; when they
    /// do, the most recent one counted is marked with the level (the current event is marked by
    /// the caller).
    pub(super) fn search(
        &mut self,
        context: &Context,
        level: u8,
        current: Current<'_>,
        now: i64,
    ) -> bool {
        let mut counted = 0;
        let mut first = None;
        for (at, event) in self.events.iter().enumerate().rev() {
            if now.saturating_sub(event.time) > context.timeframe {
                return false;
            }
            if !context.selects(event) || !context.compares(event, current) {
                continue;
            }
            if event.matched >= level {
                return false;
            }
            counted += 1;
            if counted < context.needed {
                first.get_or_insert(at);
                continue;
            }
            if let Some(at) = first {
                self.events[at].matched = level;
            }
            return true;
        }
        false
    }
}

impl Context {
    fn selects(&self, event: &Remembered) -> bool {
        match &self.source {
            Source::Sid(sid) => event.sid == *sid,
            Source::Group(_, pattern) => event.in_groups && pattern.is_match(&event.groups),
        }
    }

    fn compares(&self, event: &Remembered, current: Current<'_>) -> bool {
        let earlier = Current {
            location: event.location.as_deref(),
            fields: &event.fields,
        };
        let same = |key: &Key| match (earlier.value(key), current.value(key)) {
            (Some(a), Some(b)) => a == b,
            _ => false,
        };
        let no_fields = |key: &Key| {
            matches!(key, Key::Dynamic(_)) && earlier.fields.is_empty() && current.fields.is_empty()
        };
        self.same.iter().all(same) && !self.different.iter().any(|k| no_fields(k) || same(k))
    }
}

impl Current<'_> {
    fn value(&self, key: &Key) -> Option<&str> {
        let field = |name: &str| {
            self.fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        match key {
            Key::Location => self.location,
            Key::Static(names) => names.iter().find_map(|n| field(n)),
            Key::Dynamic(name) => field(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Memory, CAPACITY};
    use crate::server::engine::decoder::Decoders;
    use crate::server::engine::predecoder::predecode;
    use crate::server::engine::rules::{Fired, Lists, Rules};
    use crate::server::xml;

    const DECODERS: &str = r#"<decoder name="app"><prematch>^app: </prematch>
      <regex offset="after_prematch">^(\w+) user=(\S+) ip=(\S+)</regex>
      <order>action, user, srcip</order></decoder>"#;

    /// The app rules, then `extra` rules: 101 fires on `fail`, 102 on `ok`.
    fn rules(extra: &str) -> Rules {
        let text = format!(
            r#"<group name="app,">
              <rule id="100" level="0"><decoded_as>app</decoded_as></rule>
              <rule id="101" level="5"><if_sid>100</if_sid><action>fail</action><group>auth_fail,</group></rule>
              <rule id="102" level="3"><if_sid>100</if_sid><action>ok</action></rule>
              {extra}</group>"#
        );
        Rules::compile(&xml::parse(&text).unwrap(), &Lists::new()).unwrap()
    }

    /// A stream of events through `rules` sharing one memory.
    struct Stream {
        rules: Rules,
        decoders: Decoders,
        memory: Memory,
    }

    impl Stream {
        fn new(extra: &str) -> Self {
            Stream {
                rules: rules(extra),
                decoders: Decoders::compile(&xml::parse(DECODERS).unwrap()).unwrap(),
                memory: Memory::new(),
            }
        }

        fn fire(&mut self, now: i64, line: &str) -> Fired {
            let event = predecode(line).with_location("/var/log/app");
            let decoded = self.decoders.decode(&event);
            let memory = &mut self.memory;
            self.rules
                .evaluate(&event, decoded.as_ref(), memory, now)
                .unwrap()
        }

        fn id(&mut self, now: i64, line: &str) -> u32 {
            self.fire(now, line).id
        }
    }

    const BRUTE: &str = r#"<rule id="110" level="10" frequency="4" timeframe="60">
      <if_matched_sid>101</if_matched_sid><same_source_ip /></rule>"#;

    #[test]
    fn frequency_fires_on_the_nth_event_within_the_timeframe_then_counts_again() {
        let mut s = Stream::new(BRUTE);
        let fail = "app: fail user=ann ip=1.1.1.1";
        let ids: Vec<u32> = [0, 10, 20, 30, 31, 40, 50, 60]
            .into_iter()
            .map(|t| s.id(t, fail))
            .collect();
        assert_eq!(ids, [101, 101, 101, 110, 101, 101, 101, 110]);
    }

    #[test]
    fn frequency_does_not_fire_when_the_events_are_spread_beyond_the_timeframe() {
        let mut s = Stream::new(BRUTE);
        let fail = "app: fail user=ann ip=1.1.1.1";
        let ids: Vec<u32> = [0, 20, 40, 61, 62]
            .into_iter()
            .map(|t| s.id(t, fail))
            .collect();
        assert_eq!(ids, [101, 101, 101, 101, 110]);
        let kept = "the event at 0 is forgotten, 110 at 62 is not looked back on";
        assert_eq!(s.memory.len(), 3, "{kept}");
        s.id(500, "app: ok user=ann ip=1.1.1.1");
        assert!(s.memory.is_empty());
    }

    #[test]
    fn same_source_ip_counts_only_one_address() {
        let mut s = Stream::new(BRUTE);
        let line = |ip: &str| format!("app: fail user=ann ip={ip}");
        let ids: Vec<u32> = ["1.1.1.1", "2.2.2.2"]
            .iter()
            .cycle()
            .take(7)
            .enumerate()
            .map(|(t, ip)| s.id(t as i64, &line(ip)))
            .collect();
        assert_eq!(ids, [101, 101, 101, 101, 101, 101, 110]);
    }

    #[test]
    fn different_user_needs_other_users() {
        let spray = r#"<rule id="111" level="9" frequency="3" timeframe="60">
          <if_matched_sid>101</if_matched_sid><different_user /></rule>"#;
        let mut s = Stream::new(spray);
        let line = |user: &str| format!("app: fail user={user} ip=1.1.1.1");
        let ids: Vec<u32> = ["ann", "bob", "bob"]
            .into_iter()
            .enumerate()
            .map(|(t, u)| s.id(t as i64, &line(u)))
            .collect();
        assert_eq!(ids, [101, 101, 101], "one other user only");
        assert_eq!(
            s.id(3, &line("eve")),
            111,
            "ann and bob (the latest) differ from eve"
        );
    }

    #[test]
    fn if_matched_sid_with_an_explicit_parent_and_same_user() {
        let after = r#"<rule id="120" level="8"><if_sid>102</if_sid>
          <if_matched_sid>101</if_matched_sid><same_user /></rule>"#;
        let mut s = Stream::new(after);
        assert_eq!(s.id(0, "app: ok user=ann ip=1.1.1.1"), 102);
        assert_eq!(s.id(1, "app: fail user=bob ip=1.1.1.1"), 101);
        assert_eq!(s.id(2, "app: ok user=ann ip=1.1.1.1"), 102);
        assert_eq!(s.id(3, "app: fail user=ann ip=1.1.1.1"), 101);
        assert_eq!(s.id(4, "app: ok user=ann ip=1.1.1.1"), 120);
        assert_eq!(
            s.id(400, "app: ok user=ann ip=1.1.1.1"),
            102,
            "default timeframe 360"
        );
    }

    #[test]
    fn if_matched_group_looks_back_on_the_rules_of_a_group() {
        let group = r#"<rule id="130" level="7" frequency="2" timeframe="60">
          <if_matched_group>auth_fail</if_matched_group><same_location /></rule>"#;
        let mut s = Stream::new(group);
        assert_eq!(s.id(0, "app: fail user=ann ip=1.1.1.1"), 101);
        let fired = s.fire(1, "app: fail user=bob ip=2.2.2.2");
        assert_eq!(
            (fired.id, fired.groups.as_slice()),
            (130, &["app".to_owned()][..])
        );
    }

    #[test]
    fn ignore_silences_the_rule_after_it_alerts() {
        let mut s =
            Stream::new(r#"<rule id="140" level="4" ignore="30"><if_sid>102</if_sid></rule>"#);
        let ok = "app: ok user=ann ip=1.1.1.1";
        let seen: Vec<(u32, bool, u64)> = [0, 10, 29, 30, 40]
            .into_iter()
            .map(|t| s.fire(t, ok))
            .map(|f| (f.id, f.silenced, f.firedtimes))
            .collect();
        assert_eq!(
            seen,
            [
                (140, false, 1),
                (140, true, 2),
                (140, true, 3),
                (140, false, 4),
                (140, true, 5)
            ]
        );
    }

    #[test]
    fn silenced_events_are_not_remembered_and_the_memory_is_capped() {
        let rules = r#"<rule id="150" level="6" ignore="100"><if_sid>101</if_sid></rule>
          <rule id="151" level="9"><if_matched_sid>150</if_matched_sid><match>never</match></rule>"#;
        let mut s = Stream::new(rules);
        let fail = "app: fail user=ann ip=1.1.1.1";
        assert!(!s.fire(0, fail).silenced);
        assert!(s.fire(1, fail).silenced);
        assert_eq!(s.memory.len(), 1);
        let mut s = Stream::new(
            r#"<rule id="152" level="9"><if_matched_sid>101</if_matched_sid><match>never</match></rule>"#,
        );
        for _ in 0..CAPACITY + 5 {
            s.id(0, fail);
        }
        assert_eq!(s.memory.len(), CAPACITY);
    }

    #[test]
    fn stateful_options_without_a_look_back_and_bad_numbers_are_refused() {
        let compile = |rule: &str| {
            let text = format!(r#"<group name="g">{rule}</group>"#);
            Rules::compile(&xml::parse(&text).unwrap(), &Lists::new()).unwrap_err()
        };
        assert!(
            compile(r#"<rule id="1" level="3" frequency="4"><match>x</match></rule>"#)
                .contains("without if_matched_sid")
        );
        assert!(compile(r#"<rule id="1" level="3"><same_user /></rule>"#)
            .contains("without if_matched_sid"));
        let one = r#"<rule id="2" level="3"><match>x</match></rule>
          <rule id="1" level="3" frequency="1"><if_matched_sid>2</if_matched_sid></rule>"#;
        assert!(compile(one).contains("frequency \"1\" is not a number from 2 to 9999"));
    }

    #[test]
    fn the_demo_sshd_brute_force_fires_on_the_eighth_failure_from_one_address() {
        let (decoders, rules) = crate::server::engine::testing::demo_ruleset();
        let mut memory = Memory::new();
        let ids: Vec<u32> = (0..9)
            .map(|i| {
                let ip = if i == 4 { "172.16.5.9" } else { "172.16.5.7" };
                let line = format!(
                    "Dec  4 20:43:{i:02} h sshd[9]: Failed password for root from {ip} port 22 ssh2"
                );
                let event = predecode(&line);
                let decoded = decoders.decode(&event);
                rules
                    .evaluate(&event, decoded.as_ref(), &mut memory, i)
                    .unwrap()
                    .id
            })
            .collect();
        assert_eq!(ids, [5702, 5702, 5702, 5702, 5702, 5702, 5702, 5702, 5710]);
    }
}
