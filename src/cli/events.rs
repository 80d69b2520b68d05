//! `wazuh-ctl events send`: forwards security events to the manager's analysis engine
//! (`POST /events`). The events are the arguments, or the lines of a file or stdin (one event
//! per line, blank lines skipped; a JSON event is sent as its text). They go in batches of at
//! most 100, the API's cap, and the answers are merged into one.
//!
//! The API takes at most 30 `/events` requests a minute: past that it answers 429, which the
//! client retries with a backoff long enough to outlast the window, so a long send completes;
//! `--rate 30/min` spaces the requests so that the limit is never hit.
//!
//! Imports `api::events` and the shared bulk runner.

use super::ctx::Ctx;
use super::error::CliError;
use super::input;
use super::verbs;
use crate::api::events::{EventsBody, ForwardEvents, MAX_EVENTS_PER_REQUEST};
use crate::api::NoQuery;
use crate::client::Request;
use crate::output::columns;
use std::path::{Path, PathBuf};

/// Events verbs.
#[derive(Debug, clap::Subcommand)]
pub enum EventsCommand {
    /// Send security events to analysisd, in batches of 100 (exit 3 when some failed).
    /// The API takes 30 requests a minute: a longer send waits for the next minute (429
    /// retries); `--rate 30/min` avoids hitting the limit at all.
    Send {
        /// The events (a JSON event is sent as its text).
        #[arg(
            value_name = "EVENT",
            required_unless_present = "file",
            conflicts_with = "file"
        )]
        events: Vec<String>,
        /// Read the events from a file, one per line (`-`: stdin).
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
    },
}

impl EventsCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let EventsCommand::Send { events, file } = self;
        let events = match file {
            Some(file) => event_lines(file)?,
            None => events.clone(),
        };
        verbs::bulk(
            ctx,
            &events,
            MAX_EVENTS_PER_REQUEST,
            batch_request,
            columns::EVENTS,
        )
        .await
    }
}

/// The request forwarding one batch of events.
fn batch_request(batch: &[String]) -> Result<Request, CliError> {
    let body = EventsBody {
        events: batch.to_vec(),
    };
    verbs::request_with_body::<ForwardEvents>([], &[&NoQuery {}], &body)
}

/// The non-blank lines of a file (or stdin), at least one.
fn event_lines(file: &Path) -> Result<Vec<String>, CliError> {
    let events = input::lines(&input::read_text(file)?);
    if events.is_empty() {
        return Err(CliError::usage(
            format!("{} holds no events", file.display()),
            Some("give one event per line"),
        ));
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn parse(args: &[&str]) -> Result<EventsCommand, clap::Error> {
        let cli = Cli::try_parse_from(["wazuh-ctl", "events"].iter().chain(args))?;
        match cli.command {
            Command::Events(command) => Ok(command),
            other => panic!("parsed as {other:?}"),
        }
    }

    #[test]
    fn send_takes_events_or_a_file_but_not_both() {
        assert!(parse(&["send"]).is_err());
        assert!(parse(&["send", "a", "--file", "-"]).is_err());
        assert!(parse(&["send", "--file", "-"]).is_ok());
        let EventsCommand::Send { events, .. } = parse(&["send", "a", "{\"k\": 1}"]).unwrap();
        assert_eq!(events, ["a", "{\"k\": 1}"]);
    }

    #[test]
    fn a_batch_is_one_post_with_the_events_body() {
        let batch = ["a".to_string(), "b".to_string()];
        let request = batch_request(&batch).unwrap();
        assert_eq!(request.path, "/events");
        assert!(request.query.is_empty());
        let expected = serde_json::json!({"events": ["a", "b"]});
        assert!(
            matches!(request.body, Some(crate::client::Body::Json(ref body)) if *body == expected)
        );
    }
}
