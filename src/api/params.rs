//! Query parameters shared by many operations: the common pair (`pretty`,
//! `wait_for_complete`) and the generic list parameters.

use super::Param;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Default page size of list operations.
pub const DEFAULT_LIMIT: u64 = 500;
/// Largest `limit` a list operation accepts.
pub const MAX_LIMIT: u64 = 100_000;

/// `pretty`: indent the answer.
pub const PRETTY: Param = Param::boolean("pretty");
/// `wait_for_complete`: no timeout.
pub const WAIT_FOR_COMPLETE: Param = Param::boolean("wait_for_complete");
/// `offset`: the first item of the page.
pub const OFFSET: Param = Param::integer("offset");
/// `limit`: the page size.
pub const LIMIT: Param = Param::integer("limit");
/// `select`: the fields to show.
pub const SELECT: Param = Param::text("select");
/// `sort`: the sort order.
pub const SORT: Param = Param::text("sort");
/// `search`: a text to look for.
pub const SEARCH: Param = Param::text("search");
/// `q`: a WQL query.
pub const Q: Param = Param::text("q");
/// `distinct`: only distinct items.
pub const DISTINCT: Param = Param::boolean("distinct");
/// The agent attribute filters of agent lists and bulk agent operations.
pub const AGENT_ATTRIBUTES: [Param; 10] = [
    Param::text("os.platform"),
    Param::text("os.version"),
    Param::text("os.name"),
    Param::text("manager"),
    Param::text("version"),
    Param::text("group"),
    Param::text("node_name"),
    Param::text("name"),
    Param::text("ip"),
    Param::text("registerIP"),
];

/// Parameters nearly every operation accepts.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Common {
    /// Indent the JSON response with 3 spaces.
    pub pretty: Option<bool>,
    /// Lift the 10 s request timeout.
    pub wait_for_complete: Option<bool>,
}

/// The generic list parameters: paging, sorting, searching, WQL, projection.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ListParams {
    /// First element to return (0-based).
    pub offset: Option<u64>,
    /// Maximum number of elements to return (1..=100000).
    pub limit: Option<u64>,
    /// `[+-]field[,field...]`.
    pub sort: Option<String>,
    /// Substring over every field; a leading `-` negates.
    pub search: Option<String>,
    /// Comma-separated fields to return.
    pub select: Option<String>,
    /// A WQL query.
    pub q: Option<String>,
    /// Return distinct rows of the selected fields.
    pub distinct: Option<bool>,
}

/// Equality filters on the fields of an operation's items, by the names the spec gives them
/// (`vendor`, `local.port`, `result`): each operation accepts those it declares (see
/// [`is_field_filter`]), and keeps the items whose field has the value given.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(transparent)]
pub struct FieldFilters(pub BTreeMap<String, String>);

/// Whether a parameter of an operation whose query is [`FieldFilters`] is one of its field
/// filters: any parameter but the common and list ones.
pub fn is_field_filter(param: &Param) -> bool {
    let shared = [
        PRETTY,
        WAIT_FOR_COMPLETE,
        OFFSET,
        LIMIT,
        SORT,
        SEARCH,
        SELECT,
        Q,
        DISTINCT,
    ];
    !shared.iter().any(|shared| shared.name == param.name)
}

/// How many parameters `parts` hold.
pub const fn count(parts: &[&[Param]]) -> usize {
    let (mut total, mut part) = (0, 0);
    while part < parts.len() {
        total += parts[part].len();
        part += 1;
    }
    total
}

/// The parameters of `parts` in order, as one array of their `N` (see [`count`]): an
/// operation's query assembled from lists two operations share.
pub const fn joined<const N: usize>(parts: &[&[Param]]) -> [Param; N] {
    let mut all = [PRETTY; N];
    let (mut at, mut part) = (0, 0);
    while part < parts.len() {
        let mut index = 0;
        while index < parts[part].len() {
            all[at] = parts[part][index];
            at += 1;
            index += 1;
        }
        part += 1;
    }
    assert!(at == N, "N is not the count of the parts");
    all
}

/// The query of an operation joined from lists of parameters (`&'static [Param]`).
macro_rules! join {
    ($($part:expr),* $(,)?) => {
        &{
            const PARTS: &[&[$crate::api::Param]] = &[$($part),*];
            const N: usize = $crate::api::params::count(PARTS);
            $crate::api::params::joined::<N>(PARTS)
        }
    };
}
pub(crate) use join;

/// Splits a comma-separated parameter value into its trimmed, non-empty parts.
pub fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(str::to_string)
        .collect()
}
