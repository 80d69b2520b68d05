//! HTTP to a Wazuh API (reqwest + rustls): requests with the JWT attached, login with HTTP
//! Basic, token reuse until `exp`, silent renewal when a password is known, one retry on 401,
//! retry with backoff on 429, and errors that carry their exit code and a hint.
//!
//! Imports only `api`; never `cli`, `output` or `server`.

pub mod auth;
pub mod config;
pub mod paginate;
pub mod tokens;

use crate::api::envelope::ErrorBody;
use crate::api::Method;
use serde_json::Value;
use std::path::PathBuf;
use std::time::Duration;

/// Where and as whom to connect: the resolved context (config + flags + environment).
#[derive(Debug, Clone)]
pub struct Target {
    /// Context name (`lab`, `prod`, or `env` when only environment variables were given).
    pub context: String,
    /// Base URL, e.g. `https://127.0.0.1:55000`.
    pub url: String,
    /// User name for Basic auth.
    pub user: Option<String>,
    /// PEM file of the CA to trust (the lab's self-signed certificate).
    pub ca_cert: Option<PathBuf>,
    /// Skip certificate verification (`-k`).
    pub insecure: bool,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Password from WAZUH_PASSWORD or a prompt (never from a flag).
    pub password: Option<String>,
    /// Token from WAZUH_TOKEN or `--token`.
    pub token: Option<String>,
    /// Log requests (secrets masked) to stderr.
    pub verbose: bool,
}

/// One API request.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// HTTP method.
    pub method: Method,
    /// Path with placeholders filled, e.g. `/agents`.
    pub path: String,
    /// Query pairs, in order.
    pub query: Vec<(String, String)>,
    /// JSON body.
    pub body: Option<Value>,
}

/// A successful (2xx) API answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// HTTP status.
    pub status: u16,
    /// The JSON body (`Value::String` for a text/plain or XML body).
    pub body: Value,
}

/// Everything that can go wrong talking to the API, each with an exit code and a hint.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// Being written.
    #[error("client: being written")]
    Pending,
}

impl ClientError {
    /// The documented exit code (1 API/network, 2 usage, 4 auth, 5 not found, 6 rate limited).
    pub fn exit_code(&self) -> u8 {
        unimplemented!("client errors: being written")
    }

    /// What the user can do about it, if there is something.
    pub fn hint(&self) -> Option<String> {
        unimplemented!("client errors: being written")
    }

    /// The server's error body, when the API answered with one.
    pub fn body(&self) -> Option<&ErrorBody> {
        unimplemented!("client errors: being written")
    }
}

/// A connection to one Wazuh API.
pub struct Client {}

impl Client {
    /// Builds the HTTP client for a target; tokens are cached in `store`.
    pub fn new(target: Target, store: tokens::SecretStore) -> Result<Client, ClientError> {
        let _ = (target, store);
        unimplemented!("client: being written")
    }

    /// The resolved target.
    pub fn target(&self) -> &Target {
        unimplemented!("client: being written")
    }

    /// Sends a request with a valid token (logging in or renewing as needed, one retry on 401,
    /// backoff on 429) and returns the 2xx answer or the API's error.
    pub async fn send(&self, request: &Request) -> Result<Response, ClientError> {
        let _ = request;
        unimplemented!("client: being written")
    }
}
