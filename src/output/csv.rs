//! CSV text (RFC 4180 quoting, `\n` line ends): a header row, then one row per record.
//!
//! Imports nothing.

/// The header and rows as CSV text; empty when there are no columns.
pub(super) fn render(headers: &[String], rows: &[Vec<String>]) -> String {
    if headers.is_empty() {
        return String::new();
    }
    render_rows(std::slice::from_ref(&headers.to_vec())) + &render_rows(rows)
}

/// Rows as CSV text, one line each (no header).
pub(super) fn render_rows(rows: &[Vec<String>]) -> String {
    rows.iter()
        .map(|record| {
            let fields: Vec<String> = record.iter().map(|field| quote(field)).collect();
            format!("{}\n", fields.join(","))
        })
        .collect()
}

/// A field as CSV: quoted (inner quotes doubled) when it holds a comma, a quote or a line
/// break, or has spaces at its ends.
fn quote(field: &str) -> String {
    let needs_quotes =
        field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote(""), "");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("cr\r"), "\"cr\r\"");
        assert_eq!(quote(" padded"), "\" padded\"");
    }

    #[test]
    fn renders_header_and_rows() {
        let headers = vec!["id".to_string(), "group".to_string()];
        let rows = vec![vec!["001".to_string(), "a,b".to_string()]];
        assert_eq!(render(&headers, &rows), "id,group\n001,\"a,b\"\n");
    }

    #[test]
    fn no_columns_renders_nothing() {
        assert_eq!(render(&[], &[vec![]]), "");
    }
}
