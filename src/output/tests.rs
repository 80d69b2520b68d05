//! Tests of the printer on list, plain and message-only envelopes in every format.

use super::*;
use serde_json::json;

const COLUMNS: &[Column] = &[
    Column::new("ID", "id"),
    Column::new("OS", "os.name"),
    Column::new("GROUPS", "group"),
];

/// An 80-column terminal without colour.
const TERMINAL: Terminal = Terminal {
    width: 80,
    height: 24,
    color: false,
};

fn list_envelope() -> Value {
    json!({
        "data": {
            "affected_items": [
                {"id": "000", "name": "manager", "os": {"name": "Ubuntu"}, "group": ["a", "b"]},
                {"id": "001", "name": "web, \"1\"", "status": "active"}
            ],
            "total_affected_items": 2,
            "total_failed_items": 0,
            "failed_items": []
        },
        "message": "All selected agents information was returned",
        "error": 0
    })
}

fn plain_envelope() -> Value {
    json!({"data": {"title": "Wazuh API", "api_version": "4.7.0", "node": {"name": "master"}},
           "error": 0})
}

fn message_envelope() -> Value {
    json!({"message": "User wazuh was successfully logged out", "error": 0})
}

fn printer(format: Format, jq: Option<&str>, fields: Option<&[&str]>) -> Printer {
    let fields = fields.map(|fields| fields.iter().map(|f| f.to_string()).collect());
    Printer::new(Some(format), jq, fields, None).unwrap()
}

fn print(printer: &Printer, envelope: &Value, columns: &[Column]) -> String {
    let mut out = Vec::new();
    printer.print(&mut out, envelope, columns).unwrap();
    String::from_utf8(out).unwrap()
}

fn print_as(format: Format, envelope: &Value) -> String {
    print(&printer(format, None, None), envelope, COLUMNS)
}

#[test]
fn format_defaults_to_table_on_a_terminal_and_json_otherwise() {
    assert_eq!(
        Printer::new(None, None, None, Some(TERMINAL))
            .unwrap()
            .format(),
        Format::Table
    );
    assert_eq!(
        Printer::new(None, None, None, None).unwrap().format(),
        Format::Json
    );
    let explicit = Printer::new(Some(Format::Csv), None, None, Some(TERMINAL)).unwrap();
    assert_eq!(explicit.format(), Format::Csv);
}

#[test]
fn payload_is_items_then_data_then_envelope() {
    assert_eq!(
        payload(&list_envelope()),
        &list_envelope()["data"]["affected_items"]
    );
    assert_eq!(payload(&plain_envelope()), &plain_envelope()["data"]);
    assert_eq!(payload(&message_envelope()), &message_envelope());
}

#[test]
fn json_prints_the_payload_pretty_with_two_spaces() {
    let text = print_as(Format::Json, &plain_envelope());
    assert_eq!(
        text,
        "{\n  \"title\": \"Wazuh API\",\n  \"api_version\": \"4.7.0\",\n  \"node\": {\n    \"name\": \"master\"\n  }\n}\n"
    );
    let list: Value = serde_json::from_str(&print_as(Format::Json, &list_envelope())).unwrap();
    assert_eq!(list, list_envelope()["data"]["affected_items"]);
}

#[test]
fn raw_prints_the_whole_envelope() {
    let text = print_as(Format::Raw, &list_envelope());
    assert!(
        text.starts_with("{\n  \"data\": {\n    \"affected_items\""),
        "{text}"
    );
    assert!(text.ends_with("}\n"));
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap(),
        list_envelope()
    );
}

#[test]
fn ndjson_prints_one_line_per_item_or_one_for_an_object() {
    let text = print_as(Format::Ndjson, &list_envelope());
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0],
        r#"{"id":"000","name":"manager","os":{"name":"Ubuntu"},"group":["a","b"]}"#
    );
    let plain = print_as(Format::Ndjson, &plain_envelope());
    assert_eq!(
        plain,
        "{\"title\":\"Wazuh API\",\"api_version\":\"4.7.0\",\"node\":{\"name\":\"master\"}}\n"
    );
}

#[test]
fn csv_uses_declared_columns_paths_as_header_and_quotes() {
    let text = print_as(Format::Csv, &list_envelope());
    assert_eq!(text, "id,os.name,group\n000,Ubuntu,\"a,b\"\n001,,\n");
}

#[test]
fn csv_infers_columns_without_declared_ones() {
    let text = print(&printer(Format::Csv, None, None), &list_envelope(), &[]);
    assert_eq!(
        text,
        "id,name,os.name,group,status\n\
         000,manager,Ubuntu,\"a,b\",\n\
         001,\"web, \"\"1\"\"\",,,active\n"
    );
}

#[test]
fn csv_of_a_plain_answer_is_one_row() {
    let text = print_as(Format::Csv, &plain_envelope());
    assert_eq!(
        text,
        "title,api_version,node.name\nWazuh API,4.7.0,master\n"
    );
}

#[test]
fn table_uses_declared_columns() {
    let text = print_as(Format::Table, &list_envelope());
    assert_eq!(
        text,
        "ID   OS      GROUPS\n\
         000  Ubuntu  a, b\n\
         001\n"
    );
}

#[test]
fn fields_pick_the_columns() {
    let table = printer(Format::Table, None, Some(&["name,id", "status"]));
    assert_eq!(
        print(&table, &list_envelope(), COLUMNS),
        "NAME      ID   STATUS\n\
         manager   000\n\
         web, \"1\"  001  active\n"
    );
    let csv = printer(Format::Csv, None, Some(&["os.name", "id"]));
    assert_eq!(
        print(&csv, &list_envelope(), COLUMNS),
        "os.name,id\nUbuntu,000\n,001\n"
    );
}

#[test]
fn table_of_a_plain_answer_lists_fields_and_values() {
    let text = print_as(Format::Table, &plain_envelope());
    assert_eq!(
        text,
        "FIELD        VALUE\n\
         title        Wazuh API\n\
         api_version  4.7.0\n\
         node.name    master\n"
    );
    let picked = printer(Format::Table, None, Some(&["node.name"]));
    assert_eq!(
        print(&picked, &plain_envelope(), &[]),
        "FIELD      VALUE\nnode.name  master\n"
    );
}

#[test]
fn table_of_a_message_answer_prints_the_message() {
    assert_eq!(
        print_as(Format::Table, &message_envelope()),
        "User wazuh was successfully logged out\n"
    );
    assert_eq!(
        print_as(Format::Json, &message_envelope()),
        "{\n  \"message\": \"User wazuh was successfully logged out\",\n  \"error\": 0\n}\n"
    );
}

#[test]
fn table_of_ids_has_one_value_column() {
    let envelope = json!({"data": {"affected_items": ["001", "002"], "failed_items": []}});
    assert_eq!(print_as(Format::Table, &envelope), "VALUE\n001\n002\n");
    assert_eq!(print_as(Format::Csv, &envelope), "value\n001\n002\n");
}

#[test]
fn empty_list_prints_nothing_in_a_table() {
    let envelope = json!({"data": {"affected_items": [], "total_affected_items": 0,
                                   "failed_items": []}, "error": 0});
    assert!(is_empty_list(&envelope));
    assert!(!is_empty_list(&list_envelope()));
    assert!(!is_empty_list(&plain_envelope()));
    assert_eq!(print_as(Format::Table, &envelope), "");
    assert_eq!(print_as(Format::Ndjson, &envelope), "");
    assert_eq!(print_as(Format::Json, &envelope), "[]\n");
    assert_eq!(print_as(Format::Csv, &envelope), "id,os.name,group\n");
}

#[test]
fn jq_runs_on_the_json_document_and_prints_strings_raw() {
    let strings = printer(Format::Table, Some(".[].id"), None);
    assert_eq!(print(&strings, &list_envelope(), COLUMNS), "000\n001\n");
    let values = printer(
        Format::Json,
        Some(".[] | {id, n: (.group // [] | length)}"),
        None,
    );
    assert_eq!(
        print(&values, &list_envelope(), COLUMNS),
        "{\"id\":\"000\",\"n\":2}\n{\"id\":\"001\",\"n\":0}\n"
    );
    let plain = printer(Format::Json, Some(".node"), None);
    assert_eq!(
        print(&plain, &plain_envelope(), &[]),
        "{\"name\":\"master\"}\n"
    );
}

#[test]
fn csv_with_jq_filters_then_formats() {
    let items = printer(Format::Csv, Some("map(select(.status))"), None);
    assert_eq!(
        print(&items, &list_envelope(), COLUMNS),
        "id,name,status\n001,\"web, \"\"1\"\"\",active\n"
    );
    let ids = printer(Format::Csv, Some(".[].id"), None);
    assert_eq!(print(&ids, &list_envelope(), COLUMNS), "value\n000\n001\n");
    let rows = printer(Format::Table, Some(".[] | [.id, .name] | @csv"), None);
    assert_eq!(
        print(&rows, &list_envelope(), COLUMNS),
        "\"000\",\"manager\"\n\"001\",\"web, \"\"1\"\"\"\n"
    );
}

#[test]
fn jq_with_raw_runs_on_the_envelope() {
    let raw = printer(
        Format::Raw,
        Some(".data.total_affected_items, .message"),
        None,
    );
    assert_eq!(
        print(&raw, &list_envelope(), COLUMNS),
        "2\nAll selected agents information was returned\n"
    );
}

#[test]
fn bad_jq_fails_when_the_printer_is_made() {
    let error = Printer::new(None, Some(".[] | map("), None, None).unwrap_err();
    assert!(matches!(error, OutputError::JqFilter(_)), "{error:?}");
    let text = error.to_string();
    assert!(text.starts_with("invalid --jq filter: "), "{text}");
    assert!(text.contains('^'), "{text}");
}

#[test]
fn jq_runtime_error_is_an_output_error() {
    let failing = printer(Format::Json, Some(".[] | .id + 1"), None);
    let error = failing
        .print(&mut Vec::new(), &list_envelope(), COLUMNS)
        .unwrap_err();
    assert!(matches!(error, OutputError::JqRun(_)), "{error:?}");
    assert!(!error.is_broken_pipe());
}

/// A writer whose reader has gone away.
struct ClosedPipe;

impl Write for ClosedPipe {
    fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
        Err(std::io::ErrorKind::BrokenPipe.into())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_closed_pipe_is_recognisable() {
    for format in [Format::Json, Format::Table, Format::Csv] {
        let error = printer(format, None, None)
            .print(&mut ClosedPipe, &list_envelope(), COLUMNS)
            .unwrap_err();
        assert!(error.is_broken_pipe(), "{format:?}: {error:?}");
    }
    let jq = printer(Format::Json, Some(".[]"), None);
    let error = jq
        .print(&mut ClosedPipe, &list_envelope(), COLUMNS)
        .unwrap_err();
    assert!(error.is_broken_pipe());
}

#[test]
fn failed_item_lines_group_ids() {
    let envelope = json!({"data": {"affected_items": [], "failed_items": [
        {"error": {"code": 1701, "message": "Agent does not exist", "remediation": "x"},
         "id": ["003", "999"]},
        {"error": {"code": 4000, "message": "Permission denied"}, "id": [5]}
    ]}, "error": 1});
    assert_eq!(
        failed_item_lines(&envelope),
        [
            "003,999: Agent does not exist (error 1701)",
            "5: Permission denied (error 4000)"
        ]
    );
    assert!(failed_item_lines(&list_envelope()).is_empty());
    assert!(failed_item_lines(&message_envelope()).is_empty());
}

#[test]
fn a_page_of_a_larger_list_has_a_note() {
    let mut page = list_envelope();
    assert_eq!(page_note(&page, "agents"), None);
    page["data"]["total_affected_items"] = json!(20001);
    assert_eq!(
        page_note(&page, "agents").as_deref(),
        Some("2 of 20001 agents — use --all, or --limit/--offset")
    );
    assert_eq!(page_note(&plain_envelope(), "agents"), None);
}
