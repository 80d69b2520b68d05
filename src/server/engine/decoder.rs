//! Decoding, the second phase: decoders compiled once from the decoder files' elements, then
//! tried on each pre-decoded event as analysisd does. A root decoder (no `<parent>`) matches
//! on its `program_name` and `prematch`; then the first child of that root whose own
//! `program_name` and `prematch` match is taken, with every later child of the same name (its
//! siblings). Each matching decoder's `regex` fills the fields its `order` names. The event
//! carries the root's name, as analysisd names it, unless the child that matched has
//! `<use_own_name>true</use_own_name>`. A decoder with
//! `<plugin_decoder>JSON_Decoder</plugin_decoder>` decodes the message as a JSON object, nested
//! keys flattened with dots.

use super::pattern::{Default, Pattern};
use super::predecoder::Predecoded;
use crate::server::xml::Element;
use serde_json::Value;

/// Where in the message a pattern starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Offset {
    Start,
    AfterParent,
    AfterPrematch,
    AfterRegex,
}

/// One compiled decoder.
#[derive(Debug, Clone)]
struct Decoder {
    name: String,
    parent: Option<String>,
    program_name: Option<Pattern>,
    prematch: Option<(Pattern, Offset)>,
    regex: Option<(Pattern, Offset)>,
    order: Vec<String>,
    json: bool,
    kind: String,
    /// `<use_own_name>true`: a child whose events carry its own name, not its root's.
    own_name: bool,
}

/// The compiled decoders: roots in file order, each with its children in file order.
#[derive(Debug, Clone, Default)]
pub struct Decoders {
    roots: Vec<(Decoder, Vec<Decoder>)>,
}

/// What decoding found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The root decoder's name when a child decoder matched (what analysisd shows as `parent`).
    pub parent: Option<String>,
    /// The name the event carries: the root's, or a matching child's with `use_own_name`.
    pub name: String,
    /// The root decoder's `<type>` (`syslog` when it has none), what a rule's `category` tests.
    pub kind: String,
    /// The decoded fields in the order they were found.
    pub fields: Vec<(String, String)>,
}

impl Decoders {
    /// Compiles the `<decoder>` elements of every decoder file, in load order; the error names
    /// the decoder whose pattern or parent is wrong.
    pub fn compile<'e>(elements: impl IntoIterator<Item = &'e Element>) -> Result<Self, String> {
        let mut decoders = Decoders::default();
        let mut children = Vec::new();
        for element in elements
            .into_iter()
            .filter(|e| e.name.eq_ignore_ascii_case("decoder"))
        {
            let decoder = compile_one(element)?;
            match decoder.parent {
                Some(_) => children.push(decoder),
                None => decoders.roots.push((decoder, Vec::new())),
            }
        }
        for child in children {
            let parent = child.parent.as_deref().unwrap_or_default();
            let root = decoders
                .roots
                .iter_mut()
                .find(|(root, _)| root.name == parent);
            let (_, kids) =
                root.ok_or_else(|| format!("decoder {}: unknown parent {parent}", child.name))?;
            kids.push(child);
        }
        Ok(decoders)
    }

    /// Decodes one pre-decoded event, `None` when no root decoder matches.
    pub fn decode(&self, event: &Predecoded) -> Option<Decoded> {
        self.roots.iter().find_map(|(root, children)| {
            let mut state = State {
                fields: Vec::new(),
                parent_end: 0,
                regex_end: 0,
            };
            state.parent_end = root.apply(event, &mut state)?;
            let mut taken: Option<&Decoder> = None;
            for child in children {
                if taken.is_none_or(|first| first.name == child.name)
                    && child.apply(event, &mut state).is_some()
                {
                    taken = taken.or(Some(child));
                }
            }
            let own = taken.filter(|child| child.own_name).unwrap_or(root);
            Some(Decoded {
                parent: taken.map(|_| root.name.clone()),
                name: own.name.clone(),
                kind: root.kind.clone(),
                fields: state.fields,
            })
        })
    }
}

/// What a decoding carries from one decoder to the next.
struct State {
    fields: Vec<(String, String)>,
    parent_end: usize,
    regex_end: usize,
}

fn compile_one(element: &Element) -> Result<Decoder, String> {
    let name = element
        .attribute("name")
        .unwrap_or_default()
        .trim()
        .to_owned();
    let wrong = |detail: String| format!("decoder {name}: {detail}");
    let mut decoder = Decoder {
        name: name.clone(),
        parent: None,
        program_name: None,
        prematch: None,
        regex: None,
        order: Vec::new(),
        json: false,
        kind: "syslog".to_owned(),
        own_name: false,
    };
    for option in &element.children {
        let kind = option.attribute("type");
        let pattern = || Pattern::compile(kind, Default::Regex, &option.raw_text).map_err(wrong);
        let offset = || offset_of(option.attribute("offset")).map_err(wrong);
        match option.name.to_ascii_lowercase().as_str() {
            "type" => decoder.kind = option.text.to_ascii_lowercase(),
            "parent" => decoder.parent = Some(option.text.trim().to_owned()),
            "use_own_name" => decoder.own_name = option.text.trim().eq_ignore_ascii_case("true"),
            "program_name" => {
                decoder.program_name =
                    Some(Pattern::compile(kind, Default::Match, &option.text).map_err(wrong)?)
            }
            "prematch" => decoder.prematch = Some((pattern()?, offset()?)),
            "regex" => decoder.regex = Some((pattern()?, offset()?)),
            "order" => {
                decoder.order = option
                    .text
                    .split(',')
                    .map(|f| f.trim().to_owned())
                    .collect()
            }
            "plugin_decoder" => {
                decoder.json = option.text.trim().eq_ignore_ascii_case("JSON_Decoder")
            }
            _ => {}
        }
    }
    Ok(decoder)
}

fn offset_of(attribute: Option<&str>) -> Result<Offset, String> {
    match attribute.map(str::trim) {
        None | Some("") => Ok(Offset::Start),
        Some("after_parent") => Ok(Offset::AfterParent),
        Some("after_prematch") => Ok(Offset::AfterPrematch),
        Some("after_regex") => Ok(Offset::AfterRegex),
        Some(other) => Err(format!("unknown offset {other:?}")),
    }
}

impl Decoder {
    /// Matches the decoder on `event` and adds the fields it decodes to `state`, returning
    /// where its prematch ended; `None` (with `state` untouched) when it does not match.
    fn apply(&self, event: &Predecoded, state: &mut State) -> Option<usize> {
        if let Some(program) = &self.program_name {
            program.is_match(event.program_name?).then_some(())?;
        }
        let message = event.message;
        let prematch_end = match &self.prematch {
            None => 0,
            Some((prematch, offset)) => {
                let start = if *offset == Offset::AfterParent {
                    state.parent_end
                } else {
                    0
                };
                start + prematch.captures(message.get(start..)?)?.end
            }
        };
        if let Some((regex, offset)) = &self.regex {
            let start = match offset {
                Offset::Start => 0,
                Offset::AfterParent => state.parent_end,
                Offset::AfterPrematch => prematch_end,
                Offset::AfterRegex => state.regex_end,
            };
            let text = message.get(start..)?;
            let captures = regex.captures(text)?;
            state.regex_end = start + captures.end;
            for (field, range) in self.order.iter().zip(captures.groups) {
                if !range.is_empty() {
                    state.fields.push((field.clone(), text[range].to_owned()));
                }
            }
        }
        if self.json {
            if let Ok(object @ Value::Object(_)) = serde_json::from_str::<Value>(message) {
                flatten("", &object, &mut state.fields);
            }
        }
        Some(prematch_end)
    }
}

/// Flattens a JSON value into `key.sub` fields; arrays of scalars are joined with commas.
fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(object) => {
            for (key, inner) in object {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&path, inner, out);
            }
        }
        Value::Null => {}
        Value::String(s) => out.push((prefix.to_owned(), s.clone())),
        Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned))
                .collect();
            out.push((prefix.to_owned(), parts.join(",")));
        }
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::{Decoded, Decoders};
    use crate::server::engine::predecoder::predecode;
    use crate::server::xml;

    const FILE: &str = r#"
<decoder name="sshd"><program_name>^sshd</program_name></decoder>
<decoder name="sshd-failed">
  <parent>sshd</parent>
  <prematch>^Failed \S+ for </prematch>
  <regex offset="after_prematch">^invalid user (\S+) from (\S+)|^(\S+) from (\S+)</regex>
  <order>srcuser, srcip</order>
</decoder>
<decoder name="sshd-failed">
  <parent>sshd</parent>
  <regex offset="after_regex"> port (\d+)</regex>
  <order>srcport</order>
</decoder>
<decoder name="json">
  <prematch>^{\s*"</prematch>
  <plugin_decoder>JSON_Decoder</plugin_decoder>
</decoder>
<decoder name="fw">
  <prematch>^DROP </prematch>
  <regex type="pcre2">SRC=(\S+) DST=(\S+)</regex>
  <order>srcip, dstip</order>
</decoder>
"#;

    fn decode(line: &str) -> Option<Decoded> {
        let elements = xml::parse(FILE).unwrap();
        Decoders::compile(&elements)
            .unwrap()
            .decode(&predecode(line))
    }

    fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn child_and_sibling_decoders_fill_fields_after_prematch_and_regex() {
        let d = decode("Dec  4 20:43:41 h sshd[1]: Failed password for invalid user bob from 1.2.3.4 port 22 ssh2").unwrap();
        assert_eq!(
            (d.parent.as_deref(), d.name.as_str()),
            (Some("sshd"), "sshd")
        );
        assert_eq!(
            d.fields,
            pairs(&[("srcuser", "bob"), ("srcip", "1.2.3.4"), ("srcport", "22")])
        );
    }

    #[test]
    fn a_child_carries_its_own_name_only_with_use_own_name() {
        let file = r#"<decoder name="app"><prematch>^app </prematch></decoder>
          <decoder name="app-login"><parent>app</parent><prematch>login</prematch></decoder>
          <decoder name="app-logout"><parent>app</parent><prematch>logout</prematch>
            <use_own_name>true</use_own_name></decoder>"#;
        let decoders = Decoders::compile(&xml::parse(file).unwrap()).unwrap();
        let names = |line: &str| {
            let d = decoders.decode(&predecode(line)).unwrap();
            (d.parent, d.name)
        };
        let app = || Some("app".to_owned());
        assert_eq!(names("app login"), (app(), "app".to_owned()));
        assert_eq!(names("app logout"), (app(), "app-logout".to_owned()));
        assert_eq!(names("app start"), (None, "app".to_owned()));
    }

    #[test]
    fn program_name_gates_the_root() {
        assert!(
            decode("Dec  4 20:43:41 h cron[1]: Failed password for bob from 1.2.3.4").is_none()
        );
        let d = decode("Dec  4 20:43:41 h sshd[1]: Server listening").unwrap();
        assert_eq!(
            (d.parent, d.name.as_str(), d.fields.len()),
            (None, "sshd", 0)
        );
    }

    #[test]
    fn json_is_flattened_with_dots() {
        let d = decode(r#"{"user":{"name":"ann","id":7},"tags":["a","b"],"ok":true}"#).unwrap();
        assert_eq!(d.name, "json");
        assert_eq!(
            d.fields,
            pairs(&[
                ("user.name", "ann"),
                ("user.id", "7"),
                ("tags", "a,b"),
                ("ok", "true")
            ])
        );
    }

    #[test]
    fn pcre2_regex_in_a_root() {
        let d = decode("DROP IN=eth0 SRC=9.9.9.9 DST=10.0.0.2").unwrap();
        assert_eq!(
            d.fields,
            pairs(&[("srcip", "9.9.9.9"), ("dstip", "10.0.0.2")])
        );
    }

    #[test]
    fn unknown_parent_and_bad_pattern_are_refused() {
        let orphan = xml::parse(r#"<decoder name="x"><parent>nope</parent></decoder>"#).unwrap();
        assert!(Decoders::compile(&orphan)
            .unwrap_err()
            .contains("unknown parent nope"));
        let bad = xml::parse(r#"<decoder name="y"><prematch>(a</prematch></decoder>"#).unwrap();
        assert!(Decoders::compile(&bad).unwrap_err().contains("decoder y"));
    }

    #[test]
    fn the_demo_decoders_compile_and_decode_their_lines() {
        use crate::server::demo::ruleset::{DECODER_FILES, USER_DECODER_FILES};
        let files = DECODER_FILES.iter().chain(USER_DECODER_FILES);
        let elements: Vec<_> = files
            .flat_map(|(_, content)| xml::parse(content).unwrap())
            .collect();
        let decoders = Decoders::compile(&elements).unwrap();
        let line =
            "Dec  4 20:43:41 h sshd[9]: Accepted publickey for ann from 10.1.2.3 port 50022 ssh2";
        let d = decoders.decode(&predecode(line)).unwrap();
        assert_eq!(
            (d.parent.as_deref(), d.name.as_str()),
            (Some("sshd"), "sshd")
        );
        assert_eq!(
            d.fields,
            pairs(&[("user", "ann"), ("srcip", "10.1.2.3"), ("srcport", "50022")])
        );
    }
}
