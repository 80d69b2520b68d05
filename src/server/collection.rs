//! What the list pipeline (`query`) and WQL (`wql`) run over: a [`Collection`] declares the
//! fields a request may name and how each compares; a [`Record`] is one item of it, which
//! hands out its fields as borrowed [`Cell`]s. JSON objects are records (the small
//! collections: groups, tasks, security objects), and so are the typed agents of the fleet.
//!
//! Imports `api::fields` (the fields, declared with the operations) only.

use chrono::{Datelike, Timelike};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt::{self, Write};
use std::sync::Arc;

pub use crate::api::fields::{Field, FieldKind};

/// A field as one request resolved it: its declaration and its position in the collection,
/// by which a typed record reads it without comparing names ([`Record::cell_at`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// The field.
    pub field: Field,
    /// Its index in `Collection::fields`; `None` for a name the collection does not declare
    /// (the default sort of some collections).
    pub index: Option<usize>,
}

/// A collection the pipeline can run over (agents, groups, ...).
#[derive(Debug, Clone, Copy)]
pub struct Collection {
    /// Every field `q`, `sort`, `select` and `search` may name.
    pub fields: &'static [Field],
    /// Fields `select` always keeps (agents: `id`; groups: `name`).
    pub mandatory: &'static [&'static str],
    /// Sort field when `sort` is absent. Callers pass items already in this order (the
    /// snapshots are), so a request without `sort` skips sorting altogether.
    pub default_sort: &'static str,
    /// Item whose `id` is skipped by date comparisons (agents: the manager `000`).
    pub date_filters_skip_id: Option<&'static str>,
}

impl Collection {
    /// The declared field with this dotted name.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|field| field.name == name)
    }

    /// The declared field with this dotted name, with its position.
    pub fn slot(&self, name: &str) -> Option<Slot> {
        let index = self.fields.iter().position(|field| field.name == name)?;
        Some(Slot {
            field: self.fields[index],
            index: Some(index),
        })
    }

    /// Every field name, in declaration order.
    pub fn field_names(&self) -> Vec<&'static str> {
        self.fields.iter().map(|field| field.name).collect()
    }

    /// True when `name` is a field or the parent object of fields (`os` for `os.name`).
    pub fn is_selectable(&self, name: &str) -> bool {
        self.fields.iter().any(|field| {
            field.name == name
                || field
                    .name
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    }
}

/// A shared, immutable string: the interned texts of the typed fleet.
pub type Name = Arc<str>;

/// The value of one field of an item, borrowed: each variant reads exactly as the JSON value
/// the API shows for it.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'v> {
    /// A JSON string.
    Text(&'v str),
    /// A JSON integer.
    Int(i64),
    /// A date in Unix seconds, shown as RFC 3339 in UTC (`2026-11-23T05:16:00+00:00`).
    Date(i64),
    /// A JSON array of strings (agent groups).
    Names(&'v [Name]),
    /// Any JSON value.
    Json(&'v Value),
}

impl<'v> Cell<'v> {
    /// The text of a text cell (a JSON string).
    pub fn as_str(self) -> Option<&'v str> {
        match self {
            Cell::Text(text) => Some(text),
            Cell::Json(Value::String(text)) => Some(text),
            _ => None,
        }
    }
}

/// One item of a collection, as the list pipeline reads it.
pub trait Record {
    /// The value at a dotted field path (`os.name`); `None` when absent or null.
    fn cell(&self, path: &str) -> Option<Cell<'_>>;

    /// The value of a field resolved by [`Collection::slot`]; typed records read it by its
    /// position, JSON ones by its name.
    fn cell_at(&self, slot: &Slot) -> Option<Cell<'_>> {
        self.cell(slot.field.name)
    }

    /// The item's `id` when it is text (date conditions skip the manager's).
    fn id_text(&self) -> Option<&str> {
        self.cell("id")?.as_str()
    }

    /// Calls `found` with every value of the item (nested ones included, arrays item by
    /// item: never a [`Cell::Names`]) until it answers true; true when one did.
    fn any_value(&self, found: &mut dyn FnMut(Cell<'_>) -> bool) -> bool;

    /// The item as the API shows it.
    fn to_json(&self) -> Cow<'_, Value>;

    /// Writes the item as the API shows it, only what `selection` keeps (all without one).
    /// Typed records write their fields straight out; JSON ones are projected first.
    fn serialize_selected<S: Serializer>(
        &self,
        selection: Option<&dyn Selected>,
        serializer: S,
    ) -> Result<S::Ok, S::Error>
    where
        Self: Sized,
    {
        selected_json(self, selection).serialize(serializer)
    }
}

/// What `select` keeps of an item, asked key by key from the top.
pub trait Selected {
    /// What is kept under `key`, when anything is.
    fn child(&self, key: &str) -> Option<&dyn Selected>;

    /// Whether everything under this point is kept.
    fn whole(&self) -> bool;
}

/// The item as the API shows it, only what `selection` keeps (all without one).
pub fn selected_json<R: Record + ?Sized>(item: &R, selection: Option<&dyn Selected>) -> Value {
    let json = item.to_json();
    match (selection, json.as_ref()) {
        (Some(selection), Value::Object(object)) => Value::Object(project(object, selection)),
        _ => json.into_owned(),
    }
}

/// The selected part of an object, keys in the object's own order.
fn project(object: &Map<String, Value>, selection: &dyn Selected) -> Map<String, Value> {
    let mut projected = Map::new();
    for (key, value) in object {
        let Some(child) = selection.child(key) else {
            continue;
        };
        if child.whole() {
            projected.insert(key.clone(), value.clone());
        } else if let Value::Object(inner) = value {
            let inner = project(inner, child);
            if !inner.is_empty() {
                projected.insert(key.clone(), Value::Object(inner));
            }
        }
    }
    projected
}

impl Record for Value {
    fn cell(&self, path: &str) -> Option<Cell<'_>> {
        field_value(self, path)
            .filter(|value| !value.is_null())
            .map(Cell::Json)
    }

    fn any_value(&self, found: &mut dyn FnMut(Cell<'_>) -> bool) -> bool {
        match self {
            Value::Object(map) => map.values().any(|child| child.any_value(found)),
            Value::Array(items) => items.iter().any(|child| child.any_value(found)),
            Value::Null => false,
            other => found(Cell::Json(other)),
        }
    }

    fn to_json(&self) -> Cow<'_, Value> {
        Cow::Borrowed(self)
    }
}

/// A bare text item (a rule group, a requirement): lists of names answer plain strings, and
/// every field name reads the text itself, so `sort` and `search` work on the values.
#[derive(Debug, Clone, PartialEq)]
pub struct Label(Value);

impl Label {
    /// A label of this text.
    pub fn new(text: &str) -> Label {
        Label(Value::String(text.to_string()))
    }
}

impl Record for Label {
    fn cell(&self, _: &str) -> Option<Cell<'_>> {
        Some(Cell::Json(&self.0))
    }

    fn any_value(&self, found: &mut dyn FnMut(Cell<'_>) -> bool) -> bool {
        found(Cell::Json(&self.0))
    }

    fn to_json(&self) -> Cow<'_, Value> {
        Cow::Borrowed(&self.0)
    }
}

/// The value at a dotted path of a JSON item (`os.name`), if any.
pub fn field_value<'v>(item: &'v Value, dotted: &str) -> Option<&'v Value> {
    match dotted.split_once('.') {
        None => member(item, dotted),
        Some((head, rest)) => field_value(member(item, head)?, rest),
    }
}

/// Largest object searched by a linear scan: on objects of API size a scan of the keys touches
/// less memory than hashing into the map (measured ~3x faster over 100k agents).
const LINEAR_LOOKUP_MAX: usize = 64;

fn member<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    let object = value.as_object()?;
    if object.len() <= LINEAR_LOOKUP_MAX {
        object
            .iter()
            .find_map(|(name, member)| (name == key).then_some(member))
    } else {
        object.get(key)
    }
}

/// A Unix time as the API writes dates: RFC 3339 in UTC with `+00:00` (chrono's
/// `to_rfc3339_opts(Secs, false)`), written on the stack; `None` past chrono's calendar.
pub fn iso_date(secs: i64) -> Option<ShortText> {
    let at = chrono::DateTime::from_timestamp(secs, 0)?.naive_utc();
    let mut text = ShortText::default();
    match u32::try_from(at.year()) {
        Ok(year) if year <= 9999 => {
            text.push_digits(year / 100);
            text.push_digits(year % 100);
        }
        _ => write!(text, "{:+05}", at.year()).ok()?,
    }
    for (separator, number) in [
        (b'-', at.month()),
        (b'-', at.day()),
        (b'T', at.hour()),
        (b':', at.minute()),
        (b':', at.second()),
    ] {
        text.push(separator);
        text.push_digits(number);
    }
    text.write_str("+00:00").ok()?;
    Some(text)
}

/// A short ASCII text kept on the stack (a date, a number): what serving and searching
/// write out per item without allocating.
#[derive(Clone, Copy)]
pub struct ShortText {
    bytes: [u8; SHORT_TEXT_MAX],
    len: u8,
}

/// The most bytes a [`ShortText`] holds (a date of chrono's widest year takes 28).
const SHORT_TEXT_MAX: usize = 32;

impl Default for ShortText {
    fn default() -> ShortText {
        ShortText {
            bytes: [0; SHORT_TEXT_MAX],
            len: 0,
        }
    }
}

impl ShortText {
    /// A number as decimal text.
    pub fn number(number: i64) -> ShortText {
        let mut text = ShortText::default();
        // An i64 takes at most 20 bytes: it always fits.
        let _ = write!(text, "{number}");
        text
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    fn push(&mut self, byte: u8) {
        if let Some(slot) = self.bytes.get_mut(usize::from(self.len)) {
            *slot = byte;
            self.len += 1;
        }
    }

    /// Two decimal digits of a number below 100.
    fn push_digits(&mut self, number: u32) {
        self.push(b'0' + (number / 10 % 10) as u8);
        self.push(b'0' + (number % 10) as u8);
    }
}

impl fmt::Write for ShortText {
    fn write_str(&mut self, part: &str) -> fmt::Result {
        let start = usize::from(self.len);
        let slot = self
            .bytes
            .get_mut(start..start + part.len())
            .ok_or(fmt::Error)?;
        slot.copy_from_slice(part.as_bytes());
        self.len += part.len() as u8;
        Ok(())
    }
}

impl std::ops::Deref for ShortText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for ShortText {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl fmt::Debug for ShortText {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), formatter)
    }
}

impl Serialize for ShortText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_written_as_chrono_writes_them() {
        let (min, max) = (
            chrono::DateTime::<chrono::Utc>::MIN_UTC.timestamp(),
            chrono::DateTime::<chrono::Utc>::MAX_UTC.timestamp(),
        );
        let samples = [
            min,
            -62_167_219_201, // the last second of year -1
            -62_167_219_200, // 0000-01-01T00:00:00
            -1,
            0,
            951_782_400, // 2000-02-29
            1_700_000_000,
            253_402_300_799, // 9999-12-31T23:59:59
            253_402_300_800, // 10000-01-01
            max,
        ];
        let stepped = (0..2_000).map(|step| min + (max - min) / 2_000 * step);
        for secs in samples.into_iter().chain(stepped) {
            let chrono = chrono::DateTime::from_timestamp(secs, 0)
                .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false));
            let ours = iso_date(secs).map(|text| text.to_string());
            assert_eq!(ours, chrono, "{secs}");
        }
        assert_eq!(iso_date(max + 1).map(|text| text.to_string()), None);
    }

    #[test]
    fn short_texts_hold_every_number() {
        for number in [i64::MIN, -1, 0, 7, i64::MAX] {
            assert_eq!(ShortText::number(number).as_str(), number.to_string());
        }
    }
}
