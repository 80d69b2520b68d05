//! Printing API answers: a table on a terminal (comfy-table), JSON when piped, or NDJSON, CSV,
//! the raw envelope, and `--jq` filters (jaq) over what `-o json` would print (`-o csv --jq`
//! filters first, then writes the outputs as CSV).
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
pub mod json_color;
mod json_text;
mod stream;
mod table;

use cells::{Col, Flavor};
use serde_json::Value;
use std::io::{IsTerminal, Write};
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

/// A table column: header, dotted path into an item, and how readily it is dropped when a
/// terminal is too narrow for the whole table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Header text.
    pub header: &'static str,
    /// Dotted path, e.g. `os.name`.
    pub path: &'static str,
    /// 0 for columns kept as long as possible; higher ranks are dropped first.
    pub drop_rank: u8,
}

impl Column {
    /// A column kept as long as possible (drop rank 0).
    pub const fn new(header: &'static str, path: &'static str) -> Column {
        Column {
            header,
            path,
            drop_rank: 0,
        }
    }

    /// The same column with a drop rank: on a narrow terminal, higher ranks go first.
    pub const fn drop_rank(self, drop_rank: u8) -> Column {
        Column { drop_rank, ..self }
    }
}

/// The terminal stdout is: its size, and whether colour may be used there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    /// Columns.
    pub width: u16,
    /// Rows.
    pub height: u16,
    /// Colour is on (not `--no-color`, NO_COLOR or TERM=dumb).
    pub color: bool,
}

impl Terminal {
    /// The terminal stdout is, if it is one; `no_color` is `--no-color` or NO_COLOR.
    pub fn of_stdout(no_color: bool) -> Option<Terminal> {
        if !std::io::stdout().is_terminal() {
            return None;
        }
        let (width, height) = crossterm::terminal::size().unwrap_or((80, 24));
        Some(Terminal {
            width: if width == 0 { 80 } else { width },
            height: if height == 0 { 24 } else { height },
            color: color_wanted(no_color),
        })
    }
}

/// Whether colour is wanted on a terminal: not `--no-color` or NO_COLOR (`no_color`), and not
/// a `TERM=dumb` terminal.
pub fn color_wanted(no_color: bool) -> bool {
    !no_color && std::env::var("TERM").map_or(true, |term| term != "dumb")
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

/// Prints envelopes in the chosen format; with `--jq`, the filter's outputs (as CSV rows with
/// `-o csv`, else strings raw and the rest as compact JSON).
#[derive(Debug)]
pub struct Printer {
    format: Format,
    jq: Option<jq::Filter>,
    fields: Option<Vec<String>>,
    terminal: Option<Terminal>,
}

impl Printer {
    /// A printer; `format` defaults to a table on a terminal and JSON otherwise; `jq` is
    /// compiled now so a bad filter fails before any request; `fields` picks table columns;
    /// tables fit `terminal` (full width when there is none).
    pub fn new(
        format: Option<Format>,
        jq: Option<&str>,
        fields: Option<Vec<String>>,
        terminal: Option<Terminal>,
    ) -> Result<Printer, OutputError> {
        let default_format = if terminal.is_some() {
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
            terminal,
        })
    }

    /// The format this printer uses.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The terminal stdout is, if it is one.
    pub fn terminal(&self) -> Option<Terminal> {
        self.terminal
    }

    /// The table layout: fit the terminal and colour there; full width and plain when piped.
    fn layout(&self) -> table::Layout {
        table::Layout {
            width: self.terminal.map(|terminal| terminal.width),
            color: self.terminal.is_some_and(|terminal| terminal.color),
        }
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
            (Some(filter), Format::Csv) => self.csv(&jq_outputs(filter, document)?, &[]),
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
        csv::render(&headers, &rows(items, &columns, Flavor::Csv))
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
                table::render(
                    &columns,
                    &rows(items, &columns, Flavor::Table),
                    self.layout(),
                )
            }
            Value::Object(_) => self.field_value_table(document),
            Value::Null => String::new(),
            scalar => format!("{}\n", cells::text(scalar, Flavor::Table)),
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
            .map(|path| vec![path.clone(), cells::cell(object, path, Flavor::Table)])
            .collect();
        let columns = [Column::new("FIELD", "field"), Column::new("VALUE", "value")];
        let columns: Vec<Col> = columns.iter().map(Col::declared).collect();
        table::render(&columns, &rows, self.layout())
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

/// `500 of 20001 agents — use --all, or --limit/--offset` when a list answer holds fewer
/// items than its total (one page of a larger list); `None` for a complete list.
pub fn page_note(envelope: &Value, noun: &str) -> Option<String> {
    let shown = envelope.pointer("/data/affected_items")?.as_array()?.len();
    let total = envelope.pointer("/data/total_affected_items")?.as_u64()?;
    (total > shown as u64)
        .then(|| format!("{shown} of {total} {noun} — use --all, or --limit/--offset"))
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
    let ids = cells::cell(group, "id", Flavor::Csv);
    let message = cells::cell(group, "error.message", Flavor::Table);
    let code = cells::cell(group, "error.code", Flavor::Table);
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

/// The cell texts of `items` under `columns`, in the flavor of the format.
fn rows(items: &[Value], columns: &[Col], flavor: Flavor) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|item| {
            columns
                .iter()
                .map(|column| cells::cell(item, &column.path, flavor))
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

/// The outputs of `--jq` as one document for `-o csv`: the items of a single array output,
/// else the list of the outputs (each a row).
fn jq_outputs(filter: &jq::Filter, document: &Value) -> Result<Value, OutputError> {
    let mut outputs = Vec::new();
    filter.run_each(document.clone(), |value| {
        outputs.push(value);
        Ok(())
    })?;
    match outputs.as_mut_slice() {
        [Value::Array(items)] => Ok(Value::Array(std::mem::take(items))),
        _ => Ok(Value::Array(outputs)),
    }
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
