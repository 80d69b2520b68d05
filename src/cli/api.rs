//! `wazuh-ctl api METHOD PATH`: the raw escape hatch to any endpoint. Fields become query
//! parameters for GET and DELETE, and a JSON object body for POST and PUT: `-f key=value` is
//! always a string, `-F key=value` is typed as gh's is (`true`, `false`, `null` and numbers
//! become JSON values, `@FILE` the contents of a file, `@-` of stdin). A body can also be read
//! from a file or stdin (`--input FILE|-`). Prints the raw answer.
//!
//! Imports `api::Method` and the `verbs` runners; it knows no endpoint.

use super::ctx::Ctx;
use super::error::CliError;
use super::input;
use super::verbs;
use crate::api::Method;
use crate::client::{Body, Request};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The arguments of `api`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  wazuh-ctl api GET /agents -f status=active -f limit=5\n  \
wazuh-ctl api PUT '/agents/group/web?agents_list=001,002'\n  \
wazuh-ctl api POST /groups -f group_id=web\n  \
wazuh-ctl api PUT /security/config -F auth_token_exp_timeout=900\n  echo '{\"events\":[\"x\"]}' | wazuh-ctl api POST /events --input -"
)]
pub struct ApiArgs {
    /// HTTP method: GET, POST, PUT or DELETE.
    #[arg(value_parser = parse_method, value_name = "METHOD")]
    pub method: Method,
    /// Request path, optionally with a query string, e.g. /agents or '/agents?limit=5'.
    #[arg(value_name = "PATH")]
    pub path: String,
    /// A query parameter (GET, DELETE) or a string member of the JSON body (POST, PUT).
    #[arg(short = 'f', long = "raw-field", value_parser = parse_field, value_name = "KEY=VALUE")]
    pub raw_fields: Vec<(String, String)>,
    /// A typed field: true, false, null and numbers as JSON values, @FILE as the file's
    /// contents (@- for stdin), anything else as a string.
    #[arg(short = 'F', long = "field", value_parser = parse_field, value_name = "KEY=VALUE")]
    pub typed_fields: Vec<(String, String)>,
    /// Read the JSON body from a file, or from stdin with `-`.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["raw_fields", "typed_fields"])]
    pub input: Option<PathBuf>,
}

/// Runs `api`.
pub async fn run(ctx: &Ctx, args: &ApiArgs) -> Result<(), CliError> {
    check_body(args.method, args.input.is_some())?;
    let body = match &args.input {
        Some(file) => Some(read_body(file)?),
        None => None,
    };
    let mut fields: Vec<(String, Value)> = args
        .raw_fields
        .iter()
        .map(|(key, value)| (key.clone(), Value::String(value.clone())))
        .collect();
    for (key, value) in &args.typed_fields {
        fields.push((key.clone(), typed_value(value)?));
    }
    let request = build(args.method, &args.path, &fields, body)?;
    verbs::act(ctx, &request, &[]).await
}

/// The value of a typed field (`-F`): `true`, `false`, `null` and JSON numbers as themselves,
/// `@FILE` as the contents of the file (`@-`: stdin), anything else as a string.
pub fn typed_value(text: &str) -> Result<Value, CliError> {
    if let Some(file) = text.strip_prefix('@') {
        return input::read_text(Path::new(file)).map(Value::String);
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value @ (Value::Bool(_) | Value::Null | Value::Number(_))) => Ok(value),
        _ => Ok(Value::String(text.to_string())),
    }
}

/// Builds the request: the path's own query first, then the fields as query or body.
pub fn build(
    method: Method,
    path: &str,
    fields: &[(String, Value)],
    input: Option<Body>,
) -> Result<Request, CliError> {
    let (path, query_string) = path.split_once('?').unwrap_or((path, ""));
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let mut query: Vec<(String, String)> = form_urlencoded::parse(query_string.as_bytes())
        .into_owned()
        .collect();
    check_body(method, input.is_some())?;
    let body = match (takes_body(method), input) {
        (true, Some(body)) => Some(body),
        (true, None) if !fields.is_empty() => Some(Body::Json(Value::Object(
            fields.iter().cloned().collect::<Map<_, _>>(),
        ))),
        (true, None) => None,
        (false, _) => {
            let texts = fields.iter().filter_map(|(key, value)| {
                verbs::scalar_text(value).map(|text| (key.clone(), text))
            });
            query.extend(texts);
            None
        }
    };
    Ok(Request {
        method,
        path,
        query,
        body,
    })
}

/// True for the methods whose fields go into a JSON body.
fn takes_body(method: Method) -> bool {
    matches!(method, Method::Post | Method::Put)
}

/// Refuses a body for GET and DELETE.
fn check_body(method: Method, has_body: bool) -> Result<(), CliError> {
    if has_body && !takes_body(method) {
        return Err(CliError::usage(
            format!("{} requests take no body", method.as_str()),
            Some("give query parameters with -f key=value"),
        ));
    }
    Ok(())
}

/// Parses an HTTP method name.
fn parse_method(name: &str) -> Result<Method, String> {
    Method::parse(name).ok_or_else(|| format!("`{name}` is not one of GET, POST, PUT, DELETE"))
}

/// Parses `key=value` (the value may contain `=` and be empty; the key may not be empty).
pub fn parse_field(field: &str) -> Result<(String, String), String> {
    match field.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err(format!("`{field}` is not KEY=VALUE")),
    }
}

/// Reads the request body from a file, or stdin for `-`: an XML document (it starts with
/// `<`, as `agent.conf` does) goes as XML, anything else must be JSON.
fn read_body(file: &Path) -> Result<Body, CliError> {
    let text = input::read_text(file)?;
    if text.trim_start().starts_with('<') {
        return Ok(Body::Xml(text));
    }
    serde_json::from_str(&text).map(Body::Json).map_err(|err| {
        CliError::usage(
            format!("{} is not JSON: {err}", file.display()),
            Some("--input takes the request body as a JSON or XML document"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn fields(list: &[(&str, Value)]) -> Vec<(String, Value)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn typed_fields_become_json_values_or_file_contents() {
        assert_eq!(typed_value("900").unwrap(), json!(900));
        assert_eq!(typed_value("-1.5").unwrap(), json!(-1.5));
        assert_eq!(typed_value("true").unwrap(), json!(true));
        assert_eq!(typed_value("false").unwrap(), json!(false));
        assert_eq!(typed_value("null").unwrap(), Value::Null);
        assert_eq!(typed_value("white").unwrap(), json!("white"));
        assert_eq!(typed_value("\"quoted\"").unwrap(), json!("\"quoted\""));
        assert_eq!(typed_value("[1]").unwrap(), json!("[1]"));
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), "<agent_config/>\n").unwrap();
        let at_file = format!("@{}", file.path().display());
        assert_eq!(typed_value(&at_file).unwrap(), json!("<agent_config/>\n"));
        let missing = typed_value("@/nonexistent/file").unwrap_err();
        assert_eq!(missing.exit_code(), 2);
    }

    #[test]
    fn fields_split_at_the_first_equals_sign() {
        assert_eq!(
            parse_field("q=status=active"),
            Ok(("q".into(), "status=active".into()))
        );
        assert_eq!(parse_field("search="), Ok(("search".into(), "".into())));
        assert!(parse_field("=x").is_err());
        assert!(parse_field("novalue").is_err());
    }

    #[test]
    fn get_fields_follow_the_path_query() {
        let request = build(
            Method::Get,
            "agents?select=id%2Cname",
            &fields(&[
                ("limit", json!(5)),
                ("q", json!("id=001")),
                ("x", Value::Null),
            ]),
            None,
        )
        .unwrap();
        assert_eq!(request.path, "/agents");
        assert_eq!(
            request.query,
            pairs(&[("select", "id,name"), ("limit", "5"), ("q", "id=001")])
        );
        assert_eq!(request.body, None);
    }

    #[test]
    fn put_fields_make_a_json_body_and_the_query_stays_in_the_path() {
        let request = build(
            Method::Put,
            "/agents/group/web?agents_list=001",
            &fields(&[("name", json!("x")), ("n", json!("1")), ("t", json!(900))]),
            None,
        )
        .unwrap();
        assert_eq!(request.query, pairs(&[("agents_list", "001")]));
        assert_eq!(
            request.body,
            Some(Body::Json(json!({"name": "x", "n": "1", "t": 900})))
        );
    }

    #[test]
    fn an_input_body_is_kept_and_refused_for_get() {
        let body = Body::Json(json!({"events": ["a"]}));
        let request = build(Method::Post, "/events", &[], Some(body.clone())).unwrap();
        assert_eq!(request.body, Some(body.clone()));
        let err = build(Method::Delete, "/groups", &[], Some(body)).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn the_command_line_fills_the_fields_and_keeps_global_fields_apart() {
        use crate::cli::{Cli, Command};
        use clap::Parser;
        let cli = Cli::try_parse_from([
            "wazuh-ctl",
            "api",
            "get",
            "/agents",
            "-f",
            "limit=2",
            "--raw-field",
            "q=a=b",
            "-F",
            "pretty=true",
            "--fields",
            "id",
        ])
        .unwrap();
        let Command::Api(args) = cli.command else {
            panic!("not api");
        };
        assert_eq!(args.method, Method::Get);
        assert_eq!(args.raw_fields, pairs(&[("limit", "2"), ("q", "a=b")]));
        assert_eq!(args.typed_fields, pairs(&[("pretty", "true")]));
        assert_eq!(cli.global.fields, Some(vec!["id".to_string()]));
        let with_input = [
            "wazuh-ctl",
            "api",
            "POST",
            "/x",
            "-f",
            "a=1",
            "--input",
            "b.json",
        ];
        assert!(Cli::try_parse_from(with_input).is_err());
    }

    #[test]
    fn methods_parse_in_any_case() {
        assert_eq!(parse_method("delete"), Ok(Method::Delete));
        assert!(parse_method("PATCH").is_err());
    }
}
