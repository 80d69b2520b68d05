//! Watching a list: the machinery behind `agents watch` (and any list verb that wants one).
//! Every `--interval` the list is fetched again (one request, or every page with `--all`).
//!
//! - With table output (the default on a terminal) the screen is cleared and the table redrawn
//!   under a header line (interval, command, item count — `500 of 20001 items` for one page of
//!   a larger list — and time) until Ctrl-C, which shows the cursor again and exits 0. On a
//!   terminal the table is cut to the screen's height (with a line saying how many rows are
//!   not shown), so the header never scrolls away.
//! - Otherwise (the default when piped) one compact JSON line is printed per change, in the
//!   shape of a Kubernetes watch event: `{"type":"ADDED"|"MODIFIED"|"DELETED","object":{...}}`.
//!   Items are matched between polls by their key field (`id` for agents); the first poll
//!   reports every current item as ADDED; within one poll, additions and modifications come
//!   in the server's order, then deletions in the previous poll's order. Each line is flushed
//!   at once; `--jq` runs on each event, `--fields` is sent as `select` (with the key field
//!   added). The watch runs until Ctrl-C or until the reader of stdout goes away (`| head`),
//!   both ending with status 0 and no message.
//!
//! A transient failure (server unreachable, timeout, 5xx, rate limited) prints one line on
//! stderr and the next tick tries again; any other failure (authentication, a bad query) ends
//! the watch with its usual exit code.
//!
//! Imports `client` (through `Ctx`), `output` and `verbs`' request building.

use super::ctx::Ctx;
use super::error::{stderr_line, CliError};
use super::verbs::{self, ListArgs};
use crate::api::{Endpoint, PathValues};
use crate::client::paginate::{self, PAGE_SIZE};
use crate::client::{ClientError, Request};
use crate::output::{self, Column, Format, Printer};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::future::Future;
use std::io::{IsTerminal, Write};
use std::time::Duration;

/// The shortest interval accepted: faster polling would only load the server.
pub const MIN_INTERVAL: Duration = Duration::from_millis(500);

/// Clears the screen and moves the cursor home.
const CLEAR_SCREEN: &str = "\x1b[H\x1b[2J";
/// Hides the cursor while the table is redrawn.
const HIDE_CURSOR: &str = "\x1b[?25l";
/// Shows the cursor again.
const SHOW_CURSOR: &str = "\x1b[?25h";

/// The flags of every watch verb.
#[derive(Debug, Clone, clap::Args)]
pub struct WatchArgs {
    /// How often to poll: e.g. 2s, 500ms, 1m, or plain seconds (at least 500ms).
    #[arg(long, default_value = "2s", value_parser = parse_interval, value_name = "DURATION")]
    pub interval: Duration,
}

impl WatchArgs {
    /// The watch of a verb: its title (`agents watch`), key field and table columns.
    pub fn of<'a>(&self, title: &'a str, key: &'a str, columns: &'a [Column]) -> Watch<'a> {
        Watch {
            title,
            key,
            columns,
            interval: self.interval,
        }
    }
}

/// What a watch shows and how it tells items apart.
#[derive(Debug, Clone, Copy)]
pub struct Watch<'a> {
    /// The command shown in the table's header line, e.g. `agents watch`.
    pub title: &'a str,
    /// The field that identifies an item across polls, e.g. `id` or `task_id`.
    pub key: &'a str,
    /// The table columns of the item type.
    pub columns: &'a [Column],
    /// Time between two polls.
    pub interval: Duration,
}

/// What one poll found: the items, and how many the whole list has (more than the items when
/// they are one page of it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    /// The items of this poll.
    pub items: Vec<Value>,
    /// The total the server reported (the number of items when it reported none).
    pub total: u64,
}

/// Lines of the screen a watch table does not get: the header line, the blank line under it,
/// the table's header, the line about rows not shown, and the line the cursor rests on.
const SCREEN_LINES_TAKEN: usize = 5;

/// What happened to an item between two polls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A new item.
    Added,
    /// An item whose fields changed.
    Modified,
    /// An item that is gone.
    Deleted,
}

impl Change {
    /// The event type as Kubernetes spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "ADDED",
            Change::Modified => "MODIFIED",
            Change::Deleted => "DELETED",
        }
    }
}

/// One change of one item: the item as it is now (as it was last seen when deleted).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// What happened.
    pub change: Change,
    /// The item.
    pub object: Value,
}

impl Event {
    /// The event as the JSON line printed: `{"type": ..., "object": ...}`.
    pub fn to_json(&self) -> Value {
        json!({"type": self.change.as_str(), "object": self.object})
    }
}

/// The items of one poll, keyed and in the server's order. Items without the key field
/// cannot be followed and are left out.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    items: Vec<(String, Value)>,
}

impl Snapshot {
    /// Keys the items by their `key` field (a string, or a number as text).
    pub fn new(items: Vec<Value>, key: &str) -> Snapshot {
        let items = items
            .into_iter()
            .filter_map(|item| Some((key_text(&item[key])?, item)))
            .collect();
        Snapshot { items }
    }

    /// The changes from `self` (the previous poll) to `next`: additions and modifications in
    /// `next`'s order, then deletions in `self`'s order.
    pub fn changes(&self, next: &Snapshot) -> Vec<Event> {
        let before: HashMap<&str, &Value> = self.by_key();
        let after: HashMap<&str, &Value> = next.by_key();
        let event = |change, object: &Value| Event {
            change,
            object: object.clone(),
        };
        let added_or_modified =
            next.items
                .iter()
                .filter_map(|(key, item)| match before.get(key.as_str()) {
                    None => Some(event(Change::Added, item)),
                    Some(old) if *old != item => Some(event(Change::Modified, item)),
                    Some(_) => None,
                });
        let deleted = self
            .items
            .iter()
            .filter(|(key, _)| !after.contains_key(key.as_str()))
            .map(|(_, item)| event(Change::Deleted, item));
        added_or_modified.chain(deleted).collect()
    }

    fn by_key(&self) -> HashMap<&str, &Value> {
        self.items
            .iter()
            .map(|(key, item)| (key.as_str(), item))
            .collect()
    }
}

/// The text of a key value: strings as they are, numbers as digits; `None` for anything else.
fn key_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// Parses an interval: a number with an optional unit `ms`, `s`, `m` or `h` (seconds when
/// none), at least [`MIN_INTERVAL`].
pub fn parse_interval(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let digits_end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits_end);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration (e.g. 2s, 500ms, 1m)"))?;
    let interval = match unit {
        "" | "s" => Duration::from_secs(number),
        "ms" => Duration::from_millis(number),
        "m" => Duration::from_secs(number.saturating_mul(60)),
        "h" => Duration::from_secs(number.saturating_mul(3600)),
        _ => return Err(format!("unknown unit `{unit}` (use ms, s, m or h)")),
    };
    if interval < MIN_INTERVAL {
        return Err("the interval must be at least 500ms".to_string());
    }
    Ok(interval)
}

/// Watches a list endpoint with the list flags and filters of its list verb (`--fields` is
/// sent as `select` when the endpoint takes it, with the key field added).
pub async fn list<E: Endpoint>(
    ctx: &Ctx,
    path_values: impl PathValues,
    args: &ListArgs,
    filters: &E::Query,
    watch: &Watch<'_>,
) -> Result<(), CliError> {
    let mut request = verbs::list_request::<E>(ctx, path_values, args, filters)?;
    select_key(&mut request, watch.key);
    if ctx.global.dry_run {
        ctx.send(&request).await?;
        return Ok(());
    }
    run(ctx, watch, || fetch_list(ctx, &request, args)).await
}

/// Adds the key field to the request's `select`, if it has one, so changes can be matched.
fn select_key(request: &mut Request, key: &str) {
    for (name, value) in &mut request.query {
        if name == "select" && !value.split(',').any(|field| field == key) {
            value.push(',');
            value.push_str(key);
        }
    }
}

/// The items of a list request and the list's total: one page, or every page with `--all`
/// (`--limit` being the page size then).
pub async fn fetch_list(
    ctx: &Ctx,
    request: &Request,
    args: &ListArgs,
) -> Result<Listing, CliError> {
    let client = ctx.client()?;
    let envelope = if args.all {
        let page_size = args.limit.unwrap_or(PAGE_SIZE);
        paginate::fetch_all(client, request, page_size, &mut |_, _| {}).await?
    } else {
        client.send(request).await?.body
    };
    let Value::Array(items) = output::payload(&envelope) else {
        return Err(ClientError::InvalidResponse("a list answer without items".into()).into());
    };
    let total = envelope
        .pointer("/data/total_affected_items")
        .and_then(Value::as_u64)
        .unwrap_or(items.len() as u64);
    Ok(Listing {
        items: items.clone(),
        total,
    })
}

/// Runs a watch with any way of fetching the items, until Ctrl-C or a closed stdout (both
/// success) or a failure that is not transient.
pub async fn run<F, Fut>(ctx: &Ctx, watch: &Watch<'_>, fetch: F) -> Result<(), CliError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Listing, CliError>>,
{
    let redraw = match ctx.printer.format() {
        Format::Table => true,
        Format::Json | Format::Ndjson => false,
        Format::Csv | Format::Raw => {
            return Err(CliError::usage(
                "a watch prints a table or JSON lines",
                Some("use -o table, -o json or -o ndjson"),
            ))
        }
    };
    let terminal = redraw && std::io::stdout().is_terminal();
    if terminal {
        write_stdout(HIDE_CURSOR)?;
    }
    let outcome = until_interrupted(poll_forever(ctx, watch, fetch, redraw, terminal)).await;
    if terminal {
        // The terminal may be gone; the exit status is what matters then.
        let _ = write_stdout(&format!("{SHOW_CURSOR}\n"));
    }
    outcome
}

/// Runs `work` (a loop that returns only on a failure) until Ctrl-C or until the reader of
/// stdout goes away, both a success.
pub async fn until_interrupted(
    work: impl Future<Output = Result<(), CliError>>,
) -> Result<(), CliError> {
    tokio::select! {
        outcome = work => outcome,
        _ = tokio::signal::ctrl_c() => Ok(()),
        () = stdout_closed() => Ok(()),
    }
}

/// Polls every interval and prints what each poll shows; returns only on a failure.
async fn poll_forever<F, Fut>(
    ctx: &Ctx,
    watch: &Watch<'_>,
    mut fetch: F,
    redraw: bool,
    terminal: bool,
) -> Result<(), CliError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Listing, CliError>>,
{
    let events = Printer::new(Some(Format::Ndjson), ctx.global.jq.as_deref(), None, None)?;
    let mut ticks = tokio::time::interval(watch.interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut previous = Snapshot::default();
    loop {
        ticks.tick().await;
        let listing = match fetch().await {
            Ok(listing) => listing,
            Err(err) if is_transient(&err) => {
                stderr_line(&format!("wazuh-ctl: warning: {err} (retrying)"));
                continue;
            }
            Err(err) => return Err(err),
        };
        if redraw {
            draw_table(ctx, watch, &listing, terminal)?;
        } else {
            let next = Snapshot::new(listing.items, watch.key);
            print_events(&events, &previous.changes(&next))?;
            previous = next;
        }
    }
}

/// Whether a failure may go away by itself: the server unreachable or slow, a 5xx, 429.
pub fn is_transient(err: &CliError) -> bool {
    match err {
        CliError::Client(err) => match err {
            ClientError::Unreachable { .. }
            | ClientError::Timeout { .. }
            | ClientError::Network { .. }
            | ClientError::RateLimited { .. } => true,
            ClientError::Api { status, .. } => *status == 429 || *status >= 500,
            _ => false,
        },
        _ => false,
    }
}

/// Prints one JSON line per event (or what `--jq` makes of it), flushed at once.
fn print_events(printer: &Printer, events: &[Event]) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    for event in events {
        printer.print(&mut stdout, &event.to_json(), &[])?;
    }
    Ok(())
}

/// Draws the header line and the table in one write (clearing the screen first on a
/// terminal, and keeping to its height), so the screen never shows half a table.
fn draw_table(
    ctx: &Ctx,
    watch: &Watch<'_>,
    listing: &Listing,
    terminal: bool,
) -> Result<(), CliError> {
    let mut screen = Vec::new();
    if terminal {
        screen.extend_from_slice(CLEAR_SCREEN.as_bytes());
    }
    writeln!(screen, "{}\n", header(watch, listing))?;
    if listing.items.is_empty() {
        writeln!(screen, "no items found")?;
    }
    let height = ctx
        .printer
        .terminal()
        .filter(|_| terminal)
        .map(|t| t.height);
    let rows = rows_that_fit(listing.items.len(), height);
    let envelope = json!({"data": {"affected_items": &listing.items[..rows], "failed_items": []}});
    ctx.printer.print(&mut screen, &envelope, watch.columns)?;
    if rows < listing.items.len() {
        let hidden = listing.items.len() - rows;
        writeln!(
            screen,
            "… {hidden} more not shown: a taller terminal, --limit or -q narrow it"
        )?;
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&screen)?;
    stdout.flush()?;
    Ok(())
}

/// How many of `count` table rows fit a terminal of `height` lines under the header (all of
/// them when not on a terminal), at least one.
fn rows_that_fit(count: usize, height: Option<u16>) -> usize {
    match height {
        Some(height) => count.min(
            usize::from(height)
                .saturating_sub(SCREEN_LINES_TAKEN)
                .max(1),
        ),
        None => count,
    }
}

/// `Every 2s: wazuh-ctl agents watch    3 items    2026-11-23 08:00:00`, or `500 of 20001
/// items` when the poll got one page of a larger list.
fn header(watch: &Watch<'_>, listing: &Listing) -> String {
    let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
    let every = humanize(watch.interval);
    let count = listing.items.len();
    let noun = if listing.total == 1 { "item" } else { "items" };
    let counted = if listing.total > count as u64 {
        format!("{count} of {} {noun}", listing.total)
    } else {
        format!("{count} {noun}")
    };
    format!(
        "Every {every}: wazuh-ctl {}    {counted}    {now}",
        watch.title
    )
}

/// An interval as its user would have typed it: `500ms`, `2s`.
fn humanize(interval: Duration) -> String {
    if interval.subsec_millis() == 0 {
        format!("{}s", interval.as_secs())
    } else {
        format!("{}ms", interval.as_millis())
    }
}

/// Writes text on stdout and flushes it.
fn write_stdout(text: &str) -> Result<(), CliError> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// Resolves when stdout is a pipe whose reader went away (so a quiet watch ends without
/// waiting for its next line); never when stdout is a terminal or a file, or off unix.
async fn stdout_closed() {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use tokio::io::unix::AsyncFd;
        use tokio::io::Interest;
        let watched = std::io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .ok()
            // SAFETY: the OwnedFd is a descriptor of our own, open until the AsyncFd that
            // owns it is dropped, and its `as_raw_fd` always returns that descriptor.
            .and_then(|fd| unsafe { AsyncFd::register_with_interest(fd, Interest::ERROR) }.ok());
        if let Some(fd) = watched {
            if fd.ready(Interest::ERROR).await.is_ok() {
                return;
            }
        }
    }
    std::future::pending::<()>().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agent(id: &str, status: &str) -> Value {
        json!({"id": id, "name": format!("agent-{id}"), "status": status})
    }

    fn summary(events: &[Event]) -> Vec<(&'static str, String)> {
        events
            .iter()
            .map(|event| {
                let key = key_text(&event.object["id"]).unwrap_or_default();
                (event.change.as_str(), key)
            })
            .collect()
    }

    #[test]
    fn the_first_poll_adds_every_item_in_order() {
        let next = Snapshot::new(vec![agent("002", "active"), agent("001", "active")], "id");
        let events = Snapshot::default().changes(&next);
        assert_eq!(
            summary(&events),
            [("ADDED", "002".to_string()), ("ADDED", "001".to_string())]
        );
    }

    #[test]
    fn changes_are_added_modified_then_deleted() {
        let before = Snapshot::new(
            vec![
                agent("001", "active"),
                agent("002", "active"),
                agent("003", "active"),
            ],
            "id",
        );
        let after = Snapshot::new(
            vec![
                agent("004", "pending"),
                agent("002", "disconnected"),
                agent("003", "active"),
            ],
            "id",
        );
        let events = before.changes(&after);
        assert_eq!(
            summary(&events),
            [
                ("ADDED", "004".to_string()),
                ("MODIFIED", "002".to_string()),
                ("DELETED", "001".to_string()),
            ]
        );
        assert_eq!(events[1].object["status"], "disconnected");
        assert_eq!(events[2].object["status"], "active");
        assert!(after.changes(&after).is_empty());
    }

    #[test]
    fn items_are_keyed_by_their_key_field_strings_or_numbers() {
        let tasks = |status: &str| {
            vec![
                json!({"task_id": 7, "status": status}),
                json!({"status": "no key, not followed"}),
            ]
        };
        let before = Snapshot::new(tasks("In progress"), "task_id");
        let after = Snapshot::new(tasks("Done"), "task_id");
        let events = before.changes(&after);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].change, Change::Modified);
        assert_eq!(events[0].object["task_id"], 7);
        assert_eq!(Snapshot::new(tasks("Done"), "id").items.len(), 0);
    }

    #[test]
    fn an_event_has_the_kubernetes_watch_shape() {
        let event = Event {
            change: Change::Deleted,
            object: agent("001", "active"),
        };
        assert_eq!(
            event.to_json().to_string(),
            r#"{"type":"DELETED","object":{"id":"001","name":"agent-001","status":"active"}}"#
        );
    }

    #[test]
    fn intervals_take_units_or_plain_seconds() {
        assert_eq!(parse_interval("2"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_interval("2s"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_interval("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_interval("1m"), Ok(Duration::from_secs(60)));
        assert_eq!(parse_interval("1h"), Ok(Duration::from_secs(3600)));
        assert!(parse_interval("100ms").is_err());
        assert!(parse_interval("0").is_err());
        assert!(parse_interval("2d").is_err());
        assert!(parse_interval("s").is_err());
        assert!(parse_interval("-1s").is_err());
        assert!(parse_interval("1.5s").is_err());
    }

    #[test]
    fn the_key_joins_an_explicit_select() {
        let mut request = Request::new(crate::api::Method::Get, "/agents");
        request.query.push(("select".into(), "name,status".into()));
        select_key(&mut request, "id");
        assert_eq!(request.query[0].1, "name,status,id");
        select_key(&mut request, "id");
        assert_eq!(request.query[0].1, "name,status,id");
        let mut plain = Request::new(crate::api::Method::Get, "/agents");
        select_key(&mut plain, "id");
        assert!(plain.query.is_empty());
    }

    #[test]
    fn only_network_trouble_5xx_and_429_are_transient() {
        let api = |status| {
            CliError::Client(ClientError::Api {
                status,
                body: None,
                text: String::new(),
            })
        };
        assert!(is_transient(&api(503)));
        assert!(is_transient(&api(429)));
        assert!(!is_transient(&api(401)));
        assert!(!is_transient(&api(400)));
        assert!(!is_transient(&CliError::usage("bad", None)));
    }

    #[test]
    fn the_header_names_the_interval_command_and_count() {
        let watch = Watch {
            title: "agents watch",
            key: "id",
            columns: &[],
            interval: Duration::from_millis(1500),
        };
        let one = Listing {
            items: vec![agent("001", "active")],
            total: 1,
        };
        let line = header(&watch, &one);
        assert!(
            line.starts_with("Every 1500ms: wazuh-ctl agents watch    1 item    "),
            "{line}"
        );
        let page = Listing {
            total: 20001,
            ..one
        };
        let line = header(&watch, &page);
        assert!(line.contains("    1 of 20001 items    "), "{line}");
        assert_eq!(humanize(Duration::from_secs(2)), "2s");
    }

    #[test]
    fn the_table_keeps_to_the_screen_so_the_header_stays() {
        assert_eq!(rows_that_fit(500, Some(30)), 25);
        assert_eq!(rows_that_fit(10, Some(30)), 10);
        assert_eq!(rows_that_fit(500, Some(3)), 1);
        assert_eq!(rows_that_fit(500, None), 500);
    }
}
