//! Decoders as `GET /decoders` shows them, read from the elements of a decoder file: each
//! root `<decoder name="...">` with its position in the file and its options as `details`
//! (`prematch`, `regex` and `program_name` as `{pattern, ...attributes}`, the others as their
//! text, repeated options as arrays).

use super::rules::{add_detail, add_pattern, is};
use super::{Source, Wrong};
use crate::server::xml::Element;
use serde_json::{Map, Value};

/// The options shown as `{pattern, ...attributes}`.
const PATTERN_OPTIONS: &[&str] = &["prematch", "regex", "program_name"];

/// The decoders of a file's elements, in document order.
pub fn decoders_of(source: &Source, roots: &[Element]) -> Result<Vec<Value>, Wrong> {
    let decoders = roots.iter().filter(|root| is(root, "decoder"));
    decoders
        .enumerate()
        .map(|(position, decoder)| decoder_json(source, decoder, position))
        .collect()
}

/// The `parent` a decoder names, if any.
pub fn parent_of(decoder: &Value) -> Option<&str> {
    decoder["details"].get("parent").and_then(Value::as_str)
}

/// One decoder: its keys in the order Wazuh writes them.
fn decoder_json(source: &Source, decoder: &Element, position: usize) -> Result<Value, Wrong> {
    let name = decoder
        .attribute("name")
        .filter(|name| !name.trim().is_empty())
        .ok_or_else(|| Wrong::syntax(decoder.offset, "<decoder> without a name".into()))?;
    let mut details = Map::new();
    for option in &decoder.children {
        let tag = option.name.to_ascii_lowercase();
        match PATTERN_OPTIONS.contains(&tag.as_str()) {
            true => add_pattern(&mut details, &tag, option),
            false => add_detail(&mut details, &tag, Value::String(option.text.clone())),
        }
    }
    let mut json = Map::new();
    json.insert("filename".into(), source.filename.into());
    json.insert("relative_dirname".into(), source.relative_dirname.into());
    json.insert("status".into(), source.status.into());
    json.insert("name".into(), name.into());
    json.insert("position".into(), position.into());
    json.insert("details".into(), Value::Object(details));
    Ok(Value::Object(json))
}
