//! The shared runners every group's verbs call: `list` (paging, `--all` with a progress bar),
//! `get` and `act` (print, then failed items → exit 3, or 4/5 when nothing succeeded for
//! permission or not-found reasons), `record` (one created object, e.g. an agent's id and
//! key) and `bulk` (ids in batches, answers merged, printed once). Also builds requests from
//! an endpoint's spec, its serializable query parts and an optional body.
//!
//! Imports `api`, `client`, `output`; groups never build requests themselves.

use super::bulk;
use super::ctx::Ctx;
use super::error::{self, CliError};
use crate::api::codes;
use crate::api::fields::Field;
use crate::api::params::{is_field_filter, FieldFilters, ListParams, MAX_LIMIT};
use crate::api::{path_of, wql, Endpoint, PathValues};
use crate::client::paginate::{self, Page, Tally, PAGE_SIZE};
use crate::client::{Body, Request};
use crate::output::{self, Column, Format};
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::{BufWriter, IsTerminal};

/// The list flags every list verb takes.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ListArgs {
    /// WQL query, e.g. 'os.platform=ubuntu;status=active'.
    #[arg(short = 'q', long, value_name = "WQL")]
    pub query: Option<String>,
    /// Only items with this text in any field (a leading `-` excludes it).
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub search: Option<String>,
    /// Sort by fields: `[+-]field[,field...]`.
    #[arg(long, allow_hyphen_values = true, value_name = "FIELDS")]
    pub sort: Option<String>,
    /// How many items to return (with --all: the page size, default 500).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=MAX_LIMIT))]
    pub limit: Option<u64>,
    /// How many items to skip.
    #[arg(long, value_name = "N", conflicts_with = "all")]
    pub offset: Option<u64>,
    /// Fetch every page.
    #[arg(long)]
    pub all: bool,
}

impl ListArgs {
    /// The generic list parameters these flags (and `--fields`, sent as `select`) ask for.
    pub fn params(&self, fields: Option<&[String]>) -> ListParams {
        ListParams {
            offset: self.offset,
            limit: self.limit,
            sort: self.sort.clone(),
            search: self.search.clone(),
            select: select(fields),
            q: self.query.clone(),
            distinct: None,
        }
    }
}

/// `FIELD=VALUE` flags as the filters of `E`; a field `E` does not filter on is a usage error
/// naming those it does.
pub fn field_filters<E: Endpoint>(flags: &[String]) -> Result<FieldFilters, CliError> {
    let fields: Vec<&str> = E::SPEC
        .query
        .iter()
        .filter(|param| is_field_filter(param))
        .map(|param| param.name)
        .collect();
    let mut filters = FieldFilters::default();
    for flag in flags {
        let Some((field, value)) = flag.split_once('=') else {
            let hint = format!("write it as FIELD=VALUE, e.g. {}=...", fields[0]);
            return Err(CliError::usage(format!("bad filter `{flag}`"), Some(&hint)));
        };
        if !fields.contains(&field) {
            let hint = format!("the fields are {}", fields.join(", "));
            return Err(CliError::usage(
                format!("cannot filter on `{field}`"),
                Some(&hint),
            ));
        }
        filters.0.insert(field.to_string(), value.to_string());
    }
    Ok(filters)
}

/// `--fields` as the API's `select` value.
pub fn select(fields: Option<&[String]>) -> Option<String> {
    fields
        .filter(|fields| !fields.is_empty())
        .map(|fields| fields.join(","))
}

/// Builds the request of an endpoint: its method, its path with `path_values` filled in, and
/// the query pairs of every serializable part (list parameters, filters), in order.
pub fn request<E: Endpoint>(
    path_values: impl PathValues,
    parts: &[&dyn QueryPart],
) -> Result<Request, CliError> {
    let mut query = Vec::new();
    for part in parts {
        query.extend(query_pairs(&part.to_json()?));
    }
    Ok(Request {
        method: E::SPEC.method,
        path: path_of::<E, _>(&path_values),
        query,
        body: None,
    })
}

/// Builds the request of an endpoint (as [`request`]) with a JSON body.
pub fn request_with_body<E: Endpoint>(
    path_values: impl PathValues,
    parts: &[&dyn QueryPart],
    body: &dyn QueryPart,
) -> Result<Request, CliError> {
    let mut request = request::<E>(path_values, parts)?;
    request.body = Some(Body::Json(body.to_json()?));
    Ok(request)
}

/// A query part of any serializable type (list parameters, an endpoint's filters).
pub trait QueryPart {
    /// The part as a JSON object.
    fn to_json(&self) -> Result<Value, CliError>;
}

impl<T: Serialize> QueryPart for T {
    fn to_json(&self) -> Result<Value, CliError> {
        serde_json::to_value(self)
            .map_err(|err| CliError::usage(format!("cannot build the query: {err}"), None))
    }
}

/// The `name=value` pairs of a JSON object: nulls dropped, arrays joined with commas.
pub fn query_pairs(object: &Value) -> Vec<(String, String)> {
    let Value::Object(map) = object else {
        return Vec::new();
    };
    map.iter()
        .filter_map(|(name, value)| scalar_text(value).map(|text| (name.clone(), text)))
        .collect()
}

/// The query text of a value; `None` for null.
pub fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(text) => Some(text.clone()),
        Value::Array(items) => Some(
            items
                .iter()
                .filter_map(scalar_text)
                .collect::<Vec<_>>()
                .join(","),
        ),
        other => Some(other.to_string()),
    }
}

/// Runs a list verb: one page, or every page with `--all`, then prints the items.
pub async fn list<E: Endpoint>(
    ctx: &Ctx,
    path_values: impl PathValues,
    args: &ListArgs,
    filters: &E::Query,
    columns: &[Column],
) -> Result<(), CliError> {
    let request = list_request::<E>(ctx, path_values, args, filters)?;
    if !args.all || ctx.global.dry_run {
        return page(ctx, &request, columns, collection_noun(E::SPEC.path)).await;
    }
    let page_size = args.limit.unwrap_or(PAGE_SIZE);
    if ctx.printer.streams_lists() {
        let bar = progress_bar(ctx.global.quiet);
        let streamed = stream_all(ctx, &request, page_size, &bar, columns).await;
        bar.finish_and_clear();
        let tally = streamed?;
        return report(ctx, &tally.envelope(Vec::new()), tally.received == 0);
    }
    show(ctx, &every_page(ctx, &request, page_size).await?, columns)
}

/// Every page of a list request (`page_size` items each), merged into one answer, with a
/// progress bar on stderr.
pub async fn every_page(ctx: &Ctx, request: &Request, page_size: u64) -> Result<Value, CliError> {
    let bar = progress_bar(ctx.global.quiet);
    let mut progress = |done: u64, total: u64| {
        bar.set_length(total);
        bar.set_position(done);
    };
    let fetched = paginate::fetch_all(ctx.client()?, request, page_size, &mut progress).await;
    bar.finish_and_clear();
    Ok(fetched?)
}

/// `--all` in a format that streams: writes each page as it arrives (pages fetched a few at
/// a time, printed in order) and returns what the pages add up to.
async fn stream_all(
    ctx: &Ctx,
    request: &Request,
    page_size: u64,
    bar: &ProgressBar,
    columns: &[Column],
) -> Result<Tally, CliError> {
    let mut tally = Tally::default();
    let mut writer = ctx
        .printer
        .list_writer(BufWriter::new(std::io::stdout()), columns);
    let mut on_page = |page: Page| {
        writer.write_page(&page.items)?;
        tally.add(&page);
        bar.set_length(tally.total);
        bar.set_position(tally.received);
        Ok::<(), CliError>(())
    };
    paginate::for_each_page(ctx.client()?, request, page_size, &mut on_page).await?;
    writer.finish()?;
    Ok(tally)
}

/// Sends the request of one page of a list and prints it like [`act`], then, in a table,
/// says when the page is not the whole list (`500 of 20001 agents — use --all, ...`).
async fn page(
    ctx: &Ctx,
    request: &Request,
    columns: &[Column],
    noun: &str,
) -> Result<(), CliError> {
    match ctx.send(request).await? {
        Some(envelope) => show_page(ctx, &envelope, columns, noun),
        None => Ok(()),
    }
}

/// Prints one page of a list like [`act`] does, then, in a table, says when the page is not
/// the whole list; `noun` names the items (`agents`).
pub fn show_page(
    ctx: &Ctx,
    envelope: &Value,
    columns: &[Column],
    noun: &str,
) -> Result<(), CliError> {
    ctx.print(envelope, columns)?;
    if let Some(note) = output::page_note(envelope, noun) {
        let on_terminal = ctx.printer.terminal().is_some();
        match page_note_stream(ctx.printer.format(), ctx.global.jq.is_some(), on_terminal) {
            _ if ctx.global.quiet => {}
            Some(Stream::Stdout) => ctx.out(&note)?,
            Some(Stream::Stderr) => ctx.note(&note),
            None => {}
        }
    }
    report(ctx, envelope, affected_none(envelope))
}

/// Where a note about the output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stream {
    /// Under the table, on the terminal.
    Stdout,
    /// On stderr, so a piped table stays clean.
    Stderr,
}

/// Where the note about a partial list goes: under a table on a terminal; on stderr for a
/// table sent elsewhere; nowhere for other formats and `--jq` (their readers are programs).
fn page_note_stream(format: Format, jq: bool, stdout_is_terminal: bool) -> Option<Stream> {
    match (format, jq, stdout_is_terminal) {
        (Format::Table, false, true) => Some(Stream::Stdout),
        (Format::Table, false, false) => Some(Stream::Stderr),
        _ => None,
    }
}

/// What a list endpoint lists, for notes: the last word of its path (`/groups/{group_id}/agents`
/// → `agents`), or the collection its last word narrows (`/agents/outdated` → `agents`).
fn collection_noun(path: &str) -> &str {
    let word = path
        .rsplit('/')
        .find(|word| !word.is_empty() && !word.starts_with('{'))
        .unwrap_or("items");
    match word {
        "no_group" | "outdated" => "agents",
        "status" => "tasks",
        "distinct" => "values",
        other => other,
    }
}

/// The request of a list verb: the list flags, `--fields` as `select` (only for endpoints
/// that accept it), then the endpoint's filters.
pub fn list_request<E: Endpoint>(
    ctx: &Ctx,
    path_values: impl PathValues,
    args: &ListArgs,
    filters: &E::Query,
) -> Result<Request, CliError> {
    let fields = crate::api::fields_of(E::SPEC.method, E::SPEC.path);
    check_query(ctx, args.query.as_deref(), fields)?;
    let selectable = E::SPEC.accepts("select");
    let params = args.params(ctx.global.fields.as_deref().filter(|_| selectable));
    request::<E>(path_values, &[&params, filters])
}

/// Refuses a WQL query that does not parse, or names a field the operation's items do not
/// have (`fields`, when declared), with exit 2 before any request, unless `--no-check`: the
/// server, as Wazuh's, reads only what it can of a query and quietly skips the rest.
pub fn check_query(ctx: &Ctx, query: Option<&str>, fields: &[Field]) -> Result<(), CliError> {
    let Some(query) = query.filter(|_| !ctx.global.no_check) else {
        return Ok(());
    };
    wql::check(query, fields).map_err(|mistake| query_mistake(query, &mistake))
}

/// The usage error of a mistake in a query: what is wrong, the query with a caret under it,
/// and what to do.
pub fn query_mistake(query: &str, mistake: &wql::Mistake) -> CliError {
    let message = format!(
        "invalid WQL query: {}\n{}",
        mistake.message,
        mistake.pointed(query)
    );
    let hint = format!("{} (--no-check sends the query as written)", mistake.hint);
    CliError::usage(message, Some(&hint))
}

/// Runs a read verb on one endpoint and prints the answer.
pub async fn get<E: Endpoint>(
    ctx: &Ctx,
    path_values: impl PathValues,
    parts: &[&dyn QueryPart],
    columns: &[Column],
) -> Result<(), CliError> {
    act(ctx, &request::<E>(path_values, parts)?, columns).await
}

/// Runs a read verb like [`get`], a table (or CSV) showing `rows(answer)` instead: for answers
/// that read better reshaped, like one object of daemon states shown as a row per daemon.
/// JSON, raw output and `--jq` keep the answer as it came.
pub async fn get_rows<E: Endpoint>(
    ctx: &Ctx,
    path_values: impl PathValues,
    parts: &[&dyn QueryPart],
    columns: &[Column],
    rows: fn(&Value) -> Value,
) -> Result<(), CliError> {
    let Some(envelope) = ctx.send(&request::<E>(path_values, parts)?).await? else {
        return Ok(());
    };
    let tabular = matches!(ctx.printer.format(), Format::Table | Format::Csv);
    if tabular && ctx.global.jq.is_none() {
        return show(ctx, &rows(&envelope), columns);
    }
    show(ctx, &envelope, columns)
}

/// Sends a request, prints the answer, and turns failed items into the exit code.
pub async fn act(ctx: &Ctx, request: &Request, columns: &[Column]) -> Result<(), CliError> {
    match ctx.send(request).await? {
        Some(envelope) => show(ctx, &envelope, columns),
        None => Ok(()),
    }
}

/// Sends a request whose `data` is one object (e.g. a new agent's id and key) and prints it:
/// as `data` in JSON (so `--jq '.key'` works), as one row of `columns` in a table.
pub async fn record(ctx: &Ctx, request: &Request, columns: &[Column]) -> Result<(), CliError> {
    let Some(envelope) = ctx.send(request).await? else {
        return Ok(());
    };
    if ctx.printer.format() == Format::Table {
        return show(ctx, &as_one_row(&envelope), columns);
    }
    show(ctx, &envelope, columns)
}

/// An answer whose `data` is one object, as a list answer of that single item.
fn as_one_row(envelope: &Value) -> Value {
    json!({"data": {"affected_items": [envelope["data"].clone()], "failed_items": []}})
}

/// Runs a bulk verb: sends one request per batch of at most `batch_size` ids (built by
/// `batch_request` from the batch), merges the answers and prints them once, then exits as
/// [`outcome`] says. If a batch fails outright, what the earlier batches did is printed
/// before the error.
pub async fn bulk(
    ctx: &Ctx,
    ids: &[String],
    batch_size: usize,
    batch_request: impl Fn(&[String]) -> Result<Request, CliError>,
    columns: &[Column],
) -> Result<(), CliError> {
    bulk_shown(ctx, ids, batch_size, batch_request, columns, |_| {}).await
}

/// [`bulk`], with `present` applied to the merged answer before it is printed (e.g. ids
/// shown as names in a table).
pub async fn bulk_shown(
    ctx: &Ctx,
    ids: &[String],
    batch_size: usize,
    batch_request: impl Fn(&[String]) -> Result<Request, CliError>,
    columns: &[Column],
    present: impl Fn(&mut Value),
) -> Result<(), CliError> {
    let shown = |answers: Vec<Value>| {
        let mut merged = bulk::merge(answers);
        present(&mut merged);
        merged
    };
    let mut answers = Vec::new();
    for batch in ids.chunks(batch_size.max(1)) {
        match ctx.send(&batch_request(batch)?).await {
            Ok(Some(answer)) => answers.push(answer),
            Ok(None) => {}
            Err(err) if answers.is_empty() => return Err(err),
            Err(err) => {
                ctx.note("the batches sent before the error did this:");
                return match show(ctx, &shown(answers), columns) {
                    Ok(()) | Err(CliError::Items { .. }) => Err(err),
                    Err(other) => Err(other),
                };
            }
        }
    }
    if answers.is_empty() {
        return Ok(());
    }
    show(ctx, &shown(answers), columns)
}

/// Prints an answer, then its failed items on stderr.
fn show(ctx: &Ctx, envelope: &Value, columns: &[Column]) -> Result<(), CliError> {
    ctx.print(envelope, columns)?;
    report(ctx, envelope, affected_none(envelope))
}

/// After an answer is printed: "no items found" for an empty table, its failed items on
/// stderr, and the exit code they imply (`none_affected`: whether no item succeeded).
fn report(ctx: &Ctx, envelope: &Value, none_affected: bool) -> Result<(), CliError> {
    let failed = output::failed_item_lines(envelope);
    if failed.is_empty() && ctx.printer.format() == Format::Table && output::is_empty_list(envelope)
    {
        ctx.note("no items found");
    }
    for line in &failed {
        ctx.warn(line);
    }
    match outcome_of(envelope, none_affected) {
        error::EXIT_OK => Ok(()),
        code => Err(CliError::Items { code }),
    }
}

/// Whether an answer has no affected items.
fn affected_none(envelope: &Value) -> bool {
    envelope["data"]["affected_items"]
        .as_array()
        .is_none_or(|items| items.is_empty())
}

/// The exit code an answer's failed items imply, by the rule of the exit-code table: 0 when
/// none failed; 5 when nothing succeeded and every failure is a not-found; 4 when nothing
/// succeeded and every failure is a refused permission; 3 otherwise (some failed, or all
/// failed for mixed or other reasons).
pub fn outcome(envelope: &Value) -> u8 {
    outcome_of(envelope, affected_none(envelope))
}

/// [`outcome`], told whether any item succeeded.
fn outcome_of(envelope: &Value, none_affected: bool) -> u8 {
    let failed: Vec<u32> = envelope["data"]["failed_items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|item| item["error"]["code"].as_u64().unwrap_or(0) as u32)
        .collect();
    if failed.is_empty() {
        return error::EXIT_OK;
    }
    if none_affected && failed.iter().all(|&code| codes::means_not_found(code)) {
        error::EXIT_NOT_FOUND
    } else if none_affected && failed.iter().all(|&code| codes::means_forbidden(code)) {
        error::EXIT_AUTH
    } else {
        error::EXIT_PARTIAL
    }
}

/// A progress bar on stderr, drawn only when stderr is a terminal and not `--quiet`.
fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(0);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} items") {
        bar.set_style(style);
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_take_the_fields_of_their_operation_only() {
        let flags = ["vendor=Canonical".to_string(), "name=a=b".to_string()];
        let filters = field_filters::<crate::api::syscollector::ListPackages>(&flags).unwrap();
        assert_eq!(filters.0["vendor"], "Canonical");
        assert_eq!(filters.0["name"], "a=b");
        let err =
            field_filters::<crate::api::syscollector::ListPackages>(&["hotfix=KB1".to_string()])
                .unwrap_err();
        assert!(
            err.to_string().contains("cannot filter on `hotfix`"),
            "{err}"
        );
        let err = field_filters::<crate::api::syscollector::ListPorts>(&["local.port".to_string()])
            .unwrap_err();
        assert!(err.to_string().contains("bad filter"), "{err}");
    }
    use crate::api::agents::{AgentAttributes, AgentFilters, ListAgents};
    use crate::api::groups::ListGroupAgents;
    use crate::api::Method;

    #[test]
    fn list_flags_and_filters_become_query_pairs_in_order() {
        let args = ListArgs {
            query: Some("os.platform=ubuntu".into()),
            limit: Some(10),
            ..ListArgs::default()
        };
        let fields = vec!["id".to_string(), "name".to_string()];
        let filters = AgentFilters {
            status: Some("active,disconnected".into()),
            attributes: AgentAttributes {
                os_platform: Some("ubuntu".into()),
                ..AgentAttributes::default()
            },
            ..AgentFilters::default()
        };
        let request = request::<ListAgents>([], &[&args.params(Some(&fields)), &filters]).unwrap();
        assert_eq!(request.method, Method::Get);
        assert_eq!(request.path, "/agents");
        let pairs: Vec<(&str, &str)> = request
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("limit", "10"),
                ("select", "id,name"),
                ("q", "os.platform=ubuntu"),
                ("status", "active,disconnected"),
                ("os.platform", "ubuntu"),
            ]
        );
    }

    #[test]
    fn path_values_are_encoded_into_the_spec_path() {
        let request = request::<ListGroupAgents>(["web servers"], &[]).unwrap();
        assert_eq!(request.path, "/groups/web%20servers/agents");
    }

    #[test]
    fn every_placeholder_of_a_path_is_counted() {
        use crate::api::groups::{GetGroupFile, ListGroups};
        assert_eq!(ListGroups::SPEC.placeholders(), 0);
        assert_eq!(ListGroupAgents::SPEC.placeholders(), 1);
        assert_eq!(GetGroupFile::SPEC.placeholders(), 2);
        let request = request::<GetGroupFile>(["a", "b/c"], &[]).unwrap();
        assert_eq!(request.path, "/groups/a/files/b%2Fc");
    }

    #[test]
    fn query_values_of_every_type_are_text() {
        let pairs = query_pairs(&json!({"a": true, "b": 5, "c": null, "d": ["x", "y"]}));
        assert_eq!(
            pairs,
            vec![
                ("a".to_string(), "true".to_string()),
                ("b".to_string(), "5".to_string()),
                ("d".to_string(), "x,y".to_string()),
            ]
        );
    }

    fn answer(affected: Value, failed_codes: &[u32]) -> Value {
        let failed: Vec<Value> = failed_codes
            .iter()
            .map(|code| json!({"error": {"code": code, "message": "m"}, "id": ["999"]}))
            .collect();
        json!({"data": {"affected_items": affected, "failed_items": failed}, "error": 0})
    }

    #[test]
    fn the_page_note_goes_under_a_terminal_table_or_to_stderr_for_a_piped_one() {
        assert_eq!(
            page_note_stream(Format::Table, false, true),
            Some(Stream::Stdout)
        );
        assert_eq!(
            page_note_stream(Format::Table, false, false),
            Some(Stream::Stderr)
        );
        assert_eq!(page_note_stream(Format::Table, true, true), None);
        assert_eq!(page_note_stream(Format::Json, false, true), None);
        assert_eq!(page_note_stream(Format::Csv, false, false), None);
    }

    #[test]
    fn list_paths_name_their_collection() {
        assert_eq!(collection_noun("/agents"), "agents");
        assert_eq!(collection_noun("/groups/{group_id}/agents"), "agents");
        assert_eq!(collection_noun("/groups/{group_id}/files"), "files");
        assert_eq!(collection_noun("/agents/outdated"), "agents");
        assert_eq!(collection_noun("/tasks/status"), "tasks");
        assert_eq!(collection_noun("/security/users"), "users");
    }

    #[test]
    fn a_record_becomes_one_table_row() {
        let answer = json!({"data": {"id": "013", "key": "a2V5"}, "error": 0});
        let rows = as_one_row(&answer);
        assert_eq!(
            output::payload(&rows),
            &json!([{"id": "013", "key": "a2V5"}])
        );
        assert_eq!(outcome(&rows), 0);
    }

    #[test]
    fn failed_items_map_to_exit_codes() {
        assert_eq!(outcome(&answer(json!([{"id": "001"}]), &[])), 0);
        assert_eq!(outcome(&answer(json!([{"id": "001"}]), &[1701])), 3);
        assert_eq!(outcome(&answer(json!([]), &[1701])), 5);
        assert_eq!(outcome(&answer(json!([]), &[4000])), 4);
        assert_eq!(outcome(&answer(json!([]), &[1701, 4000])), 3);
        assert_eq!(outcome(&answer(json!([]), &[1703])), 3);
        assert_eq!(outcome(&answer(json!([]), &[1006, 1701])), 5);
        assert_eq!(outcome(&json!({"data": {"token": "x"}, "error": 0})), 0);
    }
}
