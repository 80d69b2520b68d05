//! Serialising responses the way a Wazuh manager does: compact JSON with Python's `", "` and
//! `": "` separators, or 3-space indentation with `pretty=true`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter, Serializer};
use std::io;

/// Content type of successful JSON answers.
pub const JSON: &str = "application/json";
/// Content type of error answers.
pub const PROBLEM_JSON: &str = "application/problem+json; charset=utf-8";

/// A `json.dumps`-style compact formatter: `{"a": 1, "b": [1, 2]}`.
struct PythonFormatter;

impl Formatter for PythonFormatter {
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
}

/// Serialises a value as Wazuh would: 3-space indented when `pretty`, else Python-compact.
pub fn to_bytes<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    let result = if pretty {
        let mut ser = Serializer::with_formatter(&mut out, PrettyFormatter::with_indent(b"   "));
        value.serialize(&mut ser)
    } else {
        let mut ser = Serializer::with_formatter(&mut out, PythonFormatter);
        value.serialize(&mut ser)
    };
    // Serialising plain data (maps with string keys, numbers, strings) cannot fail.
    result.expect("response bodies are plain JSON data");
    out
}

/// A JSON response with the given status and content type.
pub fn json_with<T: Serialize + ?Sized>(
    status: StatusCode,
    content_type: &'static str,
    value: &T,
    pretty: bool,
) -> Response {
    let mut response = (status, to_bytes(value, pretty)).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A 200 response of a file as it is (`raw=true`), declared as `content_type`.
pub fn raw(content: impl Into<axum::body::Body>, content_type: &'static str) -> Response {
    let mut response = Response::new(content.into());
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// A 200 `application/json` response.
pub fn ok<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Response {
    json_with(StatusCode::OK, JSON, value, pretty)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn compact_output_uses_python_separators() {
        let body = to_bytes(&json!({"a": [1, 2], "b": {"c": "d"}}), false);
        assert_eq!(
            String::from_utf8(body).unwrap(),
            r#"{"a": [1, 2], "b": {"c": "d"}}"#
        );
    }

    #[test]
    fn pretty_output_indents_with_three_spaces() {
        let body = to_bytes(&json!({"a": 1}), true);
        assert_eq!(String::from_utf8(body).unwrap(), "{\n   \"a\": 1\n}");
    }
}
