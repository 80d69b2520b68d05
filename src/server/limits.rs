//! Request limits, as Wazuh's API middlewares apply them (NOTES §9), first in the pipeline
//! (NOTES §14: rate limit → IP block → authentication):
//!
//! - one process-wide fixed window of 60 s for every request (`access.max_request_per_minute`,
//!   0 = off): the window starts at its first request, the request that opens a new window
//!   resets the count to 0, and a request past the limit gets 429 with error 6001;
//! - the login lockout per client IP: every 401 from a login endpoint counts a failure (the
//!   first failure's time starts the record); once `access.max_login_attempts` failures are
//!   counted, the IP's logins get 403 with error 6000 — checked before credentials — until
//!   `access.block_time` seconds have passed since the first failure, when the record is
//!   dropped. A successful login does not reset the count. The lab adds a `Retry-After` header
//!   (the seconds left) to Wazuh's answer, so a client can say when the block ends.
//! - the `/events` window: min(`max_request_per_minute`, 30) per minute, error 6005
//!   ([`Limits::admit_event`], checked on the `/events` path once the global limit passed).
//!
//! Time is passed in (`Instant`), so the unit tests need no sleeping. Imports the server's
//! `api_config`, `state` and `error`, and `api` for the login paths.

use crate::api::codes::{IP_BLOCKED, TOO_MANY_EVENTS, TOO_MANY_REQUESTS};
use crate::api::events::ForwardEvents;
use crate::api::security::{Login, LoginDeprecated, RunAsLogin};
use crate::api::Endpoint;
use crate::server::api_config::Access;
use crate::server::error::ApiError;
use crate::server::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Length of a rate-limit window.
const WINDOW: Duration = Duration::from_secs(60);

/// The `/events` limit per minute, below the global one.
const MAX_EVENT_REQUESTS_PER_MINUTE: u32 = 30;

/// Every limit of a running server.
#[derive(Debug)]
pub struct Limits {
    requests: FixedWindow,
    events: FixedWindow,
    logins: LoginGuard,
}

impl Limits {
    /// The limits of an `access` configuration.
    pub fn new(access: &Access) -> Limits {
        let per_minute = access.max_request_per_minute;
        Limits {
            requests: FixedWindow::new(per_minute),
            events: FixedWindow::new(per_minute.min(MAX_EVENT_REQUESTS_PER_MINUTE)),
            logins: LoginGuard::new(
                access.max_login_attempts,
                Duration::from_secs(access.block_time),
            ),
        }
    }

    /// Counts one request of the whole API at `now`; 429 (6001) past the limit.
    pub fn admit_request(&self, now: Instant) -> Result<(), ApiError> {
        if self.requests.admit(now) {
            Ok(())
        } else {
            Err(ApiError::middleware(TOO_MANY_REQUESTS))
        }
    }

    /// Counts one `/events` request at `now`; 429 (6005) past the limit.
    pub fn admit_event(&self, now: Instant) -> Result<(), ApiError> {
        if self.events.admit(now) {
            Ok(())
        } else {
            Err(ApiError::middleware(TOO_MANY_EVENTS))
        }
    }

    /// 403 (6000) when `ip` is blocked at `now`, with the time left until the block ends.
    pub fn check_login_ip(&self, ip: IpAddr, now: Instant) -> Result<(), LoginBlocked> {
        match self.logins.blocked_for(ip, now) {
            Some(remaining) => Err(LoginBlocked {
                error: ApiError::middleware(IP_BLOCKED),
                remaining,
            }),
            None => Ok(()),
        }
    }

    /// Counts a failed login from `ip` at `now`.
    pub fn record_login_failure(&self, ip: IpAddr, now: Instant) {
        self.logins.record_failure(ip, now);
    }
}

/// A fixed 60-second window counting requests, shared by every client.
#[derive(Debug)]
struct FixedWindow {
    max: u32,
    /// The window's start and its count.
    window: Mutex<Option<(Instant, u32)>>,
}

impl FixedWindow {
    fn new(max: u32) -> FixedWindow {
        FixedWindow {
            max,
            window: Mutex::new(None),
        }
    }

    /// Counts a request at `now`; false when it is over the limit (0 = no limit).
    fn admit(&self, now: Instant) -> bool {
        if self.max == 0 {
            return true;
        }
        let mut window = lock(&self.window);
        let (start, count) = window.get_or_insert((now, 0));
        if now.saturating_duration_since(*start) <= WINDOW {
            *count += 1;
        } else {
            *start = now;
            *count = 0;
        }
        *count <= self.max
    }
}

/// A refused login from a blocked IP: Wazuh's 6000 answer and how long the block still lasts.
#[derive(Debug)]
pub struct LoginBlocked {
    /// The 403 / 6000 error.
    pub error: ApiError,
    /// The time left until the block ends.
    pub remaining: Duration,
}

impl From<LoginBlocked> for ApiError {
    fn from(blocked: LoginBlocked) -> ApiError {
        blocked.error
    }
}

impl IntoResponse for LoginBlocked {
    fn into_response(self) -> Response {
        let seconds = self.remaining.as_secs() + u64::from(self.remaining.subsec_nanos() > 0);
        let mut response = self.error.into_response();
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        response
    }
}

/// Failed logins per client IP.
#[derive(Debug)]
struct LoginGuard {
    max_attempts: u32,
    block_time: Duration,
    failures: Mutex<HashMap<IpAddr, Failures>>,
}

#[derive(Debug, Clone, Copy)]
struct Failures {
    first: Instant,
    count: u32,
}

impl LoginGuard {
    fn new(max_attempts: u32, block_time: Duration) -> LoginGuard {
        LoginGuard {
            max_attempts,
            block_time,
            failures: Mutex::new(HashMap::new()),
        }
    }

    /// How long `ip` stays blocked after `now` (`None`: not blocked), first forgetting a record
    /// older than the block time.
    fn blocked_for(&self, ip: IpAddr, now: Instant) -> Option<Duration> {
        let mut failures = lock(&self.failures);
        let record = failures.get(&ip).copied()?;
        let elapsed = now.saturating_duration_since(record.first);
        if elapsed >= self.block_time {
            failures.remove(&ip);
            return None;
        }
        (record.count >= self.max_attempts).then(|| self.block_time - elapsed)
    }

    fn record_failure(&self, ip: IpAddr, now: Instant) {
        let mut failures = lock(&self.failures);
        let record = failures.entry(ip).or_insert(Failures {
            first: now,
            count: 0,
        });
        record.count = record.count.saturating_add(1);
    }
}

/// The middleware: the global limit on every request, then the `/events` limit on that path
/// (any method, as Wazuh counts it), then the IP block on the login endpoints, whose 401
/// answers count as failed logins.
pub async fn enforce(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limits = state.limits();
    if let Err(refused) = limits.admit_request(Instant::now()) {
        return refused.into_response();
    }
    if request.uri().path() == ForwardEvents::SPEC.path {
        if let Err(refused) = limits.admit_event(Instant::now()) {
            return refused.into_response();
        }
    }
    if !is_login(request.method(), request.uri().path()) {
        return next.run(request).await;
    }
    let ip = client_ip(&request);
    if let Err(blocked) = limits.check_login_ip(ip, Instant::now()) {
        tracing::warn!("IP blocked due to exceeded number of logins attempts: {ip}");
        return blocked.into_response();
    }
    let response = next.run(request).await;
    if response.status() == StatusCode::UNAUTHORIZED {
        limits.record_login_failure(ip, Instant::now());
    }
    response
}

/// `GET`/`POST` on the login paths (the lockout does not guard logout).
fn is_login(method: &Method, path: &str) -> bool {
    let login_path = [
        Login::SPEC.path,
        LoginDeprecated::SPEC.path,
        RunAsLogin::SPEC.path,
    ];
    let login_method = *method == Method::GET || *method == Method::POST;
    login_method && login_path.contains(&path)
}

/// The peer address of the connection (unspecified when the router runs without one).
pub fn client_ip(request: &Request) -> IpAddr {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |info| info.0.ip())
}

/// Locks a mutex that a panicking holder cannot leave half-written (counters only).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(per_minute: u32, attempts: u32, block_time: u64) -> Access {
        Access {
            max_login_attempts: attempts,
            block_time,
            max_request_per_minute: per_minute,
        }
    }

    fn code(result: Result<(), impl Into<ApiError>>) -> Option<u32> {
        result.err().and_then(|err| err.into().body.error)
    }

    const SECOND: Duration = Duration::from_secs(1);

    #[test]
    fn the_global_window_refuses_past_the_limit_until_a_new_window() {
        let limits = Limits::new(&access(3, 50, 300));
        let start = Instant::now();
        for second in 0..3 {
            assert_eq!(code(limits.admit_request(start + SECOND * second)), None);
        }
        let refused = limits.admit_request(start + SECOND * 59).unwrap_err();
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(refused.body.error, Some(6001));
        assert_eq!(refused.body.title, "Too Many Requests");
        assert!(refused.body.dapi_errors.is_none());
        // 60 s after the window's start still counts in it.
        assert_eq!(code(limits.admit_request(start + SECOND * 60)), Some(6001));
        // The request opening a new window resets the count to 0 and is not counted.
        assert_eq!(code(limits.admit_request(start + SECOND * 61)), None);
        for _ in 0..3 {
            assert_eq!(code(limits.admit_request(start + SECOND * 62)), None);
        }
        assert_eq!(code(limits.admit_request(start + SECOND * 62)), Some(6001));
    }

    #[test]
    fn a_zero_limit_disables_the_window() {
        let limits = Limits::new(&access(0, 50, 300));
        let now = Instant::now();
        for _ in 0..1000 {
            assert_eq!(code(limits.admit_request(now)), None);
        }
    }

    #[test]
    fn events_are_limited_to_thirty_a_minute_or_the_global_limit() {
        let limits = Limits::new(&access(300, 50, 300));
        let now = Instant::now();
        for _ in 0..30 {
            assert_eq!(code(limits.admit_event(now)), None);
        }
        assert_eq!(code(limits.admit_event(now)), Some(6005));
        assert_eq!(code(limits.admit_request(now)), None, "separate counters");

        let small = Limits::new(&access(2, 50, 300));
        assert_eq!(code(small.admit_event(now)), None);
        assert_eq!(code(small.admit_event(now)), None);
        assert_eq!(code(small.admit_event(now)), Some(6005));
    }

    #[test]
    fn an_ip_is_blocked_once_its_failures_reach_the_limit() {
        let limits = Limits::new(&access(300, 3, 300));
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        let other: IpAddr = "10.0.0.2".parse().unwrap();
        let start = Instant::now();
        for second in 0..2 {
            limits.record_login_failure(ip, start + SECOND * second);
        }
        assert_eq!(code(limits.check_login_ip(ip, start + SECOND * 2)), None);
        limits.record_login_failure(ip, start + SECOND * 2);
        let blocked = limits.check_login_ip(ip, start + SECOND * 3).unwrap_err();
        // Counted from the first failure (second 0) of a 300-second block.
        assert_eq!(blocked.remaining, SECOND * 297);
        let response = blocked.into_response();
        assert_eq!(response.headers()[header::RETRY_AFTER], "297");
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let blocked = ApiError::from(limits.check_login_ip(ip, start + SECOND * 3).unwrap_err());
        assert_eq!(blocked.status, StatusCode::FORBIDDEN);
        assert_eq!(blocked.body.error, Some(6000));
        assert_eq!(blocked.body.title, "Permission Denied");
        assert!(blocked.body.remediation.is_none());
        assert_eq!(code(limits.check_login_ip(other, start + SECOND * 3)), None);
    }

    #[test]
    fn the_record_is_dropped_block_time_after_the_first_failure() {
        let limits = Limits::new(&access(300, 2, 300));
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        let start = Instant::now();
        limits.record_login_failure(ip, start);
        limits.record_login_failure(ip, start + SECOND * 200);
        assert_eq!(
            code(limits.check_login_ip(ip, start + SECOND * 299)),
            Some(6000)
        );
        // Counted from the first failure, not the last.
        assert_eq!(code(limits.check_login_ip(ip, start + SECOND * 300)), None);
        // The count starts again from zero.
        limits.record_login_failure(ip, start + SECOND * 301);
        assert_eq!(code(limits.check_login_ip(ip, start + SECOND * 302)), None);
    }

    #[test]
    fn a_failure_count_below_the_limit_also_expires() {
        let limits = Limits::new(&access(300, 2, 10));
        let ip: IpAddr = "10.0.0.1".parse().unwrap();
        let start = Instant::now();
        limits.record_login_failure(ip, start);
        assert_eq!(code(limits.check_login_ip(ip, start + SECOND * 10)), None);
        limits.record_login_failure(ip, start + SECOND * 11);
        assert_eq!(code(limits.check_login_ip(ip, start + SECOND * 12)), None);
    }

    #[test]
    fn only_get_and_post_on_the_login_paths_are_logins() {
        assert!(is_login(&Method::POST, "/security/user/authenticate"));
        assert!(is_login(&Method::GET, "/security/user/authenticate"));
        assert!(is_login(
            &Method::POST,
            "/security/user/authenticate/run_as"
        ));
        assert!(!is_login(&Method::DELETE, "/security/user/authenticate"));
        assert!(!is_login(&Method::GET, "/agents"));
    }
}
