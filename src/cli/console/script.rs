//! Requests in the Dashboard's Dev Tools form, as the console reads them from a file, stdin or
//! its prompt: `METHOD /path?query`, optionally `| FILTER` (a jq filter over what `-o json`
//! would print), then, for POST and PUT, a JSON body on the next lines; a blank line ends a
//! request. Lines starting with `#` or `//` between requests are comments.
//!
//! Imports `api::Method` only.

use crate::api::Method;
use serde_json::Value;

/// One request of a script.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The line it starts on (1-based).
    pub line: usize,
    /// The HTTP method.
    pub method: Method,
    /// The path, with its query string.
    pub path: String,
    /// A jq filter over the answer's payload.
    pub filter: Option<String>,
    /// The JSON body (POST and PUT).
    pub body: Option<Value>,
}

impl Step {
    /// The step as a script spells it (what `\save` writes).
    pub fn to_script(&self) -> String {
        let mut text = format!("{} {}", self.method.as_str(), self.path);
        if let Some(filter) = &self.filter {
            text.push_str(" | ");
            text.push_str(filter);
        }
        text.push('\n');
        if let Some(body) = &self.body {
            let body = serde_json::to_string_pretty(body).unwrap_or_default();
            text.push_str(&body);
            text.push('\n');
        }
        text
    }
}

/// A mistake in a script: where, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptError {
    /// The line (1-based).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Reads every request of a script; the first mistake stops it (nothing is sent).
pub fn parse(text: &str) -> Result<Vec<Step>, ScriptError> {
    let mut steps = Vec::new();
    let mut lines = text.lines().enumerate().peekable();
    while let Some((index, line)) = lines.next() {
        let trimmed = line.trim();
        if trimmed.is_empty() || is_comment(trimmed) {
            continue;
        }
        let mut step = request_line(index + 1, trimmed)?;
        let mut body = String::new();
        while let Some((_, next)) = lines.peek() {
            if next.trim().is_empty() {
                break;
            }
            body.push_str(next);
            body.push('\n');
            lines.next();
        }
        step.body = body_of(&step, &body)?;
        steps.push(step);
    }
    Ok(steps)
}

/// Whether a line is a comment.
fn is_comment(line: &str) -> bool {
    line.starts_with('#') || line.starts_with("//")
}

/// Reads `METHOD /path?query [| FILTER]`.
pub fn request_line(line: usize, text: &str) -> Result<Step, ScriptError> {
    let error = |message: String| ScriptError { line, message };
    let (method, rest) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
    let method = Method::parse(&method.to_ascii_uppercase()).ok_or_else(|| {
        error(format!(
            "`{method}` is not a method: a request starts with GET, POST, PUT or DELETE"
        ))
    })?;
    let (path, filter) = match rest.split_once(" |") {
        Some((path, filter)) => (path.trim(), Some(filter.trim().to_string())),
        None => (rest.trim(), None),
    };
    if path.is_empty() || path.contains(char::is_whitespace) {
        return Err(error(format!(
            "expected `{} /path?query`, one path without spaces",
            method.as_str()
        )));
    }
    if filter.as_deref() == Some("") {
        return Err(error("an empty filter after `|`".to_string()));
    }
    let path = match path.starts_with('/') {
        true => path.to_string(),
        false => format!("/{path}"),
    };
    Ok(Step {
        line,
        method,
        path,
        filter,
        body: None,
    })
}

/// The body of a step from its lines: JSON for POST and PUT, nothing for GET and DELETE.
pub fn body_of(step: &Step, text: &str) -> Result<Option<Value>, ScriptError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let error = |message: String| ScriptError {
        line: step.line + 1,
        message,
    };
    if !matches!(step.method, Method::Post | Method::Put) {
        return Err(error(format!(
            "{} requests take no body: end the request with a blank line",
            step.method.as_str()
        )));
    }
    serde_json::from_str(text)
        .map(Some)
        .map_err(|err| error(format!("the body is not JSON: {err}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn requests_with_filters_bodies_and_comments() {
        let script = "# list\nGET /agents?status=active&limit=5\n\n\
                      post groups\n{\n  \"group_id\": \"web\"\n}\n\n\
                      // ids only\nGET /agents | .[].id\n\nDELETE /groups?groups_list=web\n";
        let steps = parse(script).unwrap();
        assert_eq!(steps.len(), 4, "{steps:?}");
        assert_eq!(steps[0].path, "/agents?status=active&limit=5");
        assert_eq!(steps[0].line, 2);
        assert_eq!(steps[1].method, Method::Post);
        assert_eq!(steps[1].path, "/groups");
        assert_eq!(steps[1].body, Some(json!({"group_id": "web"})));
        assert_eq!(steps[2].filter.as_deref(), Some(".[].id"));
        assert_eq!(steps[2].line, 10);
    }

    #[test]
    fn a_request_line_right_after_another_is_a_body_error() {
        // Without a blank line the DELETE above reads as a body of the GET.
        let script = "GET /agents | .[].id\nDELETE /groups?groups_list=web\n";
        let err = parse(script).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("take no body"), "{err:?}");
    }

    #[test]
    fn mistakes_name_their_line() {
        let err = parse("\nFETCH /agents\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("`FETCH` is not a method"));
        let err = parse("POST /groups\n{\"group_id\": \n\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("not JSON"));
        let err = parse("GET\n").unwrap_err();
        assert!(err.message.contains("/path?query"));
        let err = parse("GET /agents |\n").unwrap_err();
        assert!(err.message.contains("empty filter"));
    }

    #[test]
    fn a_step_saved_reads_back_the_same() {
        let steps =
            parse("PUT /security/config\n{\"rbac_mode\": \"black\"}\n\nGET /agents | length\n")
                .unwrap();
        let saved: String = steps.iter().map(|step| step.to_script() + "\n").collect();
        let read = parse(&saved).unwrap();
        assert_eq!(read.len(), 2);
        for (read, step) in read.iter().zip(&steps) {
            assert_eq!(
                (read.method, &read.path, &read.filter, &read.body),
                (step.method, &step.path, &step.filter, &step.body)
            );
        }
    }
}
