//! The client against a tiny axum stand-in for the Wazuh API, on 127.0.0.1:0 inside each test:
//! login, token reuse, renewal on 401, 429 backoff, errors, pagination, TLS.

use super::auth::token_expiry;
use super::paginate::fetch_all;
use super::tokens::{SecretKind, SecretStore};
use super::*;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response as HttpResponse};
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::json;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};

mod tls;

const USER: &str = "wazuh";
const PASSWORD: &str = "s3cret";
const AGENTS: usize = 7;

/// What the stand-in server knows and counts.
#[derive(Default)]
struct Fake {
    logins: AtomicUsize,
    /// How many of the next tokens are refused as soon as they are issued (issued in the
    /// same second as a revocation).
    refused_logins: AtomicUsize,
    agent_requests: AtomicUsize,
    busy_answers_left: AtomicUsize,
    busy_requests: AtomicUsize,
    rejected: Mutex<HashSet<String>>,
    issued: Mutex<Vec<String>>,
    queries: Mutex<Vec<String>>,
}

impl Fake {
    fn reject(&self, token: &str) {
        self.rejected.lock().unwrap().insert(token.to_string());
    }

    fn authorized(&self, headers: &HeaderMap) -> bool {
        let Some(token) = bearer_of(headers) else {
            return false;
        };
        self.issued.lock().unwrap().contains(&token)
            && !self.rejected.lock().unwrap().contains(&token)
    }
}

fn bearer_of(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    value.strip_prefix("Bearer ").map(str::to_string)
}

fn jwt(exp: i64, serial: usize) -> String {
    format!(
        "{}.{}.c2ln",
        URL_SAFE_NO_PAD.encode(r#"{"alg":"ES512","typ":"JWT"}"#),
        URL_SAFE_NO_PAD.encode(format!(r#"{{"sub":"wazuh","exp":{exp},"n":{serial}}}"#))
    )
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn problem(status: StatusCode, body: serde_json::Value) -> HttpResponse {
    (
        status,
        [(
            header::CONTENT_TYPE,
            "application/problem+json; charset=utf-8",
        )],
        body.to_string(),
    )
        .into_response()
}

fn unauthorized(detail: &str) -> HttpResponse {
    problem(
        StatusCode::UNAUTHORIZED,
        json!({"title": "Unauthorized", "detail": detail}),
    )
}

async fn authenticate(State(fake): State<Arc<Fake>>, headers: HeaderMap) -> HttpResponse {
    let expected = format!("Basic {}", STANDARD.encode(format!("{USER}:{PASSWORD}")));
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if given != Some(expected.as_str()) {
        return unauthorized("Invalid credentials");
    }
    let serial = fake.logins.fetch_add(1, Ordering::SeqCst);
    let token = jwt(now() + 900, serial);
    fake.issued.lock().unwrap().push(token.clone());
    let refused = fake
        .refused_logins
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
            left.checked_sub(1)
        });
    if refused.is_ok() {
        fake.reject(&token);
    }
    ([(header::CONTENT_TYPE, "text/plain")], token).into_response()
}

async fn logout(State(fake): State<Arc<Fake>>, headers: HeaderMap) -> HttpResponse {
    if !fake.authorized(&headers) {
        return unauthorized("Invalid token");
    }
    fake.reject(&bearer_of(&headers).unwrap());
    axum::Json(json!({"message": "User wazuh was successfully logged out", "error": 0}))
        .into_response()
}

async fn agents(
    State(fake): State<Arc<Fake>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
    uri: axum::http::Uri,
) -> HttpResponse {
    fake.agent_requests.fetch_add(1, Ordering::SeqCst);
    if !fake.authorized(&headers) {
        return unauthorized("Invalid token");
    }
    fake.queries
        .lock()
        .unwrap()
        .push(uri.query().unwrap_or("").to_string());
    let number = |name: &str, default: usize| {
        query
            .get(name)
            .and_then(|value| value.parse().ok())
            .unwrap_or(default)
    };
    let (offset, limit) = (number("offset", 0), number("limit", 500));
    let items: Vec<_> = (offset..AGENTS.min(offset + limit))
        .map(|id| json!({"id": format!("{id:03}")}))
        .collect();
    axum::Json(json!({
        "data": {"affected_items": items, "total_affected_items": AGENTS,
                 "total_failed_items": 0, "failed_items": []},
        "message": "All selected agents information was returned",
        "error": 0
    }))
    .into_response()
}

async fn missing_agent() -> HttpResponse {
    problem(
        StatusCode::NOT_FOUND,
        json!({"title": "Resource Not Found", "detail": "Agent does not exist",
               "remediation": "Please, use `GET /agents?select=id,name` to find all available agents",
               "error": 1701}),
    )
}

async fn busy(State(fake): State<Arc<Fake>>) -> HttpResponse {
    fake.busy_requests.fetch_add(1, Ordering::SeqCst);
    let left = fake.busy_answers_left.load(Ordering::SeqCst);
    if left == 0 {
        return axum::Json(json!({"data": {}, "error": 0})).into_response();
    }
    fake.busy_answers_left.store(left - 1, Ordering::SeqCst);
    problem(
        StatusCode::TOO_MANY_REQUESTS,
        json!({"title": "Too Many Requests", "detail": "Maximum number of requests per minute reached",
               "error": 6001}),
    )
}

async fn slow() -> HttpResponse {
    tokio::time::sleep(Duration::from_secs(5)).await;
    axum::Json(json!({"error": 0})).into_response()
}

fn app(fake: Arc<Fake>) -> Router {
    Router::new()
        .route(
            "/security/user/authenticate",
            post(authenticate).delete(logout),
        )
        .route("/agents", get(agents))
        .route("/agents/999", get(missing_agent))
        .route("/busy", get(busy))
        .route("/slow", get(slow))
        .with_state(fake)
}

/// Starts the stand-in on a free port over plain HTTP; returns its URL.
async fn serve(fake: Arc<Fake>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app(fake)).await.unwrap() });
    url
}

fn target(url: &str) -> Target {
    Target {
        context: "test".to_string(),
        url: url.to_string(),
        user: Some(USER.to_string()),
        ca_cert: None,
        insecure: false,
        timeout: Duration::from_secs(5),
        password: None,
        default_password: None,
        token: None,
        verbose: false,
        login_command: "wazuh-ctl --context test login".to_string(),
        lab_server: false,
    }
}

fn client(target: Target, store: SecretStore) -> Client {
    Client::new(target, store)
        .unwrap()
        .with_backoff(Duration::from_millis(1))
}

fn agents_request() -> Request {
    Request::new(Method::Get, "/agents")
}

fn stored(client: &Client, kind: SecretKind) -> Option<String> {
    client.store().get("test", USER, kind).unwrap()
}

#[tokio::test]
async fn login_stores_the_token_and_requests_reuse_it() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let secrets = dir.path().join("secrets.toml");

    let first = client(target(&url), SecretStore::File(secrets.clone()));
    let token = first.login(PASSWORD, false).await.unwrap();
    assert!(token_expiry(&token).unwrap() > now());
    assert_eq!(stored(&first, SecretKind::Token), Some(token.clone()));
    assert_eq!(stored(&first, SecretKind::Password), None);

    first.send(&agents_request()).await.unwrap();
    // A later process with the same store reuses the saved token.
    let second = client(target(&url), SecretStore::File(secrets));
    let answer = second.send(&agents_request()).await.unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["data"]["total_affected_items"], AGENTS);
    assert_eq!(fake.logins.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn login_saves_the_password_only_when_asked() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake).await;
    let client = client(target(&url), SecretStore::memory());
    client.login(PASSWORD, true).await.unwrap();
    assert_eq!(
        stored(&client, SecretKind::Password).as_deref(),
        Some(PASSWORD)
    );
}

#[tokio::test]
async fn wrong_password_is_bad_credentials() {
    let url = serve(Arc::new(Fake::default())).await;
    let client = client(target(&url), SecretStore::memory());
    let err = client.login("wrong", false).await.unwrap_err();
    assert!(matches!(err, ClientError::BadCredentials { .. }), "{err:?}");
    assert_eq!(err.exit_code(), 4);
    assert!(err.hint().unwrap().contains("password"));
    assert_eq!(stored(&client, SecretKind::Token), None);
}

#[tokio::test]
async fn without_token_or_password_the_user_is_told_to_log_in() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory());
    let err = client.send(&agents_request()).await.unwrap_err();
    assert!(matches!(err, ClientError::NotLoggedIn { .. }), "{err:?}");
    assert_eq!(err.exit_code(), 4);
    assert!(err
        .hint()
        .unwrap()
        .contains("`wazuh-ctl --context test login`"));
    assert_eq!(fake.agent_requests.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn a_password_from_the_environment_logs_in_silently() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let mut with_password = target(&url);
    with_password.password = Some(PASSWORD.to_string());
    let client = client(with_password, SecretStore::memory());
    client.send(&agents_request()).await.unwrap();
    client.send(&agents_request()).await.unwrap();
    assert_eq!(fake.logins.load(Ordering::SeqCst), 1);
    assert!(stored(&client, SecretKind::Token).is_some());
}

#[tokio::test]
async fn an_expired_saved_token_is_renewed_with_the_saved_password() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let store = SecretStore::memory();
    let expired = jwt(now() + 3, 99);
    store
        .set("test", USER, SecretKind::Token, &expired)
        .unwrap();
    store
        .set("test", USER, SecretKind::Password, PASSWORD)
        .unwrap();
    let client = client(target(&url), store);
    client.send(&agents_request()).await.unwrap();
    assert_eq!(fake.logins.load(Ordering::SeqCst), 1);
    assert_ne!(stored(&client, SecretKind::Token), Some(expired));
}

#[tokio::test]
async fn a_saved_password_comes_before_the_default_one() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let store = SecretStore::memory();
    store
        .set("test", USER, SecretKind::Password, PASSWORD)
        .unwrap();
    let mut lab = target(&url);
    lab.default_password = Some("the-old-default".to_string());
    client(lab, store).send(&agents_request()).await.unwrap();
    assert_eq!(fake.logins.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn the_default_password_is_the_last_resort() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let mut lab = target(&url);
    lab.default_password = Some(PASSWORD.to_string());
    client(lab, SecretStore::memory())
        .send(&agents_request())
        .await
        .unwrap();
    assert_eq!(fake.logins.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_expired_token_without_password_asks_for_login() {
    let url = serve(Arc::new(Fake::default())).await;
    let store = SecretStore::memory();
    store
        .set("test", USER, SecretKind::Token, &jwt(now() - 60, 1))
        .unwrap();
    let err = client(target(&url), store)
        .send(&agents_request())
        .await
        .unwrap_err();
    assert!(err.to_string().contains("expired"), "{err}");
    assert_eq!(err.exit_code(), 4);
}

#[tokio::test]
async fn a_rejected_token_is_renewed_once_and_the_request_retried() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory());
    let first = client.login(PASSWORD, true).await.unwrap();
    fake.reject(&first);

    let answer = client.send(&agents_request()).await.unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(fake.logins.load(Ordering::SeqCst), 2);
    assert_eq!(fake.agent_requests.load(Ordering::SeqCst), 2);
    let renewed = stored(&client, SecretKind::Token).unwrap();
    assert_ne!(renewed, first);
}

#[tokio::test]
async fn a_renewed_token_refused_at_once_is_renewed_again_in_the_next_second() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory());
    let first = client.login(PASSWORD, true).await.unwrap();
    fake.reject(&first);
    fake.refused_logins.store(1, Ordering::SeqCst);
    let started = now();

    let answer = client.send(&agents_request()).await.unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(fake.logins.load(Ordering::SeqCst), 3);
    assert_eq!(fake.agent_requests.load(Ordering::SeqCst), 3);
    assert!(now() > started, "the last login waited for the next second");

    fake.reject(&stored(&client, SecretKind::Token).unwrap());
    fake.refused_logins.store(5, Ordering::SeqCst);
    let err = client.send(&agents_request()).await.unwrap_err();
    assert_eq!(err.exit_code(), 4, "{err:?}");
    assert_eq!(
        fake.logins.load(Ordering::SeqCst),
        5,
        "two renewals, no more"
    );
}

#[tokio::test]
async fn a_rejected_token_without_password_is_forgotten() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory());
    let token = client.login(PASSWORD, false).await.unwrap();
    fake.reject(&token);
    let err = client.send(&agents_request()).await.unwrap_err();
    assert!(matches!(err, ClientError::NotLoggedIn { .. }), "{err:?}");
    assert!(err.to_string().contains("revoked the saved token"), "{err}");
    assert!(err
        .hint()
        .unwrap()
        .contains("`wazuh-ctl --context test login`"));
    assert_eq!(err.exit_code(), 4);
    assert_eq!(stored(&client, SecretKind::Token), None);
    assert_eq!(fake.agent_requests.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_rejected_environment_token_is_an_api_error_without_login() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let mut with_token = target(&url);
    with_token.token = Some(jwt(now() + 900, 1));
    with_token.password = Some(PASSWORD.to_string());
    let err = client(with_token, SecretStore::memory())
        .send(&agents_request())
        .await
        .unwrap_err();
    assert!(
        matches!(err, ClientError::Api { status: 401, .. }),
        "{err:?}"
    );
    assert_eq!(err.exit_code(), 4);
    assert_eq!(err.to_string(), "Invalid token");
    assert_eq!(fake.logins.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn rate_limited_requests_are_retried_with_backoff() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory());
    client.login(PASSWORD, false).await.unwrap();
    fake.busy_answers_left.store(2, Ordering::SeqCst);
    let answer = client
        .send(&Request::new(Method::Get, "/busy"))
        .await
        .unwrap();
    assert_eq!(answer.status, 200);
    assert_eq!(fake.busy_requests.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_rate_spaces_the_requests() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory()).with_rate(Some(600));
    let started = std::time::Instant::now();
    client.login(PASSWORD, false).await.unwrap();
    for _ in 0..3 {
        client.send(&agents_request()).await.unwrap();
    }
    // Login, then three requests: 100 ms apart at 600 a minute.
    assert!(
        started.elapsed() >= Duration::from_millis(290),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn rate_limited_after_the_retries_is_exit_6() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory());
    client.login(PASSWORD, false).await.unwrap();
    fake.busy_answers_left.store(100, Ordering::SeqCst);
    let err = client
        .send(&Request::new(Method::Get, "/busy"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::RateLimited {
                retries: RATE_LIMIT_RETRIES,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.exit_code(), 6);
    assert_eq!(err.body().unwrap().error, Some(6001));
    assert!(err.hint().unwrap().contains("wait"));
    assert_eq!(
        fake.busy_requests.load(Ordering::SeqCst),
        1 + RATE_LIMIT_RETRIES as usize
    );
}

#[tokio::test]
async fn not_found_is_exit_5_with_the_body_parsed() {
    let url = serve(Arc::new(Fake::default())).await;
    let client = client(target(&url), SecretStore::memory());
    client.login(PASSWORD, false).await.unwrap();
    let err = client
        .send(&Request::new(Method::Get, "/agents/999"))
        .await
        .unwrap_err();
    assert_eq!(err.exit_code(), 5);
    assert_eq!(err.to_string(), "Agent does not exist (error 1701)");
    let body = err.body().unwrap();
    assert_eq!(body.title, "Resource Not Found");
    assert_eq!(body.error, Some(1701));
    assert!(err.hint().unwrap().contains("GET /agents?select=id,name"));
}

#[tokio::test]
async fn an_unreachable_server_is_exit_1() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client = client(
        target(&format!("http://127.0.0.1:{port}")),
        SecretStore::memory(),
    );
    let err = client.login(PASSWORD, false).await.unwrap_err();
    assert!(matches!(err, ClientError::Unreachable { .. }), "{err:?}");
    assert_eq!(err.exit_code(), 1);
    assert!(err.hint().unwrap().contains("is the server running?"));
}

#[tokio::test]
async fn a_slow_server_is_a_timeout() {
    let url = serve(Arc::new(Fake::default())).await;
    let mut impatient = target(&url);
    impatient.timeout = Duration::from_millis(200);
    impatient.token = Some("t".to_string());
    let err = client(impatient, SecretStore::memory())
        .send(&Request::new(Method::Get, "/slow"))
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::Timeout { .. }), "{err:?}");
    assert_eq!(err.exit_code(), 1);
}

#[tokio::test]
async fn fetch_all_merges_three_pages() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory());
    client.login(PASSWORD, false).await.unwrap();
    let mut request = agents_request();
    request.query = vec![
        ("limit".to_string(), "1".to_string()),
        ("select".to_string(), "id".to_string()),
    ];
    let mut progress = Vec::new();
    let all = fetch_all(&client, &request, 3, &mut |done, total| {
        progress.push((done, total))
    })
    .await
    .unwrap();
    let ids: Vec<_> = all["data"]["affected_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["000", "001", "002", "003", "004", "005", "006"]);
    assert_eq!(all["data"]["total_affected_items"], AGENTS);
    assert_eq!(all["data"]["failed_items"], json!([]));
    assert_eq!(all["error"], 0);
    assert_eq!(progress, [(3, 7), (6, 7), (7, 7)]);
    // The pages after the first are fetched at the same time: they may arrive in any order.
    let mut queries = fake.queries.lock().unwrap().clone();
    queries.sort();
    assert_eq!(
        queries,
        [
            "select=id&offset=0&limit=3",
            "select=id&offset=3&limit=3",
            "select=id&offset=6&limit=3"
        ]
    );
}

#[tokio::test]
async fn logout_revokes_and_forgets_the_secrets() {
    let fake = Arc::new(Fake::default());
    let url = serve(fake.clone()).await;
    let client = client(target(&url), SecretStore::memory());
    let token = client.login(PASSWORD, true).await.unwrap();
    client.logout().await.unwrap();
    assert!(fake.rejected.lock().unwrap().contains(&token));
    assert_eq!(stored(&client, SecretKind::Token), None);
    assert_eq!(stored(&client, SecretKind::Password), None);
    // Logging out again (nothing to revoke) is fine.
    client.logout().await.unwrap();
}

#[test]
fn a_missing_ca_file_is_invalid_input() {
    let mut bad = target("https://127.0.0.1:1");
    bad.ca_cert = Some(PathBuf::from("/nonexistent/ca.pem"));
    let err = Client::new(bad, SecretStore::memory()).err().unwrap();
    assert_eq!(err.exit_code(), 2);
    assert!(err.to_string().contains("/nonexistent/ca.pem"));
}

#[test]
fn debug_output_masks_the_secrets() {
    let mut secret = target("https://h:55000");
    secret.password = Some("hunter2".to_string());
    secret.token = Some("eyJtoken".to_string());
    let shown = format!("{secret:?}");
    assert!(
        !shown.contains("hunter2") && !shown.contains("eyJtoken"),
        "{shown}"
    );
    assert!(shown.contains("password: Some(\"***\")"), "{shown}");
}

#[test]
fn exit_codes_and_hints_follow_the_design() {
    let api = |status: u16, remediation: Option<&str>| ClientError::Api {
        status,
        body: Some(Box::new(ErrorBody {
            title: "t".to_string(),
            detail: "d".to_string(),
            remediation: remediation.map(str::to_string),
            dapi_errors: None,
            error: None,
        })),
        text: String::new(),
    };
    assert_eq!(api(400, None).exit_code(), 2);
    assert_eq!(api(401, None).exit_code(), 4);
    assert_eq!(api(403, None).exit_code(), 4);
    assert_eq!(api(404, None).exit_code(), 5);
    assert_eq!(api(500, None).exit_code(), 1);
    assert_eq!(api(400, Some("fix it")).hint().as_deref(), Some("fix it"));
    assert_eq!(api(400, None).hint(), None);
    assert_eq!(api(400, None).to_string(), "d");
    assert!(api(401, None).hint().unwrap().contains("wazuh-ctl login"));

    let not_logged_in = ClientError::NotLoggedIn {
        context: "lab".to_string(),
        user: "wazuh".to_string(),
        why: "no saved token",
        login: "wazuh-ctl --user bob login".to_string(),
    };
    assert_eq!(not_logged_in.exit_code(), 4);
    assert_eq!(
        not_logged_in.to_string(),
        "not logged in to `lab` as `wazuh`: no saved token"
    );
    assert_eq!(
        not_logged_in.hint().as_deref(),
        Some("run `wazuh-ctl --user bob login` (or set WAZUH_PASSWORD)")
    );
    let tls = ClientError::Tls {
        url: "https://x".to_string(),
        reason: "invalid peer certificate: UnknownIssuer".to_string(),
        certificate: true,
    };
    assert_eq!(
        tls.hint().as_deref(),
        Some("pass the server's CA certificate with --ca-cert FILE, or -k to skip verification")
    );
    let config = ClientError::from(config::ConfigError::UnknownContext("x".to_string()));
    assert_eq!(config.exit_code(), 2);
    let secrets = ClientError::from(tokens::SecretError::Keyring("denied".to_string()));
    assert_eq!(secrets.exit_code(), 7);
    assert!(secrets.hint().unwrap().contains("--token-store"));
}

#[test]
fn a_login_block_says_so_instead_of_blaming_rbac() {
    let body = ErrorBody {
        title: "Permission Denied".to_string(),
        detail: "Limit of login attempts reached".to_string(),
        remediation: None,
        dapi_errors: None,
        error: Some(LOGIN_BLOCKED),
    };
    let plain = ClientError::Api {
        status: 403,
        body: Some(Box::new(body.clone())),
        text: String::new(),
    };
    let hint = plain.hint().unwrap();
    assert!(
        hint.contains("blocks this address") && !hint.contains("RBAC"),
        "{hint}"
    );
    let blocked = ClientError::LoginBlocked {
        body: Box::new(body),
        remaining: Some(Duration::from_secs(120)),
    };
    assert_eq!(blocked.exit_code(), 4);
    assert_eq!(
        blocked.to_string(),
        "Limit of login attempts reached (error 6000)"
    );
    assert!(blocked
        .hint()
        .unwrap()
        .contains("the block ends in 120 s, at "));
}
