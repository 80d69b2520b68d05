//! How an item's JSON value reads as text, number, version or timestamp, and the ASCII
//! case-insensitive matching SQLite does (`COLLATE NOCASE`, `LIKE`). Shared by the WQL
//! evaluator and the list pipeline (search, sort).
//!
//! Pure functions over `serde_json::Value` and the collections' [`Cell`]s (each cell reads as
//! the JSON value it stands for); imports only `server::collection`.

pub use crate::api::wql::timeframe_seconds;
use crate::server::collection::{iso_date, Cell, ShortText};
use chrono::{DateTime, NaiveDate};
use serde_json::Value;
use std::borrow::Cow;
use std::cmp::Ordering;

/// The value as SQL sees it as text: strings as they are, numbers and booleans printed, lists
/// joined with commas; `None` for null and objects.
pub fn as_text(value: &Value) -> Option<Cow<'_, str>> {
    match value {
        Value::String(text) => Some(Cow::Borrowed(text)),
        Value::Number(number) => Some(Cow::Owned(number.to_string())),
        Value::Bool(flag) => Some(Cow::Borrowed(if *flag { "true" } else { "false" })),
        Value::Array(items) => {
            let parts: Vec<Cow<'_, str>> = items.iter().filter_map(as_text).collect();
            Some(Cow::Owned(parts.join(",")))
        }
        Value::Null | Value::Object(_) => None,
    }
}

/// The value as a number: JSON numbers, and strings that read as one (`"001"` is 1).
pub fn as_number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => parse_number(text),
        _ => None,
    }
}

/// Reads a plain decimal number (`001`, `-2.5`); `None` for anything else.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let plain = !digits.is_empty()
        && digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    if plain {
        text.parse::<f64>().ok()
    } else {
        None
    }
}

/// A number printed as SQLite prints it: integers without a fraction (`001` → `1`).
pub fn number_text(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{}", number as i64)
    } else {
        number.to_string()
    }
}

/// Reads a Wazuh version (`Wazuh v4.12.0`, `v4.12.0`, `4.12.0`, `22.04.3 LTS`) as its numeric
/// components; `None` when it is not one.
pub fn parse_version(text: &str) -> Option<Vec<u64>> {
    let core = version_core(text).split_whitespace().next()?;
    core.split('.')
        .map(|part| {
            if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse::<u64>().ok()
            } else {
                None
            }
        })
        .collect()
}

/// A version as text without its `Wazuh ` and `v` prefixes, lower-cased: `Wazuh v4.12.0`,
/// `v4.12.0` and `4.12.0` all become `4.12.0` (how the `version` filter compares them).
pub fn normal_version(text: &str) -> String {
    version_core(text).to_ascii_lowercase()
}

/// The version without its `Wazuh ` and `v` prefixes (any case) and surrounding blanks.
fn version_core(text: &str) -> &str {
    let mut rest = text.trim();
    if rest
        .get(..5)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("wazuh"))
    {
        rest = rest[5..].trim_start();
    }
    rest.strip_prefix(['v', 'V']).unwrap_or(rest)
}

/// Compares two versions component by component; missing components count as 0.
pub fn compare_versions(left: &[u64], right: &[u64]) -> Ordering {
    let len = left.len().max(right.len());
    (0..len)
        .map(|i| left.get(i).unwrap_or(&0).cmp(right.get(i).unwrap_or(&0)))
        .find(|ordering| ordering.is_ne())
        .unwrap_or(Ordering::Equal)
}

/// The value as Unix seconds: RFC 3339 strings (`2026-11-23T05:16:00+00:00`) or epoch numbers.
pub fn as_timestamp(value: &Value) -> Option<i64> {
    match value {
        Value::String(text) => text_timestamp(text),
        Value::Number(number) => number.as_i64(),
        _ => None,
    }
}

/// An RFC 3339 text as Unix seconds.
fn text_timestamp(text: &str) -> Option<i64> {
    utc_timestamp(text).or_else(|| {
        DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|date| date.timestamp())
    })
}

/// Fast path for the API's own format, `YYYY-MM-DDTHH:MM:SS` then `+00:00` or `Z`.
fn utc_timestamp(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    let suffix = bytes.get(19..)?;
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if (suffix != b"+00:00" && suffix != b"Z")
        || separators
            .iter()
            .any(|&(at, expected)| bytes[at] != expected)
    {
        return None;
    }
    let number = |from: usize, to: usize| {
        bytes[from..to].iter().try_fold(0u32, |acc, &digit| {
            digit
                .is_ascii_digit()
                .then(|| acc * 10 + u32::from(digit - b'0'))
        })
    };
    let year = i32::try_from(number(0, 4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)?;
    let moment = date.and_hms_opt(number(11, 13)?, number(14, 16)?, number(17, 19)?)?;
    Some(moment.and_utc().timestamp())
}

/// A cell as SQL sees it as text (see [`as_text`]).
pub fn cell_text(cell: Cell<'_>) -> Option<CellText<'_>> {
    match cell {
        Cell::Text(text) => Some(CellText::Borrowed(text)),
        Cell::Int(number) => Some(CellText::Short(ShortText::number(number))),
        Cell::Date(seconds) => iso_date(seconds).map(CellText::Short),
        Cell::Names(names) => Some(CellText::Owned(names.join(","))),
        Cell::Json(value) => as_text(value).map(CellText::from),
    }
}

/// A cell's text: borrowed from the item, written on the stack (numbers, dates: a search
/// over the fleet allocates nothing for them), or allocated (lists, JSON numbers).
pub enum CellText<'a> {
    /// Text the item holds.
    Borrowed(&'a str),
    /// A number or date written out.
    Short(ShortText),
    /// A text made for the occasion.
    Owned(String),
}

impl<'a> From<Cow<'a, str>> for CellText<'a> {
    fn from(text: Cow<'a, str>) -> CellText<'a> {
        match text {
            Cow::Borrowed(text) => CellText::Borrowed(text),
            Cow::Owned(text) => CellText::Owned(text),
        }
    }
}

impl<'a> From<CellText<'a>> for Cow<'a, str> {
    fn from(text: CellText<'a>) -> Cow<'a, str> {
        match text {
            CellText::Borrowed(text) => Cow::Borrowed(text),
            CellText::Short(text) => Cow::Owned(text.to_string()),
            CellText::Owned(text) => Cow::Owned(text),
        }
    }
}

impl std::ops::Deref for CellText<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            CellText::Borrowed(text) => text,
            CellText::Short(text) => text,
            CellText::Owned(text) => text,
        }
    }
}

/// A cell as a number (see [`as_number`]): dates and lists are not numbers.
pub fn cell_number(cell: Cell<'_>) -> Option<f64> {
    match cell {
        Cell::Text(text) => parse_number(text),
        Cell::Int(number) => Some(number as f64),
        Cell::Date(_) | Cell::Names(_) => None,
        Cell::Json(value) => as_number(value),
    }
}

/// A cell's JSON number, if it is one (text that reads as a number is not).
pub fn cell_json_number(cell: Cell<'_>) -> Option<f64> {
    match cell {
        Cell::Int(number) => Some(number as f64),
        Cell::Json(value) => value.as_f64(),
        Cell::Text(_) | Cell::Date(_) | Cell::Names(_) => None,
    }
}

/// A cell as Unix seconds (see [`as_timestamp`]).
pub fn cell_timestamp(cell: Cell<'_>) -> Option<i64> {
    match cell {
        Cell::Text(text) => text_timestamp(text),
        Cell::Int(seconds) | Cell::Date(seconds) => Some(seconds),
        Cell::Names(_) => None,
        Cell::Json(value) => as_timestamp(value),
    }
}

/// True when `haystack` contains `needle`, ignoring ASCII case.
pub fn contains_ignore_case(haystack: &str, needle: &str) -> bool {
    let (haystack, needle) = (haystack.as_bytes(), needle.as_bytes());
    if needle.is_empty() {
        return true;
    }
    let Some(last_start) = haystack.len().checked_sub(needle.len()) else {
        return false;
    };
    let (first, rest) = (needle[0].to_ascii_lowercase(), &needle[1..]);
    haystack[..=last_start]
        .iter()
        .enumerate()
        .any(|(at, byte)| {
            byte.to_ascii_lowercase() == first
                && haystack[at + 1..at + needle.len()].eq_ignore_ascii_case(rest)
        })
}

/// Orders two strings ignoring ASCII case, as `COLLATE NOCASE` does.
pub fn cmp_ignore_case(left: &str, right: &str) -> Ordering {
    let fold = |b: u8| b.to_ascii_lowercase();
    left.bytes().map(fold).cmp(right.bytes().map(fold))
}

/// A SQL `LIKE` pattern (`%` any run, `_` any one character), ignoring ASCII case.
#[derive(Debug, Clone, PartialEq)]
pub struct LikePattern {
    shape: LikeShape,
}

#[derive(Debug, Clone, PartialEq)]
enum LikeShape {
    Exact(String),
    Contains(String),
    Wildcards(Vec<char>),
}

impl LikePattern {
    /// Compiles a pattern such as `%ubuntu%` or `a_b`.
    pub fn new(pattern: &str) -> LikePattern {
        let has_wildcards = |text: &str| text.contains(['%', '_']);
        let inner = pattern
            .strip_prefix('%')
            .and_then(|rest| rest.strip_suffix('%'));
        let shape = match inner {
            _ if !has_wildcards(pattern) => LikeShape::Exact(pattern.to_string()),
            Some(inner) if !has_wildcards(inner) => LikeShape::Contains(inner.to_string()),
            _ => LikeShape::Wildcards(pattern.chars().collect()),
        };
        LikePattern { shape }
    }

    /// The pattern `%value%`: `value` anywhere (its own `%` and `_` stay wildcards).
    pub fn substring(value: &str) -> LikePattern {
        LikePattern::new(&format!("%{value}%"))
    }

    /// True when the whole text matches the pattern.
    pub fn matches(&self, text: &str) -> bool {
        match &self.shape {
            LikeShape::Exact(exact) => text.eq_ignore_ascii_case(exact),
            LikeShape::Contains(needle) => contains_ignore_case(text, needle),
            LikeShape::Wildcards(pattern) => {
                wildcard_match(pattern, &text.chars().collect::<Vec<char>>())
            }
        }
    }
}

/// Iterative wildcard matching with backtracking to the last `%`.
fn wildcard_match(pattern: &[char], text: &[char]) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut last_percent: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some('%') => {
                last_percent = Some((p, t));
                p += 1;
            }
            Some(&c) if c == '_' || c.eq_ignore_ascii_case(&text[t]) => {
                p += 1;
                t += 1;
            }
            _ => match last_percent {
                Some((percent, consumed)) => {
                    last_percent = Some((percent, consumed + 1));
                    p = percent + 1;
                    t = consumed + 1;
                }
                None => return false,
            },
        }
    }
    pattern[p..].iter().all(|&c| c == '%')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_read_from_padded_strings() {
        assert_eq!(as_number(&json!("001")), Some(1.0));
        assert_eq!(as_number(&json!(12)), Some(12.0));
        assert_eq!(as_number(&json!("abc")), None);
        assert_eq!(as_number(&json!("1e5")), None);
        assert_eq!(number_text(1.0), "1");
        assert_eq!(number_text(2.5), "2.5");
    }

    #[test]
    fn versions_normalise_every_spelling() {
        assert_eq!(parse_version("Wazuh v4.12.0"), Some(vec![4, 12, 0]));
        assert_eq!(parse_version("v4.12.0"), Some(vec![4, 12, 0]));
        assert_eq!(parse_version("4.12.0"), Some(vec![4, 12, 0]));
        assert_eq!(parse_version("22.04.3 LTS"), Some(vec![22, 4, 3]));
        assert_eq!(parse_version("ubuntu"), None);
        assert_eq!(
            compare_versions(&[4, 12], &[4, 12, 0]),
            std::cmp::Ordering::Equal
        );
        assert_eq!(
            compare_versions(&[3, 9, 2], &[4, 2]),
            std::cmp::Ordering::Less
        );
    }

    #[test]
    fn timestamps_read_rfc3339_and_epochs() {
        assert_eq!(
            as_timestamp(&json!("1970-01-02T00:00:00+00:00")),
            Some(86_400)
        );
        assert_eq!(as_timestamp(&json!("1970-01-02T00:00:00Z")), Some(86_400));
        assert_eq!(
            as_timestamp(&json!("1970-01-02T02:00:00+02:00")),
            Some(86_400)
        );
        assert_eq!(as_timestamp(&json!("1970-02-30T00:00:00Z")), None);
        assert_eq!(as_timestamp(&json!(5)), Some(5));
        assert_eq!(as_timestamp(&json!("yesterday")), None);
    }

    #[test]
    fn text_helpers_ignore_ascii_case() {
        assert!(contains_ignore_case("Ubuntu Jammy", "JAMMY"));
        assert!(!contains_ignore_case("Ubuntu", "debian"));
        assert_eq!(cmp_ignore_case("abc", "ABD"), Ordering::Less);
        assert_eq!(as_text(&json!(["a", "b"])).as_deref(), Some("a,b"));
    }

    #[test]
    fn like_patterns_follow_sql() {
        assert!(LikePattern::substring("BUNT").matches("Ubuntu"));
        assert!(LikePattern::new("a_c").matches("ABC"));
        assert!(!LikePattern::new("a_c").matches("abbc"));
        assert!(LikePattern::new("%a%c").matches("xxaybc"));
        assert!(!LikePattern::new("%a%c").matches("xxaybcd"));
        assert!(LikePattern::new("never_connected").matches("never_connected"));
    }
}
