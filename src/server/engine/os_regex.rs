//! OS_Regex, Wazuh's own small regular-expression language (the default `type` of `<regex>`),
//! implemented from its documented semantics.
//!
//! Tokens: `\w` (letters, digits, `-`, `@`, `_`), `\d`, `\s` (space), `\t` (tab), `\p`
//! (punctuation), `\W` `\D` `\S` (their negations), `\.` (any character), `\` before any other
//! character for that character literally; the modifiers `+` and `*` after a token; `^` and `$`
//! as anchors; `|` between whole alternatives; `(` `)` capture groups. Any other character is
//! itself (so `.`, `[` and `]` are literals). Matching ignores ASCII case.
//!
//! Repetition is resolved as analysisd does in practice: a repeated token stops as soon as the
//! rest of the pattern can match (shortest first, backtracking when the rest fails), and takes as
//! much as it can when nothing but group ends and `$` follow it.
//!
//! Each alternative compiles to a small backtracking program. A search remembers the
//! (instruction, position) states that already failed, so none is tried twice: a match costs at
//! most the program's length times the text's length in steps, whatever the pattern or line
//! (`\w+\w+\w+x` on a long line of letters answers in linear time, not in its cube). The
//! memory for that is taken only once a search has run longer than a plain scan would.

use std::ops::Range;

/// Characters `\p` matches.
const PUNCTUATION: &str = "()*+,-.:;<=>?[]!\"'#$%&|{}";

/// A compiled OS_Regex: its `|` alternatives, tried left to right.
#[derive(Debug, Clone)]
pub struct OsRegex {
    alternatives: Vec<Alternative>,
}

/// What a successful match found: where it ended and what each group captured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captures {
    /// Byte offset just past the match (the `after_regex` offset of a decoder).
    pub end: usize,
    /// Byte ranges of the capture groups of the alternative that matched, in order.
    pub groups: Vec<Range<usize>>,
}

/// Why a pattern does not compile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegexError {
    /// The pattern is empty, or one of its alternatives is.
    #[error("empty pattern")]
    Empty,
    /// A `\` ends the pattern.
    #[error("trailing backslash")]
    TrailingBackslash,
    /// `(` and `)` do not pair up within an alternative.
    #[error("unbalanced parenthesis")]
    Unbalanced,
    /// `+` or `*` has no token before it.
    #[error("modifier {0:?} without a token before it")]
    DanglingModifier(char),
}

#[derive(Debug, Clone)]
struct Alternative {
    anchored_start: bool,
    anchored_end: bool,
    program: Vec<Inst>,
    groups: usize,
}

/// One instruction of an alternative's program.
#[derive(Debug, Clone, Copy)]
enum Inst {
    /// Consume one character the atom matches.
    Char(Atom),
    /// Try the first instruction, and the second when that fails.
    Split(usize, usize),
    /// Go on at this instruction.
    Jump(usize),
    /// Record the current position as the start (`false`) or end (`true`) of a group.
    Save(usize, bool),
    /// The end of the pattern: a match (at the end of the text when anchored there).
    Match,
}

/// Steps a search may take per byte of text before it starts remembering failed states.
const STEPS_BEFORE_MEMORY: usize = 8;

#[derive(Debug, Clone)]
struct Token {
    atom: Atom,
    rep: Rep,
    /// Whether any character-consuming token follows this one.
    more_follows: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rep {
    One,
    Plus,
    Star,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Atom {
    Char(char),
    Class(Class, bool),
    Any,
    Open(usize),
    Close(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Word,
    Digit,
    Space,
    Tab,
    Punct,
}

impl Class {
    fn contains(self, c: char) -> bool {
        match self {
            Class::Word => c.is_ascii_alphanumeric() || matches!(c, '-' | '@' | '_'),
            Class::Digit => c.is_ascii_digit(),
            Class::Space => c == ' ',
            Class::Tab => c == '\t',
            Class::Punct => PUNCTUATION.contains(c),
        }
    }
}

impl Atom {
    fn matches(self, c: char) -> bool {
        match self {
            Atom::Char(p) => p.eq_ignore_ascii_case(&c),
            Atom::Class(class, negated) => class.contains(c) != negated,
            Atom::Any => true,
            Atom::Open(_) | Atom::Close(_) => false,
        }
    }

    fn consumes(self) -> bool {
        !matches!(self, Atom::Open(_) | Atom::Close(_))
    }
}

impl OsRegex {
    /// Compiles an OS_Regex pattern.
    pub fn new(pattern: &str) -> Result<Self, RegexError> {
        let alternatives = split_alternatives(pattern)
            .iter()
            .map(|alt| compile_alternative(alt))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(OsRegex { alternatives })
    }

    /// Whether the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.alternatives
            .iter()
            .any(|alt| alt.find(&mut Search::new(text), &mut []).is_some())
    }

    /// The first alternative's match in `text`, with its capture groups.
    pub fn captures(&self, text: &str) -> Option<Captures> {
        self.search(text).0
    }

    /// [`OsRegex::captures`], with the steps the search took.
    fn search(&self, text: &str) -> (Option<Captures>, usize) {
        let mut steps = 0;
        let found = self.alternatives.iter().find_map(|alt| {
            let mut search = Search::new(text);
            let mut slots = vec![0..0; alt.groups];
            let end = alt.find(&mut search, &mut slots);
            steps += search.steps;
            end.map(|end| Captures { end, groups: slots })
        });
        (found, steps)
    }
}

/// Splits on the `|` not escaped by a backslash.
fn split_alternatives(pattern: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let last = out.last_mut().expect("one alternative at least");
                last.push('\\');
                if let Some(n) = chars.next() {
                    last.push(n);
                }
            }
            '|' => out.push(String::new()),
            c => out.last_mut().expect("one alternative at least").push(c),
        }
    }
    out
}

fn compile_alternative(text: &str) -> Result<Alternative, RegexError> {
    if text.is_empty() {
        return Err(RegexError::Empty);
    }
    let anchored_start = text.starts_with('^');
    let body = if anchored_start { &text[1..] } else { text };
    let anchored_end = body.ends_with('$') && !body.ends_with("\\$");
    let body = if anchored_end {
        &body[..body.len() - 1]
    } else {
        body
    };
    let mut tokens: Vec<Token> = Vec::new();
    let (mut groups, mut open) = (0, Vec::new());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        let atom = match c {
            '\\' => escape(chars.next().ok_or(RegexError::TrailingBackslash)?),
            '+' | '*' => {
                let last = tokens
                    .last_mut()
                    .filter(|t| t.atom.consumes() && t.rep == Rep::One);
                let last = last.ok_or(RegexError::DanglingModifier(c))?;
                last.rep = if c == '+' { Rep::Plus } else { Rep::Star };
                continue;
            }
            '(' => {
                open.push(groups);
                groups += 1;
                Atom::Open(groups - 1)
            }
            ')' => Atom::Close(open.pop().ok_or(RegexError::Unbalanced)?),
            c => Atom::Char(c),
        };
        tokens.push(Token {
            atom,
            rep: Rep::One,
            more_follows: false,
        });
    }
    if !open.is_empty() {
        return Err(RegexError::Unbalanced);
    }
    let mut seen = false;
    for token in tokens.iter_mut().rev() {
        token.more_follows = seen;
        seen |= token.atom.consumes();
    }
    Ok(Alternative {
        anchored_start,
        anchored_end,
        program: program(&tokens),
        groups,
    })
}

/// Compiles tokens to a program: a repeated token is a loop whose `Split` prefers leaving it
/// (shortest first) unless nothing consuming follows (longest first).
fn program(tokens: &[Token]) -> Vec<Inst> {
    let mut program = Vec::new();
    for token in tokens {
        let here = program.len();
        let (leave_first, atom) = (token.more_follows, token.atom);
        let prefer = |stay: usize, leave: usize| {
            if leave_first {
                Inst::Split(leave, stay)
            } else {
                Inst::Split(stay, leave)
            }
        };
        match (atom, token.rep) {
            (Atom::Open(g), _) => program.push(Inst::Save(g, false)),
            (Atom::Close(g), _) => program.push(Inst::Save(g, true)),
            (_, Rep::One) => program.push(Inst::Char(atom)),
            (_, Rep::Plus) => {
                program.push(Inst::Char(atom));
                program.push(prefer(here, here + 2));
            }
            (_, Rep::Star) => {
                program.push(prefer(here + 1, here + 3));
                program.push(Inst::Char(atom));
                program.push(Inst::Jump(here));
            }
        }
    }
    program.push(Inst::Match);
    program
}

fn escape(c: char) -> Atom {
    match c {
        'w' => Atom::Class(Class::Word, false),
        'W' => Atom::Class(Class::Word, true),
        'd' => Atom::Class(Class::Digit, false),
        'D' => Atom::Class(Class::Digit, true),
        's' => Atom::Class(Class::Space, false),
        'S' => Atom::Class(Class::Space, true),
        't' => Atom::Class(Class::Tab, false),
        'p' => Atom::Class(Class::Punct, false),
        '.' => Atom::Any,
        c => Atom::Char(c),
    }
}

impl Alternative {
    /// The end of the leftmost match, filling `slots` with the groups it captured.
    fn find(&self, search: &mut Search, slots: &mut [Range<usize>]) -> Option<usize> {
        if self.anchored_start {
            return self.run(search, 0, slots);
        }
        let text = search.text;
        let mut starts = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()));
        starts.find_map(|start| self.run(search, start, slots))
    }

    /// Runs the program from byte `start`, depth first in the order of preference.
    fn run(&self, search: &mut Search, start: usize, slots: &mut [Range<usize>]) -> Option<usize> {
        let text = search.text;
        search.pending.clear();
        search.pending.push((0, start));
        while let Some((mut pc, mut pos)) = search.pending.pop() {
            while search.enter(self.program.len(), pc, pos) {
                match self.program[pc] {
                    Inst::Char(atom) => {
                        let c = text[pos..].chars().next().filter(|&c| atom.matches(c));
                        let Some(c) = c else { break };
                        (pc, pos) = (pc + 1, pos + c.len_utf8());
                    }
                    Inst::Split(first, second) => {
                        search.pending.push((second, pos));
                        pc = first;
                    }
                    Inst::Jump(to) => pc = to,
                    Inst::Save(group, end) => {
                        if let Some(slot) = slots.get_mut(group) {
                            *(if end { &mut slot.end } else { &mut slot.start }) = pos;
                        }
                        pc += 1;
                    }
                    Inst::Match if !self.anchored_end || pos == text.len() => return Some(pos),
                    Inst::Match => break,
                }
            }
        }
        None
    }
}

/// One search of an alternative in a text: the alternatives still to try (instruction,
/// position), the steps taken, and past a budget the states already entered. A state entered
/// again has failed before (the program has no loop that consumes nothing), so it is not tried
/// twice.
struct Search<'t> {
    text: &'t str,
    pending: Vec<(usize, usize)>,
    steps: usize,
    entered: Option<Vec<u64>>,
}

impl<'t> Search<'t> {
    fn new(text: &'t str) -> Self {
        Search {
            text,
            pending: Vec::new(),
            steps: 0,
            entered: None,
        }
    }

    /// Counts a step into state (`pc`, `pos`) of a program of `len` instructions; `false` when
    /// the state was entered before.
    fn enter(&mut self, len: usize, pc: usize, pos: usize) -> bool {
        self.steps += 1;
        let width = self.text.len() + 1;
        if self.entered.is_none() && self.steps > STEPS_BEFORE_MEMORY * width {
            self.entered = Some(vec![0; (len * width).div_ceil(64)]);
        }
        let Some(entered) = self.entered.as_mut() else {
            return true;
        };
        let at = pc * width + pos;
        let (word, bit) = (at / 64, 1u64 << (at % 64));
        let fresh = entered[word] & bit == 0;
        entered[word] |= bit;
        fresh
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps<'a>(pattern: &str, text: &'a str) -> Option<Vec<&'a str>> {
        let c = OsRegex::new(pattern).unwrap().captures(text)?;
        Some(c.groups.into_iter().map(|r| &text[r]).collect())
    }

    fn matches(pattern: &str, text: &str) -> bool {
        OsRegex::new(pattern).unwrap().is_match(text)
    }

    #[test]
    fn word_class_takes_letters_digits_dash_at_underscore() {
        assert_eq!(
            caps(r"user (\w+)", "user ad-m_1@x."),
            Some(vec!["ad-m_1@x"])
        );
        assert!(!matches(r"^\w", "."));
    }

    #[test]
    fn digit_and_not_digit() {
        assert_eq!(caps(r"port (\d+)", "port 2222 x"), Some(vec!["2222"]));
        assert!(!matches(r"^\d", "a"));
        assert!(matches(r"^\D", "a"));
        assert!(!matches(r"^\D", "1"));
    }

    #[test]
    fn space_tab_and_not_space() {
        assert!(matches(r"a\sb", "a b"));
        assert!(!matches(r"a\sb", "a\tb"));
        assert!(matches(r"a\tb", "a\tb"));
        assert_eq!(
            caps(r"from (\S+) ", "from 10.0.0.1 port"),
            Some(vec!["10.0.0.1"])
        );
    }

    #[test]
    fn punctuation_and_not_word() {
        assert!(matches(r"^\p+$", "()[]:;!"));
        assert!(!matches(r"^\p", "a"));
        assert!(matches(r"^\W", " "));
        assert!(!matches(r"^\W", "a"));
    }

    #[test]
    fn escaped_dot_is_any_char_and_bare_dot_is_literal() {
        assert_eq!(caps(r"a(\.+)z", "a-?!z"), Some(vec!["-?!"]));
        assert!(matches(r"1.2", "1.2"));
        assert!(!matches(r"1.2", "1x2"));
        assert!(matches(r"\.*", ""));
    }

    #[test]
    fn escapes_make_specials_literal() {
        assert!(matches(r"\(x\)\|\$", "(x)|$"));
        assert!(matches(r"a\\b", r"a\b"));
    }

    #[test]
    fn anchors() {
        assert!(matches("^abc", "abcd"));
        assert!(!matches("^abc", "xabc"));
        assert!(matches("abc$", "xabc"));
        assert!(!matches("abc$", "abcx"));
        assert!(matches(r"^\d+$", "123"));
        assert!(!matches(r"^\d+$", "12a"));
    }

    #[test]
    fn alternatives_number_their_own_groups() {
        let p = r"^invalid user (\S+) from (\S+)|^(\S+) from (\S+)";
        assert_eq!(
            caps(p, "invalid user bob from 1.2.3.4"),
            Some(vec!["bob", "1.2.3.4"])
        );
        assert_eq!(caps(p, "root from 5.6.7.8"), Some(vec!["root", "5.6.7.8"]));
        assert!(matches(r"foo|bar\|baz", "bar|baz"));
    }

    #[test]
    fn repetition_stops_where_the_rest_matches_and_takes_all_at_the_end() {
        assert_eq!(caps(r"(\.+) port", "a port b port"), Some(vec!["a"]));
        assert_eq!(caps(r"=(\S*)\s+u", "=  u"), Some(vec![""]));
        assert_eq!(caps(r"x(\w+)", "xabc def"), Some(vec!["abc"]));
        assert_eq!(caps(r"x(\w*)$", "xabc"), Some(vec!["abc"]));
    }

    #[test]
    fn case_is_ignored() {
        assert!(matches("FAILED password", "Failed Password"));
    }

    #[test]
    fn end_offset_and_utf8() {
        let re = OsRegex::new(r"é(\S+) ").unwrap();
        let c = re.captures("xé→ab rest").unwrap();
        assert_eq!(&"xé→ab rest"[c.end..], "rest");
        assert_eq!(&"xé→ab rest"[c.groups[0].clone()], "→ab");
    }

    #[test]
    fn nested_repetition_costs_at_most_program_times_text_steps() {
        let line = "a".repeat(4000);
        let hostile = OsRegex::new(r"\w+\w+\w+\w+\w*\w*x").unwrap();
        // Each state is entered once, and entered again at most once per edge into it (two
        // at most), after the steps a plain scan may take; without the memory, ~n^4/24 steps.
        let bound = |text: &str| {
            let states = hostile.alternatives[0].program.len() * (text.len() + 1);
            STEPS_BEFORE_MEMORY * (text.len() + 1) + 3 * states
        };
        let (found, steps) = hostile.search(&line);
        assert!(found.is_none());
        assert!(steps <= bound(&line), "{steps} steps");
        let longer = format!("{line}x");
        let (found, steps) = hostile.search(&longer);
        assert_eq!(found.map(|c| c.end), Some(longer.len()));
        assert!(steps <= bound(&longer), "{steps} steps");
        let (_, steps) = OsRegex::new(r"from (\S+) port (\d+)")
            .unwrap()
            .search("sshd: Failed password for root from 10.0.0.1 port 22 ssh2");
        assert!(
            steps < 100,
            "a plain line takes a plain scan: {steps} steps"
        );
        assert_eq!(
            OsRegex::new(r"(\w+\w+)+x").unwrap_err(),
            RegexError::DanglingModifier('+')
        );
    }

    #[test]
    fn bad_patterns_are_refused() {
        assert_eq!(OsRegex::new("").unwrap_err(), RegexError::Empty);
        assert_eq!(OsRegex::new("a|").unwrap_err(), RegexError::Empty);
        assert_eq!(
            OsRegex::new("a\\").unwrap_err(),
            RegexError::TrailingBackslash
        );
        assert_eq!(OsRegex::new("(a").unwrap_err(), RegexError::Unbalanced);
        assert_eq!(OsRegex::new("a)").unwrap_err(), RegexError::Unbalanced);
        assert_eq!(
            OsRegex::new("+a").unwrap_err(),
            RegexError::DanglingModifier('+')
        );
    }
}
