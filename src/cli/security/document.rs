//! Documents given to `security policies|rules create|update`: inline JSON on the command
//! line, or a JSON or TOML file (`--file FILE`, `-` for stdin). A `.toml` file is TOML, a
//! `.json` file JSON; stdin and other names are tried as JSON, then as TOML.
//!
//! Imports the CLI's input helpers and errors; no network.

use super::super::error::CliError;
use super::super::input::{self, STDIN};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::path::Path;

/// The document from exactly one of an inline JSON text and a file; `what` names it in
/// errors, e.g. "policy".
pub fn read(inline: Option<&str>, file: Option<&Path>, what: &str) -> Result<Value, CliError> {
    match (inline, file) {
        (Some(text), None) => parse_json(text).map_err(|err| {
            CliError::usage(
                format!("the {what} is not valid JSON: {err}"),
                Some("quote it for the shell, e.g. '{\"actions\": [...]}', or use --file"),
            )
        }),
        (None, Some(file)) => read_file(file, what),
        (None, None) => Err(CliError::usage(
            format!("no {what} given"),
            Some("give it as inline JSON, or with --file FILE (JSON or TOML, `-` for stdin)"),
        )),
        (Some(_), Some(_)) => Err(CliError::usage(
            format!("give the {what} inline or with --file, not both"),
            None,
        )),
    }
}

/// The document as a typed value; a shape error is a usage error naming `what`.
pub fn typed<T: DeserializeOwned>(document: Value, what: &str) -> Result<T, CliError> {
    serde_json::from_value(document)
        .map_err(|err| CliError::usage(format!("invalid {what}: {err}"), None))
}

/// Reads and parses a file (or stdin) by its extension.
fn read_file(file: &Path, what: &str) -> Result<Value, CliError> {
    let text = input::read_text(file)?;
    let extension = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    let parsed = match extension {
        "toml" => parse_toml(&text),
        "json" => parse_json(&text),
        _ => parse_json(&text).or_else(|json_err| {
            parse_toml(&text).map_err(|toml_err| {
                format!("neither JSON ({json_err}) nor TOML ({})", toml_err.trim())
            })
        }),
    };
    parsed.map_err(|err| {
        let name = if file == Path::new(STDIN) {
            "stdin".to_string()
        } else {
            file.display().to_string()
        };
        CliError::usage(format!("cannot read the {what} in {name}: {err}"), None)
    })
}

/// Parses JSON text.
fn parse_json(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|err| err.to_string())
}

/// Parses a TOML document into the same JSON value a JSON file would give.
fn parse_toml(text: &str) -> Result<Value, String> {
    toml::from_str(text).map_err(|err| err.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const POLICY_TOML: &str = "actions = [\"agent:read\"]\n\
                               resources = [\"agent:group:webservers\"]\n\
                               effect = \"allow\"\n";

    fn policy_json() -> Value {
        json!({"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"})
    }

    #[test]
    fn inline_json_is_parsed() {
        let text = policy_json().to_string();
        assert_eq!(read(Some(&text), None, "policy").unwrap(), policy_json());
        let err = read(Some("{actions: [}"), None, "policy").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("not valid JSON"));
    }

    #[test]
    fn files_are_read_as_json_or_toml_by_extension() {
        let dir = tempfile::TempDir::new().unwrap();
        let toml_file = dir.path().join("policy.toml");
        std::fs::write(&toml_file, POLICY_TOML).unwrap();
        assert_eq!(
            read(None, Some(&toml_file), "policy").unwrap(),
            policy_json()
        );
        let json_file = dir.path().join("policy.json");
        std::fs::write(&json_file, policy_json().to_string()).unwrap();
        assert_eq!(
            read(None, Some(&json_file), "policy").unwrap(),
            policy_json()
        );
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, POLICY_TOML).unwrap();
        let err = read(None, Some(&bad), "policy").unwrap_err();
        assert!(err.to_string().contains("bad.json"), "{err}");
    }

    #[test]
    fn other_names_are_tried_as_json_then_toml() {
        let dir = tempfile::TempDir::new().unwrap();
        let rule = dir.path().join("rule.txt");
        std::fs::write(&rule, "[FIND]\nusername = \"elastic\"\n").unwrap();
        assert_eq!(
            read(None, Some(&rule), "rule").unwrap(),
            json!({"FIND": {"username": "elastic"}})
        );
        std::fs::write(&rule, "not = [a document").unwrap();
        let err = read(None, Some(&rule), "rule").unwrap_err();
        assert!(err.to_string().contains("neither JSON"), "{err}");
    }

    #[test]
    fn exactly_one_source_is_required() {
        assert!(read(None, None, "rule")
            .unwrap_err()
            .hint()
            .unwrap()
            .contains("--file"));
        let file = Path::new("x.json");
        assert_eq!(
            read(Some("{}"), Some(file), "rule")
                .unwrap_err()
                .exit_code(),
            2
        );
        assert_eq!(
            read(None, Some(Path::new("/nonexistent/x.toml")), "rule")
                .unwrap_err()
                .exit_code(),
            2
        );
    }

    #[test]
    fn shapes_are_checked_when_typed() {
        use super::super::policy::Policy;
        let policy: Policy = typed(policy_json(), "policy").unwrap();
        assert_eq!(policy.actions, ["agent:read"]);
        let err = typed::<Policy>(json!({"actions": [], "effect": "maybe"}), "policy").unwrap_err();
        assert!(err.to_string().starts_with("invalid policy"), "{err}");
        let err = typed::<Policy>(
            json!({"actions": [], "resources": [], "effect": "allow", "x": 1}),
            "policy",
        )
        .unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
    }
}
