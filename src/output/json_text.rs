//! Re-laying out valid JSON text without parsing it into values: compact (no whitespace
//! between tokens) or pretty (serde_json's two-space layout, starting at a given depth).
//! Strings and numbers are copied as written. `--all` uses it to print the server's items.
//!
//! Imports nothing.

/// Appends `text` (valid JSON) to `out` without the whitespace between its tokens.
pub(super) fn compact_into(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => at = copy_string(out, bytes, at),
            byte => {
                if !byte.is_ascii_whitespace() {
                    out.push(byte);
                }
                at += 1;
            }
        }
    }
}

/// Appends `text` (valid JSON) to `out` as serde_json pretty-prints it, as if it were nested
/// `depth` levels deep (its first line is not indented: the caller places it).
pub(super) fn pretty_into(out: &mut Vec<u8>, text: &str, mut depth: usize) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        at += 1;
        match byte {
            b'"' => at = copy_string(out, bytes, at - 1),
            b'{' | b'[' => {
                let close = if byte == b'{' { b'}' } else { b']' };
                let next = skip_whitespace(bytes, at);
                if bytes.get(next) == Some(&close) {
                    out.extend_from_slice(&[byte, close]);
                    at = next + 1;
                } else {
                    depth += 1;
                    out.push(byte);
                    new_line(out, depth);
                }
            }
            b'}' | b']' => {
                depth -= 1;
                new_line(out, depth);
                out.push(byte);
            }
            b',' => {
                out.push(b',');
                new_line(out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ if byte.is_ascii_whitespace() => {}
            _ => out.push(byte),
        }
    }
}

/// Copies the string starting at the quote at `start`; the index after its closing quote.
fn copy_string(out: &mut Vec<u8>, bytes: &[u8], start: usize) -> usize {
    let mut at = start + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => {
                at += 1;
                break;
            }
            _ => at += 1,
        }
    }
    let end = at.min(bytes.len());
    out.extend_from_slice(&bytes[start..end]);
    end
}

fn skip_whitespace(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
        at += 1;
    }
    at
}

fn new_line(out: &mut Vec<u8>, depth: usize) {
    out.push(b'\n');
    out.extend(std::iter::repeat_n(b' ', 2 * depth));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Documents as Wazuh writes them (`", "` and `": "`), with every kind of value.
    const SAMPLES: &[&str] = &[
        r#"{"id": "001", "os": {"name": "Ubuntu", "arch": "x86_64"}, "group": ["default", "web"]}"#,
        r#"{"empty": {}, "none": [], "spaced": { }, "n": -1.5, "t": true, "f": false, "z": null}"#,
        r#"{"s": "a, \"b\": {c} [d] \\", "u": "\u00e9", "nested": [[1, [2, {}]], {"k": []}]}"#,
        r#"[]"#,
        r#""text""#,
        "{\n   \"pretty\": [\n      1,\n      2\n   ]\n}",
    ];

    fn text(bytes: Vec<u8>) -> String {
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn compact_text_is_what_serde_json_writes() {
        for sample in SAMPLES {
            let mut out = Vec::new();
            compact_into(&mut out, sample);
            let value: Value = serde_json::from_str(sample).unwrap();
            assert_eq!(
                text(out).replace("\\u00e9", "é"),
                value.to_string(),
                "{sample}"
            );
        }
    }

    #[test]
    fn pretty_text_is_what_serde_json_writes() {
        for sample in SAMPLES {
            let mut out = Vec::new();
            pretty_into(&mut out, sample, 0);
            let value: Value = serde_json::from_str(sample).unwrap();
            let expected = serde_json::to_string_pretty(&value).unwrap();
            assert_eq!(text(out).replace("\\u00e9", "é"), expected, "{sample}");
        }
    }

    #[test]
    fn pretty_text_starts_at_the_depth_given() {
        let mut out = Vec::new();
        pretty_into(&mut out, r#"{"a": [1]}"#, 1);
        assert_eq!(text(out), "{\n    \"a\": [\n      1\n    ]\n  }");
    }

    #[test]
    fn strings_keep_their_spaces_and_escapes() {
        let mut out = Vec::new();
        compact_into(&mut out, r#"["a b", "c\"d , e", "\\"]"#);
        assert_eq!(text(out), r#"["a b","c\"d , e","\\"]"#);
    }
}
