//! Load: 16 clients for 5 s against one `serve --data-dir` over HTTPS — logins, agent and
//! group lists with WQL, agent adds and deletes — then: every answer was a 200 (no 5xx, no
//! other error, no broken connection), every acknowledged add is there unless its delete was
//! acknowledged, and the API's totals equal what SQLite holds.

use crate::common::{answer_json, http, names, open_store, Server, NO_RATE_LIMIT};
use reqwest::{Client, Method};
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

/// Clients at once; one in four logs in again and again, one in four adds and deletes
/// agents, the others read.
const CLIENTS: usize = 16;
/// How long the clients keep going.
const DURATION: Duration = Duration::from_secs(5);
/// The reads, taken in turn.
const READS: &[&str] = &[
    "/agents?q=status=active;os.platform=ubuntu&limit=5",
    "/agents?q=(name~load,id<010);status!=never_connected&sort=-name&select=name,status",
    "/agents?q=lastKeepAlive<1d&search=agent&offset=2&limit=3",
    "/groups?q=count>0",
    "/agents/summary/status",
];

/// What the clients saw.
#[derive(Default)]
struct Tally {
    /// Requests sent.
    requests: usize,
    /// Answers by HTTP status.
    statuses: BTreeMap<u16, usize>,
    /// Answers other than 200, and requests that got no whole answer.
    failures: Vec<String>,
    /// Names of the agents whose add was acknowledged (names are unique; ids are reused
    /// once the highest is deleted).
    added: Vec<String>,
    /// Names of the agents whose delete was acknowledged.
    deleted: BTreeSet<String>,
}

impl Tally {
    fn extend(&mut self, other: Tally) {
        self.requests += other.requests;
        for (status, count) in other.statuses {
            *self.statuses.entry(status).or_default() += count;
        }
        self.failures.extend(other.failures);
        self.added.extend(other.added);
        self.deleted.extend(other.deleted);
    }

    /// Counts an answer; its body when it is a 200.
    fn count(&mut self, what: &str, answer: Option<(u16, Value)>) -> Option<Value> {
        self.requests += 1;
        let Some((status, body)) = answer else {
            self.failures.push(format!("{what}: no answer"));
            return None;
        };
        *self.statuses.entry(status).or_default() += 1;
        if status != 200 {
            self.failures.push(format!("{what}: {status} {body}"));
            return None;
        }
        Some(body)
    }
}

#[test]
fn concurrent_clients_get_no_errors_and_lose_no_writes() {
    let root = tempfile::TempDir::new().unwrap();
    let data = root.path().join("data");
    let data_arg = data.to_str().unwrap();
    let server = Server::start_with_config(root.path(), NO_RATE_LIMIT, &["--data-dir", data_arg]);
    let token = server.token("wazuh", "wazuh");
    let tally = run_clients(&server.url, &token);
    eprintln!(
        "load: {CLIENTS} clients for {} s: {} requests, statuses {:?}, {} adds and {} deletes acknowledged",
        DURATION.as_secs(),
        tally.requests,
        tally.statuses,
        tally.added.len(),
        tally.deleted.len()
    );
    assert!(
        tally.failures.is_empty(),
        "{:#?}",
        &tally.failures[..tally.failures.len().min(10)]
    );
    assert!(
        !tally.added.is_empty() && !tally.deleted.is_empty(),
        "no writes under load"
    );
    let (_, agents) = server.get("/agents?limit=100000&select=name", &token);
    let present = names(&agents);
    for name in &tally.added {
        let deleted = tally.deleted.contains(name);
        assert_eq!(
            present.contains(name),
            !deleted,
            "agent {name} (deleted: {deleted})"
        );
    }
    assert_totals_match_sqlite(&server, &token, &data);
}

/// Runs the clients until [`DURATION`] has passed; what they saw together.
fn run_clients(url: &str, token: &str) -> Tally {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let deadline = Instant::now() + DURATION;
        let clients: Vec<_> = (0..CLIENTS)
            .map(|client| {
                let (url, token) = (url.to_string(), token.to_string());
                tokio::spawn(async move { run_client(client, &url, &token, deadline).await })
            })
            .collect();
        let mut tally = Tally::default();
        for client in clients {
            tally.extend(client.await.expect("a client panicked"));
        }
        tally
    })
}

/// One client's loop: logins, reads or writes by its number.
async fn run_client(client: usize, url: &str, token: &str, deadline: Instant) -> Tally {
    let http = http();
    let mut tally = Tally::default();
    let mut round = 0;
    while Instant::now() < deadline {
        match client % 4 {
            0 => login(&http, url, &mut tally).await,
            1 => {
                add_and_delete(
                    &http,
                    url,
                    token,
                    &format!("load-{client}-{round}"),
                    &mut tally,
                )
                .await
            }
            _ => {
                let path = READS[(client + round) % READS.len()];
                let request = http.get(format!("{url}{path}")).bearer_auth(token);
                tally.count(path, answer_json(request).await);
            }
        }
        round += 1;
    }
    tally
}

/// `POST /security/user/authenticate` with the default password.
async fn login(http: &Client, url: &str, tally: &mut Tally) {
    let request = http
        .post(format!("{url}/security/user/authenticate"))
        .basic_auth("wazuh", Some("wazuh"));
    tally.count("login", answer_json(request).await);
}

/// Adds an agent and, every other time, deletes it again.
async fn add_and_delete(http: &Client, url: &str, token: &str, name: &str, tally: &mut Tally) {
    let add = http
        .post(format!("{url}/agents"))
        .bearer_auth(token)
        .json(&json!({ "name": name, "ip": "any" }));
    let Some(added) = tally.count("add", answer_json(add).await) else {
        return;
    };
    let id = added["data"]["id"].as_str().expect("agent id").to_string();
    tally.added.push(name.to_string());
    if tally.added.len() % 2 == 1 {
        return;
    }
    let path = format!("/agents?agents_list={id}&status=all&older_than=0s");
    let delete = http
        .request(Method::DELETE, format!("{url}{path}"))
        .bearer_auth(token);
    let Some(deleted) = tally.count("delete", answer_json(delete).await) else {
        return;
    };
    if deleted["data"]["affected_items"] == json!([id]) {
        tally.deleted.insert(name.to_string());
    } else {
        tally.failures.push(format!("delete {id}: {deleted}"));
    }
}

/// The agents' total and each group's agent count as the API serves them equal SQLite's.
fn assert_totals_match_sqlite(server: &Server, token: &str, data_dir: &std::path::Path) {
    let db = open_store(data_dir);
    let stored: i64 = db
        .query_row("SELECT count(*) FROM agents", [], |row| row.get(0))
        .unwrap();
    let (_, agents) = server.get("/agents?limit=1", token);
    assert_eq!(agents["data"]["total_affected_items"], json!(stored));
    let (_, groups) = server.get("/groups?limit=100000", token);
    for group in groups["data"]["affected_items"].as_array().expect("groups") {
        let members: i64 = db
            .query_row(
                "SELECT count(*) FROM agent_group_members WHERE group_name = ?1",
                [group["name"].as_str().expect("name")],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(group["count"], json!(members), "{group}");
    }
}
