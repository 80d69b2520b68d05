//! A small XML element tree read with quick-xml, shared by the documents the server keeps as
//! real files (groups' `agent.conf`, the ruleset): elements with their attributes in document
//! order, children and text (trimmed, and as written), several root elements allowed (as Wazuh's files have),
//! comments and declarations skipped. Nesting is capped and the walk is linear, so a hostile
//! document costs its length and never the stack.
//!
//! Imports nothing from the crate.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

/// The deepest nesting of elements accepted: real files go five or six levels deep; the cap
/// keeps a hostile document from exhausting the stack of the code that walks the tree.
pub const MAX_DEPTH: usize = 64;

/// One XML element: name, attributes in document order, child elements, and its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Element {
    /// The tag name, as written.
    pub name: String,
    /// The attributes, in document order.
    pub attributes: Vec<(String, String)>,
    /// The child elements, in document order.
    pub children: Vec<Element>,
    /// The text inside the element (its parts joined), trimmed.
    pub text: String,
    /// The text as written, untrimmed (patterns can begin or end with a space).
    pub raw_text: String,
    /// The byte offset of the element's start tag in the document.
    pub offset: u64,
}

impl Element {
    /// The value of an attribute, when the element has it.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Why a document is not a tree of elements.
#[derive(Debug, Clone, PartialEq)]
pub enum XmlError {
    /// Not well-formed XML: what is wrong, and the byte offset where it was found.
    Malformed {
        /// What is wrong.
        detail: String,
        /// Where, in bytes from the start.
        offset: u64,
    },
    /// Text outside every element, at this byte offset.
    StrayText {
        /// Where, in bytes from the start.
        offset: u64,
    },
}

/// Parses a document that may hold several root elements.
pub fn parse(document: &str) -> Result<Vec<Element>, XmlError> {
    let mut reader = Reader::from_str(document);
    let mut roots = Vec::new();
    let mut open: Vec<Element> = Vec::new();
    loop {
        let offset = reader.buffer_position();
        let malformed = |detail: String| XmlError::Malformed { detail, offset };
        let event = reader.read_event().map_err(|err| XmlError::Malformed {
            detail: format!("{err} at byte {}", reader.error_position()),
            offset: reader.error_position(),
        })?;
        match event {
            Event::Start(_) if open.len() >= MAX_DEPTH => {
                return Err(malformed(format!(
                    "elements nested deeper than {MAX_DEPTH} levels"
                )))
            }
            Event::Start(start) => open.push(element(&start, offset).map_err(malformed)?),
            Event::Empty(start) => {
                let closed = element(&start, offset).map_err(malformed)?;
                attach(&mut open, &mut roots, closed);
            }
            Event::End(end) => {
                let closed = open
                    .pop()
                    .ok_or_else(|| malformed(format!("unexpected </{}>", end.name().0)))?;
                attach(&mut open, &mut roots, closed);
            }
            Event::Text(text) => append_text(&mut open, &text.xml10_content(), offset)?,
            Event::CData(data) => append_text(&mut open, &data.into_inner(), offset)?,
            Event::GeneralRef(reference) => {
                let resolved = resolve_reference(&reference).map_err(malformed)?;
                append_text(&mut open, &resolved, offset)?;
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
    match open.last() {
        Some(unclosed) => Err(XmlError::Malformed {
            detail: format!("<{}> is never closed", unclosed.name),
            offset: unclosed.offset,
        }),
        None => Ok(roots),
    }
}

/// The 1-based line and column (in characters) of a byte offset of a document.
pub fn line_column(document: &str, offset: u64) -> (usize, usize) {
    let end = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(document.len());
    let before = document.get(..end).unwrap_or(document);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn element(start: &BytesStart, offset: u64) -> Result<Element, String> {
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
        offset,
        ..Element::default()
    })
}

/// Hands a closed element (its text trimmed) to its parent, or to the roots.
fn attach(open: &mut [Element], roots: &mut Vec<Element>, mut closed: Element) {
    closed.raw_text = std::mem::take(&mut closed.text);
    closed.text = closed.raw_text.trim().to_string();
    match open.last_mut() {
        Some(parent) => parent.children.push(closed),
        None => roots.push(closed),
    }
}

/// Adds text to the innermost open element; text outside every element is refused.
fn append_text(open: &mut [Element], text: &str, offset: u64) -> Result<(), XmlError> {
    match open.last_mut() {
        Some(element) => {
            element.text.push_str(text);
            Ok(())
        }
        None if text.trim().is_empty() => Ok(()),
        None => Err(XmlError::StrayText { offset }),
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

    #[test]
    fn errors_point_at_their_place() {
        let document = "<group>\n  <rule id=\"1\">\n  </group>";
        let XmlError::Malformed { offset, .. } = parse(document).unwrap_err() else {
            panic!("not malformed");
        };
        assert_eq!(line_column(document, offset), (3, 3));
        let unclosed = "<a>\n <b>";
        let XmlError::Malformed { offset, detail } = parse(unclosed).unwrap_err() else {
            panic!("not malformed");
        };
        assert_eq!(detail, "<b> is never closed");
        assert_eq!(line_column(unclosed, offset), (2, 2));
    }

    #[test]
    fn elements_keep_attributes_children_text_and_offsets() {
        let roots = parse("<!-- c -->\n<a x=\"1\" y='&amp;'>t<b/> u </a><c>z</c>").unwrap();
        assert_eq!(roots.len(), 2);
        assert_eq!(roots[0].attribute("y"), Some("&"));
        assert_eq!(roots[0].text, "t u");
        assert_eq!(roots[0].raw_text, "t u ");
        assert_eq!(roots[0].children[0].name, "b");
        assert_eq!(roots[0].offset, 11);
        assert_eq!(roots[1].text, "z");
        assert_eq!(parse("x<a/>"), Err(XmlError::StrayText { offset: 0 }));
    }
}
