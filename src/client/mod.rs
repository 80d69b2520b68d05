//! HTTP to a Wazuh API (reqwest + rustls): requests with the JWT attached, login with HTTP
//! Basic, token reuse until `exp`, silent renewal when a password is known, one retry on 401,
//! retry with backoff on 429 (long enough to outlast a per-minute window), an optional
//! client-side pace (`--rate`), and errors that carry their exit code and a hint.
//!
//! Imports only `api`; never `cli`, `output` or `server`.

pub mod auth;
pub mod config;
pub mod pacer;
pub mod paginate;
pub mod private_file;
pub mod tokens;
mod transport;

use crate::api::codes;
use crate::api::envelope::ErrorBody;
use crate::api::Method;
use crate::exit::{EXIT_API, EXIT_AUTH, EXIT_NOT_FOUND, EXIT_RATE_LIMITED, EXIT_USAGE};
use serde_json::Value;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use transport::Auth;

/// How many times a 429 answer is retried before giving up: with the default backoff the
/// waits add up to 63 s, past the fixed 60-second window of Wazuh's request limit.
pub const RATE_LIMIT_RETRIES: u32 = 6;

/// The first 429 backoff; it doubles on each retry (1 s, 2 s, 4 s, ... 32 s).
pub const DEFAULT_BACKOFF: Duration = Duration::from_secs(1);

/// Where and as whom to connect: the resolved context (config + flags + environment).
/// Its `Debug` output masks the password and token.
#[derive(Clone)]
pub struct Target {
    /// Context name (`lab`, `prod`; `env` or `--url` when WAZUH_URL or `--url` gave a server
    /// no context holds).
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
    /// A last-resort password (the lab's default), tried only when there is neither
    /// `password` nor a saved one.
    pub default_password: Option<String>,
    /// Token from WAZUH_TOKEN or `--token`.
    pub token: Option<String>,
    /// Log requests (secrets masked) to stderr.
    pub verbose: bool,
    /// The command that logs in to this target as the user reached it, for hints
    /// (`wazuh-ctl --context prod --user bob login`).
    pub login_command: String,
    /// True for a context `wazuh-ctl serve` wrote, on a loopback URL: when nothing answers
    /// there, the lab server is not running.
    pub lab_server: bool,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let masked = |secret: &Option<String>| secret.as_ref().map(|_| "***");
        f.debug_struct("Target")
            .field("context", &self.context)
            .field("url", &self.url)
            .field("user", &self.user)
            .field("ca_cert", &self.ca_cert)
            .field("insecure", &self.insecure)
            .field("timeout", &self.timeout)
            .field("password", &masked(&self.password))
            .field("default_password", &masked(&self.default_password))
            .field("token", &masked(&self.token))
            .field("verbose", &self.verbose)
            .field("login_command", &self.login_command)
            .field("lab_server", &self.lab_server)
            .finish()
    }
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
    /// The body, if any.
    pub body: Option<Body>,
}

/// A request body and the content type it goes out with.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// `application/json`.
    Json(Value),
    /// `application/xml` (group `agent.conf`, `ossec.conf`).
    Xml(String),
    /// `application/octet-stream` (rule, decoder and CDB list files).
    Octet(String),
}

impl Request {
    /// A request without query or body.
    pub fn new(method: Method, path: impl Into<String>) -> Request {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
        }
    }
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
    /// Nothing answers at the URL (connection refused, unknown host).
    #[error("cannot reach {url}: {reason}")]
    Unreachable {
        /// The server's base URL.
        url: String,
        /// The lowest-level cause, e.g. `Connection refused (os error 111)`.
        reason: String,
    },
    /// Nothing answers at the URL of a lab context (or its CA file is gone with its data).
    #[error("the lab server at {url} is not running")]
    LabNotRunning {
        /// The lab's base URL.
        url: String,
    },
    /// The TLS handshake failed, usually because the certificate is not trusted.
    #[error("TLS handshake with {url} failed: {reason}")]
    Tls {
        /// The server's base URL.
        url: String,
        /// What rustls said.
        reason: String,
        /// True when the server's certificate was the problem.
        certificate: bool,
    },
    /// No complete answer within the timeout.
    #[error("no answer from {url} within {} s", after.as_secs_f64())]
    Timeout {
        /// The server's base URL.
        url: String,
        /// The timeout that expired.
        after: Duration,
    },
    /// Another transport failure.
    #[error("request to {url} failed: {reason}")]
    Network {
        /// The server's base URL.
        url: String,
        /// The cause.
        reason: String,
    },
    /// The server refused the user and password (401 on login).
    #[error("invalid credentials for user `{user}`")]
    BadCredentials {
        /// The user that tried to log in.
        user: String,
    },
    /// The server blocks logins from this address after too many failures (403, error 6000).
    #[error("{}", api_message(403, Some(body), ""))]
    LoginBlocked {
        /// The 6000 body.
        body: Box<ErrorBody>,
        /// How long the block still lasts, when the server says (the lab's `Retry-After`).
        remaining: Option<Duration>,
    },
    /// No usable token and no password to get one.
    #[error("not logged in to `{context}` as `{user}`: {why}")]
    NotLoggedIn {
        /// The context.
        context: String,
        /// The user.
        user: String,
        /// No saved token, the saved token expired, or the server rejected it.
        why: &'static str,
        /// The command that logs in again (the target's `login_command`).
        login: String,
    },
    /// The API answered with an error status.
    #[error("{}", api_message(*status, body.as_deref(), text))]
    Api {
        /// HTTP status.
        status: u16,
        /// The problem+json body, when there was one.
        body: Option<Box<ErrorBody>>,
        /// The start of the raw body, for answers that are not problem+json.
        text: String,
    },
    /// Still 429 after the retries.
    #[error("rate limited by the server after {retries} retries{}", body.as_ref().map(|b| format!(": {}", b.detail)).unwrap_or_default())]
    RateLimited {
        /// How many retries were made.
        retries: u32,
        /// The last 429 body.
        body: Option<Box<ErrorBody>>,
    },
    /// The target cannot be used as given (bad URL, unreadable CA file, no user).
    #[error("{message}")]
    InvalidTarget {
        /// What is wrong.
        message: String,
        /// What to do about it.
        hint: &'static str,
    },
    /// A 2xx answer we cannot understand.
    #[error("invalid response from the server: {0}")]
    InvalidResponse(String),
    /// The secret store failed.
    #[error(transparent)]
    Secrets(#[from] tokens::SecretError),
    /// The config failed.
    #[error(transparent)]
    Config(#[from] config::ConfigError),
}

/// The one-line message of an API error: the server's detail and code, else the status.
fn api_message(status: u16, body: Option<&ErrorBody>, text: &str) -> String {
    match body {
        Some(body) => match body.error {
            Some(code) => format!("{} (error {code})", body.detail),
            None => body.detail.clone(),
        },
        None => {
            let reason = reqwest::StatusCode::from_u16(status)
                .ok()
                .and_then(|code| code.canonical_reason())
                .unwrap_or("");
            match text.is_empty() {
                true => format!("HTTP {status} {reason}"),
                false => format!("HTTP {status} {reason}: {text}"),
            }
        }
    }
}

impl ClientError {
    /// The documented exit code (1 API/network, 2 usage, 4 auth, 5 not found, 6 rate limited,
    /// 7 local setup: the config file or the secret store).
    pub fn exit_code(&self) -> u8 {
        match self {
            ClientError::Api { status, body, .. } => {
                api_exit_code(*status, body.as_ref().and_then(|body| body.error))
            }
            ClientError::BadCredentials { .. }
            | ClientError::NotLoggedIn { .. }
            | ClientError::LoginBlocked { .. } => EXIT_AUTH,
            ClientError::RateLimited { .. } => EXIT_RATE_LIMITED,
            ClientError::InvalidTarget { .. } => EXIT_USAGE,
            ClientError::Secrets(err) => err.exit_code(),
            ClientError::Config(err) => err.exit_code(),
            ClientError::Unreachable { .. }
            | ClientError::LabNotRunning { .. }
            | ClientError::Tls { .. }
            | ClientError::Timeout { .. }
            | ClientError::Network { .. }
            | ClientError::InvalidResponse(_) => EXIT_API,
        }
    }

    /// What the user can do about it, if there is something.
    pub fn hint(&self) -> Option<String> {
        let text = |hint: &str| Some(hint.to_string());
        match self {
            ClientError::Unreachable { .. } => {
                text("is the server running? check the URL (--url or the context)")
            }
            ClientError::LabNotRunning { .. } => text("start it with `wazuh-ctl serve`"),
            ClientError::Tls {
                certificate: true, ..
            } => text("pass the server's CA certificate with --ca-cert FILE, or -k to skip verification"),
            ClientError::Tls { .. } => {
                text("check that the URL's scheme (https:// or http://) matches the server")
            }
            ClientError::Timeout { .. } => {
                text("the server is slow or unreachable: check it, or raise --timeout")
            }
            ClientError::BadCredentials { .. } => text(
                "check the user (--user or the context) and the password (prompt or WAZUH_PASSWORD)",
            ),
            ClientError::NotLoggedIn { login, .. } => {
                Some(format!("run `{login}` (or set WAZUH_PASSWORD)"))
            }
            ClientError::LoginBlocked { remaining, .. } => Some(login_block_hint(*remaining)),
            ClientError::Api { status, body, .. } => api_hint(*status, body.as_deref()),
            ClientError::RateLimited { .. } => text(
                "wait a minute and try again, or raise the server's access.max_request_per_minute",
            ),
            ClientError::InvalidTarget { hint, .. } => text(hint),
            ClientError::Config(err) => err.hint(),
            ClientError::Secrets(err) => err.hint(),
            ClientError::Network { .. } | ClientError::InvalidResponse(_) => None,
        }
    }

    /// The server's error body, when the API answered with one.
    pub fn body(&self) -> Option<&ErrorBody> {
        match self {
            ClientError::Api { body, .. } | ClientError::RateLimited { body, .. } => {
                body.as_deref()
            }
            ClientError::LoginBlocked { body, .. } => Some(body),
            _ => None,
        }
    }
}

/// The exit code of an API error, by the rule of the exit-code table (`cli::error`): 5 when
/// something named does not exist (404, or a not-found code such as 1006 answered with 400);
/// 4 for 401/403; 2 for a request the server refuses as invalid or too large (400, 413); 6
/// for 429; 1 for anything else.
fn api_exit_code(status: u16, code: Option<u32>) -> u8 {
    match status {
        _ if code.is_some_and(codes::means_not_found) => EXIT_NOT_FOUND,
        400 | 413 => EXIT_USAGE,
        401 | 403 => EXIT_AUTH,
        404 => EXIT_NOT_FOUND,
        429 => EXIT_RATE_LIMITED,
        _ => EXIT_API,
    }
}

/// Wazuh's error for a login from an address blocked after too many failed logins.
pub const LOGIN_BLOCKED: u32 = 6000;

/// What to say about a login block: how long it lasts and, when the server says, when it ends.
fn login_block_hint(remaining: Option<Duration>) -> String {
    let rule = "too many failed logins: the server blocks this address for its \
                access.block_time (300 s by default), counted from the first failure";
    match remaining {
        Some(left) => {
            let ends = chrono::Utc::now() + left;
            format!(
                "{rule}; the block ends in {} s, at {} UTC: then log in with the right password",
                left.as_secs(),
                ends.format("%H:%M:%S")
            )
        }
        None => format!("{rule}; wait that long, then log in with the right password"),
    }
}

/// The hint of an API error: the server's remediation, else a word about a login block or
/// 401/403.
fn api_hint(status: u16, body: Option<&ErrorBody>) -> Option<String> {
    if let Some(remediation) = body.and_then(|body| body.remediation.as_ref()) {
        return Some(remediation.clone());
    }
    if body.and_then(|body| body.error) == Some(LOGIN_BLOCKED) {
        return Some(login_block_hint(None));
    }
    match status {
        401 => Some(
            "the server rejected the token: run `wazuh-ctl login`, or check WAZUH_TOKEN"
                .to_string(),
        ),
        403 => Some("the user lacks the RBAC permission for this operation".to_string()),
        _ => None,
    }
}

/// Asks for the password of a user at a URL (a terminal prompt); `None` when nobody answers.
pub type PasswordPrompt = Arc<dyn Fn(&str, &str) -> Option<String> + Send + Sync>;

/// A connection to one Wazuh API.
pub struct Client {
    target: Target,
    store: Arc<tokens::SecretStore>,
    http: reqwest::Client,
    base_url: String,
    backoff: Duration,
    /// The `--rate` pace, when asked for.
    pacer: Option<pacer::Pacer>,
    /// Tell the user on stderr when a 429 makes the client wait (a TTY, not `--quiet`).
    progress: bool,
    /// The token this client obtained or loaded, reused until it nears `exp`.
    session: Mutex<Option<String>>,
    /// Asks for the password when nothing else gives one (on a terminal only).
    prompt: Option<PasswordPrompt>,
}

impl Client {
    /// Builds the HTTP client for a target; tokens are cached in `store`.
    pub fn new(target: Target, store: tokens::SecretStore) -> Result<Client, ClientError> {
        let base_url = transport::base_url(&target.url)?;
        let http = transport::http_client(&target)?;
        Ok(Client {
            target,
            store: Arc::new(store),
            http,
            base_url,
            backoff: DEFAULT_BACKOFF,
            pacer: None,
            progress: false,
            session: Mutex::new(None),
            prompt: None,
        })
    }

    /// Asks `prompt` for the password when no other source gives one.
    pub fn with_password_prompt(mut self, prompt: PasswordPrompt) -> Client {
        self.prompt = Some(prompt);
        self
    }

    /// Sets the first 429 backoff (it doubles on each retry); tests use a few milliseconds.
    pub fn with_backoff(mut self, backoff: Duration) -> Client {
        self.backoff = backoff;
        self
    }

    /// Spaces requests to at most `per_minute` a minute (`--rate`); `None` = no pace.
    pub fn with_rate(mut self, per_minute: Option<u32>) -> Client {
        self.pacer = per_minute.map(pacer::Pacer::per_minute);
        self
    }

    /// Prints a line on stderr each time a 429 makes the client wait.
    pub fn with_progress(mut self, progress: bool) -> Client {
        self.progress = progress;
        self
    }

    /// The resolved target.
    pub fn target(&self) -> &Target {
        &self.target
    }

    /// The secret store this client keeps tokens in.
    pub fn store(&self) -> &tokens::SecretStore {
        &self.store
    }

    /// Sends a request with a valid token (logging in or renewing as needed, one retry on 401,
    /// backoff on 429) and returns the 2xx answer or the API's error.
    pub async fn send(&self, request: &Request) -> Result<Response, ClientError> {
        self.exchange(request).await?.into_response()
    }

    /// Sends a request as [`Client::send`] does and returns the body of a 2xx answer as
    /// text, unparsed (for callers that read it with their own types).
    pub async fn send_text(&self, request: &Request) -> Result<String, ClientError> {
        self.exchange(request).await?.into_text()
    }

    /// Sends a request with the token, renewing it on a 401 when it can. A renewed token
    /// refused at once was issued in the same second as the revocation that ended the old
    /// one (Wazuh wants a token's `nbf` strictly after it): one more renewal, in the next
    /// second, gets a token that works.
    async fn exchange(&self, request: &Request) -> Result<transport::Answer, ClientError> {
        let bearer = self.bearer().await?;
        let mut answer = self
            .send_retrying(request, &Auth::Bearer(&bearer.token))
            .await?;
        let mut rejected = bearer.token;
        let renewals = if bearer.renewable { 2 } else { 0 };
        for renewal in 0..renewals {
            if answer.status != 401 {
                break;
            }
            self.forget_token().await;
            if renewal > 0 {
                self.log("  the new token was refused too: logging in again in the next second");
                tokio::time::sleep(until_next_second()).await;
            }
            let renewed = self.renew(&answer, &rejected).await?;
            answer = self.send_retrying(request, &Auth::Bearer(&renewed)).await?;
            rejected = renewed;
        }
        Ok(answer)
    }

    /// Sends a request, retrying 429 answers with backoff (`Retry-After` when the server
    /// gives one), and returns the last answer whatever its status.
    async fn send_retrying(
        &self,
        request: &Request,
        auth: &Auth<'_>,
    ) -> Result<transport::Answer, ClientError> {
        let mut retries = 0;
        loop {
            if let Some(pacer) = &self.pacer {
                pacer.wait().await;
            }
            let answer = self.execute(request, auth).await?;
            if answer.status != 429 {
                return Ok(answer);
            }
            if retries == RATE_LIMIT_RETRIES {
                return Err(ClientError::RateLimited {
                    retries,
                    body: answer.error_body(),
                });
            }
            let delay = answer
                .retry_after
                .map_or(self.backoff * 2u32.pow(retries), |after| {
                    after.min(transport::MAX_RETRY_AFTER)
                });
            retries += 1;
            self.log(&format!(
                "  rate limited: retrying in {} ms",
                delay.as_millis()
            ));
            if self.progress {
                eprintln!(
                    "wazuh-ctl: the server is rate limiting requests; retry {retries} of \
                     {RATE_LIMIT_RETRIES} in {:.1} s",
                    delay.as_secs_f64()
                );
            }
            tokio::time::sleep(delay).await;
        }
    }

    /// Writes one line of the `-v` request log to stderr.
    fn log(&self, line: &str) {
        if self.target.verbose {
            eprintln!("{line}");
        }
    }
}

/// How long until the clock's next whole second (and a little past it).
fn until_next_second() -> Duration {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Duration::from_secs(1) - Duration::from_nanos(u64::from(since_epoch.subsec_nanos()))
        + Duration::from_millis(20)
}

#[cfg(test)]
mod tests;
