//! CDB lists as Wazuh reads their text form: one `key:value` pair a line (the value may be
//! empty), a key or value with a `:` in double quotes, empty lines skipped.

use super::Wrong;

/// The pairs of a list, in order; the first line that is not a pair is wrong.
pub fn pairs(content: &str) -> Result<Vec<(String, String)>, Wrong> {
    let mut pairs = Vec::new();
    let mut offset = 0;
    for line in content.split_inclusive('\n') {
        let text = line.trim_end_matches(['\n', '\r']);
        if !text.trim().is_empty() {
            let pair = pair(text).ok_or_else(|| {
                Wrong::list(offset as u64, format!("line {text:?} is not key:value"))
            })?;
            pairs.push(pair);
        }
        offset += line.len();
    }
    Ok(pairs)
}

/// One `key:value` line, the quotes of a quoted part removed.
fn pair(line: &str) -> Option<(String, String)> {
    let (key, rest) = part(line)?;
    let value = rest.strip_prefix(':')?;
    if key.is_empty() {
        return None;
    }
    let value = match value.starts_with('"') {
        true => match part(value)? {
            (value, "") => value,
            _ => return None,
        },
        false if value.contains('"') => return None,
        false => value.to_string(),
    };
    Some((key, value))
}

/// The first part of a line: a quoted text (quotes removed), or the text up to a `:`; and
/// what follows it.
fn part(text: &str) -> Option<(String, &str)> {
    match text.strip_prefix('"') {
        Some(quoted) => {
            let end = quoted.find('"')?;
            Some((quoted[..end].to_string(), &quoted[end + 1..]))
        }
        None => {
            let end = text.find(':')?;
            let key = &text[..end];
            (!key.contains('"')).then(|| (key.to_string(), &text[end..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_with_empty_and_quoted_parts() {
        let list = "root:\n\"svc:backup\":service\r\n\nweb:\"a:b\"\n";
        let pairs = pairs(list).unwrap();
        assert_eq!(
            pairs,
            [
                ("root".into(), "".into()),
                ("svc:backup".into(), "service".into()),
                ("web".into(), "a:b".into())
            ]
        );
    }

    #[test]
    fn lines_that_are_not_pairs_are_wrong_where_they_are() {
        for (list, offset) in [
            ("a:1\nno colon\n", 4),
            (":empty key\n", 0),
            ("\"unclosed:1\n", 0),
            ("a:\"b\"c\n", 0),
            ("a\"b:c\n", 0),
        ] {
            assert_eq!(pairs(list).unwrap_err().offset, offset, "{list:?}");
        }
    }
}
