//! One compiled pattern of a decoder or rule, in the language its `type` attribute names:
//! `osregex` (default of `<regex>`), `osmatch` (default of `<match>`) or `pcre2`.
//!
//! `pcre2` is compiled with the `regex` crate, case-sensitive as PCRE2 is by default. It
//! differs from PCRE2 in what the crate leaves out: look-around (`(?=` `(?!` `(?<=` `(?<!`),
//! backreferences (`\1`), possessive quantifiers and atomic groups are refused at load time
//! with the crate's message, and matching is leftmost-first without backtracking (so the
//! same captures as PCRE2 for the patterns it accepts).

use super::os_match::OsMatch;
use super::os_regex::{Captures, OsRegex};

/// A compiled pattern.
#[derive(Debug, Clone)]
pub enum Pattern {
    /// Wazuh's OS_Regex.
    OsRegex(OsRegex),
    /// Wazuh's OS_Match.
    OsMatch(OsMatch),
    /// PCRE2, through the `regex` crate.
    Pcre2(regex::Regex),
}

/// The default language of an element when it has no `type` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Default {
    /// `<regex>`, `<prematch>` and field conditions: OS_Regex.
    Regex,
    /// `<match>`: OS_Match.
    Match,
}

impl Pattern {
    /// Compiles `text` in the language `kind` names (the `type` attribute), or `default`.
    pub fn compile(kind: Option<&str>, default: Default, text: &str) -> Result<Self, String> {
        match kind.map(str::to_ascii_lowercase).as_deref() {
            Some("pcre2") => regex::Regex::new(text)
                .map(Pattern::Pcre2)
                .map_err(|e| e.to_string()),
            Some("osmatch") => Self::os_match(text),
            Some("osregex") => Self::os_regex(text),
            None if default == Default::Match => Self::os_match(text),
            None => Self::os_regex(text),
            Some(other) => Err(format!("unknown pattern type {other:?}")),
        }
    }

    fn os_match(text: &str) -> Result<Self, String> {
        OsMatch::new(text)
            .map(Pattern::OsMatch)
            .ok_or_else(|| format!("empty match pattern {text:?}"))
    }

    fn os_regex(text: &str) -> Result<Self, String> {
        OsRegex::new(text)
            .map(Pattern::OsRegex)
            .map_err(|e| format!("{e} in {text:?}"))
    }

    /// Whether the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        match self {
            Pattern::OsRegex(re) => re.is_match(text),
            Pattern::OsMatch(m) => m.is_match(text),
            Pattern::Pcre2(re) => re.is_match(text),
        }
    }

    /// The match in `text` with its capture groups (none for OS_Match; a PCRE2 group that did
    /// not take part in the match captures an empty range at the match's end).
    pub fn captures(&self, text: &str) -> Option<Captures> {
        match self {
            Pattern::OsRegex(re) => re.captures(text),
            Pattern::OsMatch(m) => m.is_match(text).then_some(Captures {
                end: 0,
                groups: Vec::new(),
            }),
            Pattern::Pcre2(re) => {
                let c = re.captures(text)?;
                let end = c.get(0).map_or(0, |m| m.end());
                let groups = c
                    .iter()
                    .skip(1)
                    .map(|g| g.map_or(end..end, |m| m.range()))
                    .collect();
                Some(Captures { end, groups })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Default, Pattern};

    #[test]
    fn type_attribute_picks_the_language() {
        let re = Pattern::compile(None, Default::Regex, r"(\d+)$").unwrap();
        assert_eq!(
            re.captures("port 22").unwrap().groups.as_slice(),
            &[5..7; 1]
        );
        let m = Pattern::compile(None, Default::Match, r"(\d+)").unwrap();
        assert!(m.is_match("x(\\d+)") && !m.is_match("22"));
        let p = Pattern::compile(Some("pcre2"), Default::Match, r"(?:a|b)(\d+)").unwrap();
        let c = p.captures("xb42").unwrap();
        assert_eq!((c.end, c.groups.as_slice()), (4, &[2..4; 1][..]));
        assert!(!Pattern::compile(Some("PCRE2"), Default::Regex, "ABC")
            .unwrap()
            .is_match("abc"));
    }

    #[test]
    fn unsupported_and_bad_patterns_are_errors() {
        assert!(Pattern::compile(Some("pcre2"), Default::Regex, r"a(?=b)").is_err());
        assert!(Pattern::compile(Some("glob"), Default::Regex, "a").is_err());
        assert!(Pattern::compile(None, Default::Regex, "(a").is_err());
        assert!(Pattern::compile(None, Default::Match, "").is_err());
    }
}
