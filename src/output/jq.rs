//! `--jq` filters, run by jaq (core + std + json definitions, plus jq's `@csv` and `@tsv`,
//! which jaq's standard library lacks): compiling with errors that point at the offending part
//! of the filter, running without ever exiting the process (`halt` ends the output, it does not
//! exit), and converting jaq values to `serde_json` values by hand.
//!
//! Imports only jaq, serde and the parent's `OutputError`.

use super::OutputError;
use jaq_core::compile::Undefined;
use jaq_core::load::{self, lex, parse, Arena, File, Loader};
use jaq_core::{data::JustLut, Compiler, Ctx, Vars};
use jaq_json::{Num, Val};
use serde::Deserialize;
use serde_json::{Number, Value};
use std::fmt;

/// The kind of data our filters run on: `serde_json` documents converted to jaq values.
type Data = JustLut<Val>;

/// A compiled jq filter.
pub struct Filter {
    /// The source text, for `Debug`.
    code: String,
    /// The compiled program.
    program: jaq_core::Filter<Data>,
}

impl fmt::Debug for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Filter").field("code", &self.code).finish()
    }
}

/// jq's `@csv` and `@tsv` formats, as jq defines them: an array of scalars to one line, strings
/// quoted (`""` for `"`) in CSV, escaped (`\t`, `\n`, `\r`, `\\`) in TSV, null as nothing.
const FORMAT_DEFS: &str = r#"
def format_cell(format; quote):
  if type == "string" then quote
  elif type == "null" then ""
  elif type == "array" or type == "object" then error("cannot \(format)-format \(type) \(tojson)")
  else tojson end;
def format_row(format; separator; quote):
  if type != "array" then error("\(format) needs an array, not \(type) \(tojson)") end
  | map(format_cell(format; quote)) | join(separator);
def @csv: format_row("csv"; ","; "\"" + (split("\"") | join("\"\"")) + "\"");
def @tsv: format_row("tsv"; "\t";
  split("\\") | join("\\\\") | split("\t") | join("\\t")
  | split("\n") | join("\\n") | split("\r") | join("\\r"));
"#;

/// The definitions of [`FORMAT_DEFS`] (none if they did not parse, which a test rules out).
fn format_defs() -> impl Iterator<Item = parse::Def<&'static str>> {
    load::parse(FORMAT_DEFS, |parser| parser.defs())
        .unwrap_or_default()
        .into_iter()
}

/// Compiles a jq program; the error text points at the offending part.
pub fn compile(code: &str) -> Result<Filter, String> {
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs())
        .chain(format_defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let arena = Arena::default();
    let file = File { code, path: () };
    let modules = Loader::new(defs)
        .load(&arena, file)
        .map_err(|errors| load_errors_text(code, errors))?;
    let program = Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errors| compile_errors_text(code, errors))?;
    Ok(Filter {
        code: code.to_string(),
        program,
    })
}

impl Filter {
    /// Runs the filter on one input and returns every output.
    pub fn run(&self, input: Value) -> Result<Vec<Value>, String> {
        let mut outputs = Vec::new();
        self.run_each(input, |value| {
            outputs.push(value);
            Ok(())
        })
        .map_err(|error| error.to_string())?;
        Ok(outputs)
    }

    /// Runs the filter on one input and hands each output to `emit` as soon as it is made,
    /// so endless filters stream; stops at the first error (of jq or of `emit`).
    pub fn run_each(
        &self,
        input: Value,
        mut emit: impl FnMut(Value) -> Result<(), OutputError>,
    ) -> Result<(), OutputError> {
        let input = Val::deserialize(input)
            .map_err(|error| OutputError::JqRun(format!("cannot read the input: {error}")))?;
        let ctx = Ctx::<Data>::new(&self.program.lut, Vars::new([]));
        for output in self.program.id.run((ctx, input)) {
            match output {
                Ok(value) => emit(to_json(&value))?,
                Err(exception) => return end_of_run(exception),
            }
        }
        Ok(())
    }
}

/// What an exception means for the run: an error, or `halt` (code 0 ends the output quietly).
fn end_of_run(exception: jaq_core::Exn<'_, Val>) -> Result<(), OutputError> {
    let exception = match exception.get_err() {
        Ok(error) => return Err(OutputError::JqRun(error_text(error.into_val()))),
        Err(exception) => exception,
    };
    match exception.get_halt() {
        Ok(0) => Ok(()),
        Ok(code) => Err(OutputError::JqRun(format!("halted with exit code {code}"))),
        Err(_) => Err(OutputError::JqRun("unexpected control flow".to_string())),
    }
}

/// The text of a runtime error value: strings as they are, other values like jq shows them.
fn error_text(value: Val) -> String {
    match value {
        Val::TStr(text) | Val::BStr(text) => String::from_utf8_lossy(&text).into_owned(),
        other => format!("{other} (not a string)"),
    }
}

/// Converts a jaq value to JSON; non-finite numbers become null, object keys become text.
fn to_json(value: &Val) -> Value {
    match value {
        Val::Null => Value::Null,
        Val::Bool(flag) => Value::Bool(*flag),
        Val::Num(number) => number_to_json(number),
        Val::TStr(text) | Val::BStr(text) => Value::String(String::from_utf8_lossy(text).into()),
        Val::Arr(items) => Value::Array(items.iter().map(to_json).collect()),
        Val::Obj(map) => Value::Object(
            map.iter()
                .map(|(key, value)| (key_text(key), to_json(value)))
                .collect(),
        ),
    }
}

/// A JSON number for a jaq number, or null when it has none (NaN, infinities).
fn number_to_json(number: &Num) -> Value {
    match number {
        Num::Int(int) => Value::from(*int),
        Num::Float(float) => Number::from_f64(*float).map_or(Value::Null, Value::Number),
        Num::BigInt(_) | Num::Dec(_) => number
            .to_string()
            .parse::<Number>()
            .map_or(Value::Null, Value::Number),
    }
}

/// An object key as text: strings as they are, other keys (jaq allows them) as jq shows them.
fn key_text(key: &Val) -> String {
    match key {
        Val::TStr(text) | Val::BStr(text) => String::from_utf8_lossy(text).into_owned(),
        other => other.to_string(),
    }
}

/// Explains load (lex, parse, import) errors.
fn load_errors_text(code: &str, errors: load::Errors<&str, ()>) -> String {
    let lines = errors.into_iter().flat_map(|(_, error)| match error {
        load::Error::Io(problems) => problems
            .into_iter()
            .map(|(path, why)| point_at(code, path, &format!("cannot load `{path}`: {why}")))
            .collect::<Vec<_>>(),
        load::Error::Lex(problems) => problems
            .into_iter()
            .map(|(expected, found)| point_at(code, found, &lex_problem(&expected, found)))
            .collect(),
        load::Error::Parse(problems) => problems
            .into_iter()
            .map(|(expected, found)| point_at(code, found, &parse_problem(&expected, found)))
            .collect(),
    });
    lines.collect::<Vec<_>>().join("\n")
}

/// What the lexer could not read, in words.
fn lex_problem(expected: &lex::Expect<&str>, found: &str) -> String {
    match (expected, found.chars().next()) {
        (lex::Expect::Delim(open), _) => format!("unclosed `{open}`"),
        (lex::Expect::Token, Some(character)) => format!("unexpected character `{character}`"),
        (other, _) => format!("expected {}", other.as_str()),
    }
}

/// What the parser expected and what it found, in words.
fn parse_problem(expected: &parse::Expect<&str>, found: &str) -> String {
    if found.is_empty() {
        format!("unexpected end of filter, expected {}", expected.as_str())
    } else {
        format!("unexpected `{found}`, expected {}", expected.as_str())
    }
}

/// Explains compile errors (undefined names).
fn compile_errors_text(code: &str, errors: jaq_core::compile::Errors<&str, ()>) -> String {
    let lines = errors.into_iter().flat_map(|(_, problems)| {
        problems.into_iter().map(|(name, undefined)| {
            let what = match undefined {
                Undefined::Filter(arity) => format!("undefined filter `{name}/{arity}`"),
                other => format!("undefined {} `{name}`", other.as_str()),
            };
            point_at(code, name, &what)
        })
    });
    lines.collect::<Vec<_>>().join("\n")
}

/// `what` with the position of `part` in `code` and a caret line under it, when `part` is a
/// slice of `code` (it is not for errors inside the standard definitions).
fn point_at(code: &str, part: &str, what: &str) -> String {
    let Some(offset) = offset_in(code, part) else {
        return what.to_string();
    };
    let line_start = code[..offset].rfind('\n').map_or(0, |newline| newline + 1);
    let line_end = code[offset..]
        .find('\n')
        .map_or(code.len(), |newline| offset + newline);
    let line_number = code[..offset].matches('\n').count() + 1;
    let column = code[line_start..offset].chars().count();
    format!(
        "{what} (line {line_number}, column {})\n  {}\n  {}^",
        column + 1,
        &code[line_start..line_end],
        " ".repeat(column)
    )
}

/// The byte offset of `part` inside `whole`, when `part` is a slice of `whole`.
fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let offset = (part.as_ptr() as usize).checked_sub(whole.as_ptr() as usize)?;
    (offset + part.len() <= whole.len() && whole.is_char_boundary(offset)).then_some(offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(code: &str, input: Value) -> Result<Vec<Value>, String> {
        compile(code)?.run(input)
    }

    #[test]
    fn runs_core_std_and_json_filters() {
        let input = json!({"items": [{"id": "001", "os": {"name": "Ubuntu"}}, {"id": "002"}]});
        assert_eq!(
            run(".items[].id", input.clone()).unwrap(),
            [json!("001"), json!("002")]
        );
        assert_eq!(
            run("[.items[] | select(.os) | .os.name]", input.clone()).unwrap(),
            [json!(["Ubuntu"])]
        );
        assert_eq!(
            run(".items | map(.id) | join(\",\")", input.clone()).unwrap(),
            [json!("001,002")]
        );
        assert_eq!(
            run(".items[0] | tojson | fromjson | keys", input).unwrap(),
            [json!(["id", "os"])]
        );
    }

    #[test]
    fn csv_and_tsv_format_rows_as_jq_does() {
        assert_eq!(format_defs().count(), 4);
        let row = json!([1, "a\"b,c", null, true, "x\ty\\z\nw"]);
        assert_eq!(
            run("@csv", row.clone()).unwrap(),
            [json!("1,\"a\"\"b,c\",,true,\"x\ty\\z\nw\"")]
        );
        assert_eq!(
            run("@tsv", row).unwrap(),
            [json!("1\ta\"b,c\t\ttrue\tx\\ty\\\\z\\nw")]
        );
        let error = run("@csv", json!({"a": 1})).unwrap_err();
        assert!(error.contains("csv needs an array"), "{error}");
        let error = run("@tsv", json!([[1]])).unwrap_err();
        assert!(error.contains("cannot tsv-format array"), "{error}");
    }

    #[test]
    fn keeps_numbers_and_key_order() {
        let input = json!({"z": 1, "a": 2.5, "big": 18446744073709551615u64});
        assert_eq!(run(".", input.clone()).unwrap(), vec![input.clone()]);
        assert_eq!(
            run("keys_unsorted", input).unwrap(),
            [json!(["z", "a", "big"])]
        );
    }

    #[test]
    fn non_finite_numbers_become_null() {
        assert_eq!(
            run("[infinite, -infinite, nan, 1]", Value::Null).unwrap(),
            [json!([null, null, null, 1])]
        );
    }

    #[test]
    fn non_string_keys_become_text() {
        assert_eq!(
            run("{(1): true}", Value::Null).unwrap(),
            [json!({"1": true})]
        );
    }

    #[test]
    fn syntax_error_points_at_the_problem() {
        let error = compile(".a | | .b").unwrap_err();
        assert!(error.contains("unexpected `|`"), "{error}");
        assert!(error.contains("column 6"), "{error}");
        assert!(error.ends_with("  .a | | .b\n       ^"), "{error}");
    }

    #[test]
    fn unclosed_bracket_is_reported() {
        let error = compile(".[0").unwrap_err();
        assert!(error.contains("unclosed `[`"), "{error}");
        assert!(error.contains("^"), "{error}");
    }

    #[test]
    fn stray_character_is_named() {
        let error = compile(".a ]").unwrap_err();
        assert!(
            error.starts_with("unexpected character `]` (line 1, column 4)"),
            "{error}"
        );
    }

    #[test]
    fn undefined_filter_is_named() {
        let error = compile(".a | nosuchfilter(1)").unwrap_err();
        assert!(
            error.contains("undefined filter `nosuchfilter/1`"),
            "{error}"
        );
        assert!(error.contains("column 6"), "{error}");
    }

    #[test]
    fn runtime_error_is_returned_not_raised() {
        let error = run(".a.b", json!({"a": [1]})).unwrap_err();
        assert!(error.contains("cannot index"), "{error}");
        let error = run("error(\"boom\")", Value::Null).unwrap_err();
        assert!(
            error.contains("boom") && !error.contains("\"boom\""),
            "{error}"
        );
    }

    #[test]
    fn halt_ends_output_without_exiting() {
        assert_eq!(run("1, halt, 2", Value::Null).unwrap(), [json!(1)]);
        let error = run("\"bye\" | halt_error", Value::Null).unwrap_err();
        assert!(error.contains("exit code 5"), "{error}");
    }

    #[test]
    fn run_each_streams_and_stops_on_emit_error() {
        let filter = compile("range(1000000000)").unwrap();
        let mut seen = 0;
        let result = filter.run_each(Value::Null, |_| {
            seen += 1;
            if seen == 3 {
                Err(OutputError::Io(std::io::ErrorKind::BrokenPipe.into()))
            } else {
                Ok(())
            }
        });
        assert!(result.unwrap_err().is_broken_pipe());
        assert_eq!(seen, 3);
    }
}
