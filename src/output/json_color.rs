//! JSON pretty-printed with colour, as jq shows it on a terminal: keys blue, strings green,
//! numbers and booleans plain, null grey. Same layout as `serde_json::to_string_pretty`.
//!
//! Imports nothing from the crate.

use serde_json::Value;
use std::fmt::Write;

/// Keys.
const KEY: &str = "\x1b[34;1m";
/// String values.
const STRING: &str = "\x1b[32m";
/// `null`.
const NULL: &str = "\x1b[90m";
/// Back to the terminal's own style.
const RESET: &str = "\x1b[0m";

/// The value as pretty JSON with colour.
pub fn pretty(value: &Value) -> String {
    let mut out = String::new();
    write_value(&mut out, value, 0);
    out
}

fn write_value(out: &mut String, value: &Value, depth: usize) {
    match value {
        Value::Null => paint(out, NULL, "null"),
        Value::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
        Value::Number(number) => {
            let _ = write!(out, "{number}");
        }
        Value::String(text) => paint(out, STRING, &quoted(text)),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Array(items) => {
            out.push('[');
            for (index, item) in items.iter().enumerate() {
                separator(out, index, depth + 1);
                write_value(out, item, depth + 1);
            }
            close(out, depth, ']');
        }
        Value::Object(map) => {
            out.push('{');
            for (index, (key, item)) in map.iter().enumerate() {
                separator(out, index, depth + 1);
                paint(out, KEY, &quoted(key));
                out.push_str(": ");
                write_value(out, item, depth + 1);
            }
            close(out, depth, '}');
        }
    }
}

/// A comma after the previous member, then a new line indented to `depth`.
fn separator(out: &mut String, index: usize, depth: usize) {
    if index > 0 {
        out.push(',');
    }
    out.push('\n');
    out.push_str(&"  ".repeat(depth));
}

/// A new line indented to `depth`, then the closing bracket.
fn close(out: &mut String, depth: usize, bracket: char) {
    out.push('\n');
    out.push_str(&"  ".repeat(depth));
    out.push(bracket);
}

fn paint(out: &mut String, style: &str, text: &str) {
    out.push_str(style);
    out.push_str(text);
    out.push_str(RESET);
}

/// A string as JSON writes it (quotes and escapes).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_layout_is_serde_jsons_and_the_colours_mark_keys_strings_and_null() {
        let value = json!({"data": {"items": [{"id": "001", "n": 1, "ok": true}], "none": null,
            "empty": [], "quote": "a\"b"}, "error": 0});
        let colored = pretty(&value);
        let plain = regex::Regex::new("\x1b\\[[0-9;]*m")
            .unwrap()
            .replace_all(&colored, "");
        assert_eq!(plain, serde_json::to_string_pretty(&value).unwrap());
        assert!(colored.contains(&format!("{KEY}\"id\"{RESET}: {STRING}\"001\"{RESET}")));
        assert!(colored.contains(&format!("{NULL}null{RESET}")));
        assert!(colored.contains(&format!("{STRING}\"a\\\"b\"{RESET}")));
    }
}
