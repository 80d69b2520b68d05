//! Printing a list while its pages arrive (`--all`): NDJSON lines and the elements of the one
//! `-o json` array are the server's own item text laid out again (`json_text`), never parsed
//! into values; CSV gets its columns and header from the first page. Only the page being
//! written is held, and the result is the text [`Printer::print`] makes of the whole list at
//! once (except that strings and numbers keep the server's spelling, and CSV columns inferred
//! from the items, when neither declared nor `--fields`, come from the first page). Tables
//! and `--jq` need the whole list: they do not stream.
//!
//! Imports only its parent module.

use super::cells::{self, Col, Flavor};
use super::{csv, csv_header, json_text, rows, Column, Format, OutputError, Printer};
use serde_json::value::RawValue;
use serde_json::Value;
use std::io::Write;

impl Printer {
    /// Whether this printer writes lists page by page: NDJSON, JSON and CSV without `--jq`.
    pub fn streams_lists(&self) -> bool {
        self.jq.is_none() && matches!(self.format, Format::Ndjson | Format::Json | Format::Csv)
    }

    /// A writer of a list's pages to `out` in this printer's format (one that
    /// [`Printer::streams_lists`] accepts; anything else is written as JSON);
    /// `columns` are the table columns of the item type.
    pub fn list_writer<'p, W: Write>(&'p self, out: W, columns: &'p [Column]) -> ListWriter<'p, W> {
        ListWriter {
            printer: self,
            out,
            declared: columns,
            written: 0,
            csv_columns: None,
        }
    }
}

/// Writes the pages of one list, in order; [`ListWriter::finish`] closes it.
pub struct ListWriter<'p, W: Write> {
    printer: &'p Printer,
    out: W,
    declared: &'p [Column],
    written: u64,
    csv_columns: Option<Vec<Col>>,
}

impl<W: Write> ListWriter<'_, W> {
    /// Writes a page's items (raw JSON text, as received) and flushes them.
    pub fn write_page(&mut self, items: &[Box<RawValue>]) -> Result<(), OutputError> {
        match self.printer.format {
            Format::Ndjson => self.ndjson(items)?,
            Format::Csv => self.csv(items)?,
            _ => self.json(items)?,
        }
        self.written += items.len() as u64;
        self.out.flush()?;
        Ok(())
    }

    /// Ends the list (the closing bracket of `-o json`) and flushes.
    pub fn finish(mut self) -> Result<(), OutputError> {
        if !matches!(self.printer.format, Format::Ndjson | Format::Csv) {
            let end: &[u8] = if self.written == 0 { b"[]\n" } else { b"\n]\n" };
            self.out.write_all(end)?;
        }
        self.out.flush()?;
        Ok(())
    }

    /// One line per item: its text with the whitespace between tokens taken out (Wazuh
    /// writes `", "` and `": "`), as compact as `-o ndjson` prints one page.
    fn ndjson(&mut self, items: &[Box<RawValue>]) -> Result<(), OutputError> {
        let mut line = Vec::new();
        for item in items {
            line.clear();
            json_text::compact_into(&mut line, item.get());
            line.push(b'\n');
            self.out.write_all(&line)?;
        }
        Ok(())
    }

    /// The items as elements of one pretty-printed array, as `-o json` prints a whole list.
    fn json(&mut self, items: &[Box<RawValue>]) -> Result<(), OutputError> {
        let mut element = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let first = self.written == 0 && index == 0;
            element.clear();
            element.extend_from_slice(if first { b"[\n  " } else { b",\n  " });
            json_text::pretty_into(&mut element, item.get(), 1);
            self.out.write_all(&element)?;
        }
        Ok(())
    }

    /// CSV rows; the first page also picks the columns and writes the header.
    fn csv(&mut self, items: &[Box<RawValue>]) -> Result<(), OutputError> {
        let values = items
            .iter()
            .map(|item| value_of(item))
            .collect::<Result<Vec<_>, _>>()?;
        let columns = match &self.csv_columns {
            Some(columns) => columns,
            None => {
                let columns = cells::choose_columns(&values, self.declared, self.printer.fields());
                let header: Vec<String> = columns.iter().map(csv_header).collect();
                self.out.write_all(csv::render(&header, &[]).as_bytes())?;
                self.csv_columns.insert(columns)
            }
        };
        if !columns.is_empty() {
            self.out
                .write_all(csv::render_rows(&rows(&values, columns, Flavor::Csv)).as_bytes())?;
        }
        Ok(())
    }
}

/// An item as a JSON value (it is valid JSON: the server's answer parsed).
fn value_of(item: &RawValue) -> Result<Value, OutputError> {
    serde_json::from_str(item.get())
        .map_err(|err| OutputError::Io(std::io::Error::new(std::io::ErrorKind::InvalidData, err)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::cell::RefCell;
    use std::rc::Rc;

    const COLUMNS: &[Column] = &[Column::new("ID", "id"), Column::new("OS", "os.name")];

    /// A writer whose bytes stay readable while the list writer owns it.
    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.borrow().clone()).unwrap()
        }
    }

    fn printer(format: Format) -> Printer {
        Printer::new(Some(format), None, None, None).unwrap()
    }

    fn raw(items: &[Value]) -> Vec<Box<RawValue>> {
        items
            .iter()
            .map(|item| RawValue::from_string(item.to_string()).unwrap())
            .collect()
    }

    fn agents(ids: std::ops::Range<u32>) -> Vec<Value> {
        ids.map(|id| json!({"id": format!("{id:03}"), "os": {"name": "Ubuntu, 22"}, "x": [1]}))
            .collect()
    }

    /// The text of the pages streamed, and of the same items printed at once.
    fn streamed_and_whole(format: Format, pages: &[Vec<Value>]) -> (String, String) {
        let printer = printer(format);
        let out = Shared::default();
        let mut writer = printer.list_writer(out.clone(), COLUMNS);
        for page in pages {
            writer.write_page(&raw(page)).unwrap();
        }
        writer.finish().unwrap();
        let all: Vec<Value> = pages.concat();
        let envelope = json!({"data": {"affected_items": all, "failed_items": []}, "error": 0});
        let mut whole = Vec::new();
        printer.print(&mut whole, &envelope, COLUMNS).unwrap();
        (out.text(), String::from_utf8(whole).unwrap())
    }

    #[test]
    fn streamed_pages_print_as_the_whole_list_does() {
        let pages = [agents(0..3), agents(3..5), agents(5..6)];
        for format in [Format::Ndjson, Format::Json, Format::Csv] {
            let (streamed, whole) = streamed_and_whole(format, &pages);
            assert_eq!(streamed, whole, "{format:?}");
            assert!(streamed.contains("005"), "{format:?}: {streamed}");
        }
    }

    #[test]
    fn an_empty_list_streams_as_an_empty_one() {
        for format in [Format::Ndjson, Format::Json, Format::Csv] {
            let (streamed, whole) = streamed_and_whole(format, &[Vec::new()]);
            assert_eq!(streamed, whole, "{format:?}");
        }
    }

    #[test]
    fn each_page_is_written_before_the_next_arrives() {
        let printer = printer(Format::Ndjson);
        let out = Shared::default();
        let mut writer = printer.list_writer(out.clone(), COLUMNS);
        writer.write_page(&raw(&agents(0..2))).unwrap();
        assert_eq!(out.text().lines().count(), 2, "the first page is out");
        writer.write_page(&raw(&agents(2..3))).unwrap();
        assert_eq!(out.text().lines().count(), 3);
        writer.finish().unwrap();
    }

    #[test]
    fn ndjson_is_the_servers_text_without_whitespace_between_tokens() {
        let printer = printer(Format::Ndjson);
        let out = Shared::default();
        let mut writer = printer.list_writer(out.clone(), COLUMNS);
        let spaced = r#"{"id": "001",  "b": 1.50, "s": "a, \"b\": c\\"}"#;
        let pretty = "{\n   \"id\": \"002\",\t\"l\": [1, 2]\n}";
        let items = [spaced, pretty].map(|text| RawValue::from_string(text.into()).unwrap());
        writer.write_page(&items).unwrap();
        writer.finish().unwrap();
        let expected = r#"{"id":"001","b":1.50,"s":"a, \"b\": c\\"}
{"id":"002","l":[1,2]}
"#;
        assert_eq!(
            out.text(),
            expected,
            "strings keep their spaces, numbers their text"
        );
    }

    #[test]
    fn only_ndjson_json_and_csv_stream_and_never_with_jq() {
        assert!(printer(Format::Ndjson).streams_lists());
        assert!(printer(Format::Json).streams_lists());
        assert!(printer(Format::Csv).streams_lists());
        assert!(!printer(Format::Table).streams_lists());
        assert!(!printer(Format::Raw).streams_lists());
        let jq = Printer::new(Some(Format::Json), Some(".[]"), None, None).unwrap();
        assert!(!jq.streams_lists());
    }
}
