//! The route tests: wire behaviour over a real loopback socket, one file per endpoint group
//! (CLI behaviour is in `tests/it/<group>.rs`). This module is the harness they share: a
//! fresh demo database and data dir, the real router (with connect info, as `serve` runs it)
//! on a loopback port, a login helper and the answer readers.

mod active_response;
mod agents_reads;
mod agents_restart;
mod agents_runtime;
mod agents_upgrade;
mod agents_writes;
mod cluster_nodes;
mod decoders;
mod enforcement;
mod events;
mod experimental;
mod groups;
mod limits;
mod lists;
mod logtest;
mod manager;
mod mitre;
mod rbac;
mod router;
mod rules;
mod run_as;
mod sca;
mod scan_results;
mod security;
mod security_revocation;
mod syscollector;

use crate::server::api_config::ApiConfig;
use crate::server::app;
use crate::server::node::Node;
use crate::server::ruleset::{self, Ruleset};
use crate::server::state::{AppState, StateOptions};
use crate::server::store::{Dispatched, Seed, Store};
use reqwest::header::CONTENT_TYPE;
use reqwest::StatusCode;
use serde_json::Value;
use std::net::SocketAddr;
use std::path::PathBuf;

/// A running router over its own data dir.
pub struct Spawned {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// A client for it.
    pub http: reqwest::Client,
    /// The server's state, for looking behind the API.
    pub state: AppState,
    /// The SQLite file.
    pub db: PathBuf,
    /// The data dir (removed when dropped).
    pub dir: tempfile::TempDir,
}

/// Seeds a demo database in a temporary dir and serves the router on 127.0.0.1:0.
pub async fn spawn(token_lifetime: Option<u64>) -> Spawned {
    spawn_full(token_lifetime, ApiConfig::default(), |_| {}).await
}

/// Like `spawn`, with `prepare` run on the seeded store before the server loads it.
pub async fn spawn_with(token_lifetime: Option<u64>, prepare: impl FnOnce(&Store)) -> Spawned {
    spawn_full(token_lifetime, ApiConfig::default(), prepare).await
}

/// [`spawn`] with a given API configuration (small limits).
pub async fn spawn_configured(token_lifetime: Option<u64>, api_config: ApiConfig) -> Spawned {
    spawn_full(token_lifetime, api_config, |_| {}).await
}

/// The API configuration with experimental features on (the `Experimental` operations).
pub fn experimental_features() -> ApiConfig {
    ApiConfig {
        experimental_features: true,
        ..ApiConfig::default()
    }
}

/// [`spawn`] with an API configuration and `prepare` run on the seeded store first.
async fn spawn_full(
    token_lifetime: Option<u64>,
    api_config: ApiConfig,
    prepare: impl FnOnce(&Store),
) -> Spawned {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("wazuh.db");
    let seed = Seed {
        agents: 12,
        now: chrono::Utc::now(),
    };
    let store = Store::open(&db, &seed).unwrap();
    prepare(&store);
    for node in Node::all(dir.path()) {
        node.ensure_files().unwrap();
    }
    ruleset::ensure(dir.path()).unwrap();
    let ruleset = std::sync::Arc::new(Ruleset::load(dir.path()).unwrap());
    let options = StateOptions {
        ruleset,
        data_dir: dir.path().to_path_buf(),
        hostname: "test-host".into(),
        token_lifetime,
        api_config,
    };
    let state = AppState::new(store, options).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let service = app(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    tokio::spawn(std::future::IntoFuture::into_future(axum::serve(
        listener, service,
    )));
    Spawned {
        base,
        http: reqwest::Client::new(),
        state,
        db,
        dir,
    }
}

impl Spawned {
    /// Logs in as `wazuh` and returns the token.
    pub async fn token(&self) -> String {
        self.login("wazuh", "wazuh").await.unwrap()
    }

    /// Logs in with a password; the token, when the login succeeds.
    pub async fn login(&self, user: &str, password: &str) -> Option<String> {
        let login: Value = self
            .http
            .post(format!("{}/security/user/authenticate", self.base))
            .basic_auth(user, Some(password))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        login["data"]["token"].as_str().map(str::to_string)
    }

    /// What the store recorded as sent to an agent (commands, scans).
    pub async fn dispatched(&self, agent: i64) -> Vec<Dispatched> {
        self.state
            .store(move |store| store.dispatched(agent))
            .await
            .unwrap()
    }
}

/// A fresh server and a token of `wazuh`: where most route tests start.
pub struct Session {
    /// The server.
    pub spawned: Spawned,
    /// A token of the `wazuh` user.
    pub token: String,
}

/// Spawns a server and logs in.
pub async fn session() -> Session {
    let spawned = spawn(None).await;
    let token = spawned.token().await;
    Session { spawned, token }
}

impl Session {
    /// A request to `path` carrying the token.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.spawned
            .http
            .request(method, format!("{}{path}", self.spawned.base))
            .bearer_auth(&self.token)
    }

    /// Sends a request to `path` with the token; the status and the parsed answer.
    pub async fn send(&self, method: reqwest::Method, path: &str) -> (StatusCode, Value) {
        answer(self.request(method, path)).await
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::GET, path).await
    }

    /// `PUT path` without a body.
    pub async fn put(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::PUT, path).await
    }

    /// `DELETE path`.
    pub async fn delete(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::DELETE, path).await
    }

    /// A request with a JSON body.
    pub async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Value,
    ) -> (StatusCode, Value) {
        answer(self.request(method, path).json(&body)).await
    }

    /// A request with a raw body declared as `content_type`.
    pub async fn send_body(
        &self,
        method: reqwest::Method,
        path: &str,
        content_type: &str,
        body: &str,
    ) -> (StatusCode, Value) {
        let request = self.request(method, path);
        answer(
            request
                .header(CONTENT_TYPE, content_type)
                .body(body.to_string()),
        )
        .await
    }

    /// `GET path`, which must answer 200; the answer.
    pub async fn get_ok(&self, path: &str) -> Value {
        ok(self.get(path).await)
    }

    /// `PUT path`, which must answer 200; the answer.
    pub async fn put_ok(&self, path: &str) -> Value {
        ok(self.put(path).await)
    }

    /// The ids of the agents (not the manager) with a status.
    pub async fn ids_with_status(&self, status: &str) -> Vec<String> {
        let path = format!("/agents?status={status}&q=id!=000&limit=1000");
        ids(&self.get_ok(&path).await)
    }

    /// A connection to the SQLite file, to change things behind the API's back.
    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.spawned.db).unwrap()
    }
}

/// The id of the first active agent whose OS platform is `platform`.
pub async fn agent_on(session: &Session, platform: &str) -> String {
    let path = format!("/agents?q=os.platform={platform};id!=000;status=active&limit=1");
    let found = ids(&session.get_ok(&path).await);
    found
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("an agent on {platform}"))
}

/// Sends a built request; the status and the parsed answer (a panic naming the text when it
/// is not JSON).
pub async fn answer(request: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let response = request.send().await.unwrap();
    let status = response.status();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
    (status, body)
}

/// The answer of a request that must have succeeded with 200.
pub fn ok((status, answer): (StatusCode, Value)) -> Value {
    assert_eq!(status, StatusCode::OK, "{answer}");
    answer
}

/// The Wazuh error code of an error answer (`None` for connexion-style errors).
pub fn code(answer: &Value) -> Option<u64> {
    answer["error"].as_u64()
}

/// The affected items of a list answer.
pub fn items(answer: &Value) -> &Vec<Value> {
    answer["data"]["affected_items"].as_array().unwrap()
}

/// The failed-item groups of a bulk answer as `(code, ids)`, ids as strings.
pub fn failed(answer: &Value) -> Vec<(u64, Vec<String>)> {
    answer["data"]["failed_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| {
            let ids = group["id"].as_array().unwrap().iter();
            (
                group["error"]["code"].as_u64().unwrap(),
                ids.map(|id| id.as_str().unwrap().to_string()).collect(),
            )
        })
        .collect()
}

/// The ids of a list answer's affected items: each item's `id` as text, or the item itself
/// when it is a string (bulk answers list bare ids).
pub fn ids(answer: &Value) -> Vec<String> {
    answer["data"]["affected_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["id"].as_str().or(item.as_str()).unwrap().to_string())
        .collect()
}
