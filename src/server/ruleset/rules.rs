//! Rules as `GET /rules` shows them, read from the elements of a rule file as Wazuh's
//! framework reads them: each `<rule>` of each `<group name="...">`, its attributes other
//! than `id` and `level` and its options as `details` (patterns as `{pattern, ...attributes}`,
//! `<list>`/`<info>` as `{name, ...attributes}`, repeated options as arrays), the groups of
//! the rule then of its `<group>` element, the compliance groups (`pci_dss_10.2.4`) and MITRE
//! ids moved to their own lists.

use super::{Source, Wrong};
use crate::server::xml::Element;
use serde_json::{Map, Value};

/// The compliance requirements, as their group names start (`nist_800_53_AU.14`).
pub const REQUIREMENTS: &[&str] = &[
    "pci_dss",
    "gdpr",
    "hipaa",
    "nist_800_53",
    "gpg13",
    "tsc",
    "mitre",
];

/// The options shown as `{pattern, ...attributes}` (a `<field>` under its `name`).
const PATTERN_OPTIONS: &[&str] = &[
    "regex",
    "field",
    "match",
    "action",
    "extra_data",
    "hostname",
    "id",
    "location",
    "program_name",
    "protocol",
    "user",
    "url",
    "srcport",
    "dstport",
    "status",
    "system_name",
    "srcgeoip",
    "dstgeoip",
];

/// The options shown as `{name, ...attributes}`.
const NAMED_OPTIONS: &[&str] = &["list", "info"];

/// The rules of a file's elements, in document order.
pub fn rules_of(source: &Source, roots: &[Element]) -> Result<Vec<Value>, Wrong> {
    let mut rules = Vec::new();
    for group in roots.iter().filter(|root| is(root, "group")) {
        let name = group.attribute("name").ok_or_else(|| {
            Wrong::syntax(group.offset, "<group> without a name attribute".into())
        })?;
        for rule in group.children.iter().filter(|child| is(child, "rule")) {
            rules.push(rule_json(source, rule, name)?);
        }
    }
    Ok(rules)
}

/// The `id` of a rule as `GET /rules` shows it (0 when absent).
pub fn id_of(rule: &Value) -> i64 {
    rule.get("id").and_then(Value::as_i64).unwrap_or_default()
}

/// The rule ids a rule's `if_sid` names (a string or strings of ids separated by commas or
/// blanks), as `GET /rules` shows the detail.
pub fn if_sid_parents(rule: &Value) -> Vec<String> {
    let texts: Vec<&str> = match &rule["details"]["if_sid"] {
        Value::String(text) => vec![text],
        Value::Array(values) => values.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    texts
        .iter()
        .flat_map(|text| text.split([',', ' ']))
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether a rule replaces the rule of its id (`overwrite="yes"`) rather than defining one.
pub fn overwrites(rule: &Value) -> bool {
    rule["details"]["overwrite"] == "yes"
}

pub(super) fn is(element: &Element, name: &str) -> bool {
    element.name.eq_ignore_ascii_case(name)
}

/// One rule: its keys in the order Wazuh writes them.
fn rule_json(source: &Source, rule: &Element, general_groups: &str) -> Result<Value, Wrong> {
    let number = |name: &str| {
        let value = rule.attribute(name).unwrap_or_default();
        value.trim().parse::<i64>().map_err(|_| {
            Wrong::syntax(
                rule.offset,
                format!("<rule> {name} {value:?} is not a number"),
            )
        })
    };
    let (id, level) = (number("id")?, number("level")?);
    let mut details = Map::new();
    for (name, value) in &rule.attributes {
        if name != "id" && name != "level" {
            details.insert(name.clone(), Value::String(value.clone()));
        }
    }
    let mut groups: Vec<String> = Vec::new();
    let mut description = String::new();
    for option in &rule.children {
        let tag = option.name.to_ascii_lowercase();
        match tag.as_str() {
            "group" => groups.extend(option.text.split(',').map(str::to_string)),
            "mitre" => groups.extend(
                option
                    .children
                    .iter()
                    .map(|id| format!("mitre_{}", id.text)),
            ),
            "description" => description.push_str(&option.text),
            tag if NAMED_OPTIONS.contains(&tag) => {
                let value = with_attributes("name", option.text.clone(), option, None);
                add_detail(&mut details, tag, value)
            }
            tag if PATTERN_OPTIONS.contains(&tag) => add_pattern(&mut details, tag, option),
            tag => add_detail(&mut details, tag, Value::String(option.text.clone())),
        }
    }
    groups.extend(general_groups.split(',').map(str::to_string));
    let mut json = Map::new();
    json.insert("filename".into(), source.filename.into());
    json.insert("relative_dirname".into(), source.relative_dirname.into());
    json.insert("id".into(), id.into());
    json.insert("level".into(), level.into());
    json.insert("status".into(), source.status.into());
    json.insert("details".into(), Value::Object(details));
    let (requirements, plain) = split_groups(groups);
    for (requirement, values) in requirements {
        json.insert(requirement.into(), values.into());
    }
    json.insert("groups".into(), plain.into());
    json.insert("description".into(), description.into());
    Ok(Value::Object(json))
}

/// The requirement lists in the order Wazuh writes them (pci_dss, gpg13, gdpr, hipaa,
/// nist_800_53, tsc, mitre), each value once, and the other (non-empty) groups in order.
fn split_groups(groups: Vec<String>) -> (Vec<(&'static str, Vec<String>)>, Vec<String>) {
    const ORDER: [&str; 7] = [
        "pci_dss",
        "gpg13",
        "gdpr",
        "hipaa",
        "nist_800_53",
        "tsc",
        "mitre",
    ];
    let mut lists: Vec<(&'static str, Vec<String>)> =
        ORDER.iter().map(|name| (*name, Vec::new())).collect();
    let mut plain = Vec::new();
    for group in groups {
        let group = group.trim();
        let requirement = REQUIREMENTS.iter().find(|req| group.starts_with(*req));
        match requirement.and_then(|req| lists.iter_mut().find(|(name, _)| name == req)) {
            Some((name, list)) => {
                let value = group.get(name.len() + 1..).unwrap_or_default();
                if !list.iter().any(|known| known == value) {
                    list.push(value.to_string());
                }
            }
            None if !group.is_empty() => plain.push(group.to_string()),
            None => {}
        }
    }
    (lists, plain)
}

/// A pattern option: `{pattern, ...attributes}`; a repeated one appends its pattern and takes
/// the new attributes. A `<field>` is named by its `name` attribute.
pub(super) fn add_pattern(details: &mut Map<String, Value>, tag: &str, option: &Element) {
    let key = match tag {
        "field" => option.attribute("name").unwrap_or_default(),
        _ => tag,
    };
    let previous = details
        .get(key)
        .and_then(|known| known.get("pattern"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let pattern = format!("{previous}{}", option.text);
    let skipped = (tag == "field").then_some("name");
    let value = with_attributes("pattern", pattern, option, skipped);
    details.insert(key.to_string(), value);
}

/// `{first: value, ...the element's attributes}` (but `skipped`).
pub(super) fn with_attributes(
    first: &str,
    value: String,
    option: &Element,
    skipped: Option<&str>,
) -> Value {
    let mut object = Map::new();
    object.insert(first.into(), value.into());
    for (name, attribute) in &option.attributes {
        if Some(name.as_str()) != skipped {
            object.insert(name.clone(), attribute.clone().into());
        }
    }
    Value::Object(object)
}

/// A plain option: its value, or every value in an array once it repeats.
pub(super) fn add_detail(details: &mut Map<String, Value>, tag: &str, value: Value) {
    match details.get_mut(tag) {
        Some(Value::Array(values)) => values.push(value),
        Some(known) => *known = Value::Array(vec![known.take(), value]),
        None => {
            details.insert(tag.to_string(), value);
        }
    }
}
