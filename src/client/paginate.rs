//! `--all`: walks offset/limit pages of a list operation and merges them into one envelope,
//! reporting progress (the CLI draws a bar on a TTY).

use super::{Client, ClientError, Request};
use serde_json::Value;

/// Page size of `--all` unless the user gives `--limit`.
pub const PAGE_SIZE: u64 = 500;

/// Fetches every page of a list request (its own offset/limit are replaced) and returns one
/// envelope whose `affected_items` holds all items; `progress(done, total)` after each page.
pub async fn fetch_all(
    client: &Client,
    request: &Request,
    page_size: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Value, ClientError> {
    let _ = (client, request, page_size, progress);
    unimplemented!("pagination: being written")
}
