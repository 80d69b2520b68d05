//! Compiling one `<rule>` element: its conditions, its tree links and its stateful context.

use super::conditions::Network;
use super::{Condition, Lists, Lookup, Rule, Subject, STATIC_FIELDS, UNSUPPORTED};
use crate::server::engine::calendar::{TimeWindow, Weekdays};
use crate::server::engine::memory::{self, Context, Key, Source};
use crate::server::engine::pattern::{Default, Pattern};
use crate::server::xml::Element;
use std::ops::RangeInclusive;
use std::sync::Arc;

pub(super) fn split(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(super) fn compile_one(
    element: &Element,
    enclosing: &[String],
    lists: &Lists,
) -> Result<Rule, String> {
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
