//! Printing API answers: a table on a terminal (comfy-table), JSON when piped, or NDJSON, CSV,
//! the raw envelope, and `--jq` filters (jaq) over what `-o json` would print.
//!
//! The payload of an answer is `data.affected_items` for list and bulk answers, else `data`,
//! else the envelope itself (message-only answers). Writing errors keep their `io::Error`, so
//! the CLI can recognise a broken pipe.
//!
//! Imports no other area of the crate (it may use `api`); never `cli`, `client` or `server`.

mod cells;
pub mod columns;
mod csv;
pub mod jq;
mod json_text;
mod stream;
mod table;

use cells::Col;
use serde_json::Value;
use std::io::Write;
pub use stream::ListWriter;

/// An output format (`-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned table (default on a terminal).
    Table,
    /// The payload as JSON (default when piped).
    Json,
    /// One JSON document per item.
    Ndjson,
    /// Comma-separated values with a header row.
    Csv,
    /// The whole response envelope.
    Raw,
}

/// A table column: header and dotted path into an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Header text.
    pub header: &'static str,
    /// Dotted path, e.g. `os.name`.
    pub path: &'static str,
}

/// Failures of printing.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The `--jq` filter does not compile; the text points at the problem.
    #[error("invalid --jq filter: {0}")]
    JqFilter(String),
    /// The `--jq` filter failed while running.
    #[error("--jq: {0}")]
    JqRun(String),
    /// Writing the output failed (a closed pipe included).
    #[error("cannot write output: {0}")]
    Io(#[from] std::io::Error),
}

impl OutputError {
    /// Whether the reader went away (`| head`): the CLI exits 0 quietly then.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, OutputError::Io(error) if error.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// Prints envelopes in the chosen format.
#[derive(Debug)]
pub struct Printer {
    format: Format,
    jq: Option<jq::Filter>,
    fields: Option<Vec<String>>,
}

impl Printer {
    /// A printer; `format` defaults to a table on a terminal and JSON otherwise; `jq` is
    /// compiled now so a bad filter fails before any request; `fields` picks table columns.
    pub fn new(
        format: Option<Format>,
        jq: Option<&str>,
        fields: Option<Vec<String>>,
        stdout_is_tty: bool,
    ) -> Result<Printer, OutputError> {
        let default_format = if stdout_is_tty {
            Format::Table
        } else {
            Format::Json
        };
        let jq = jq
            .map(jq::compile)
            .transpose()
            .map_err(OutputError::JqFilter)?;
        Ok(Printer {
            format: format.unwrap_or(default_format),
            jq,
            fields: fields.map(split_fields),
        })
    }

    /// The format this printer uses.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Prints an API answer (the whole envelope): lists as their `affected_items`, plain
    /// answers as `data`, `-o raw` as is; `columns` are the table columns of the item type.
    pub fn print(
        &self,
        out: &mut dyn Write,
        envelope: &Value,
        columns: &[Column],
    ) -> Result<(), OutputError> {
        let document = match self.format {
            Format::Raw => envelope,
            _ => payload(envelope),
        };
        let text = match (&self.jq, self.format) {
            (Some(filter), _) => return print_jq(out, filter, document),
            (None, Format::Json | Format::Raw) => format!("{document:#}\n"),
            (None, Format::Ndjson) => ndjson(document),
            (None, Format::Csv) => self.csv(document, columns),
            (None, Format::Table) => self.table(envelope, document, columns),
        };
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// `--fields` as a slice, when given.
    fn fields(&self) -> Option<&[String]> {
        self.fields.as_deref()
    }

    /// CSV of a list payload, or of an object or scalar payload as a single row (with its own
    /// fields as columns: the declared ones describe list items).
    fn csv(&self, document: &Value, declared: &[Column]) -> String {
        let declared = if document.is_array() { declared } else { &[] };
        let items = as_items(document);
        let columns = cells::choose_columns(items, declared, self.fields());
        let headers: Vec<String> = columns.iter().map(csv_header).collect();
        csv::render(&headers, &rows(items, &columns, ","))
    }

    /// A table of a list payload, a FIELD/VALUE table of an object payload, the message of a
    /// message-only answer, or a scalar payload as text.
    fn table(&self, envelope: &Value, document: &Value, declared: &[Column]) -> String {
        if let Some(message) = message_only(envelope) {
            return format!("{message}\n");
        }
        match document {
            Value::Array(items) if items.is_empty() => String::new(),
            Value::Array(items) => {
                let columns = cells::choose_columns(items, declared, self.fields());
                let headers: Vec<String> = columns.iter().map(|c| c.header.clone()).collect();
                table::render(&headers, &rows(items, &columns, ", "))
            }
            Value::Object(_) => self.field_value_table(document),
            Value::Null => String::new(),
            scalar => format!("{}\n", cells::cell(scalar, "", ", ")),
        }
    }

    /// An object as a two-column table of its dotted leaf paths (or of `--fields`).
    fn field_value_table(&self, object: &Value) -> String {
        let paths = match self.fields() {
            Some(fields) => fields.to_vec(),
            None => cells::leaf_paths(std::slice::from_ref(object)),
        };
        let rows: Vec<Vec<String>> = paths
            .iter()
            .map(|path| vec![path.clone(), cells::cell(object, path, ", ")])
            .collect();
        table::render(&["FIELD".to_string(), "VALUE".to_string()], &rows)
    }
}

/// Splits `--fields` values at commas (clap may or may not have) and drops blanks.
fn split_fields(fields: Vec<String>) -> Vec<String> {
    fields
        .iter()
        .flat_map(|field| field.split(','))
        .map(str::trim)
        .filter(|field| !field.is_empty())
        .map(str::to_string)
        .collect()
}

/// The part of an answer that `-o json` prints: `data.affected_items` for list and bulk
/// answers, else `data`, else the envelope itself.
pub fn payload(envelope: &Value) -> &Value {
    match envelope.get("data") {
        Some(data) => data.get("affected_items").unwrap_or(data),
        None => envelope,
    }
}

/// Whether the answer is a list with no items (the CLI may say so on stderr).
pub fn is_empty_list(envelope: &Value) -> bool {
    payload(envelope).as_array().is_some_and(Vec::is_empty)
}

/// One line per failed-item group for stderr: `<ids>: <message> (error <code>)`; empty when
/// none.
pub fn failed_item_lines(envelope: &Value) -> Vec<String> {
    let groups = envelope
        .pointer("/data/failed_items")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    groups.iter().map(failed_group_line).collect()
}

/// `<ids>: <message> (error <code>)` for one failed-item group.
fn failed_group_line(group: &Value) -> String {
    let ids = cells::cell(group, "id", ",");
    let message = cells::cell(group, "error.message", ", ");
    let code = cells::cell(group, "error.code", ", ");
    format!("{ids}: {message} (error {code})")
}

/// The message of an answer that has no `data`, e.g. `{"message": "...", "error": 0}`.
fn message_only(envelope: &Value) -> Option<&str> {
    match envelope.get("data") {
        Some(_) => None,
        None => envelope.get("message")?.as_str(),
    }
}

/// The records of a payload: a list's items, or the payload itself as the only record.
fn as_items(document: &Value) -> &[Value] {
    match document {
        Value::Array(items) => items,
        single => std::slice::from_ref(single),
    }
}

/// The cell texts of `items` under `columns`, arrays joined with `separator`.
fn rows(items: &[Value], columns: &[Col], separator: &str) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|item| {
            columns
                .iter()
                .map(|column| cells::cell(item, &column.path, separator))
                .collect()
        })
        .collect()
}

/// A CSV header is the machine-readable path (`value` for the item itself).
fn csv_header(column: &Col) -> String {
    if column.path.is_empty() {
        "value".to_string()
    } else {
        column.path.clone()
    }
}

/// One compact JSON line per item of a list, or one line for anything else.
fn ndjson(document: &Value) -> String {
    as_items(document)
        .iter()
        .map(|item| format!("{item}\n"))
        .collect()
}

/// Runs `--jq` on the document and prints each output: strings raw, the rest as compact JSON.
fn print_jq(out: &mut dyn Write, filter: &jq::Filter, document: &Value) -> Result<(), OutputError> {
    filter.run_each(document.clone(), |value| {
        match value {
            Value::String(text) => writeln!(out, "{text}")?,
            other => writeln!(out, "{other}")?,
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests;
