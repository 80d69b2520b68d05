//! `agent.conf` documents: read into the shared element tree (`server::xml`), the checks Wazuh
//! makes before accepting one (1112 empty, 1113 malformed XML, 1114 not a sequence of
//! `<agent_config>` blocks), and the JSON view `GET /groups/{group_id}/configuration` shows.

use crate::api::codes::{EMPTY_FILE, WAZUH_SYNTAX_ERROR, XML_SYNTAX_ERROR};
use crate::server::error::ApiError;
use crate::server::xml::{self, Element, XmlError};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The root element every block of an `agent.conf` must be.
const BLOCK: &str = "agent_config";

/// Sections Wazuh always shows as lists, even when they appear once.
const LIST_SECTIONS: &[&str] = &["localfile", "command", "wodle", "active-response"];

/// Checks an `agent.conf` document and returns its blocks as JSON (`{filters, config}` each).
pub fn agent_conf_blocks(document: &str) -> Result<Vec<Value>, ApiError> {
    if document.trim().is_empty() {
        return Err(ApiError::code(EMPTY_FILE));
    }
    let roots = parse(document)?;
    if roots.is_empty() {
        return Err(ApiError::code_with(
            WAZUH_SYNTAX_ERROR,
            "no <agent_config> block",
        ));
    }
    if let Some(other) = roots.iter().find(|root| root.name != BLOCK) {
        return Err(ApiError::code_with(
            WAZUH_SYNTAX_ERROR,
            format!(
                "unexpected root element <{}>, expected <{BLOCK}>",
                other.name
            ),
        ));
    }
    Ok(roots.iter().map(block_json).collect())
}

/// The document's elements: 1113 when it is not XML, 1114 for text outside the blocks.
fn parse(document: &str) -> Result<Vec<Element>, ApiError> {
    xml::parse(document).map_err(|err| match err {
        XmlError::Malformed { detail, .. } => ApiError::code_with(XML_SYNTAX_ERROR, detail),
        XmlError::StrayText { .. } => {
            ApiError::code_with(WAZUH_SYNTAX_ERROR, "text outside the <agent_config> blocks")
        }
    })
}

/// One `<agent_config>` block: its attributes are the filters, its children the config.
fn block_json(block: &Element) -> Value {
    let filters: Map<String, Value> = block
        .attributes
        .iter()
        .map(|(name, value)| (name.clone(), Value::String(value.clone())))
        .collect();
    let mut json = Map::new();
    json.insert("filters".into(), Value::Object(filters));
    json.insert(
        "config".into(),
        Value::Object(children_json(&block.children)),
    );
    Value::Object(json)
}

/// Children by name; a name seen more than once (or a list section) becomes an array. The
/// names are counted first, so a block of thousands of children costs one pass each.
fn children_json(children: &[Element]) -> Map<String, Value> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for child in children {
        *seen.entry(child.name.as_str()).or_default() += 1;
    }
    let mut map = Map::new();
    for child in children {
        let value = element_json(child);
        let repeated = seen[child.name.as_str()] > 1;
        if repeated || LIST_SECTIONS.contains(&child.name.as_str()) {
            let list = map
                .entry(child.name.clone())
                .or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(items) = list {
                items.push(value);
            }
        } else {
            map.insert(child.name.clone(), value);
        }
    }
    map
}

/// A leaf is its text; an element with attributes or children is an object (text as `item`).
fn element_json(element: &Element) -> Value {
    if element.attributes.is_empty() && element.children.is_empty() {
        return Value::String(element.text.clone());
    }
    let mut map: Map<String, Value> = element
        .attributes
        .iter()
        .map(|(name, value)| (name.clone(), Value::String(value.clone())))
        .collect();
    map.extend(children_json(&element.children));
    if !element.text.is_empty() {
        map.insert("item".into(), Value::String(element.text.clone()));
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn code(result: Result<Vec<Value>, ApiError>) -> Option<u32> {
        result.err().and_then(|err| err.body.error)
    }

    /// An `agent_config` block with `depth` elements nested inside it.
    fn nested(depth: usize) -> String {
        let open = "<a>".repeat(depth);
        let close = "</a>".repeat(depth);
        format!("<agent_config>{open}x{close}</agent_config>")
    }

    #[test]
    fn a_document_nested_too_deep_is_malformed_not_a_crash() {
        assert!(agent_conf_blocks(&nested(xml::MAX_DEPTH - 1)).is_ok());
        let refused = agent_conf_blocks(&nested(xml::MAX_DEPTH)).unwrap_err();
        assert_eq!(refused.body.error, Some(XML_SYNTAX_ERROR.code));
        assert!(
            refused.body.detail.contains("nested deeper"),
            "{}",
            refused.body.detail
        );
        assert_eq!(
            code(agent_conf_blocks(&nested(100_000))),
            Some(XML_SYNTAX_ERROR.code)
        );
    }

    #[test]
    fn blocks_show_filters_and_config_with_list_sections() {
        let document = r#"
            <agent_config name="agent_name">
              <localfile><location>/var/log/my.log</location><log_format>syslog</log_format></localfile>
            </agent_config>
            <!-- a comment -->
            <agent_config os="Linux">
              <syscheck><frequency>43200</frequency><directories check_all="yes">/etc</directories><directories>/bin &amp; /sbin</directories></syscheck>
            </agent_config>"#;
        let blocks = agent_conf_blocks(document).unwrap();
        assert_eq!(
            blocks,
            vec![
                json!({"filters": {"name": "agent_name"}, "config": {"localfile": [
                    {"location": "/var/log/my.log", "log_format": "syslog"}]}}),
                json!({"filters": {"os": "Linux"}, "config": {"syscheck": {
                    "frequency": "43200",
                    "directories": [{"check_all": "yes", "item": "/etc"}, "/bin & /sbin"]}}}),
            ]
        );
    }

    #[test]
    fn thousands_of_sections_group_by_name() {
        let sections: String = (0..20_000)
            .map(|n| {
                format!("<localfile><location>/l{n}</location></localfile><ignore>{n}</ignore>")
            })
            .collect();
        let document = format!("<agent_config>{sections}<single>x</single></agent_config>");
        let blocks = agent_conf_blocks(&document).unwrap();
        let config = &blocks[0]["config"];
        assert_eq!(config["localfile"].as_array().unwrap().len(), 20_000);
        assert_eq!(config["ignore"][19_999], "19999");
        assert_eq!(config["single"], "x");
    }

    #[test]
    fn an_empty_block_is_accepted() {
        let blocks = agent_conf_blocks("<agent_config></agent_config>\n").unwrap();
        assert_eq!(blocks, vec![json!({"filters": {}, "config": {}})]);
    }

    #[test]
    fn empty_documents_are_1112() {
        assert_eq!(code(agent_conf_blocks("  \n")), Some(EMPTY_FILE.code));
    }

    #[test]
    fn malformed_documents_are_1113() {
        for document in [
            "<agent_config><localfile></agent_config>",
            "<agent_config>",
            "<agent_config></agent_config></x>",
            "<agent_config a=1></agent_config>",
            "<agent_config>&nope;</agent_config>",
        ] {
            assert_eq!(
                code(agent_conf_blocks(document)),
                Some(XML_SYNTAX_ERROR.code),
                "{document}"
            );
        }
    }

    #[test]
    fn other_roots_or_stray_text_are_1114() {
        for document in [
            "<ossec_config></ossec_config>",
            "<agent_config></agent_config><other/>",
            "just text",
            "<!-- only a comment -->",
        ] {
            assert_eq!(
                code(agent_conf_blocks(document)),
                Some(WAZUH_SYNTAX_ERROR.code),
                "{document}"
            );
        }
    }
}
