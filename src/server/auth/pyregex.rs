//! The regular expressions of security rules (`r'...'` values), with Python `re.match`
//! semantics: anchored at the start, not at the end. No regex crate is a dependency, so this is
//! a small backtracking engine over the common subset: literals, `.`, `^`, `$`, classes
//! (`[a-z]`, `[^...]`, `\d \w \s` and their negations), groups (`(...)`, `(?:...)`),
//! alternation and the quantifiers `* + ? {n} {n,} {n,m}`. Anything else
//! (look-arounds, back-references, flags) does not compile, and a rule then compares the value
//! literally, as Wazuh does for a pattern Python cannot compile.
//!
//! Imports nothing from the crate.

/// Longest pattern accepted, so a rule cannot make matching expensive.
const MAX_PATTERN_CHARS: usize = 1024;

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    alternatives: Vec<Vec<Node>>,
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Char(char),
    Any,
    Class {
        ranges: Vec<(char, char)>,
        negated: bool,
    },
    Start,
    End,
    Group(Vec<Vec<Node>>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
}

impl Pattern {
    /// Compiles a pattern; `None` for syntax this engine does not know.
    pub fn compile(pattern: &str) -> Option<Pattern> {
        if pattern.chars().count() > MAX_PATTERN_CHARS {
            return None;
        }
        let mut parser = Parser {
            chars: pattern.chars().collect(),
            pos: 0,
        };
        let alternatives = parser.alternatives()?;
        (parser.pos == parser.chars.len()).then_some(Pattern { alternatives })
    }

    /// Whether the pattern matches at the start of `text` (Python `re.match`).
    pub fn matches_start(&self, text: &str) -> bool {
        let input: Vec<char> = text.chars().collect();
        let matcher = Matcher { input: &input };
        matcher.alternatives(&self.alternatives, 0, &|_| true)
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }

    fn eat(&mut self, expected: char) -> bool {
        let found = self.peek() == Some(expected);
        if found {
            self.pos += 1;
        }
        found
    }

    fn alternatives(&mut self) -> Option<Vec<Vec<Node>>> {
        let mut alternatives = vec![self.sequence()?];
        while self.eat('|') {
            alternatives.push(self.sequence()?);
        }
        Some(alternatives)
    }

    fn sequence(&mut self) -> Option<Vec<Node>> {
        let mut nodes = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            nodes.push(self.quantified(atom)?);
        }
        Some(nodes)
    }

    fn atom(&mut self) -> Option<Node> {
        match self.next()? {
            '.' => Some(Node::Any),
            '^' => Some(Node::Start),
            '$' => Some(Node::End),
            '[' => self.class(),
            '(' => {
                if self.eat('?') && !self.eat(':') {
                    return None;
                }
                let group = self.alternatives()?;
                self.eat(')').then_some(Node::Group(group))
            }
            '\\' => self.escape(),
            '*' | '+' | '?' | '{' | ')' => None,
            c => Some(Node::Char(c)),
        }
    }

    fn escape(&mut self) -> Option<Node> {
        let c = self.next()?;
        let class = |ranges: &[(char, char)], negated| {
            Some(Node::Class {
                ranges: ranges.to_vec(),
                negated,
            })
        };
        match c {
            'd' | 'D' => class(DIGITS, c == 'D'),
            'w' | 'W' => class(WORD, c == 'W'),
            's' | 'S' => class(SPACE, c == 'S'),
            'n' => Some(Node::Char('\n')),
            't' => Some(Node::Char('\t')),
            c if c.is_ascii_alphanumeric() => None,
            c => Some(Node::Char(c)),
        }
    }

    fn class(&mut self) -> Option<Node> {
        let negated = self.eat('^');
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self.next()?;
            if c == ']' && !first {
                break;
            }
            first = false;
            let low = if c == '\\' {
                match self.escape()? {
                    Node::Char(c) => c,
                    Node::Class {
                        ranges: escaped,
                        negated: false,
                    } => {
                        ranges.extend(escaped);
                        continue;
                    }
                    _ => return None,
                }
            } else {
                c
            };
            let is_range = self.peek() == Some('-') && self.chars.get(self.pos + 1) != Some(&']');
            if is_range {
                self.pos += 1;
                let high = self.next()?;
                if high == '\\' || high < low {
                    return None;
                }
                ranges.push((low, high));
            } else {
                ranges.push((low, low));
            }
        }
        Some(Node::Class { ranges, negated })
    }

    fn quantified(&mut self, node: Node) -> Option<Node> {
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => return self.counted(node),
            _ => return Some(node),
        };
        self.pos += 1;
        Some(self.repeat(node, min, max))
    }

    fn counted(&mut self, node: Node) -> Option<Node> {
        self.pos += 1;
        let min = self.number()?;
        let max = if self.eat(',') {
            if self.peek() == Some('}') {
                None
            } else {
                Some(self.number()?)
            }
        } else {
            Some(min)
        };
        if !self.eat('}') || max.is_some_and(|max| max < min) {
            return None;
        }
        Some(self.repeat(node, min, max))
    }

    fn number(&mut self) -> Option<u32> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        let digits: String = self.chars[start..self.pos].iter().collect();
        digits.parse().ok().filter(|n| *n <= 1000)
    }

    /// A repetition; a lazy one (`*?`) matches the same texts, as only a yes/no is asked.
    fn repeat(&mut self, node: Node, min: u32, max: Option<u32>) -> Node {
        self.eat('?');
        Node::Repeat {
            node: Box::new(node),
            min,
            max,
        }
    }
}

const DIGITS: &[(char, char)] = &[('0', '9')];
const WORD: &[(char, char)] = &[('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')];
const SPACE: &[(char, char)] = &[(' ', ' '), ('\t', '\r')];

/// Backtracking over the input; `rest` is what must match after the current node.
struct Matcher<'a> {
    input: &'a [char],
}

type Rest<'r> = &'r dyn Fn(usize) -> bool;

impl Matcher<'_> {
    fn alternatives(&self, alternatives: &[Vec<Node>], pos: usize, rest: Rest) -> bool {
        alternatives
            .iter()
            .any(|sequence| self.sequence(sequence, pos, rest))
    }

    fn sequence(&self, nodes: &[Node], pos: usize, rest: Rest) -> bool {
        match nodes.split_first() {
            None => rest(pos),
            Some((node, others)) => self.node(node, pos, &|next| self.sequence(others, next, rest)),
        }
    }

    fn node(&self, node: &Node, pos: usize, rest: Rest) -> bool {
        let current = self.input.get(pos).copied();
        match node {
            Node::Char(expected) => current == Some(*expected) && rest(pos + 1),
            Node::Any => current.is_some_and(|c| c != '\n') && rest(pos + 1),
            Node::Class { ranges, negated } => current.is_some_and(|c| {
                let inside = ranges.iter().any(|(low, high)| (*low..=*high).contains(&c));
                inside != *negated && rest(pos + 1)
            }),
            Node::Start => pos == 0 && rest(pos),
            Node::End => {
                let at_end = pos == self.input.len()
                    || (pos + 1 == self.input.len() && current == Some('\n'));
                at_end && rest(pos)
            }
            Node::Group(alternatives) => self.alternatives(alternatives, pos, rest),
            Node::Repeat { node, min, max } => self.repeat(node, (*min, *max), 0, pos, rest),
        }
    }

    fn repeat(
        &self,
        node: &Node,
        bounds: (u32, Option<u32>),
        count: u32,
        pos: usize,
        rest: Rest,
    ) -> bool {
        let (min, max) = bounds;
        let may_go_on = max.is_none_or(|max| count < max);
        let one_more = may_go_on
            && self.node(node, pos, &|next| {
                (next != pos || count < min) && self.repeat(node, bounds, count + 1, next, rest)
            });
        one_more || (count >= min && rest(pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(pattern: &str, text: &str) -> bool {
        Pattern::compile(pattern)
            .unwrap_or_else(|| panic!("{pattern} does not compile"))
            .matches_start(text)
    }

    #[test]
    fn matching_is_anchored_at_the_start_only() {
        assert!(matches("adm", "admin"));
        assert!(!matches("min", "admin"));
        assert!(matches("^admin$", "admin"));
        assert!(matches("admin$", "admin\n"));
        assert!(!matches("^admin$", "administrator"));
        assert!(matches("", "anything"));
    }

    #[test]
    fn classes_quantifiers_and_groups() {
        assert!(matches(r"^auth[a-zA-Z]+$", "authUser"));
        assert!(!matches(r"^auth[a-zA-Z]+$", "auth"));
        assert!(!matches(r"^auth[a-zA-Z]+$", "auth1"));
        assert!(matches(r"\d{3}-\d{2,}", "123-45"));
        assert!(!matches(r"\d{3}-\d{2,}", "12-45"));
        assert!(matches(r"[^0-9]\w*", "a_9"));
        assert!(!matches(r"[^0-9]", "7"));
        assert!(matches(r"(ab)+c", "ababc"));
        assert!(matches(r"(?:elastic|admin)_user$", "admin_user"));
        assert!(!matches(r"(?:elastic|admin)_user$", "root_user"));
        assert!(matches(r"a.?b", "ab"));
        assert!(matches(r"a.*?b$", "axxb"));
        assert!(matches(r"x\.y", "x.y"));
        assert!(!matches(r"x\.y", "xzy"));
        assert!(matches(r"[\d-]+$", "12-3"));
        assert!(matches(r"(a*)*b", "aaab"));
    }

    #[test]
    fn unknown_or_broken_syntax_does_not_compile() {
        for pattern in [
            "(abc", "abc)", "[abc", "*a", r"\1", r"(?=a)", "a{3,1}", r"\b",
        ] {
            assert!(Pattern::compile(pattern).is_none(), "{pattern}");
        }
    }
}
