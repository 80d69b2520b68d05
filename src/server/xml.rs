//! A small XML element tree read with quick-xml, for the configuration files the server reads
//! (the groups' `agent.conf`, the manager's `ossec.conf`): each element with its attributes,
//! children and trimmed text; comments, declarations and processing instructions skipped.
//! Reading is linear in the document's size and stops at [`MAX_DEPTH`] levels of nesting, so a
//! hostile document can neither take quadratic time nor exhaust the stack of the code that
//! walks the tree. Malformed XML is error 1113.
//!
//! Imports only the server's `error` module.

use crate::api::codes::XML_SYNTAX_ERROR;
use crate::server::error::ApiError;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// The deepest nesting of elements accepted: real configuration files go five or six levels
/// deep.
pub const MAX_DEPTH: usize = 64;

/// One XML element: name, attributes in document order, child elements, and its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Element {
    /// The element's name.
    pub name: String,
    /// Its attributes, in document order.
    pub attributes: Vec<(String, String)>,
    /// Its child elements, in document order.
    pub children: Vec<Element>,
    /// Its text (of every text node, joined), trimmed.
    pub text: String,
}

impl Element {
    /// The value of an attribute, when the element has it.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(given, _)| given == name)
            .map(|(_, value)| value.as_str())
    }
}

/// A parsed document: its root elements (configuration files may hold several) and whether
/// any text stands outside them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The root elements, in order.
    pub roots: Vec<Element>,
    /// Whether non-blank text stands outside every element.
    pub stray_text: bool,
}

/// Parses a document that may hold several root elements.
pub fn parse(document: &str) -> Result<Document, ApiError> {
    let malformed = |detail: String| ApiError::code_with(XML_SYNTAX_ERROR, detail);
    let mut reader = Reader::from_str(document);
    let mut parsed = Document::default();
    let mut open: Vec<Element> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|err| malformed(format!("{err} at byte {}", reader.error_position())))?;
        match event {
            Event::Start(_) if open.len() >= MAX_DEPTH => {
                return Err(malformed(format!(
                    "elements nested deeper than {MAX_DEPTH} levels"
                )))
            }
            Event::Start(start) => open.push(element(&start).map_err(malformed)?),
            Event::Empty(start) => {
                let closed = element(&start).map_err(malformed)?;
                attach(&mut open, &mut parsed.roots, closed);
            }
            Event::End(end) => {
                let closed = open
                    .pop()
                    .ok_or_else(|| malformed(format!("unexpected </{}>", end.name().0)))?;
                attach(&mut open, &mut parsed.roots, closed);
            }
            Event::Text(text) => append_text(&mut open, &mut parsed, &text.xml10_content()),
            Event::CData(data) => append_text(&mut open, &mut parsed, &data.into_inner()),
            Event::GeneralRef(reference) => {
                let resolved = resolve_reference(&reference).map_err(malformed)?;
                append_text(&mut open, &mut parsed, &resolved);
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    match open.last() {
        Some(unclosed) => Err(malformed(format!("<{}> is never closed", unclosed.name))),
        None => Ok(parsed),
    }
}

fn element(start: &BytesStart) -> Result<Element, String> {
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|err| err.to_string())?;
        let value = attribute
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|err| err.to_string())?;
        attributes.push((attribute.key.0.to_string(), value.into_owned()));
    }
    Ok(Element {
        name: start.name().0.to_string(),
        attributes,
        ..Element::default()
    })
}

/// Hands a closed element (its text trimmed) to its parent, or to the roots.
fn attach(open: &mut [Element], roots: &mut Vec<Element>, mut closed: Element) {
    closed.text = closed.text.trim().to_string();
    match open.last_mut() {
        Some(parent) => parent.children.push(closed),
        None => roots.push(closed),
    }
}

/// Adds text to the innermost open element, or notes text outside every element.
fn append_text(open: &mut [Element], document: &mut Document, text: &str) {
    match open.last_mut() {
        Some(element) => element.text.push_str(text),
        None => document.stray_text |= !text.trim().is_empty(),
    }
}

fn resolve_reference(reference: &BytesRef) -> Result<String, String> {
    if let Some(character) = reference
        .resolve_char_ref()
        .map_err(|err| err.to_string())?
    {
        return Ok(character.to_string());
    }
    let name = reference.xml10_content();
    resolve_predefined_entity(&name)
        .map(str::to_string)
        .ok_or_else(|| format!("unknown entity &{name};"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(document: &str) -> Option<u32> {
        parse(document).err().and_then(|err| err.body.error)
    }

    #[test]
    fn a_document_nested_too_deep_is_malformed_not_a_crash() {
        let nested = |depth: usize| format!("{}x{}", "<a>".repeat(depth), "</a>".repeat(depth));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        let refused = parse(&nested(MAX_DEPTH + 1)).unwrap_err();
        assert_eq!(refused.body.error, Some(XML_SYNTAX_ERROR.code));
        assert!(
            refused.body.detail.contains("nested deeper"),
            "{}",
            refused.body.detail
        );
        assert_eq!(code(&nested(100_000)), Some(XML_SYNTAX_ERROR.code));
    }

    #[test]
    fn elements_keep_attributes_children_and_trimmed_text_with_entities() {
        let document = parse(
            "<?xml version=\"1.0\"?><!-- c --><a x=\"1\" y='2'> t &amp; u <b/><![CDATA[<v>]]></a>\n<c/>",
        )
        .unwrap();
        assert!(!document.stray_text);
        let [a, c] = &document.roots[..] else {
            panic!("two roots: {document:?}");
        };
        assert_eq!(a.attribute("y"), Some("2"));
        assert_eq!(a.attribute("z"), None);
        assert_eq!(a.text, "t & u <v>");
        assert_eq!(a.children[0].name, "b");
        assert_eq!(c.name, "c");
    }

    #[test]
    fn text_outside_the_elements_is_noted() {
        assert!(parse("<a/> stray").unwrap().stray_text);
        assert!(!parse("  <a/>\n\n").unwrap().stray_text);
    }
}
