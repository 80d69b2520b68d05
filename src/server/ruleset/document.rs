//! A rule file's elements as JSON, as Wazuh shows a file it reads with `xmltodict`: an
//! element with neither attributes nor children is its text (`null` when empty); otherwise an
//! object of its attributes (`@name`), its children by name (a repeated name becomes an
//! array, where the name first appeared) and its text as `#text`.

use crate::server::xml::Element;
use serde_json::{Map, Value};

/// The root elements of a file as one object of children (`null` for a file without any).
pub fn json(roots: &[Element]) -> Value {
    if roots.is_empty() {
        return Value::Null;
    }
    let mut object = Map::new();
    add_children(&mut object, roots);
    Value::Object(object)
}

fn element_json(element: &Element) -> Value {
    if element.attributes.is_empty() && element.children.is_empty() {
        return match element.text.is_empty() {
            true => Value::Null,
            false => Value::String(element.text.clone()),
        };
    }
    let mut object = Map::new();
    for (name, value) in &element.attributes {
        object.insert(format!("@{name}"), Value::String(value.clone()));
    }
    add_children(&mut object, &element.children);
    if !element.text.is_empty() {
        object.insert("#text".into(), Value::String(element.text.clone()));
    }
    Value::Object(object)
}

fn add_children(object: &mut Map<String, Value>, children: &[Element]) {
    for child in children {
        let value = element_json(child);
        match object.get_mut(&child.name) {
            Some(Value::Array(values)) => values.push(value),
            Some(known) => *known = Value::Array(vec![known.take(), value]),
            None => {
                object.insert(child.name.clone(), value);
            }
        }
    }
}
