//! The spec's response schemas as JSON Schema validators: `../shared/wazuh-api/spec.yaml` read
//! in place, corrected by the rules of `tests/spec_corrections.json` (which the schemathesis run
//! applies too) and read as JSON Schema draft 4, OpenAPI 3.0's base: `nullable: true` becomes a
//! `null` type, `$ref`s resolve inside the spec document, the formats JSON Schema defines
//! (the spec uses `date-time` and `uri`) are checked, and what it does not know (`example`,
//! `x-*`, OpenAPI's and Wazuh's formats such as `int32` or `names`) is an annotation.

use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;

/// The URI of the spec document among the validators' resources.
const SPEC: &str = "urn:wazuh-api:spec";

/// Schema errors listed for one answer, at most.
const ERRORS: usize = 5;

/// Characters of a body quoted in a failure message, at most.
const QUOTE: usize = 300;

/// One answer of the server, as the check needs it.
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// The media type of `Content-Type`, without parameters (`application/json`).
    pub media_type: String,
    /// The body: JSON, or a JSON string holding the text of any other media type.
    pub body: Value,
}

/// The corrected, translated spec and the validators built from it so far (one per schema).
pub struct Schemas {
    document: Value,
    registry: jsonschema::Registry<'static>,
    validators: HashMap<String, jsonschema::Validator>,
}

impl Schemas {
    /// Reads `spec.yaml` of `dir`, applies the corrections and translates the schemas.
    pub fn load(dir: &Path) -> Schemas {
        let text = std::fs::read_to_string(dir.join("spec.yaml")).expect("read spec.yaml");
        let mut document = read_yaml(&text);
        apply_corrections(&mut document, &corrections());
        translate_nullable(&mut document);
        let registry = jsonschema::Registry::new()
            .draft(jsonschema::Draft::Draft4)
            .add(SPEC, document.clone())
            .and_then(|builder| builder.prepare())
            .expect("the spec document is a schema resource");
        Schemas {
            document,
            registry,
            validators: HashMap::new(),
        }
    }

    /// Checks an answer of the operation `method path` (the spec's template): its status and
    /// media type are documented, and its body is valid against their schema. The error says
    /// what is wrong and where.
    pub fn check(&mut self, method: &str, path: &str, answer: &Answer) -> Result<(), String> {
        let pointer = self.schema_pointer(method, path, answer)?;
        let validator = self.validator(&pointer);
        let errors: Vec<String> = validator
            .iter_errors(&answer.body)
            .map(|error| {
                let at = error.instance_path().to_string();
                let at = if at.is_empty() { "/".to_string() } else { at };
                format!("at {at}: {}", quoted(&error.to_string()))
            })
            .collect();
        if errors.is_empty() {
            return Ok(());
        }
        let shown = errors.len().min(ERRORS);
        Err(format!(
            "the body does not match the schema #{pointer}:\n    {}{}\n  body: {}",
            errors[..shown].join("\n    "),
            match errors.len() - shown {
                0 => String::new(),
                more => format!("\n    ... and {more} more"),
            },
            quoted(&answer.body.to_string())
        ))
    }

    /// The JSON pointer of the schema the spec gives the answer's status (or `default`) and
    /// media type, following a `$ref` to a shared response.
    fn schema_pointer(&self, method: &str, path: &str, answer: &Answer) -> Result<String, String> {
        let responses = format!(
            "/paths/{}/{}/responses",
            escape(path),
            method.to_lowercase()
        );
        if self.document.pointer(&responses).is_none() {
            return Err(format!("the spec has no operation {method} {path}"));
        }
        let status = answer.status.to_string();
        let response = [status.as_str(), "default"]
            .iter()
            .map(|key| format!("{responses}/{key}"))
            .find(|pointer| self.document.pointer(pointer).is_some())
            .ok_or_else(|| format!("status {status} is not documented"))?;
        let response = match self.document.pointer(&response).unwrap()["$ref"].as_str() {
            Some(reference) => reference.trim_start_matches('#').to_string(),
            None => response,
        };
        let schema = format!("{response}/content/{}/schema", escape(&answer.media_type));
        if self.document.pointer(&schema).is_none() {
            return Err(format!(
                "content type {} is not documented for status {status}",
                answer.media_type
            ));
        }
        Ok(schema)
    }

    /// The validator of the schema at `pointer`, built on first use: a `$ref` to it in the
    /// spec document, which the registry holds (so the schema's `$ref`s resolve there too).
    fn validator(&mut self, pointer: &str) -> &jsonschema::Validator {
        let registry = &self.registry;
        self.validators
            .entry(pointer.to_string())
            .or_insert_with(|| {
                let reference = json!({ "$ref": format!("{SPEC}#{}", fragment(pointer)) });
                jsonschema::options()
                    .with_draft(jsonschema::Draft::Draft4)
                    .with_registry(registry)
                    .should_validate_formats(true)
                    .build(&reference)
                    .unwrap_or_else(|error| panic!("the schema #{pointer} compiles: {error}"))
            })
    }
}

/// The spec document as JSON. A plain scalar like an example's container name `600e27371700`
/// is a float too large for `f64` in YAML 1.2: it is kept as the text `.inf`.
fn read_yaml(text: &str) -> Value {
    let options = serde_saphyr::options! {
        non_finite_float_policy: serde_saphyr::options::NonFiniteFloatPolicy::AsString,
    };
    serde_saphyr::from_str_with_options(text, options).expect("spec.yaml parses")
}

/// The rules of `tests/spec_corrections.json`.
fn corrections() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/spec_corrections.json");
    let text = std::fs::read_to_string(&path).expect("read tests/spec_corrections.json");
    serde_json::from_str(&text).expect("spec_corrections.json parses")
}

/// Applies the corrections as `tests/schemathesis/spec_for_serve.py` does.
fn apply_corrections(document: &mut Value, corrections: &Value) {
    serve_errors_as(document, &corrections["error_media_type"]);
    let rules = corrections["undocumented_responses"].as_array().unwrap();
    for rule in rules {
        document_response(document, rule);
    }
}

/// Every error response documented as `rule.documented` is served as `rule.served` too: the
/// shared responses of the components and each operation's own 4xx/5xx.
fn serve_errors_as(document: &mut Value, rule: &Value) {
    let (documented, served) = (&rule["documented"], &rule["served"]);
    let shared = document["components"]["responses"].as_object_mut().unwrap();
    for response in shared.values_mut() {
        serve_as(response, documented, served);
    }
    for (_, operation) in operations(&mut document["paths"]) {
        let own = operation["responses"].as_object_mut().unwrap();
        for (status, response) in own {
            if status.starts_with(['4', '5']) && response.get("$ref").is_none() {
                serve_as(response, documented, served);
            }
        }
    }
}

/// A response whose content has the media type `documented` has the same under `served`.
fn serve_as(response: &mut Value, documented: &Value, served: &Value) {
    let content = response.get_mut("content").and_then(Value::as_object_mut);
    let Some(content) = content else { return };
    if let Some(schema) = content.get(documented.as_str().unwrap()).cloned() {
        content.insert(served.as_str().unwrap().to_string(), schema);
    }
}

/// Every operation the rule covers documents its status, with the shared response.
fn document_response(document: &mut Value, rule: &Value) {
    let reference =
        json!({ "$ref": format!("#/components/responses/{}", rule["response"].as_str().unwrap()) });
    let status = rule["status"].as_str().unwrap();
    for (path, operation) in operations(&mut document["paths"]) {
        let covered = match rule["operations"].as_str() {
            Some("all") => true,
            Some("with path parameters") => path.contains('{'),
            _ => panic!("unknown operations in {rule}"),
        };
        if covered {
            let responses = operation["responses"].as_object_mut().unwrap();
            responses.entry(status).or_insert_with(|| reference.clone());
        }
    }
}

/// Every operation object of the spec's `paths`, with its path.
fn operations(paths: &mut Value) -> impl Iterator<Item = (&String, &mut Value)> {
    paths
        .as_object_mut()
        .unwrap()
        .iter_mut()
        .flat_map(|(path, item)| {
            let methods = item.as_object_mut().unwrap().iter_mut();
            methods
                .filter(|(method, _)| ["get", "put", "post", "delete"].contains(&method.as_str()))
                .map(move |(_, operation)| (path, operation))
        })
}

/// OpenAPI 3.0's `nullable: true` as JSON Schema: `null` joins the schema's `type` (and its
/// `enum`, when it lists values).
fn translate_nullable(value: &mut Value) {
    match value {
        Value::Object(object) => {
            if object.get("nullable") == Some(&Value::Bool(true)) {
                if let Some(kind) = object.get("type").cloned() {
                    object.insert("type".into(), json!([kind, "null"]));
                }
                if let Some(Value::Array(values)) = object.get_mut("enum") {
                    values.push(Value::Null);
                }
            }
            object.values_mut().for_each(translate_nullable);
        }
        Value::Array(items) => items.iter_mut().for_each(translate_nullable),
        _ => {}
    }
}

/// A path or media type as one JSON pointer token (`/` → `~1`, `~` → `~0`).
fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// A JSON pointer as a URI fragment: bytes a fragment may not hold (`{`, `}`) percent-encoded.
fn fragment(pointer: &str) -> String {
    let allowed = |b: u8| b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@/?".contains(&b);
    pointer
        .bytes()
        .map(|b| match b {
            b if allowed(b) => char::from(b).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// `text`, cut to [`QUOTE`] characters.
fn quoted(text: &str) -> String {
    match text.char_indices().nth(QUOTE) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
