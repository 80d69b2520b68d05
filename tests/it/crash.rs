//! Crash safety: clients stream writes (group creates, agent adds, agent-group assignments,
//! group configuration uploads) at `serve --data-dir`, which is killed with SIGKILL at seeded
//! points and started again on the same data dir. Every write acknowledged (a 200 with
//! `error: 0` received) must be there afterwards; after each kill the SQLite file passes its
//! integrity and foreign key checks and every group's `agent.conf` parses. That a second
//! `serve` on a data dir in use is refused is tested in `serve.rs`.

use crate::common::{answer_json, block_on, http, names, open_store, Server, NO_RATE_LIMIT};
use reqwest::{Client, Method};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;
use std::thread::JoinHandle;
use std::time::Duration;
use tempfile::TempDir;
use wazuh_ctl::server::groupfiles::{md5_hex, xml, AGENT_CONF};

/// How many times a test run kills the server.
const KILLS: u64 = 4;
/// Clients writing at once.
const WRITERS: usize = 4;
/// Seed of the kill points.
const SEED: u64 = 0x5eed_c0ff_ee00_0011;
/// The earliest kill after the writers start, and the span of the later ones.
const KILL_AFTER_MS: (u64, u64) = (250, 600);

/// The writes a client saw acknowledged.
#[derive(Default)]
struct Acked {
    /// Group names.
    groups: Vec<String>,
    /// Agent ids with their names.
    agents: Vec<(String, String)>,
    /// (agent id, group) assignments.
    assignments: Vec<(String, String)>,
    /// (group, agent.conf document) uploads, each group's last one.
    configurations: Vec<(String, String)>,
}

impl Acked {
    fn extend(&mut self, other: Acked) {
        self.groups.extend(other.groups);
        self.agents.extend(other.agents);
        self.assignments.extend(other.assignments);
        self.configurations.extend(other.configurations);
    }

    fn count(&self) -> usize {
        self.groups.len() + self.agents.len() + self.assignments.len() + self.configurations.len()
    }
}

#[test]
fn acknowledged_writes_survive_sigkill_and_nothing_is_half_written() {
    let root = TempDir::new().unwrap();
    let data = root.path().join("data");
    let mut acked = Acked::default();
    let mut random = SEED;
    for kill in 0..KILLS {
        let server = start(&data);
        let writers = start_writers(&server, kill);
        let delay = KILL_AFTER_MS.0 + next_random(&mut random) % KILL_AFTER_MS.1;
        std::thread::sleep(Duration::from_millis(delay));
        drop(server); // the harness kills `serve` with SIGKILL
        let before = acked.count();
        for writer in writers {
            acked.extend(writer.join().expect("a writer failed"));
        }
        assert!(
            acked.count() > before,
            "nothing acknowledged before kill {kill}"
        );
        assert_store_is_whole(&data);
    }
    eprintln!(
        "crash: {KILLS} kills, {} writes acknowledged ({} groups, {} agents, {} assignments, {} configurations)",
        acked.count(),
        acked.groups.len(),
        acked.agents.len(),
        acked.assignments.len(),
        acked.configurations.len()
    );
    let server = start(&data);
    assert_acknowledged_writes_present(&server, &acked);
    assert_group_checksums_match_their_files(&server, &data);
}

/// `serve` on the data dir, with the rate limit off (its configuration beside the data dir).
fn start(data_dir: &Path) -> Server {
    let config = data_dir.parent().expect("the data dir has a parent");
    let dir = data_dir.to_str().expect("UTF-8 path");
    Server::start_with_config(config, NO_RATE_LIMIT, &["--data-dir", dir])
}

/// xorshift64: the next pseudo-random number of a deterministic sequence.
fn next_random(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// Starts the writing clients; each ends when the server stops answering.
fn start_writers(server: &Server, kill: u64) -> Vec<JoinHandle<Acked>> {
    let token = server.token("wazuh", "wazuh");
    (0..WRITERS)
        .map(|writer| {
            let (url, token) = (server.url.clone(), token.clone());
            let prefix = format!("crash-k{kill}-w{writer}");
            std::thread::spawn(move || block_on(write_until_gone(&url, &token, &prefix)))
        })
        .collect()
}

/// Creates a group, adds an agent, assigns it to the group and uploads the group's
/// configuration, again and again, until a request gets no answer.
async fn write_until_gone(url: &str, token: &str, prefix: &str) -> Acked {
    let client = http();
    let mut acked = Acked::default();
    for round in 0.. {
        let name = format!("{prefix}-{round}");
        let group = json!({ "group_id": name });
        if send_json(&client, url, token, Method::POST, "/groups", &group)
            .await
            .is_none()
        {
            break;
        }
        acked.groups.push(name.clone());
        let agent = json!({ "name": name, "ip": "any" });
        let Some(added) = send_json(&client, url, token, Method::POST, "/agents", &agent).await
        else {
            break;
        };
        let id = added["data"]["id"].as_str().expect("agent id").to_string();
        acked.agents.push((id.clone(), name.clone()));
        let assign = format!("/agents/{id}/group/{name}");
        if send(token, client.put(format!("{url}{assign}")))
            .await
            .is_none()
        {
            break;
        }
        acked.assignments.push((id, name.clone()));
        let document = agent_conf(&name);
        let upload = client
            .put(format!("{url}/groups/{name}/configuration"))
            .header("Content-Type", "application/xml")
            .body(document.clone());
        if send(token, upload).await.is_none() {
            break;
        }
        acked.configurations.push((name, document));
    }
    acked
}

/// A group configuration that names its group, a few blocks long.
fn agent_conf(group: &str) -> String {
    let block = format!(
        "<agent_config name=\"{group}\">\n  <localfile>\n    <location>/var/log/{group}.log</location>\n    \
         <log_format>syslog</log_format>\n  </localfile>\n</agent_config>\n"
    );
    block.repeat(20)
}

/// A JSON request; see [`send`].
async fn send_json(
    client: &Client,
    url: &str,
    token: &str,
    method: Method,
    path: &str,
    body: &Value,
) -> Option<Value> {
    send(
        token,
        client.request(method, format!("{url}{path}")).json(body),
    )
    .await
}

/// Sends a write: its answer when one arrived whole (which must be a 200 with `error: 0`),
/// `None` when the server went away first.
async fn send(token: &str, request: reqwest::RequestBuilder) -> Option<Value> {
    let (status, body) = answer_json(request.bearer_auth(token)).await?;
    assert_eq!((status, &body["error"]), (200, &json!(0)), "{body}");
    Some(body)
}

/// The SQLite file passes its integrity and foreign key checks, and every group it holds has
/// an `agent.conf` that parses as the server reads it.
fn assert_store_is_whole(data_dir: &Path) {
    let db = open_store(data_dir);
    let integrity: String = db
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let dangling: i64 = db
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(dangling, 0, "rows pointing at nothing");
    let mut groups = db.prepare("SELECT name FROM agent_groups").unwrap();
    let groups = groups.query_map([], |row| row.get::<_, String>(0)).unwrap();
    for group in groups {
        let path = data_dir
            .join("shared")
            .join(group.unwrap())
            .join(AGENT_CONF);
        let document = std::fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        if let Err(err) = xml::agent_conf_blocks(&document) {
            panic!("{} does not parse: {}", path.display(), err.body.detail);
        }
    }
}

/// Every acknowledged group, agent, assignment and configuration is served after the restart.
fn assert_acknowledged_writes_present(server: &Server, acked: &Acked) {
    let token = server.token("wazuh", "wazuh");
    let (_, groups) = server.get("/groups?limit=100000", &token);
    let groups = names(&groups);
    for group in &acked.groups {
        assert!(groups.contains(group), "group {group} lost");
    }
    let (_, agents) = server.get("/agents?limit=100000&select=name,group", &token);
    let agents: BTreeMap<&str, &Value> = agents["data"]["affected_items"]
        .as_array()
        .expect("agents")
        .iter()
        .map(|agent| (agent["id"].as_str().unwrap_or_default(), agent))
        .collect();
    for (id, name) in &acked.agents {
        let agent = agents
            .get(id.as_str())
            .unwrap_or_else(|| panic!("agent {id} lost"));
        assert_eq!(agent["name"], json!(name));
    }
    for (id, group) in &acked.assignments {
        let member_of = agents[id.as_str()]["group"].as_array().expect("groups");
        assert!(member_of.contains(&json!(group)), "{id} lost group {group}");
    }
    for (group, document) in &acked.configurations {
        let path = format!("/groups/{group}/files/{AGENT_CONF}?raw=true");
        let answer = server.raw(Method::GET, &path, Some(&token));
        assert_eq!((answer.status, &answer.text), (200, document), "{group}");
    }
}

/// Each group's `configSum` is the md5 of its `agent.conf` as it is on disk, and no temp file
/// of a write cut short is left beside it.
fn assert_group_checksums_match_their_files(server: &Server, data_dir: &Path) {
    let token = server.token("wazuh", "wazuh");
    let (_, groups) = server.get("/groups?limit=100000", &token);
    for group in groups["data"]["affected_items"].as_array().expect("groups") {
        let name = group["name"].as_str().expect("name");
        let dir = data_dir.join("shared").join(name);
        let file = std::fs::read(dir.join(AGENT_CONF)).unwrap();
        assert_eq!(group["configSum"], json!(md5_hex(&file)), "{name}");
        let hidden = std::fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|file| file.starts_with('.'))
            .collect::<Vec<_>>();
        assert!(hidden.is_empty(), "{name}: left over {hidden:?}");
    }
}
