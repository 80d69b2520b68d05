//! OS_Match, Wazuh's literal matcher (the default `type` of `<match>`): `|` between alternatives,
//! `^` to anchor an alternative at the start, `$` at the end; everything else literal, ASCII case
//! ignored.

/// A compiled OS_Match pattern.
#[derive(Debug, Clone)]
pub struct OsMatch {
    alternatives: Vec<Literal>,
}

#[derive(Debug, Clone)]
struct Literal {
    text: String,
    start: bool,
    end: bool,
}

impl OsMatch {
    /// Compiles an OS_Match pattern; `None` when it or one of its alternatives is empty.
    pub fn new(pattern: &str) -> Option<Self> {
        let alternatives = pattern
            .split('|')
            .map(|alt| {
                let start = alt.starts_with('^');
                let alt = alt.strip_prefix('^').unwrap_or(alt);
                let end = alt.ends_with('$');
                let text = alt.strip_suffix('$').unwrap_or(alt).to_ascii_lowercase();
                (!text.is_empty() || start || end).then_some(Literal { text, start, end })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(OsMatch { alternatives })
    }

    /// Whether any alternative matches `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.alternatives
            .iter()
            .any(|lit| lit.is_match(text.as_bytes()))
    }
}

impl Literal {
    fn is_match(&self, text: &[u8]) -> bool {
        let needle = self.text.as_bytes();
        let at = |i: usize| {
            text.get(i..i + needle.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        };
        match (self.start, self.end) {
            (true, true) => text.len() == needle.len() && at(0),
            (true, false) => at(0),
            (false, true) => text.len() >= needle.len() && at(text.len() - needle.len()),
            (false, false) => {
                needle.is_empty() || (0..=text.len().saturating_sub(needle.len())).any(at)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::OsMatch;

    fn m(pattern: &str, text: &str) -> bool {
        OsMatch::new(pattern).unwrap().is_match(text)
    }

    #[test]
    fn substring_ignoring_case() {
        assert!(m("failed password", "sshd: Failed Password for root"));
        assert!(!m("failed password", "accepted password"));
        assert!(!m("abc", "ab"));
    }

    #[test]
    fn anchors() {
        assert!(m("^Accepted", "Accepted publickey"));
        assert!(!m("^Accepted", "x Accepted"));
        assert!(m("closed$", "session closed"));
        assert!(!m("closed$", "closed session"));
        assert!(m("^exact$", "EXACT"));
        assert!(!m("^exact$", "exactly"));
    }

    #[test]
    fn alternatives_and_literal_specials() {
        assert!(m("foo|bar", "a bar"));
        assert!(!m("foo|bar", "baz"));
        assert!(m(r"\d+.", r"x\d+.y"));
    }

    #[test]
    fn empty_alternatives_are_refused() {
        assert!(OsMatch::new("").is_none());
        assert!(OsMatch::new("a||b").is_none());
    }
}
