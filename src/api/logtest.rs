//! Logtest operations (spec tag `Logtest`): run one event through the analysis engine in a
//! session (`PUT /logtest`), and end a session (`DELETE /logtest/sessions/{token}`).

use super::params;
use super::query;
use super::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// The RBAC action of both operations.
const RUN: &[&str] = &["logtest:run"];

/// The log formats the spec's request body allows.
pub const LOG_FORMATS: &[&str] = &[
    "syslog",
    "json",
    "snort-full",
    "squid",
    "eventlog",
    "eventchannel",
    "audit",
    "mysql_log",
    "postgresql_log",
    "nmapg",
    "iis",
    "command",
    "full_command",
    "djb-multilog",
    "multi-line",
];

/// Body of `PUT /logtest`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct LogtestRequest {
    /// The session's token; none to start a session.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The event's log format (one of [`LOG_FORMATS`]).
    pub log_format: String,
    /// Where the event comes from (a path, as a manager names it).
    pub location: String,
    /// The event.
    pub event: String,
}

/// `PUT /logtest`: runs one event in a session, starting one when needed.
pub struct RunLogtest;

impl Endpoint for RunLogtest {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/logtest",
        operation_id: "api.controllers.logtest_controller.run_logtest_tool",
        actions: RUN,
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `DELETE /logtest/sessions/{token}`: ends a session.
pub struct EndLogtestSession;

impl Endpoint for EndLogtestSession {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/logtest/sessions/{token}",
        operation_id: "api.controllers.logtest_controller.end_logtest_session",
        actions: RUN,
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[RunLogtest::SPEC, EndLogtestSession::SPEC];
