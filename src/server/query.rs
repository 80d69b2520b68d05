//! The one list pipeline every collection endpoint runs: endpoint filters (done by the
//! caller) → sort → search → q (WQL) → select → distinct → offset/limit, with the total
//! counted before paging. Items are [`Record`]s: JSON objects as the API shows them, or the
//! fleet's typed agents; only the page is turned into JSON.
//!
//! Imports only `api` and the server's `collection`, `error` and `wql` modules.

use crate::api::codes::{BAD_SELECT_FIELD, BAD_SORT_FIELD};
use crate::api::params::{split_list, ListParams, DEFAULT_LIMIT};
use crate::server::collection::{
    selected_json, Collection, Field, FieldKind, Record, Selected, Slot,
};
use crate::server::error::ApiError;
use crate::server::wql::{
    self,
    values::{
        cell_json_number, cell_number, cell_text, cell_timestamp, cmp_ignore_case,
        compare_versions, contains_ignore_case, parse_version,
    },
};
use chrono::{DateTime, Utc};
use serde::{Serialize, Serializer};
use serde_json::Value;
use std::borrow::Cow;
use std::cmp::Ordering;
use std::collections::HashSet;

/// One page of results: the items of the page (or, with `distinct`, its rows) and the
/// selection they are shown through, applied only as they are written out ([`Page::rows`]).
#[derive(Debug)]
pub struct Page<'a, R> {
    rows: Rows<'a, R>,
    selection: Option<Selection>,
    /// How many items matched before offset/limit.
    pub total: u64,
}

/// What a page holds.
#[derive(Debug)]
enum Rows<'a, R> {
    /// Items, shown through the selection.
    Items(Vec<&'a R>),
    /// Distinct rows, already projected.
    Distinct(Vec<Value>),
}

impl<'a, R: Record> Page<'a, R> {
    /// The rows as they are written out (each item through the selection).
    pub fn rows(&self) -> Vec<Shown<'_, R>> {
        let selection = self.selection.as_ref();
        match &self.rows {
            Rows::Items(items) => items
                .iter()
                .map(|&item| Shown::Item(item, selection))
                .collect(),
            Rows::Distinct(rows) => rows.iter().map(Shown::Row).collect(),
        }
    }

    /// The rows as JSON values.
    pub fn into_values(self) -> Vec<Value> {
        match self.rows {
            Rows::Items(items) => {
                let selection = self.selection.as_ref();
                items
                    .into_iter()
                    .map(|item| project(item, selection))
                    .collect()
            }
            Rows::Distinct(rows) => rows,
        }
    }
}

/// One row of a page as it is written out.
#[derive(Debug)]
pub enum Shown<'p, R> {
    /// An item, through the selection.
    Item(&'p R, Option<&'p Selection>),
    /// A distinct row.
    Row(&'p Value),
}

impl<R: Record> Serialize for Shown<'_, R> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Shown::Item(item, selection) => item.serialize_selected(
                selection.map(|selection| selection as &dyn Selected),
                serializer,
            ),
            Shown::Row(row) => row.serialize(serializer),
        }
    }
}

/// Runs sort → search → q → select → distinct → offset/limit over already-filtered items (see
/// [`Plan`]).
pub fn run<'a, R: Record + 'a>(
    collection: &Collection,
    items: impl IntoIterator<Item = &'a R>,
    params: &ListParams,
    now: DateTime<Utc>,
) -> Result<Page<'a, R>, ApiError> {
    Ok(Plan::parse(collection, params, now)?.page(items))
}

/// The list parameters of a request, parsed and checked in Wazuh's order (select 1724, q
/// 1407-1412, sort 1403) before any item is looked at.
pub struct Plan {
    selection: Option<Selection>,
    query: Option<wql::Query>,
    search: Option<Search>,
    sort: SortOrder,
    window: Window,
    distinct: bool,
}

impl Plan {
    /// The plan of `params` over `collection`; relative dates in `q` count from `now`.
    pub fn parse(
        collection: &Collection,
        params: &ListParams,
        now: DateTime<Utc>,
    ) -> Result<Plan, ApiError> {
        let distinct = params.distinct == Some(true);
        let selection = Selection::parse(params.select.as_deref(), collection, distinct)?;
        let query = match params.q.as_deref() {
            Some(q) if !q.is_empty() => Some(wql::parse(q, collection, now)?),
            _ => None,
        };
        let search = params.search.as_deref().and_then(Search::parse);
        let sort = SortOrder::parse(params.sort.as_deref(), collection)?;
        let window = Window {
            offset: to_usize(params.offset.unwrap_or(0)),
            limit: to_usize(params.limit.unwrap_or(DEFAULT_LIMIT)),
        };
        Ok(Plan {
            selection,
            query,
            search,
            sort,
            window,
            distinct,
        })
    }

    /// What an index may answer for: the WQL query (none without `q`) and the sort order of a
    /// request without `search` or `distinct`, which look at every item.
    pub fn indexable(&self) -> Option<(Option<&wql::Query>, &SortOrder)> {
        (self.search.is_none() && !self.distinct).then_some((self.query.as_ref(), &self.sort))
    }

    /// How many items the page needs, counted from the first match: `offset + limit`.
    pub fn needed(&self) -> usize {
        self.window.offset.saturating_add(self.window.limit)
    }

    /// The page of an index's answer: its first [`Plan::needed`] matches in order, and how
    /// many there are in all.
    pub fn page_of<'a, R>(self, first: Vec<&'a R>, total: usize) -> Page<'a, R> {
        let items = first.into_iter().skip(self.window.offset).collect();
        Page {
            rows: Rows::Items(items),
            selection: self.selection,
            total: total as u64,
        }
    }

    /// Runs the plan over items. Filtering runs before sorting (same result, less work); only
    /// the page is kept, except with `distinct`, which must project every match. Without
    /// `sort` and `distinct` the items stream: nothing is collected but the page, and when
    /// neither `search` nor `q` is given and the items' count is known up front (a slice),
    /// nothing is walked either.
    pub fn page<'a, R: Record + 'a>(self, items: impl IntoIterator<Item = &'a R>) -> Page<'a, R> {
        let Plan {
            selection,
            query,
            search,
            sort,
            window,
            distinct,
        } = self;
        if sort.implicit && !distinct {
            let (items, total) = match (&search, &query) {
                (None, None) => window.cut(items.into_iter()),
                _ => window.cut(items.into_iter().filter(|item| {
                    search.as_ref().is_none_or(|search| search.matches(*item))
                        && query.as_ref().is_none_or(|query| query.matches(*item))
                })),
            };
            return Page {
                rows: Rows::Items(items),
                selection,
                total,
            };
        }

        let mut matched: Vec<&R> = items
            .into_iter()
            .filter(|item| search.as_ref().is_none_or(|search| search.matches(*item)))
            .filter(|item| query.as_ref().is_none_or(|query| query.matches(*item)))
            .collect();

        if distinct {
            sort.apply(&mut matched, usize::MAX);
            let rows = distinct_rows(&matched, selection.as_ref());
            let total = rows.len() as u64;
            let (rows, _) = window.cut(rows.into_iter());
            return Page {
                rows: Rows::Distinct(rows),
                selection,
                total,
            };
        }
        let total = matched.len() as u64;
        sort.apply(&mut matched, window.offset.saturating_add(window.limit));
        let items = matched.into_iter().skip(window.offset).collect();
        Page {
            rows: Rows::Items(items),
            selection,
            total,
        }
    }
}

/// The page a request asks for: `offset` and `limit`.
struct Window {
    offset: usize,
    limit: usize,
}

impl Window {
    /// The items of the page, in order, with the total: counted from the iterator's exact
    /// size when it knows it (skipping to the page without walking), else while streaming.
    fn cut<T>(&self, items: impl Iterator<Item = T>) -> (Vec<T>, u64) {
        let (known, upper) = items.size_hint();
        if upper == Some(known) {
            let page = items.skip(self.offset).take(self.limit).collect();
            return (page, known as u64);
        }
        let mut total = 0;
        let mut page = Vec::new();
        for item in items {
            if total >= self.offset && page.len() < self.limit {
                page.push(item);
            }
            total += 1;
        }
        (page, total as u64)
    }
}

/// Whether a request only cuts a page out of the items as given (no `search`, `q`, `sort` or
/// `distinct`): over a slice its cost follows the page, not the items.
pub fn cuts_pages_only(params: &ListParams) -> bool {
    let blank = |value: &Option<String>| value.as_deref().is_none_or(|text| text.trim().is_empty());
    blank(&params.search)
        && blank(&params.q)
        && blank(&params.sort)
        && params.distinct != Some(true)
}

fn to_usize(value: u64) -> usize {
    usize::try_from(value).unwrap_or(usize::MAX)
}

/// `search`: a case-insensitive substring of any value of the item; a leading `-` negates.
struct Search {
    needle: String,
    negated: bool,
}

impl Search {
    fn parse(text: &str) -> Option<Search> {
        let (negated, needle) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        (!needle.is_empty()).then(|| Search {
            needle: needle.to_string(),
            negated,
        })
    }

    fn matches<R: Record + ?Sized>(&self, item: &R) -> bool {
        let needle = self.needle.as_str();
        let found = item.any_value(&mut |cell| {
            cell_text(cell).is_some_and(|text| contains_ignore_case(&text, needle))
        });
        found != self.negated
    }
}

/// `sort`: `[+-]field[,field...]`, one direction for every field.
pub struct SortOrder {
    fields: Vec<Slot>,
    descending: bool,
    /// No `sort` was given: the items are already in the default order.
    implicit: bool,
}

impl SortOrder {
    fn parse(sort: Option<&str>, collection: &Collection) -> Result<SortOrder, ApiError> {
        let sort = sort.unwrap_or("").trim();
        let (descending, names) = match sort.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, sort.strip_prefix('+').unwrap_or(sort)),
        };
        let mut names = split_list(names);
        let implicit = names.is_empty() && !descending;
        if names.is_empty() {
            names.push(collection.default_sort.to_string());
        }
        let unknown = unknown_names(&names, |name| {
            collection.field(name).is_some() || name == collection.default_sort
        });
        if !unknown.is_empty() {
            let mut allowed = collection.field_names();
            allowed.sort_unstable();
            let allowed: Vec<String> = allowed.iter().map(|name| format!("'{name}'")).collect();
            return Err(ApiError::code_with(
                BAD_SORT_FIELD,
                format!(
                    "Allowed sort fields: [{}]. Fields: {}",
                    allowed.join(", "),
                    unknown.join(", ")
                ),
            ));
        }
        let fields = names
            .iter()
            .map(|name| {
                collection.slot(name).unwrap_or(Slot {
                    field: Field::text(collection.default_sort),
                    index: None,
                })
            })
            .collect();
        Ok(SortOrder {
            fields,
            descending,
            implicit,
        })
    }

    /// Whether no `sort` was given: the items are already in the default order.
    pub fn is_implicit(&self) -> bool {
        self.implicit
    }

    /// What tells sort orders apart: the fields' names and the direction.
    pub fn key(&self) -> (Vec<&'static str>, bool) {
        let names = self.fields.iter().map(|slot| slot.field.name).collect();
        (names, self.descending)
    }

    /// Sorts stably, keeping only the first `needed` items (see [`SortOrder::first_indexes`]).
    fn apply<R: Record + ?Sized>(&self, items: &mut Vec<&R>, needed: usize) {
        if self.implicit {
            return;
        }
        let order = self.first_indexes(items, needed);
        *items = order.into_iter().map(|index| items[index]).collect();
    }

    /// The indexes of the first `needed` items in this order, sorting stably by keys computed
    /// once per item (a partial sort when that is fewer: selecting them costs a pass, not a
    /// full sort); missing values come first ascending. The first field's key sits inline with
    /// the item index (most comparisons end there); keys of further fields are only looked at
    /// on ties, and the index breaks the last ties, so an unstable sort orders as a stable one
    /// would.
    pub fn first_indexes<R: Record + ?Sized>(&self, items: &[&R], needed: usize) -> Vec<usize> {
        let Some((first, rest)) = self.fields.split_first().filter(|_| !self.implicit) else {
            return (0..items.len().min(needed)).collect();
        };
        let mut records: Vec<(SortKey<'_>, usize)> = items
            .iter()
            .enumerate()
            .map(|(index, item)| (SortKey::of(*item, first), index))
            .collect();
        let tie_keys: Vec<SortKey<'_>> = items
            .iter()
            .flat_map(|item| rest.iter().map(|field| SortKey::of(*item, field)))
            .collect();
        let ties_of = |index: usize| &tie_keys[index * rest.len()..(index + 1) * rest.len()];
        let order = |(left, left_index): &(SortKey<'_>, usize),
                     (right, right_index): &(SortKey<'_>, usize)| {
            let ordering = left
                .cmp(right)
                .then_with(|| ties_of(*left_index).cmp(ties_of(*right_index)));
            let ordering = if self.descending {
                ordering.reverse()
            } else {
                ordering
            };
            ordering.then(left_index.cmp(right_index))
        };
        if needed < records.len() {
            records.select_nth_unstable_by(needed, order);
            records.truncate(needed);
        }
        records.sort_unstable_by(order);
        records.into_iter().map(|(_, index)| index).collect()
    }
}

/// A field's value reduced to what sorting compares, ranked missing < number < version < text.
/// Text compares ignoring ASCII case, first by an inline lower-cased 16-byte prefix.
#[derive(Debug, Clone, PartialEq)]
enum SortKey<'v> {
    Missing,
    Number(f64),
    Version(Vec<u64>),
    Text(u128, Cow<'v, str>),
}

impl<'v> SortKey<'v> {
    fn of<R: Record + ?Sized>(item: &'v R, slot: &Slot) -> SortKey<'v> {
        let Some(value) = item.cell_at(slot) else {
            return SortKey::Missing;
        };
        let typed = match slot.field.kind {
            FieldKind::Number => cell_number(value).map(SortKey::Number),
            FieldKind::Date => cell_timestamp(value).map(|seconds| SortKey::Number(seconds as f64)),
            FieldKind::Version => cell_text(value)
                .and_then(|text| parse_version(&text))
                .map(SortKey::Version),
            FieldKind::Text | FieldKind::GroupList => cell_json_number(value).map(SortKey::Number),
        };
        typed
            .or_else(|| {
                cell_text(value).map(|text| SortKey::Text(folded_prefix(&text), text.into()))
            })
            .unwrap_or(SortKey::Missing)
    }

    fn rank(&self) -> u8 {
        match self {
            SortKey::Missing => 0,
            SortKey::Number(_) => 1,
            SortKey::Version(_) => 2,
            SortKey::Text(..) => 3,
        }
    }
}

impl Eq for SortKey<'_> {}

impl PartialOrd for SortKey<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SortKey<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (SortKey::Number(left), SortKey::Number(right)) => left.total_cmp(right),
            (SortKey::Version(left), SortKey::Version(right)) => compare_versions(left, right),
            (SortKey::Text(left_prefix, left), SortKey::Text(right_prefix, right)) => left_prefix
                .cmp(right_prefix)
                .then_with(|| cmp_ignore_case(left, right)),
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

/// The first 16 bytes of a text, lower-cased, zero-padded, as one big-endian number: ordering
/// these agrees with ordering the texts whenever they differ.
fn folded_prefix(text: &str) -> u128 {
    let mut prefix = [0u8; 16];
    for (slot, byte) in prefix.iter_mut().zip(text.bytes()) {
        *slot = byte.to_ascii_lowercase();
    }
    u128::from_be_bytes(prefix)
}

/// `select`: the tree of selected keys; a node selected whole keeps its entire value.
#[derive(Debug, Default)]
pub struct Selection {
    whole: bool,
    children: Vec<(String, Selection)>,
}

impl Selection {
    /// The selection of `select` plus the mandatory fields (left out in distinct mode, where
    /// they would make every row unique); `None` when nothing is selected.
    fn parse(
        select: Option<&str>,
        collection: &Collection,
        distinct: bool,
    ) -> Result<Option<Selection>, ApiError> {
        let names = split_list(select.unwrap_or(""));
        if names.is_empty() {
            return Ok(None);
        }
        let unknown = unknown_names(&names, |name| collection.is_selectable(name));
        if !unknown.is_empty() {
            return Err(ApiError::code_with(
                BAD_SELECT_FIELD,
                format!(
                    "Allowed select fields: {}. Fields {}",
                    collection.field_names().join(", "),
                    unknown.join(", ")
                ),
            ));
        }
        let mandatory = collection.mandatory.iter().filter(|_| !distinct);
        let mut selection = Selection::default();
        for name in names.iter().map(String::as_str).chain(mandatory.copied()) {
            selection.insert(name.split('.'));
        }
        Ok(Some(selection))
    }

    fn insert<'n>(&mut self, mut path: impl Iterator<Item = &'n str>) {
        let Some(key) = path.next() else {
            self.whole = true;
            return;
        };
        let index = match self.children.iter().position(|(name, _)| name == key) {
            Some(index) => index,
            None => {
                self.children.push((key.to_string(), Selection::default()));
                self.children.len() - 1
            }
        };
        self.children[index].1.insert(path);
    }
}

impl Selected for Selection {
    fn child(&self, key: &str) -> Option<&dyn Selected> {
        let (_, child) = self.children.iter().find(|(name, _)| name == key)?;
        Some(child)
    }

    fn whole(&self) -> bool {
        self.whole
    }
}

/// The names `known` rejects, each once, in request order.
fn unknown_names(names: &[String], known: impl Fn(&str) -> bool) -> Vec<String> {
    let mut unknown: Vec<String> = Vec::new();
    for name in names {
        if !known(name) && !unknown.contains(name) {
            unknown.push(name.clone());
        }
    }
    unknown
}

fn project<R: Record + ?Sized>(item: &R, selection: Option<&Selection>) -> Value {
    selected_json(item, selection.map(|selection| selection as &dyn Selected))
}

/// Distinct projected rows, first occurrence first, without rows that hold only null/empty values.
fn distinct_rows<R: Record + ?Sized>(items: &[&R], selection: Option<&Selection>) -> Vec<Value> {
    let mut seen = HashSet::new();
    items
        .iter()
        .map(|item| project(*item, selection))
        .filter(|row| !is_blank(row))
        .filter(|row| seen.insert(row.to_string()))
        .collect()
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => text.is_empty(),
        Value::Array(items) => items.is_empty(),
        Value::Object(map) => map.values().all(is_blank),
        Value::Bool(_) | Value::Number(_) => false,
    }
}

/// A small fleet mirroring the demo topology, shared by the query and WQL unit tests.
#[cfg(test)]
pub mod fixture {
    use chrono::{DateTime, Utc};
    use serde_json::{json, Value};

    pub use crate::server::fleet::AGENTS;
    pub use crate::server::routes::groups::GROUPS;

    /// The fixture's "now": 2026-11-23T06:00:00Z.
    pub fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-23T06:00:00+00:00")
            .map(|now| now.with_timezone(&Utc))
            .unwrap_or_default()
    }

    fn os(n: u32) -> Value {
        match n {
            0..=4 => json!({"arch": "x86_64", "codename": "Jammy Jellyfish", "major": "22",
                "minor": "04", "name": "Ubuntu", "platform": "ubuntu",
                "uname": "Linux |wazuh-agent |5.15.0-91-generic |#101-Ubuntu SMP |x86_64",
                "version": "22.04.3 LTS"}),
            5 | 6 => json!({"arch": "x86_64", "major": "9", "name": "CentOS Stream",
                "platform": "centos", "uname": "Linux |centos |5.14.0 |x86_64", "version": "9"}),
            _ => json!({"build": "20348", "major": "10", "minor": "0",
                "name": "Microsoft Windows Server 2022 Datacenter", "platform": "windows",
                "uname": "Microsoft Windows Server 2022 Datacenter", "version": "10.0.20348"}),
        }
    }

    fn groups(n: u32) -> Vec<&'static str> {
        let member = |ids: &[u32]| ids.contains(&n);
        [
            ("default", member(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10])),
            ("group1", member(&[1, 5, 7, 8, 9])),
            ("group2", member(&[2, 5, 6, 8, 10])),
            ("group3", member(&[3, 6, 7, 8])),
        ]
        .into_iter()
        .filter_map(|(name, is_member)| is_member.then_some(name))
        .collect()
    }

    fn agent(n: u32) -> Value {
        let (status, code) = match n {
            0..=8 => ("active", 0),
            9 | 10 => ("disconnected", 1),
            _ => ("never_connected", 4),
        };
        let mut agent = json!({
            "id": format!("{n:03}"),
            "name": format!("wazuh-agent{n}"),
            "ip": format!("172.20.0.{}", n + 4),
            "registerIP": "any",
            "status": status,
            "status_code": code,
            "os": os(n),
            "version": if n >= 9 { "Wazuh v3.9.2" } else if n == 8 { "Wazuh v4.10.1" } else { "Wazuh v4.12.0" },
            "manager": "wazuh-master",
            "node_name": if n.is_multiple_of(2) { "master-node" } else { "worker1" },
            "dateAdd": format!("2026-11-{:02}T10:00:00+00:00", n + 1),
            "lastKeepAlive": format!("2026-11-23T05:{:02}:00+00:00", 50 + n),
            "group": groups(n),
            "mergedSum": format!("merged{n}"),
            "configSum": "ab73af41699f13fdd81903b5f23d8d00",
            "group_config_status": "synced",
        });
        let fields = agent.as_object_mut().expect("agent is an object");
        if n == 0 {
            fields.insert("name".into(), json!("wazuh-master"));
            fields.insert("ip".into(), json!("127.0.0.1"));
            fields.insert("lastKeepAlive".into(), json!("9999-12-31T23:59:59+00:00"));
            fields.remove("group");
        }
        if status == "disconnected" {
            let last = format!("2026-11-{}T08:00:00+00:00", 10 + n);
            fields.insert("lastKeepAlive".into(), json!(last));
            fields.insert("disconnection_time".into(), json!(last));
        }
        if status == "never_connected" {
            for absent in ["os", "version", "lastKeepAlive", "group", "mergedSum"] {
                fields.remove(absent);
            }
        }
        agent
    }

    /// Agents 000 to 012.
    pub fn agents() -> Vec<Value> {
        (0..=12).map(agent).collect()
    }

    /// The four groups.
    pub fn groups_list() -> Vec<Value> {
        [("default", 10), ("group1", 5), ("group2", 5), ("group3", 4)]
            .into_iter()
            .map(|(name, count)| {
                json!({"name": name, "count": count, "mergedSum": format!("m-{name}"),
                    "configSum": "ab73af41699f13fdd81903b5f23d8d00"})
            })
            .collect()
    }

    /// The ids of a list of agents, in order.
    pub fn ids(items: &[Value]) -> Vec<String> {
        items
            .iter()
            .map(|item| item["id"].as_str().unwrap_or("?").to_string())
            .collect()
    }
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
