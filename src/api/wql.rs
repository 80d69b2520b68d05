//! WQL as the client checks it before sending, strictly: the server (as Wazuh's) only needs
//! the start of `q` to be a term and skips what it cannot read, so `os.name=ubuntu;(` or
//! `status=active,,` quietly return results. Here the whole query must parse:
//!
//! ```text
//! query    := expr
//! expr     := unit { (";" | ",") unit }
//! unit     := "(" expr ")" | term
//! term     := field operator value
//! field    := [A-Za-z0-9_.]+
//! operator := "=" | "!=" | "<" | ">" | "~"
//! value    := one or more characters up to a separator or an unbalanced ")";
//!             "[...]" and balanced "(...)" groups may hold separators
//! ```
//!
//! A mistake names its byte position and what to do: the valid operator for `==`, `>=`, `<=`,
//! `~=` and friends, the balance of parentheses, a dangling separator. Fields are checked when
//! the caller knows the endpoint's (`known_fields`), with the closest names as a hint.
//!
//! Also the timeframes and dates WQL compares dates with, which the server's WQL reads too.
//!
//! Pure: imports `api::fields` only (its tests read the registry).

use super::fields::{Field, FieldKind};
use chrono::{NaiveDate, NaiveDateTime};

/// A mistake in a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    /// Byte offset in the query where it is.
    pub at: usize,
    /// How many bytes it spans (at least 1, for the caret line).
    pub len: usize,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub hint: String,
}

impl Mistake {
    /// The query with a caret line under the mistake (two lines).
    pub fn pointed(&self, query: &str) -> String {
        let before = query.get(..self.at).unwrap_or(query);
        let pad = before.chars().count();
        let span = query
            .get(self.at..(self.at + self.len).min(query.len()))
            .map_or(1, |text| text.chars().count().max(1));
        format!("  {query}\n  {}{}", " ".repeat(pad), "^".repeat(span))
    }
}

/// The operators WQL has.
const OPERATORS: [&str; 5] = ["=", "!=", "<", ">", "~"];

/// Checks a query; `fields` are those of the endpoint's items (empty when not declared: then
/// any field name passes, and dates are left to the server).
pub fn check(q: &str, fields: &[Field]) -> Result<(), Mistake> {
    let mut checker = Checker {
        q,
        pos: 0,
        opened: Vec::new(),
        fields,
    };
    if q.trim().is_empty() {
        return Err(checker.mistake(
            0,
            1,
            "the query is empty",
            "remove -q, or give a term such as status=active",
        ));
    }
    checker.expr()?;
    match checker.peek() {
        None => Ok(()),
        Some(')') => Err(checker.mistake(
            checker.pos,
            1,
            "`)` closes nothing",
            "remove it, or add the `(` it closes",
        )),
        Some(_) => Err(checker.mistake(
            checker.pos,
            1,
            "expected `;` (and) or `,` (or) before another term",
            "join terms with `;` or `,`",
        )),
    }
}

/// The state of a check: the position and the open parentheses.
struct Checker<'q> {
    q: &'q str,
    pos: usize,
    opened: Vec<usize>,
    fields: &'q [Field],
}

impl<'q> Checker<'q> {
    fn peek(&self) -> Option<char> {
        self.q[self.pos..].chars().next()
    }

    fn mistake(&self, at: usize, len: usize, message: &str, hint: &str) -> Mistake {
        Mistake {
            at,
            len,
            message: message.to_string(),
            hint: hint.to_string(),
        }
    }

    /// `unit { separator unit }`, up to a `)` or the end.
    fn expr(&mut self) -> Result<(), Mistake> {
        self.unit()?;
        while let Some(separator @ (';' | ',')) = self.peek() {
            let at = self.pos;
            self.pos += 1;
            match self.peek() {
                None => {
                    return Err(self.mistake(
                        at,
                        1,
                        &format!("the query ends with `{separator}`: a term must follow it"),
                        &format!("remove the trailing `{separator}`"),
                    ))
                }
                Some(next @ (';' | ',' | ')')) => {
                    return Err(self.mistake(
                        at,
                        2,
                        &format!("`{separator}` is followed by `{next}`, not a term"),
                        &format!("remove the extra `{separator}`"),
                    ))
                }
                Some(_) => self.unit()?,
            }
        }
        Ok(())
    }

    /// `( expr )` or a term.
    fn unit(&mut self) -> Result<(), Mistake> {
        match self.peek() {
            Some('(') => {
                let open = self.pos;
                self.opened.push(open);
                self.pos += 1;
                if self.peek().is_none() {
                    return Err(self.mistake(
                        open,
                        1,
                        "this `(` is never closed",
                        "add a term and the `)` that closes it, or remove the `(`",
                    ));
                }
                if self.peek() == Some(')') {
                    return Err(self.mistake(open, 2, "`()` holds no term", "remove it"));
                }
                self.expr()?;
                if self.peek() != Some(')') {
                    return Err(self.mistake(
                        open,
                        1,
                        "this `(` is never closed",
                        "add the `)` that closes it",
                    ));
                }
                self.opened.pop();
                self.pos += 1;
                Ok(())
            }
            Some(separator @ (';' | ',')) => Err(self.mistake(
                self.pos,
                1,
                &format!("`{separator}` with no term before it"),
                &format!("remove the `{separator}`"),
            )),
            Some(')') => Err(self.mistake(self.pos, 1, "`)` closes nothing", "remove it")),
            _ => self.term(),
        }
    }

    /// `field operator value`.
    fn term(&mut self) -> Result<(), Mistake> {
        let start = self.pos;
        let field_end = self.scan(start, |c| c.is_ascii_alphanumeric() || "_.".contains(c));
        let field = &self.q[start..field_end];
        if field.is_empty() {
            return Err(self.mistake(
                start,
                1,
                "expected a field name",
                "a term is FIELD OPERATOR VALUE, e.g. status=active",
            ));
        }
        let kind = self.check_field(start, field)?;
        let operator_end = self.scan(field_end, |c| "=!<>~".contains(c));
        let operator = &self.q[field_end..operator_end];
        check_operator(field_end, field, operator)?;
        self.pos = operator_end;
        if kind == Some(FieldKind::GroupList) && matches!(operator, "<" | ">") {
            return Err(self.mistake(
                field_end,
                1,
                &format!("`{operator}` does not apply to `{field}`, a list of names"),
                &format!("use {field}=NAME, {field}!=NAME or {field}~PART"),
            ));
        }
        let value = self.value(field, operator)?;
        match kind {
            Some(FieldKind::Date) => check_date(operator_end, field, value),
            _ => Ok(()),
        }
    }

    /// A field the endpoint knows (its kind), when its fields are declared.
    fn check_field(&self, at: usize, field: &str) -> Result<Option<FieldKind>, Mistake> {
        if self.fields.is_empty() {
            return Ok(None);
        }
        if let Some(known) = self.fields.iter().find(|known| known.name == field) {
            return Ok(Some(known.kind));
        }
        let known: Vec<&str> = self.fields.iter().map(|known| known.name).collect();
        let close = closest(field, &known);
        let hint = match close.is_empty() {
            true => format!("the fields are: {}", known.join(", ")),
            false => format!("did you mean {}?", close.join(", ")),
        };
        Err(self.mistake(at, field.len(), &format!("unknown field `{field}`"), &hint))
    }

    /// The value: up to a separator or a `)` that closes an outer `(`; `[...]` and balanced
    /// `(...)` inside it may hold separators.
    fn value(&mut self, field: &str, operator: &str) -> Result<&'q str, Mistake> {
        let start = self.pos;
        let mut depth = 0usize;
        let mut bracket = false;
        while let Some(c) = self.peek() {
            match c {
                '[' => bracket = true,
                ']' => bracket = false,
                '(' if !bracket => depth += 1,
                ')' if !bracket && depth == 0 => break,
                ')' if !bracket => depth -= 1,
                ';' | ',' if !bracket && depth == 0 => break,
                _ => {}
            }
            self.pos += c.len_utf8();
        }
        if self.pos == start {
            return Err(self.mistake(
                start.saturating_sub(operator.len()),
                operator.len().max(1),
                &format!("`{field}{operator}` has no value"),
                "give a value, e.g. status=active (`null` for an absent field)",
            ));
        }
        Ok(&self.q[start..self.pos])
    }

    /// The end of the run of characters from `from` that `accept` takes.
    fn scan(&self, from: usize, accept: impl Fn(char) -> bool) -> usize {
        self.q[from..]
            .char_indices()
            .find(|(_, c)| !accept(*c))
            .map_or(self.q.len(), |(offset, _)| from + offset)
    }
}

/// A date field's value: a timeframe, a date, or `null`/`all`.
fn check_date(at: usize, field: &str, value: &str) -> Result<(), Mistake> {
    let valid = ["null", "all"].contains(&value)
        || timeframe_seconds(value).is_some()
        || date_seconds(value).is_some();
    if valid {
        return Ok(());
    }
    Err(Mistake {
        at,
        len: value.len().max(1),
        message: format!("`{value}` is neither a timeframe nor a date ({field} is a date)"),
        hint: "a timeframe is 30s, 15m, 12h, 1d or 1d12h (from now); a date 2024-01-31, \
               2024-01-31 10:00:00 or 2024-01-31T10:00:00Z"
            .to_string(),
    })
}

/// One of WQL's operators, or the mistake with the one meant.
fn check_operator(at: usize, field: &str, operator: &str) -> Result<(), Mistake> {
    if OPERATORS.contains(&operator) {
        return Ok(());
    }
    let all = "WQL's operators are = != < > ~";
    let (message, hint) = match operator {
        "" => (
            format!("`{field}` is not followed by an operator"),
            format!("{all}, e.g. {field}=VALUE"),
        ),
        "==" => (
            "`==` is not a WQL operator".into(),
            format!("use `=`; {all}"),
        ),
        "~=" | "=~" => (
            format!("`{operator}` is not a WQL operator"),
            format!("use `~` (contains); {all}"),
        ),
        ">=" | "=>" | "<=" | "=<" => (
            format!("`{operator}` is not a WQL operator"),
            format!(
                "use `{0}` (strictly), or `{field}{0}X,{field}=X`; {all}",
                &operator.replace('=', "")
            ),
        ),
        "<>" | "!==" => (
            format!("`{operator}` is not a WQL operator"),
            format!("use `!=`; {all}"),
        ),
        _ => (
            format!("`{operator}` is not a WQL operator"),
            all.to_string(),
        ),
    };
    Err(Mistake {
        at,
        len: operator.len().max(1),
        message,
        hint,
    })
}

/// The known names closest to `wrong` (edit distance at most a third of its length, at
/// least 2), nearest first, at most three.
fn closest<'a>(wrong: &str, known: &[&'a str]) -> Vec<&'a str> {
    let limit = (wrong.chars().count() / 3).max(2);
    let mut near: Vec<(usize, &str)> = known
        .iter()
        .map(|name| (distance(wrong, name), *name))
        .filter(|(distance, _)| *distance <= limit)
        .collect();
    near.sort();
    near.into_iter().take(3).map(|(_, name)| name).collect()
}

/// The Levenshtein distance between two texts, in characters (also for the CLI's other
/// closest-name hints).
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// Seconds of a timeframe: bare seconds, or summed `<n><d|h|m|s>` parts.
pub fn timeframe_seconds(value: &str) -> Option<i64> {
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse().ok();
    }
    let mut rest = value;
    let mut total: i64 = 0;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let count: i64 = rest[..digits].parse().ok()?;
        let unit = match rest.as_bytes().get(digits)? {
            b'd' => 86_400,
            b'h' => 3_600,
            b'm' => 60,
            b's' => 1,
            _ => return None,
        };
        total = total.checked_add(count.checked_mul(unit)?)?;
        rest = &rest[digits + 1..];
    }
    (!value.is_empty()).then_some(total)
}

/// Unix seconds of `YYYY-MM-DD`, `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS[.f]Z` (UTC).
pub fn date_seconds(value: &str) -> Option<i64> {
    if let Ok(day) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Some(day.and_hms_opt(0, 0, 0)?.and_utc().timestamp());
    }
    let time = value.strip_suffix('Z').unwrap_or(value);
    ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(time, format).ok())
        .map(|moment| moment.and_utc().timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mistake(q: &str) -> Mistake {
        check(q, &[]).expect_err(q)
    }

    #[test]
    fn every_valid_form_passes() {
        for q in [
            "status=active",
            "id!=001;(status=active;(group=group1,group=group2))",
            "os.name~ubuntu,os.platform=centos",
            "lastKeepAlive<1d",
            "dateAdd>2024-01-01T10:00:00Z",
            "name=web server (eu)",
            "name=[a,b]",
            "version<4.12.0;status=null",
            "((status=active))",
        ] {
            assert_eq!(check(q, &[]), Ok(()), "{q}");
        }
    }

    #[test]
    fn what_the_server_would_skip_is_a_mistake() {
        let m = mistake("os.name=ubuntu;(");
        assert_eq!(m.at, 15, "{m:?}");
        assert!(
            m.message.contains("never closed") || m.message.contains("no term"),
            "{m:?}"
        );
        let m = mistake("status=active,,");
        assert_eq!(
            (m.at, m.message.as_str()),
            (13, "`,` is followed by `,`, not a term")
        );
        let m = mistake("status=active;");
        assert!(m.message.contains("ends with `;`"), "{m:?}");
        let m = mistake("(status=active");
        assert_eq!((m.at, m.message.as_str()), (0, "this `(` is never closed"));
        let m = mistake("status=active)");
        assert_eq!((m.at, m.message.as_str()), (13, "`)` closes nothing"));
        let m = mistake(";status=active");
        assert_eq!(m.at, 0);
        let m = mistake("status=");
        assert!(m.message.contains("has no value"), "{m:?}");
        let m = mistake("status");
        assert!(m.message.contains("not followed by an operator"), "{m:?}");
        assert!(mistake("").message.contains("empty"));
    }

    #[test]
    fn operators_from_other_languages_get_the_wql_one() {
        let m = mistake("lastKeepAlive>=1d");
        assert_eq!((m.at, m.len), (13, 2));
        assert!(m.hint.starts_with("use `>` (strictly)"), "{m:?}");
        assert!(mistake("status==active").hint.starts_with("use `=`"));
        assert!(mistake("name~=web").hint.starts_with("use `~`"));
        assert!(mistake("id<=5").hint.starts_with("use `<`"));
        assert!(mistake("status<>active").hint.starts_with("use `!=`"));
    }

    #[test]
    fn unknown_fields_get_the_closest_names() {
        let fields = [
            Field::text("os.name"),
            Field::text("os.platform"),
            Field::text("status"),
            Field::group_list("group"),
            Field::number("id"),
            Field::date("lastKeepAlive"),
        ];
        let m = check("os.nam=ubuntu", &fields).unwrap_err();
        assert_eq!((m.at, m.len), (0, 6));
        assert_eq!(m.message, "unknown field `os.nam`");
        assert_eq!(m.hint, "did you mean os.name?");
        let m = check("status=active;colour=red", &fields).unwrap_err();
        assert_eq!(m.at, 14);
        assert!(m.hint.starts_with("the fields are: os.name"), "{m:?}");
        assert_eq!(check("status=active;os.name=x", &fields), Ok(()));
        // Dates take a timeframe or a date.
        for q in [
            "lastKeepAlive<1d12h",
            "lastKeepAlive>2024-01-31",
            "lastKeepAlive=null",
        ] {
            assert_eq!(check(q, &fields), Ok(()), "{q}");
        }
        let m = check("group<x", &fields).unwrap_err();
        assert_eq!(
            (m.at, m.message.as_str()),
            (5, "`<` does not apply to `group`, a list of names")
        );
        assert_eq!(check("group=web;group!=db;group~we", &fields), Ok(()));
        let m = check("lastKeepAlive<1w", &fields).unwrap_err();
        assert_eq!((m.at, m.len), (14, 2));
        assert!(
            m.message.contains("neither a timeframe nor a date"),
            "{m:?}"
        );
    }

    #[test]
    fn the_caret_points_at_the_mistake() {
        let q = "status=active;lastKeepAlive>=1d";
        let m = mistake(q);
        assert_eq!(m.pointed(q), format!("  {q}\n  {}^^", " ".repeat(27)));
    }

    #[test]
    fn distance_counts_single_character_edits() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("agent:read", "agent:read"), 0);
    }

    #[test]
    fn timeframes_sum_their_units() {
        assert_eq!(timeframe_seconds("30"), Some(30));
        assert_eq!(timeframe_seconds("45s"), Some(45));
        assert_eq!(timeframe_seconds("30m"), Some(1_800));
        assert_eq!(timeframe_seconds("12h"), Some(43_200));
        assert_eq!(timeframe_seconds("1d12h"), Some(129_600));
        assert_eq!(timeframe_seconds("1w"), None);
        assert_eq!(timeframe_seconds("d"), None);
        assert_eq!(timeframe_seconds("1d2"), None);
        assert_eq!(timeframe_seconds(""), None);
    }

    #[test]
    fn dates_accept_the_three_wazuh_formats() {
        assert_eq!(date_seconds("1970-01-02"), Some(86_400));
        assert_eq!(date_seconds("1970-01-02 00:00:10"), Some(86_410));
        assert_eq!(date_seconds("1970-01-02T00:00:10Z"), Some(86_410));
        assert_eq!(date_seconds("02/01/1970"), None);
        assert_eq!(date_seconds("1970-01-02T25:00:00Z"), None);
    }

    /// A list operation added without its fields would let field mistakes through unchecked.
    #[test]
    fn every_operation_that_takes_q_declares_its_fields() {
        let missing: Vec<String> = crate::api::endpoints()
            .filter(|spec| spec.accepts("q"))
            .filter(|spec| crate::api::fields_of(spec.method, spec.path).is_empty())
            .map(|spec| format!("{} {}", spec.method.as_str(), spec.path))
            .collect();
        assert!(
            missing.is_empty(),
            "declare their fields in api: {missing:?}"
        );
    }
}
