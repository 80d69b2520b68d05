//! Cells of tables and CSV: which columns a print shows, looking dotted paths up in items, and
//! rendering values as cell text. Nested values read as text in a table (small maps as
//! `key=value` pairs, bigger ones and lists of objects as a count that points at `-o json`),
//! never as a JSON dump; CSV keeps them as compact JSON for machines.
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
    /// How readily the column is dropped on a narrow terminal (higher: sooner).
    pub drop_rank: u8,
}

impl Col {
    /// The column of a declared one.
    pub(super) fn declared(column: &Column) -> Col {
        Col {
            header: column.header.to_string(),
            path: column.path.to_string(),
            drop_rank: column.drop_rank,
        }
    }

    /// A column inferred from a path, with a header made from it.
    fn inferred(path: String) -> Col {
        Col {
            header: header_for_path(&path),
            path,
            drop_rank: 0,
        }
    }
}

/// How a cell shows nested values: readable text in tables, compact JSON in CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Flavor {
    /// Table cells: arrays joined with `, `, small maps as `key=value` pairs.
    Table,
    /// CSV fields: arrays joined with `,`, objects as compact JSON.
    Csv,
}

/// The most entries a map may have to be shown as `key=value` pairs in a table cell.
const SMALL_MAP: usize = 4;

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
        None if !declared.is_empty() => declared.iter().map(Col::declared).collect(),
        None => inferred_columns(items),
    }
}

/// The one column of scalar items: the declared item column (empty path) when there is one.
fn scalar_column(items: &[Value], declared: &[Column]) -> Vec<Col> {
    match declared.iter().find(|column| column.path.is_empty()) {
        Some(column) => vec![Col::declared(column)],
        None => inferred_columns(items),
    }
}

/// The column for a `--fields` path: the declared one when one has this path.
fn field_column(path: &str, declared: &[Column]) -> Col {
    declared
        .iter()
        .find(|column| column.path == path)
        .map_or_else(|| Col::inferred(path.to_string()), Col::declared)
}

/// Columns for the union of the items' leaf paths, in first-seen order.
fn inferred_columns(items: &[Value]) -> Vec<Col> {
    leaf_paths(items).into_iter().map(Col::inferred).collect()
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

/// The cell text of the value at `path` in `item`: empty when missing, otherwise as
/// [`text`] shows it.
pub(super) fn cell(item: &Value, path: &str, flavor: Flavor) -> String {
    lookup(item, path).map_or_else(String::new, |value| text(&value, flavor))
}

/// A value as cell text: strings unquoted, null empty, arrays of scalars joined; in a table a
/// small flat map (alone or as the only item of a list) is `key=value` pairs and anything
/// bigger a count pointing at `-o json`; in CSV nested values are compact JSON.
pub(super) fn text(value: &Value, flavor: Flavor) -> String {
    match (value, flavor) {
        (Value::Array(elements), Flavor::Table) if elements.iter().any(is_nested) => {
            match elements.as_slice() {
                [only] if only.is_object() => text(only, flavor),
                _ => count_text(elements.len(), "item"),
            }
        }
        (Value::Array(elements), _) => {
            let separator = if flavor == Flavor::Table { ", " } else { "," };
            elements
                .iter()
                .map(scalar_text)
                .collect::<Vec<_>>()
                .join(separator)
        }
        (Value::Object(map), Flavor::Table)
            if map.len() > SMALL_MAP || map.values().any(is_nested) =>
        {
            count_text(map.len(), "field")
        }
        (Value::Object(map), Flavor::Table) => map
            .iter()
            .map(|(key, value)| format!("{key}={}", scalar_text(value)))
            .collect::<Vec<_>>()
            .join(" "),
        (other, _) => scalar_text(other),
    }
}

/// `3 items (see -o json)`: what a table shows for a value too big for a cell.
fn count_text(count: usize, noun: &str) -> String {
    let plural = if count == 1 { "" } else { "s" };
    format!("{count} {noun}{plural} (see -o json)")
}

/// Whether a value is an object or an array.
fn is_nested(value: &Value) -> bool {
    value.is_object() || value.is_array()
}

/// A scalar as text: strings unquoted, null empty; objects and arrays as compact JSON.
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

    const DECLARED: &[Column] = &[Column::new("ID", "id"), Column::new("OS", "os.name")];

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
                path: String::new(),
                drop_rank: 0,
            }]
        );
    }

    #[test]
    fn scalar_items_take_the_declared_item_column() {
        let items = [json!("001")];
        let declared = [Column::new("AGENT", "")];
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
        assert_eq!(cell(&item, "s", Flavor::Table), "text");
        assert_eq!(cell(&item, "n", Flavor::Table), "3");
        assert_eq!(cell(&item, "b", Flavor::Table), "false");
        assert_eq!(cell(&item, "z", Flavor::Table), "");
        assert_eq!(cell(&item, "missing", Flavor::Table), "");
        assert_eq!(cell(&item, "a", Flavor::Table), "x, 1, ");
        assert_eq!(cell(&item, "a", Flavor::Csv), "x,1,");
        assert_eq!(cell(&item, "o", Flavor::Csv), r#"{"k":"v"}"#);
    }

    #[test]
    fn tables_show_nested_values_as_text_never_json() {
        let item = json!({"small": {"name": "master", "count": 3},
                          "big": {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5},
                          "deep": {"os": {"name": "Ubuntu"}},
                          "rows": [{"id": 1}, {"id": 2}], "one": [{"id": 1}]});
        assert_eq!(cell(&item, "small", Flavor::Table), "name=master count=3");
        assert_eq!(cell(&item, "big", Flavor::Table), "5 fields (see -o json)");
        assert_eq!(cell(&item, "deep", Flavor::Table), "1 field (see -o json)");
        assert_eq!(cell(&item, "rows", Flavor::Table), "2 items (see -o json)");
        assert_eq!(cell(&item, "one", Flavor::Table), "id=1");
        assert_eq!(cell(&item, "rows", Flavor::Csv), r#"{"id":1},{"id":2}"#);
    }
}
