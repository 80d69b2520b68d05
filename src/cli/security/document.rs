//! Documents given to `security policies|rules create|update`: inline JSON on the command
//! line, or a JSON or TOML file (`--file FILE`, `-` for stdin). A `.toml` file is TOML, a
//! `.json` file JSON; stdin and other names are tried as JSON, then as TOML.
//!
//! Imports the CLI's input helpers and errors; no network.

use super::super::error::CliError;
use super::super::input::{self, STDIN};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A document given inline or with `--file`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DocumentArgs {
    /// The document as inline JSON (quote it for the shell), instead of --file.
    #[arg(value_name = "JSON")]
    pub inline: Option<String>,
    /// Read the document from a JSON or TOML file (`-` for stdin) instead.
    #[arg(long, short = 'f', value_name = "FILE", conflicts_with = "inline")]
    pub file: Option<PathBuf>,
}

impl DocumentArgs {
    /// The document, or `None` when neither inline JSON nor a file is given; `what` names it
    /// in errors, e.g. "policy".
    pub fn read(&self, what: &str) -> Result<Option<Value>, CliError> {
        match (&self.inline, &self.file) {
            (Some(_), Some(_)) => Err(CliError::usage(
                format!("give the {what} inline or with --file, not both"),
                None,
            )),
            (Some(text), None) => parse_json(text).map(Some).map_err(|err| {
                CliError::usage(
                    format!("the {what} is not valid JSON: {err}"),
                    Some("quote it for the shell, e.g. '{\"actions\": [...]}', or use --file"),
                )
            }),
            (None, Some(file)) => read_file(file, what).map(Some),
            (None, None) => Ok(None),
        }
    }

    /// The document, which must be given.
    pub fn read_required(&self, what: &str) -> Result<Value, CliError> {
        self.read(what)?.ok_or_else(|| {
            CliError::usage(
                format!("no {what} given"),
                Some("give it as inline JSON, or with --file FILE (JSON or TOML, `-` for stdin)"),
            )
        })
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

    fn inline(text: &str) -> DocumentArgs {
        DocumentArgs {
            inline: Some(text.to_string()),
            file: None,
        }
    }

    fn file(path: &Path) -> DocumentArgs {
        DocumentArgs {
            inline: None,
            file: Some(path.to_path_buf()),
        }
    }

    fn read(args: DocumentArgs, what: &str) -> Result<Value, CliError> {
        args.read_required(what)
    }

    #[test]
    fn inline_json_is_parsed() {
        let text = policy_json().to_string();
        assert_eq!(read(inline(&text), "policy").unwrap(), policy_json());
        let err = read(inline("{actions: [}"), "policy").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("not valid JSON"));
    }

    #[test]
    fn files_are_read_as_json_or_toml_by_extension() {
        let dir = tempfile::TempDir::new().unwrap();
        let toml_file = dir.path().join("policy.toml");
        std::fs::write(&toml_file, POLICY_TOML).unwrap();
        assert_eq!(read(file(&toml_file), "policy").unwrap(), policy_json());
        let json_file = dir.path().join("policy.json");
        std::fs::write(&json_file, policy_json().to_string()).unwrap();
        assert_eq!(read(file(&json_file), "policy").unwrap(), policy_json());
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, POLICY_TOML).unwrap();
        let err = read(file(&bad), "policy").unwrap_err();
        assert!(err.to_string().contains("bad.json"), "{err}");
    }

    #[test]
    fn other_names_are_tried_as_json_then_toml() {
        let dir = tempfile::TempDir::new().unwrap();
        let rule = dir.path().join("rule.txt");
        std::fs::write(&rule, "[FIND]\nusername = \"elastic\"\n").unwrap();
        assert_eq!(
            read(file(&rule), "rule").unwrap(),
            json!({"FIND": {"username": "elastic"}})
        );
        std::fs::write(&rule, "not = [a document").unwrap();
        let err = read(file(&rule), "rule").unwrap_err();
        assert!(err.to_string().contains("neither JSON"), "{err}");
    }

    #[test]
    fn at_most_one_source_and_required_when_asked() {
        assert_eq!(DocumentArgs::default().read("rule").unwrap(), None);
        let none = read(DocumentArgs::default(), "rule").unwrap_err();
        assert!(none.hint().unwrap().contains("--file"));
        let both = DocumentArgs {
            inline: Some("{}".into()),
            file: Some(PathBuf::from("x.json")),
        };
        assert_eq!(both.read("rule").unwrap_err().exit_code(), 2);
        let missing = file(Path::new("/nonexistent/x.toml"));
        assert_eq!(read(missing, "rule").unwrap_err().exit_code(), 2);
    }

    #[test]
    fn shapes_are_checked_when_typed() {
        use crate::api::security::PolicyDocument;
        let policy: PolicyDocument = typed(policy_json(), "policy").unwrap();
        assert_eq!(policy.actions, ["agent:read"]);
        let err = typed::<PolicyDocument>(json!({"actions": [], "effect": "allow"}), "policy")
            .unwrap_err();
        assert!(err.to_string().starts_with("invalid policy"), "{err}");
        assert!(err.to_string().contains("resources"), "{err}");
    }
}
