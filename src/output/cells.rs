//! Cells of tables and CSV: which columns a print shows, looking dotted paths up in items, and
//! rendering values as cell text.
//!
//! Imports only `serde_json` and the parent's `Column`.

use super::Column;
use serde_json::Value;
use std::collections::HashSet;

/// A column chosen for one print: its table header and its dotted path into an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Col {
    /// Header text for tables.
    pub header: String,
    /// Dotted path, e.g. `os.name`; empty for the item itself.
    pub path: String,
}

/// The columns for `items`: `fields` if given, else `declared`, else every leaf path of the
/// items in first-seen order. Items that are all scalars (e.g. ids) always get one column.
pub(super) fn choose_columns(
    items: &[Value],
    declared: &[Column],
    fields: Option<&[String]>,
) -> Vec<Col> {
    let all_scalars = !items.is_empty() && !items.iter().any(Value::is_object);
    match fields {
        _ if all_scalars => scalar_column(items, declared),
        Some(fields) => fields
            .iter()
            .map(|path| field_column(path, declared))
            .collect(),
        None if !declared.is_empty() => declared
            .iter()
            .map(|column| Col {
                header: column.header.to_string(),
                path: column.path.to_string(),
            })
            .collect(),
        None => inferred_columns(items),
    }
}

/// The one column of scalar items: the declared item column (empty path) when there is one.
fn scalar_column(items: &[Value], declared: &[Column]) -> Vec<Col> {
    match declared.iter().find(|column| column.path.is_empty()) {
        Some(column) => vec![Col {
            header: column.header.to_string(),
            path: String::new(),
        }],
        None => inferred_columns(items),
    }
}

/// The column for a `--fields` path: the declared header when one has this path.
fn field_column(path: &str, declared: &[Column]) -> Col {
    let header = declared
        .iter()
        .find(|column| column.path == path)
        .map_or_else(|| header_for_path(path), |column| column.header.to_string());
    Col {
        header,
        path: path.to_string(),
    }
}

/// Columns for the union of the items' leaf paths, in first-seen order.
fn inferred_columns(items: &[Value]) -> Vec<Col> {
    leaf_paths(items)
        .into_iter()
        .map(|path| Col {
            header: header_for_path(&path),
            path,
        })
        .collect()
}

/// The union of the dotted leaf paths of `values`, in first-seen order; a scalar's path is
/// empty; arrays are leaves.
pub(super) fn leaf_paths(values: &[Value]) -> Vec<String> {
    let mut paths = Vec::new();
    let mut seen = HashSet::new();
    for value in values {
        collect_leaf_paths(value, "", &mut paths, &mut seen);
    }
    paths
}

/// Adds the leaf paths under `value` (at `prefix`) that are not in `seen` yet.
fn collect_leaf_paths(
    value: &Value,
    prefix: &str,
    paths: &mut Vec<String>,
    seen: &mut HashSet<String>,
) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                collect_leaf_paths(child, &path, paths, seen);
            }
        }
        _ => {
            if seen.insert(prefix.to_string()) {
                paths.push(prefix.to_string());
            }
        }
    }
}

/// A table header for a path: upper case, words split at `_` and camelCase; `VALUE` for the
/// item itself. `lastKeepAlive` → `LAST KEEP ALIVE`, `os.name` → `OS.NAME`.
pub(super) fn header_for_path(path: &str) -> String {
    if path.is_empty() {
        return "VALUE".to_string();
    }
    let mut header = String::new();
    let mut previous_is_lower = false;
    for character in path.chars() {
        if character == '_' {
            header.push(' ');
        } else {
            if character.is_uppercase() && previous_is_lower {
                header.push(' ');
            }
            header.extend(character.to_uppercase());
        }
        previous_is_lower = character.is_lowercase();
    }
    header
}

/// The value at a dotted path; through arrays it collects the value of every element.
pub(super) fn lookup(item: &Value, path: &str) -> Option<Value> {
    if path.is_empty() {
        return Some(item.clone());
    }
    let parts: Vec<&str> = path.split('.').collect();
    lookup_parts(item, &parts)
}

/// `lookup` over a path already split at its dots.
fn lookup_parts(value: &Value, parts: &[&str]) -> Option<Value> {
    let Some((first, rest)) = parts.split_first() else {
        return Some(value.clone());
    };
    match value {
        Value::Object(map) => lookup_parts(map.get(*first)?, rest),
        Value::Array(elements) => {
            let found: Vec<Value> = elements
                .iter()
                .filter_map(|element| lookup_parts(element, parts))
                .collect();
            (!found.is_empty()).then_some(Value::Array(found))
        }
        _ => None,
    }
}

/// The cell text of the value at `path` in `item`: empty when missing, arrays joined with
/// `separator`.
pub(super) fn cell(item: &Value, path: &str, separator: &str) -> String {
    match lookup(item, path) {
        Some(Value::Array(elements)) => elements
            .iter()
            .map(scalar_text)
            .collect::<Vec<_>>()
            .join(separator),
        Some(value) => scalar_text(&value),
        None => String::new(),
    }
}

/// A value as text: strings unquoted, null empty, objects and arrays as compact JSON.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const DECLARED: &[Column] = &[
        Column {
            header: "ID",
            path: "id",
        },
        Column {
            header: "OS",
            path: "os.name",
        },
    ];

    fn paths(columns: &[Col]) -> Vec<&str> {
        columns.iter().map(|column| column.path.as_str()).collect()
    }

    #[test]
    fn leaf_paths_are_a_union_in_first_seen_order() {
        let items = [
            json!({"id": "1", "os": {"name": "A", "version": "1"}}),
            json!({"id": "2", "group": ["x"], "os": {"arch": "x86"}}),
        ];
        assert_eq!(
            leaf_paths(&items),
            ["id", "os.name", "os.version", "group", "os.arch"]
        );
    }

    #[test]
    fn fields_win_over_declared_columns() {
        let items = [json!({"id": "1", "os": {"name": "A"}, "ip": "any"})];
        let fields = ["ip".to_string(), "os.name".to_string()];
        let columns = choose_columns(&items, DECLARED, Some(&fields));
        assert_eq!(paths(&columns), ["ip", "os.name"]);
        assert_eq!(columns[0].header, "IP");
        assert_eq!(columns[1].header, "OS");
    }

    #[test]
    fn declared_columns_win_over_inferred_ones() {
        let items = [json!({"name": "x", "id": "1"})];
        assert_eq!(
            paths(&choose_columns(&items, DECLARED, None)),
            ["id", "os.name"]
        );
        assert_eq!(paths(&choose_columns(&items, &[], None)), ["name", "id"]);
    }

    #[test]
    fn scalar_items_get_one_value_column() {
        let items = [json!("001"), json!("002")];
        let columns = choose_columns(&items, DECLARED, None);
        assert_eq!(
            columns,
            [Col {
                header: "VALUE".into(),
                path: String::new()
            }]
        );
    }

    #[test]
    fn scalar_items_take_the_declared_item_column() {
        let items = [json!("001")];
        let declared = [Column {
            header: "AGENT",
            path: "",
        }];
        assert_eq!(choose_columns(&items, &declared, None)[0].header, "AGENT");
    }

    #[test]
    fn headers_split_words() {
        assert_eq!(header_for_path("lastKeepAlive"), "LAST KEEP ALIVE");
        assert_eq!(header_for_path("node_name"), "NODE NAME");
        assert_eq!(header_for_path("os.name"), "OS.NAME");
        assert_eq!(header_for_path("ID"), "ID");
    }

    #[test]
    fn lookup_follows_nested_objects_and_arrays() {
        let item = json!({"os": {"name": "Ubuntu"}, "roles": [{"id": 1}, {"id": 2}, {}]});
        assert_eq!(lookup(&item, "os.name"), Some(json!("Ubuntu")));
        assert_eq!(lookup(&item, "os.missing"), None);
        assert_eq!(lookup(&item, "roles.id"), Some(json!([1, 2])));
        assert_eq!(lookup(&item, "os.name.deeper"), None);
    }

    #[test]
    fn cells_render_values() {
        let item = json!({"s": "text", "n": 3, "b": false, "z": null,
                          "a": ["x", 1, null], "o": {"k": "v"}});
        assert_eq!(cell(&item, "s", ", "), "text");
        assert_eq!(cell(&item, "n", ", "), "3");
        assert_eq!(cell(&item, "b", ", "), "false");
        assert_eq!(cell(&item, "z", ", "), "");
        assert_eq!(cell(&item, "missing", ", "), "");
        assert_eq!(cell(&item, "a", ", "), "x, 1, ");
        assert_eq!(cell(&item, "a", ","), "x,1,");
        assert_eq!(cell(&item, "o", ", "), r#"{"k":"v"}"#);
    }
}
