//! Spec tag `Events`: `POST /events`, which forwards a bulk of security events (strings, at
//! most [`MAX_EVENTS_PER_REQUEST`] per request) to the manager's analysis engine.

use super::params;
use super::query;
use super::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// The most events one `POST /events` request may carry.
pub const MAX_EVENTS_PER_REQUEST: usize = 100;

/// Body of `POST /events`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct EventsBody {
    /// The events, each a string (a JSON event is sent as its text).
    pub events: Vec<String>,
}

/// `POST /events`: send security events to analysisd.
pub struct ForwardEvents;

impl Endpoint for ForwardEvents {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/events",
        operation_id: "api.controllers.event_controller.forward_event",
        actions: &["event:ingest"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[ForwardEvents::SPEC];
