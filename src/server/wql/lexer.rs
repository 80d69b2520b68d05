//! The WQL lexer: finds the terms of `q` the way Wazuh's term regex does (a scan that tries a
//! term at every position and skips what is not one), and reports parentheses and separators
//! in textual order. Knows nothing about fields or values' meaning.
//!
//! Imports nothing from the crate.

/// `;` (AND) or `,` (OR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    /// `;`
    And,
    /// `,`
    Or,
}

/// One `field operator value` term, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawTerm<'q> {
    /// Dotted field name.
    pub field: &'q str,
    /// One or two characters of `=!<>~`, not yet validated.
    pub operator: &'q str,
    /// The value, verbatim.
    pub value: &'q str,
}

/// A token of `q`, in textual order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'q> {
    /// `(`
    Open,
    /// `)`
    Close,
    /// `;` or `,`
    Separator(Separator),
    /// `field operator value`
    Term(RawTerm<'q>),
}

/// Splits `q` into tokens; `None` when `q` does not start with a term (Wazuh's 1407 check).
/// Characters between recognised terms are skipped, except parentheses and separators.
pub fn tokenize(q: &str) -> Option<Vec<Token<'_>>> {
    match_term(q, 0)?;
    let mut tokens = Vec::new();
    let mut pos = 0;
    while let Some(c) = q[pos..].chars().next() {
        if let Some((term, end)) = match_term(q, pos) {
            tokens.extend(term);
            pos = end;
            continue;
        }
        match c {
            '(' => tokens.push(Token::Open),
            ')' => tokens.push(Token::Close),
            ';' => tokens.push(Token::Separator(Separator::And)),
            ',' => tokens.push(Token::Separator(Separator::Or)),
            _ => {}
        }
        pos += c.len_utf8();
    }
    Some(tokens)
}

/// `(`? field operator value `)`? separator? at `start`: its tokens and where it ends.
fn match_term(q: &str, start: usize) -> Option<(Vec<Token<'_>>, usize)> {
    let open = q[start..].starts_with('(');
    let field_start = start + usize::from(open);
    let field_end = scan_while(q, field_start, is_field_char);
    if field_end == field_start {
        return None;
    }
    let operator_end = scan_operator(q, field_end);
    // A two-character operator gives its second character back when no value follows it.
    let (operator_end, value_end) = (field_end + 1..=operator_end)
        .rev()
        .find_map(|end| scan_value(q, end).map(|value_end| (end, value_end)))?;

    let mut tokens = Vec::with_capacity(4);
    if open {
        tokens.push(Token::Open);
    }
    tokens.push(Token::Term(RawTerm {
        field: &q[field_start..field_end],
        operator: &q[field_end..operator_end],
        value: &q[operator_end..value_end],
    }));
    let mut end = value_end;
    if q[end..].starts_with(')') {
        tokens.push(Token::Close);
        end += 1;
    }
    let separator = match q[end..].chars().next() {
        Some(';') => Some(Separator::And),
        Some(',') => Some(Separator::Or),
        _ => None,
    };
    if let Some(separator) = separator {
        tokens.push(Token::Separator(separator));
        end += 1;
    }
    Some((tokens, end))
}

/// End of up to two operator characters from `start`.
fn scan_operator(q: &str, start: usize) -> usize {
    let count = q[start..]
        .bytes()
        .take(2)
        .take_while(|b| matches!(b, b'=' | b'!' | b'<' | b'>' | b'~'))
        .count();
    start + count
}

/// A value is a run of plain segments, `[...]` segments (which may hold commas) and `(...)`
/// groups, with at least one segment that is not a group.
fn scan_value(q: &str, start: usize) -> Option<usize> {
    let mut pos = start;
    let mut has_segment = false;
    loop {
        if let Some(end) = scan_segment(q, pos) {
            has_segment = true;
            pos = end;
        } else if let Some(end) = scan_group(q, pos) {
            pos = end;
        } else {
            break;
        }
    }
    has_segment.then_some(pos)
}

/// A `[...]` segment, else a run of plain characters.
fn scan_segment(q: &str, pos: usize) -> Option<usize> {
    if let Some(&end) = bracket_ends(q, pos).last() {
        return Some(end);
    }
    let end = scan_while(q, pos, is_plain_char);
    (end > pos).then_some(end)
}

/// `(` then one `[...]` segment or plain characters, then `)`.
fn scan_group(q: &str, pos: usize) -> Option<usize> {
    if !q[pos..].starts_with('(') {
        return None;
    }
    let inner = pos + 1;
    let closes_after = |end: usize| q[end..].starts_with(')').then_some(end + 1);
    bracket_ends(q, inner)
        .into_iter()
        .rev()
        .find_map(closes_after)
        .or_else(|| closes_after(scan_while(q, inner, is_plain_char)))
}

/// Every place a `[...]` segment starting at `pos` could end (after each `]` of the run).
fn bracket_ends(q: &str, pos: usize) -> Vec<usize> {
    if !q[pos..].starts_with('[') {
        return Vec::new();
    }
    let run_end = scan_while(q, pos + 1, |c| is_plain_char(c) || c == ',');
    q[pos + 1..run_end]
        .match_indices(']')
        .map(|(offset, _)| pos + 1 + offset + 1)
        .collect()
}

fn scan_while(q: &str, start: usize, accept: impl Fn(char) -> bool) -> usize {
    q[start..]
        .char_indices()
        .find(|&(_, c)| !accept(c))
        .map_or(q.len(), |(offset, _)| start + offset)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_field_char(c: char) -> bool {
    is_word_char(c) || c == '.'
}

fn is_plain_char(c: char) -> bool {
    is_word_char(c) || " -.:?\\/'\"=@%<>{}[]".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term<'q>(field: &'q str, operator: &'q str, value: &'q str) -> Token<'q> {
        Token::Term(RawTerm {
            field,
            operator,
            value,
        })
    }

    const AND: Token<'static> = Token::Separator(Separator::And);
    const OR: Token<'static> = Token::Separator(Separator::Or);

    #[test]
    fn nested_query_yields_terms_parentheses_and_separators() {
        let tokens = tokenize("id!=001;(status=active;(group=group1,group=group2))").unwrap();
        assert_eq!(
            tokens,
            vec![
                term("id", "!=", "001"),
                AND,
                Token::Open,
                term("status", "=", "active"),
                AND,
                Token::Open,
                term("group", "=", "group1"),
                OR,
                term("group", "=", "group2"),
                Token::Close,
                Token::Close,
            ]
        );
    }

    #[test]
    fn values_keep_spaces_dashes_colons_slashes() {
        let tokens = tokenize("os.name=Microsoft Windows 10;ip=10.0.0.1/24:a-b").unwrap();
        assert_eq!(
            tokens,
            vec![
                term("os.name", "=", "Microsoft Windows 10"),
                AND,
                term("ip", "=", "10.0.0.1/24:a-b"),
            ]
        );
    }

    #[test]
    fn bracket_segments_may_hold_commas() {
        let tokens = tokenize("name=[a,b],id=1").unwrap();
        assert_eq!(
            tokens,
            vec![term("name", "=", "[a,b]"), OR, term("id", "=", "1")]
        );
    }

    #[test]
    fn balanced_parentheses_stay_inside_values() {
        let tokens = tokenize("(name=foo(bar));id=1").unwrap();
        assert_eq!(
            tokens,
            vec![
                Token::Open,
                term("name", "=", "foo(bar)"),
                Token::Close,
                AND,
                term("id", "=", "1"),
            ]
        );
    }

    #[test]
    fn operators_take_up_to_two_characters() {
        assert_eq!(tokenize("id<=5").unwrap(), vec![term("id", "<=", "5")]);
        assert_eq!(tokenize("name~~x").unwrap(), vec![term("name", "~~", "x")]);
        // `<=` with nothing after it: the `=` becomes the value.
        assert_eq!(tokenize("id<=").unwrap(), vec![term("id", "<", "=")]);
    }

    #[test]
    fn only_the_start_must_be_a_term() {
        assert_eq!(tokenize("=foo"), None);
        assert_eq!(tokenize("status"), None);
        assert_eq!(tokenize("name=(x)"), None);
        assert_eq!(tokenize(""), None);
        assert_eq!(
            tokenize("status=active;&&!!;name=x").unwrap(),
            vec![
                term("status", "=", "active"),
                AND,
                AND,
                term("name", "=", "x")
            ]
        );
    }
}
