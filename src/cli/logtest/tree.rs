//! A logtest answer as `wazuh-logtest` prints it on a terminal: the session's messages, then
//! the three phases (pre-decoding, decoding, rules) with their fields, and whether an alert
//! is generated.

use serde_json::{Map, Value};

/// The answer's `data` as the three phases.
pub fn render(data: &Value) -> String {
    let output = &data["output"];
    let mut text: Vec<String> = messages(data);
    if !text.is_empty() {
        text.push(String::new());
    }
    text.push("**Phase 1: Completed pre-decoding.".to_owned());
    text.push(field("full event", &output["full_log"]));
    for (key, value) in object(&output["predecoder"]) {
        text.push(field(key, value));
    }
    text.push(String::new());
    text.push("**Phase 2: Completed decoding.".to_owned());
    match output.get("decoder") {
        None => text.push("\tNo decoder matched.".to_owned()),
        Some(decoder) => {
            for (key, value) in object(decoder) {
                text.push(field(key, value));
            }
            let mut leaves = Vec::new();
            flatten("", &output["data"], &mut leaves);
            text.extend(leaves.iter().map(|(key, value)| field(key, value)));
        }
    }
    if let Some(rule) = output.get("rule") {
        text.push(String::new());
        text.push("**Phase 3: Completed filtering (rules).".to_owned());
        for (key, value) in object(rule) {
            text.push(field(key, value));
        }
        if data["alert"] == true {
            text.push("**Alert to be generated.".to_owned());
        }
    }
    text.join("\n") + "\n"
}

/// The answer's messages, one a line.
pub fn messages(data: &Value) -> Vec<String> {
    data["messages"]
        .as_array()
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// The members of an object (none for anything else).
fn object(value: &Value) -> impl Iterator<Item = (&String, &Value)> {
    value.as_object().into_iter().flat_map(Map::iter)
}

/// `\tkey: 'value'`, a list as `['a', 'b']` and an object's members by dotted names.
fn field(key: &str, value: &Value) -> String {
    format!("\t{key}: '{}'", text(value))
}

fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(|i| format!("'{}'", text(i))).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(members) => {
            let members: Vec<String> = members
                .iter()
                .map(|(key, value)| format!("'{key}': {}", text(value)))
                .collect();
            format!("{{{}}}", members.join(", "))
        }
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        other => other.to_string(),
    }
}

/// The leaves of the decoded `data`, by dotted names.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(members) => {
            for (key, inner) in members {
                let path = match prefix {
                    "" => key.clone(),
                    _ => format!("{prefix}.{key}"),
                };
                flatten(&path, inner, out);
            }
        }
        Value::Null => {}
        leaf => out.push((prefix.to_owned(), leaf.clone())),
    }
}
