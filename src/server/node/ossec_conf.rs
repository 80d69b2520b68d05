//! `ossec.conf` as Wazuh's API shows it. The `<ossec_config>` blocks of the file are read
//! into the server's element tree (`server::xml`) and turned into JSON by Wazuh's rules:
//! - a section of a kind Wazuh knows is kept as a list of every occurrence (`localfile`,
//!   `command`, ...), merged into one object (`global`, `syscheck`, ...) or only its last
//!   occurrence (`cluster`, `indexer`, ...); sections of other kinds (`logging`,
//!   `rule_test`, ...) are left out, and `<wodle name="x">` is section `x`;
//! - an option given twice keeps its last value, except the section's list options
//!   (`white_list`, `directories`, `rule_dir`, ...), which collect every value; an empty
//!   option is left out;
//! - an option with attributes or children is an object (its text as `item`, each kind of
//!   child a list); a few options have shapes of their own (syscheck `directories`, one item
//!   per path; cluster `nodes`, sca `policies`, indexer `hosts`, lists of their children's
//!   text; `label`, its text as `value`; remote `protocol`, its comma-separated values).
//!
//! Then `section` and `field` pick a part of it, with Wazuh's errors (1102, 1103, 1106).
//! [`validate`] checks a document as a manager does before using it (1908). Reading is linear
//! in the file's size.

use crate::api::codes::{
    HIGHER_VERSION_AGENTS, INVALID_CONFIGURATION, INVALID_FIELD, INVALID_SECTION,
    NO_SUCH_COMPONENT, PROTECTED_SECTION, REMOTE_COMMAND, SECTION_NOT_PRESENT,
};
use crate::api::manager::{SECTIONS, WODLE_SECTIONS};
use crate::server::error::ApiError;
use crate::server::xml::{self, Element, XmlError};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// The root element of the file's configuration blocks.
const BLOCK: &str = "ossec_config";

/// How the occurrences of a section combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeats {
    /// A list of every occurrence.
    Listed,
    /// One object: later options replace earlier ones, list options collect.
    Merged,
    /// Only the last occurrence.
    Last,
}

/// A kind of section Wazuh's JSON view shows.
struct Kind {
    name: &'static str,
    repeats: Repeats,
    /// The options that are lists even when given once.
    lists: &'static [&'static str],
}

const fn kind(name: &'static str, repeats: Repeats, lists: &'static [&'static str]) -> Kind {
    Kind {
        name,
        repeats,
        lists,
    }
}

/// The sections Wazuh's JSON view shows.
const KINDS: &[Kind] = &[
    kind("active-response", Repeats::Listed, &[]),
    kind("command", Repeats::Listed, &[]),
    kind("agentless", Repeats::Listed, &[]),
    kind("localfile", Repeats::Listed, &[]),
    kind("remote", Repeats::Listed, &[]),
    kind("syslog_output", Repeats::Listed, &[]),
    kind("integration", Repeats::Listed, &[]),
    kind("labels", Repeats::Listed, &["label"]),
    kind("alerts", Repeats::Merged, &[]),
    kind("client", Repeats::Merged, &[]),
    kind("database_output", Repeats::Merged, &[]),
    kind("email_alerts", Repeats::Merged, &["email_to"]),
    kind("reports", Repeats::Merged, &["email_to"]),
    kind("global", Repeats::Merged, &["white_list"]),
    kind("open-scap", Repeats::Merged, &["content"]),
    kind("cis-cat", Repeats::Merged, &["content"]),
    kind("syscollector", Repeats::Merged, &[]),
    kind("auth", Repeats::Merged, &[]),
    kind("osquery", Repeats::Merged, &["pack"]),
    kind("sca", Repeats::Merged, &["policies"]),
    kind(
        "rootcheck",
        Repeats::Merged,
        &[
            "rootkit_files",
            "rootkit_trojans",
            "windows_audit",
            "system_audit",
            "windows_apps",
            "windows_malware",
        ],
    ),
    kind(
        "ruleset",
        Repeats::Merged,
        &[
            "include",
            "rule",
            "rule_dir",
            "decoder",
            "decoder_dir",
            "list",
            "rule_exclude",
            "decoder_exclude",
        ],
    ),
    kind(
        "syscheck",
        Repeats::Merged,
        &["directories", "ignore", "nodiff"],
    ),
    kind("cluster", Repeats::Last, &["nodes"]),
    kind("vulnerability-detection", Repeats::Last, &[]),
    kind("indexer", Repeats::Last, &["hosts"]),
];

/// The sections a manager's configuration may have besides those the API's `section`
/// parameter names ([`SECTIONS`]).
const OTHER_SECTIONS: &[&str] = &[
    "agent-upgrade",
    "anti_tampering",
    "fluent-forward",
    "gcp-bucket",
    "gcp-pubsub",
    "github",
    "ms-graph",
    "office365",
    "rule_test",
    "task-manager",
    "wodle",
];

/// Whether a manager's configuration may have a section of this name.
fn is_known_section(name: &str) -> bool {
    let (sections, _wodles) = SECTIONS.split_at(SECTIONS.len() - WODLE_SECTIONS);
    OTHER_SECTIONS.contains(&name) || sections.contains(&name)
}

/// The ruleset options whose repeated values `distinct` shows once.
const DISTINCT_FIELDS: &[&str] = &["decoder_dir", "rule_dir"];

/// The configuration of an `ossec.conf` document, as Wazuh's JSON view shows it; a document
/// that cannot be read is 1101, with the reason.
pub fn to_json(document: &str) -> Result<Map<String, Value>, ApiError> {
    let unreadable = |reason: String| ApiError::code_with(NO_SUCH_COMPONENT, reason);
    let roots = xml::parse(document).map_err(|err| unreadable(unreadable_reason(err)))?;
    let blocks = roots.iter();
    let sections = blocks
        .filter(|root| root.name.eq_ignore_ascii_case(BLOCK))
        .flat_map(|block| &block.children);
    let mut config = Map::new();
    for section in sections {
        let name = section_name(section).map_err(unreadable)?;
        if let Some(kind) = KINDS.iter().find(|kind| kind.name == name) {
            insert_section(&mut config, kind, options(kind, section));
        }
    }
    Ok(config)
}

/// Checks an `ossec.conf` document as a manager does before using it: well-formed XML made
/// of `<ossec_config>` blocks, each of sections a manager knows (a `<wodle>` with a name); 1908
/// naming every problem found otherwise.
pub fn validate(document: &str) -> Result<(), ApiError> {
    let problems = problems(document);
    match problems.is_empty() {
        true => Ok(()),
        false => Err(ApiError::code_with(
            INVALID_CONFIGURATION,
            problems.join(", "),
        )),
    }
}

/// Checks that a valid document replacing `current` changes nothing this lab's API protects
/// (Wazuh's `upload_configuration` with every guard on, what `current` has being allowed): no
/// remote command `current` lacks (a `<localfile>` `<command>` or a `<wodle name="command">`,
/// 1124), agents of higher versions allowed only if they were (1129), the `<indexer>` section
/// and the `<global>` `<limits>` unchanged (1127).
pub fn check_protected(current: &str, new: &str) -> Result<(), ApiError> {
    let (old, new) = (blocks_of(current), blocks_of(new));
    let old_commands = remote_commands(&old);
    if let Some(command) = remote_commands(&new)
        .into_iter()
        .find(|command| !old_commands.contains(command))
    {
        return Err(ApiError::code_with(REMOTE_COMMAND, command));
    }
    if higher_versions_allowed(&new) && !higher_versions_allowed(&old) {
        return Err(ApiError::code(HIGHER_VERSION_AGENTS));
    }
    for (name, part) in [("indexer", None), ("global", Some("limits"))] {
        if protected_part(&old, name, part) != protected_part(&new, name, part) {
            return Err(ApiError::code_with(PROTECTED_SECTION, part.unwrap_or(name)));
        }
    }
    Ok(())
}

/// The remote commands of a configuration: each `<localfile>` `<command>` and each
/// `<wodle name="command">` `<command>`.
fn remote_commands(sections: &[Element]) -> Vec<String> {
    let runs_commands = |section: &&Element| {
        section.name == "localfile"
            || (section.name == "wodle" && section.attribute("name") == Some("command"))
    };
    let commands = sections.iter().filter(runs_commands);
    commands
        .filter_map(|section| child(section, "command"))
        .map(|command| command.text.clone())
        .collect()
}

/// Whether a configuration lets agents of versions above the manager's connect.
fn higher_versions_allowed(sections: &[Element]) -> bool {
    let remotes = sections.iter().filter(|section| section.name == "remote");
    remotes
        .filter_map(|remote| child(remote, "agents"))
        .filter_map(|agents| child(agents, "allow_higher_versions"))
        .any(|option| option.text == "yes")
}

/// The sections of a document's `<ossec_config>` blocks (none when it cannot be read).
fn blocks_of(document: &str) -> Vec<Element> {
    let roots = xml::parse(document).unwrap_or_default();
    roots
        .into_iter()
        .filter(|root| root.name == BLOCK)
        .flat_map(|block| block.children)
        .collect()
}

/// The first child of `element` named `name`.
fn child<'a>(element: &'a Element, name: &str) -> Option<&'a Element> {
    element.children.iter().find(|child| child.name == name)
}

/// The protected part of the sections named `name` — the sections themselves, or their `part`
/// option —, as text and attributes, to compare two documents by.
fn protected_part(sections: &[Element], name: &str, part: Option<&str>) -> Vec<String> {
    let mut parts = Vec::new();
    for section in sections.iter().filter(|section| section.name == name) {
        match part {
            None => flatten(section, &mut parts),
            Some(part) => section
                .children
                .iter()
                .filter(|child| child.name == part)
                .for_each(|child| flatten(child, &mut parts)),
        }
    }
    parts
}

/// An element's name, attributes and text, then its children's, one string each.
fn flatten(element: &Element, into: &mut Vec<String>) {
    into.push(format!(
        "{} {:?} {}",
        element.name, element.attributes, element.text
    ));
    for child in &element.children {
        flatten(child, into);
    }
}

/// Why a document is not a tree of `<ossec_config>` blocks, in words.
fn unreadable_reason(err: XmlError) -> String {
    match err {
        XmlError::Malformed { detail, .. } => format!("XML syntax error: {detail}"),
        XmlError::StrayText { .. } => format!("text outside the <{BLOCK}> blocks"),
    }
}

/// What is wrong with a document, each problem once, in document order.
fn problems(document: &str) -> Vec<String> {
    let roots = match xml::parse(document) {
        Ok(roots) => roots,
        Err(err) => return vec![unreadable_reason(err)],
    };
    let mut problems = Vec::new();
    if roots.is_empty() {
        problems.push(format!("no <{BLOCK}> block"));
    }
    let invalid = |name: &str| format!("Invalid element in the configuration: '{name}'");
    for root in &roots {
        if root.name != BLOCK {
            problems.push(invalid(&root.name));
            continue;
        }
        for section in &root.children {
            if !is_known_section(&section.name) {
                problems.push(invalid(&section.name));
            } else if section_name(section).is_err() {
                problems.push("a <wodle> has no name".to_string());
            }
        }
    }
    let mut seen = HashSet::new();
    problems.retain(|problem| seen.insert(problem.clone()));
    problems
}

/// The part of `config` a request asks for: everything, one section, or one option of a
/// section (of each of its occurrences, for a listed section). `distinct` shows the
/// ruleset's repeated directories once.
pub fn select(
    mut config: Map<String, Value>,
    section: Option<&str>,
    field: Option<&str>,
    distinct: bool,
) -> Result<Value, ApiError> {
    let Some(section) = section else {
        return Ok(Value::Object(config));
    };
    let Some(data) = config.remove(section) else {
        let code = match KINDS.iter().any(|kind| kind.name == section) {
            true => SECTION_NOT_PRESENT,
            false => INVALID_SECTION,
        };
        return Err(ApiError::code_with(code, section));
    };
    let data = match field {
        Some(field) => field_of(data, section, field, distinct)?,
        None => data,
    };
    Ok(Value::Object(Map::from_iter([(section.to_string(), data)])))
}

/// The option `field` of a section: `{field: value}`, or one such object per occurrence of a
/// listed section; 1103 when an occurrence lacks it.
fn field_of(data: Value, section: &str, field: &str, distinct: bool) -> Result<Value, ApiError> {
    let pick = |mut occurrence: Value| {
        let value = occurrence
            .as_object_mut()
            .and_then(|options| options.remove(field))
            .ok_or_else(|| ApiError::code(INVALID_FIELD))?;
        let value = match distinct && section == "ruleset" && DISTINCT_FIELDS.contains(&field) {
            true => first_occurrences(value),
            false => value,
        };
        Ok(Value::Object(Map::from_iter([(field.to_string(), value)])))
    };
    match data {
        Value::Array(occurrences) => occurrences.into_iter().map(pick).collect(),
        occurrence => pick(occurrence),
    }
}

/// A list with each value kept only where it first appears.
fn first_occurrences(value: Value) -> Value {
    let Value::Array(values) = value else {
        return value;
    };
    let mut seen = HashSet::with_capacity(values.len());
    let kept = values
        .into_iter()
        .filter(|value| seen.insert(value.to_string()));
    Value::Array(kept.collect())
}

/// A section's name: its element's, lower-cased, or the `name` of a `<wodle>`.
fn section_name(section: &Element) -> Result<String, String> {
    let name = section.name.to_lowercase();
    if name != "wodle" {
        return Ok(name);
    }
    section
        .attribute("name")
        .map(str::to_string)
        .ok_or_else(|| "a <wodle> has no name".to_string())
}

/// Adds one occurrence of a section to the configuration, as its kind says.
fn insert_section(config: &mut Map<String, Value>, kind: &Kind, options: Map<String, Value>) {
    let name = kind.name.to_string();
    match (kind.repeats, config.get_mut(&name)) {
        (Repeats::Listed, Some(Value::Array(occurrences))) => {
            occurrences.push(Value::Object(options));
        }
        (Repeats::Listed, _) => {
            config.insert(name, Value::Array(vec![Value::Object(options)]));
        }
        (Repeats::Merged, Some(Value::Object(merged))) => merge(merged, kind, options),
        (Repeats::Merged | Repeats::Last, _) => {
            config.insert(name, Value::Object(options));
        }
    }
}

/// Merges a later occurrence of a section into the earlier ones: list options collect,
/// the others take the later value.
fn merge(merged: &mut Map<String, Value>, kind: &Kind, options: Map<String, Value>) {
    for (name, value) in options {
        match (merged.get_mut(&name), value) {
            (Some(Value::Array(earlier)), Value::Array(later))
                if kind.lists.contains(&name.as_str()) =>
            {
                earlier.extend(later);
            }
            (_, value) => {
                merged.insert(name, value);
            }
        }
    }
}

/// The options of one occurrence of a section.
fn options(kind: &Kind, section: &Element) -> Map<String, Value> {
    let mut options = Map::new();
    for option in &section.children {
        let name = option.name.to_lowercase();
        match read_option(kind.name, &name, option) {
            Read::One(value) => insert_option(&mut options, kind, &name, value),
            Read::Each(values) => {
                for value in values {
                    insert_option(&mut options, kind, &name, value);
                }
            }
        }
    }
    options
}

/// What an option reads as: one value, or several added one by one.
enum Read {
    One(Value),
    Each(Vec<Value>),
}

/// Reads an option by the rules of its section.
fn read_option(section: &str, name: &str, option: &Element) -> Read {
    match (section, name) {
        ("syscheck", "directories") => Read::Each(directories(option)),
        ("syscheck", "synchronization" | "whodata") => Read::One(split_children(option)),
        ("cluster", "nodes") | ("sca", "policies") | ("indexer", "hosts") => {
            Read::Each(option.children.iter().map(text).collect())
        }
        ("labels", "label") => Read::One(label(option)),
        ("remote", "protocol") => {
            let protocols = option
                .text
                .split(',')
                .map(|protocol| protocol.trim().into());
            Read::One(Value::Array(protocols.collect()))
        }
        _ => Read::One(value_of(option)),
    }
}

/// Adds an option's value to its section: an empty value is left out; a value given again
/// joins the list it started (a list option starts one), else replaces the earlier one.
fn insert_option(options: &mut Map<String, Value>, kind: &Kind, name: &str, value: Value) {
    if is_empty(&value) {
        return;
    }
    match options.get_mut(name) {
        Some(Value::Array(values)) => values.push(value),
        Some(earlier) => *earlier = value,
        None if kind.lists.contains(&name) => {
            options.insert(name.to_string(), Value::Array(vec![value]));
        }
        None => {
            options.insert(name.to_string(), value);
        }
    }
}

/// Whether a value counts as not given (Python's falsy values).
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.is_empty(),
        Value::Array(values) => values.is_empty(),
        Value::Object(members) => members.is_empty(),
        Value::Bool(_) | Value::Number(_) => false,
    }
}

/// An element's text, `null` when it has none.
fn text(element: &Element) -> Value {
    match element.text.is_empty() {
        true => Value::Null,
        false => Value::String(element.text.clone()),
    }
}

/// The value of an option by the general rule: its text, or, when it has attributes or
/// children, an object of them (each kind of child a list; the text as `item` when it has no
/// children).
fn value_of(option: &Element) -> Value {
    if option.attributes.is_empty() && option.children.is_empty() {
        return text(option);
    }
    let mut object = attributes(option);
    if option.children.is_empty() {
        object.insert("item".into(), text(option));
    }
    for child in &option.children {
        let values = object
            .entry(child.name.to_lowercase())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(values) = values {
            values.push(value_of(child));
        }
    }
    Value::Object(object)
}

/// An element's attributes as an object of strings.
fn attributes(element: &Element) -> Map<String, Value> {
    let pairs = element.attributes.iter();
    pairs
        .map(|(name, value)| (name.clone(), Value::String(value.clone())))
        .collect()
}

/// Syscheck `directories`: one item per comma-separated path, each with the attributes.
fn directories(option: &Element) -> Vec<Value> {
    let paths = option.text.split(',').filter(|_| !option.text.is_empty());
    paths
        .map(|path| {
            let mut item = attributes(option);
            item.insert("path".into(), Value::String(path.trim().to_string()));
            Value::Object(item)
        })
        .collect()
}

/// Syscheck `synchronization` and `whodata`: an object of the children, a text with a comma
/// (after its first character) split into its parts.
fn split_children(option: &Element) -> Value {
    let children = option.children.iter().map(|child| {
        let value = match value_of(child) {
            Value::String(text) if text.find(',').is_some_and(|at| at > 0) => {
                Value::Array(text.split(',').map(Value::from).collect())
            }
            value => value,
        };
        (child.name.to_lowercase(), value)
    });
    Value::Object(children.collect())
}

/// A `label`: its text as `value`, then its attributes.
fn label(option: &Element) -> Value {
    let mut object = Map::from_iter([("value".to_string(), text(option))]);
    object.extend(attributes(option));
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::demo::MASTER_OSSEC_CONF;
    use serde_json::json;

    fn config(document: &str) -> Value {
        Value::Object(to_json(document).unwrap())
    }

    fn code(result: Result<Value, ApiError>) -> Option<u32> {
        result.err().and_then(|err| err.body.error)
    }

    #[test]
    fn sections_are_listed_merged_or_last_by_kind() {
        let config = config(
            "<ossec_config>
               <localfile><location>/a</location></localfile>
               <global><logall>no</logall><white_list>1.1.1.1</white_list></global>
               <cluster><name>first</name></cluster>
               <logging><log_format>plain</log_format></logging>
             </ossec_config>
             <ossec_config>
               <localfile><location>/b</location></localfile>
               <global><logall>yes</logall><white_list>2.2.2.2</white_list></global>
               <cluster><name>second</name></cluster>
             </ossec_config>
             <other><global><logall>x</logall></global></other>",
        );
        assert_eq!(
            config,
            json!({
                "localfile": [{"location": "/a"}, {"location": "/b"}],
                "global": {"logall": "yes", "white_list": ["1.1.1.1", "2.2.2.2"]},
                "cluster": {"name": "second"},
            })
        );
    }

    #[test]
    fn options_follow_wazuh_shapes() {
        let config = config(
            r#"<ossec_config>
                 <syscheck>
                   <directories check_all="yes">/etc, /bin</directories>
                   <directories>/boot</directories>
                   <frequency>10</frequency><frequency>20</frequency>
                   <synchronization><interval>5m</interval><max_eps>a,b</max_eps></synchronization>
                   <ignore type="sregex">.log$</ignore>
                   <empty></empty>
                 </syscheck>
                 <cluster><nodes><node>10.0.0.1</node><node>10.0.0.2</node></nodes></cluster>
                 <labels><label key="site" hidden="yes">lisbon</label></labels>
                 <remote><protocol>udp, tcp</protocol></remote>
                 <wodle name="syscollector"><ports all="no">yes</ports></wodle>
                 <indexer><ssl><ca>a</ca><ca>b</ca><key>k</key></ssl></indexer>
               </ossec_config>"#,
        );
        assert_eq!(
            config["syscheck"],
            json!({
                "directories": [
                    {"check_all": "yes", "path": "/etc"},
                    {"check_all": "yes", "path": "/bin"},
                    {"path": "/boot"}
                ],
                "frequency": "20",
                "synchronization": {"interval": "5m", "max_eps": ["a", "b"]},
                "ignore": [{"type": "sregex", "item": ".log$"}],
            })
        );
        assert_eq!(config["cluster"]["nodes"], json!(["10.0.0.1", "10.0.0.2"]));
        assert_eq!(
            config["labels"],
            json!([{"label": [{"value": "lisbon", "key": "site", "hidden": "yes"}]}])
        );
        assert_eq!(config["remote"], json!([{"protocol": ["udp", "tcp"]}]));
        assert_eq!(
            config["syscollector"],
            json!({"ports": {"all": "no", "item": "yes"}})
        );
        assert_eq!(
            config["indexer"],
            json!({"ssl": {"ca": ["a", "b"], "key": ["k"]}})
        );
    }

    #[test]
    fn unreadable_documents_are_1101_with_the_reason() {
        for document in [
            "<ossec_config><global></ossec_config>",
            "<ossec_config><wodle/></ossec_config>",
        ] {
            let err = to_json(document).unwrap_err();
            assert_eq!(err.body.error, Some(NO_SUCH_COMPONENT.code), "{document}");
            assert!(err
                .body
                .detail
                .starts_with("Requested component does not exist: "));
        }
    }

    #[test]
    fn sections_and_fields_are_picked_with_wazuh_errors() {
        let demo = || to_json(MASTER_OSSEC_CONF).unwrap();
        let global = select(demo(), Some("global"), Some("white_list"), false).unwrap();
        assert_eq!(
            global,
            json!({"global": {"white_list": ["127.0.0.1", "10.10.0.0/16"]}})
        );
        let locations = select(demo(), Some("localfile"), Some("log_format"), false).unwrap();
        assert_eq!(locations["localfile"].as_array().unwrap().len(), 3);
        assert_eq!(locations["localfile"][0], json!({"log_format": "command"}));
        assert_eq!(
            code(select(demo(), Some("localfile"), Some("location"), false)),
            Some(INVALID_FIELD.code),
            "the command localfile has no location"
        );
        assert_eq!(
            code(select(demo(), Some("email_alerts"), None, false)),
            Some(SECTION_NOT_PRESENT.code)
        );
        assert_eq!(
            code(select(demo(), Some("logging"), None, false)),
            Some(INVALID_SECTION.code),
            "Wazuh's view leaves logging out"
        );
        assert_eq!(
            select(demo(), None, Some("ignored"), false).unwrap(),
            Value::Object(demo())
        );
    }

    #[test]
    fn distinct_shows_the_ruleset_directories_once() {
        let document = "<ossec_config><ruleset>
            <rule_dir>r</rule_dir><rule_dir>s</rule_dir><rule_dir>r</rule_dir>
            <list>l</list><list>l</list></ruleset></ossec_config>";
        let pick = |field, distinct| {
            let config = to_json(document).unwrap();
            select(config, Some("ruleset"), Some(field), distinct).unwrap()["ruleset"][field]
                .clone()
        };
        assert_eq!(pick("rule_dir", true), json!(["r", "s"]));
        assert_eq!(pick("rule_dir", false), json!(["r", "s", "r"]));
        assert_eq!(pick("list", true), json!(["l", "l"]));
    }

    #[test]
    fn wodle_modules_are_not_sections_of_their_own() {
        assert!(is_known_section("global") && is_known_section("indexer"));
        assert!(is_known_section("rule_test") && is_known_section("wodle"));
        assert!(!is_known_section("aws-s3") && !is_known_section("syscollector"));
    }

    #[test]
    fn the_demo_configuration_is_valid() {
        assert!(validate(MASTER_OSSEC_CONF).is_ok());
        assert!(
            validate("<ossec_config/>\n<ossec_config><wodle name=\"x\"/></ossec_config>").is_ok()
        );
    }

    #[test]
    fn invalid_configurations_are_1908_naming_each_problem_once() {
        for (document, problem) in [
            ("", "no <ossec_config> block"),
            ("<ossec_config><global></ossec_config>", "XML syntax error"),
            (
                "<ossec_config/> text",
                "text outside the <ossec_config> blocks",
            ),
            (
                "<agent_config/>",
                "Invalid element in the configuration: 'agent_config'",
            ),
            (
                "<ossec_config><wodle/></ossec_config>",
                "a <wodle> has no name",
            ),
        ] {
            let err = validate(document).unwrap_err();
            assert_eq!(
                err.body.error,
                Some(INVALID_CONFIGURATION.code),
                "{document}"
            );
            assert!(
                err.body.detail.contains(problem),
                "{document}: {}",
                err.body.detail
            );
        }
        let err = validate("<ossec_config><globl/><remot/><globl/></ossec_config>").unwrap_err();
        assert_eq!(
            err.body.detail,
            "Error validating configuration: Invalid element in the configuration: 'globl', \
             Invalid element in the configuration: 'remot'"
        );
    }

    #[test]
    fn thousands_of_sections_take_one_pass() {
        let sections: String = (0..20_000)
            .map(|n| format!("<localfile><location>/l{n}</location></localfile><global><white_list>{n}</white_list></global>"))
            .collect();
        let config = config(&format!("<ossec_config>{sections}</ossec_config>"));
        assert_eq!(config["localfile"].as_array().unwrap().len(), 20_000);
        assert_eq!(config["global"]["white_list"][19_999], "19999");
    }
}
