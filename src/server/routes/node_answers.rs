//! What the manager and cluster handlers share, without handlers of its own: the messages
//! of the answers about nodes that both tags give (API configuration, restart, validation),
//! and the answer itself — the nodes' items and, by node, what failed.

use super::list::{self, Messages};
use crate::server::bulk::Failures;
use crate::server::respond;
use axum::response::Response;
use serde_json::Value;

/// The messages of `GET /manager/api/config` and `/cluster/api/config`.
pub const API_CONFIG_MESSAGES: Messages = Messages {
    all: "API configuration was successfully read in all specified nodes",
    some: "Not all API configurations could be read",
    none: "Could not read API configuration in any node",
};

/// The messages of `PUT /manager/restart` and `/cluster/restart`.
pub const RESTART_MESSAGES: Messages = Messages {
    all: "Restart request sent to all specified nodes",
    some: "Could not send restart request to some specified nodes",
    none: "Could not send restart request to any node",
};

/// The messages of `GET /manager/configuration/validation` and
/// `/cluster/configuration/validation`.
pub const VALIDATION_MESSAGES: Messages = Messages {
    all: "Validation was successfully checked in all nodes",
    some: "Could not check validation in some nodes",
    none: "Could not check validation in any node",
};

/// An answer over some nodes: their items and failed items.
pub fn answer(
    items: Vec<Value>,
    failures: Failures,
    messages: &Messages,
    pretty: bool,
) -> Response {
    let total = items.len() as u64;
    let envelope = list::envelope(items, total, failures.into_groups(), messages);
    respond::ok(&envelope, pretty)
}
