//! Response bodies against the spec's schemas: a walk over every implemented operation against
//! a real `serve` (rate limit off) — reads on the demo data, then creates, updates, deletes of
//! what the walk created, and last the operations that revoke tokens — each answer 2xx, plus
//! for each operation the same request without credentials (401), with an unknown query
//! parameter (400) and, when its path names resources, naming ones that do not exist. Every
//! status, media type and body must be what the spec (with `tests/spec_corrections.json`)
//! documents for the operation.

use super::schemas::{Answer, Schemas};
use crate::common::{Server, NO_RATE_LIMIT, REVOKING};
use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;
use wazuh_ctl::api::{self, Method};

/// The credentials of the walk: the demo administrator.
const USER: (&str, &str) = ("wazuh", "wazuh");

/// Operations that take basic credentials instead of a token: the logins.
const LOGINS: &[(Method, &str)] = &[
    (Method::Get, "/security/user/authenticate"),
    (Method::Post, "/security/user/authenticate"),
    (Method::Post, "/security/user/authenticate/run_as"),
];

/// One request of the walk: an operation (method and spec path), the values of its path
/// placeholders, its query and its body.
#[derive(Clone, Copy)]
struct Step {
    method: Method,
    path: &'static str,
    values: &'static [&'static str],
    query: &'static str,
    body: Option<(&'static str, &'static str)>,
}

impl Step {
    /// The same request with the path placeholders filled by `values`.
    const fn at(self, values: &'static [&'static str]) -> Step {
        Step { values, ..self }
    }

    /// The same request with a query string.
    const fn query(self, query: &'static str) -> Step {
        Step { query, ..self }
    }

    /// The same request with a JSON body.
    const fn json(self, body: &'static str) -> Step {
        Step {
            body: Some(("application/json", body)),
            ..self
        }
    }

    /// The same request with a file as `application/octet-stream` (ruleset uploads).
    const fn octet(self, body: &'static str) -> Step {
        Step {
            body: Some(("application/octet-stream", body)),
            ..self
        }
    }

    /// The same request with an XML body.
    const fn xml(self, body: &'static str) -> Step {
        Step {
            body: Some(("application/xml", body)),
            ..self
        }
    }
}

/// A request of the operation `method path`, without placeholders, query or body yet.
const fn call(method: Method, path: &'static str) -> Step {
    Step {
        method,
        path,
        values: &[],
        query: "",
        body: None,
    }
}

/// A request of the operation `method path` on the security object of its kind the walk
/// created: the first one on a fresh server, id 100 (lower ids are Wazuh's).
const fn on_created(method: Method, path: &'static str) -> Step {
    call(method, path).at(&["100"])
}

/// The reads that take no parameters: the walk's first steps, on the demo data.
const PLAIN_READS: &[&str] = &[
    "/",
    "/experimental/ciscat/results",
    "/experimental/syscollector/hardware",
    "/experimental/syscollector/hotfixes",
    "/experimental/syscollector/netaddr",
    "/experimental/syscollector/netiface",
    "/experimental/syscollector/netproto",
    "/experimental/syscollector/os",
    "/experimental/syscollector/packages",
    "/experimental/syscollector/ports",
    "/experimental/syscollector/processes",
    "/agents",
    "/agents/no_group",
    "/agents/outdated",
    "/agents/summary/os",
    "/agents/summary/status",
    "/agents/uninstall",
    "/cluster/api/config",
    "/cluster/configuration/validation",
    "/cluster/healthcheck",
    "/cluster/local/config",
    "/cluster/local/info",
    "/cluster/nodes",
    "/cluster/ruleset/synchronization",
    "/cluster/status",
    "/decoders",
    "/decoders/files",
    "/decoders/parents",
    "/groups",
    "/lists",
    "/lists/files",
    "/manager/api/config",
    "/manager/configuration",
    "/manager/configuration/validation",
    "/manager/daemons/stats",
    "/manager/info",
    "/manager/logs",
    "/manager/logs/summary",
    "/manager/stats/analysisd",
    "/manager/stats/hourly",
    "/manager/stats/remoted",
    "/manager/stats/weekly",
    "/manager/status",
    "/manager/version/check",
    "/mitre/groups",
    "/mitre/metadata",
    "/mitre/mitigations",
    "/mitre/references",
    "/mitre/software",
    "/mitre/tactics",
    "/mitre/techniques",
    "/overview/agents",
    "/rules",
    "/rules/files",
    "/rules/groups",
    "/security/actions",
    "/security/config",
    "/security/policies",
    "/security/resources",
    "/security/roles",
    "/security/rules",
    "/security/users",
    "/security/users/me",
    "/security/users/me/policies",
    "/security/user/authenticate",
];

/// The rest of the walk, in order: every step must answer 200. The other reads; then the
/// writes, creating what the updates and deletes use; the revoking operations last.
const STEPS: &[Step] = &[
    call(Method::Get, "/agents/stats/distinct").query("fields=os.platform"),
    call(Method::Put, "/manager/restart"),
    call(Method::Put, "/cluster/restart"),
    call(
        Method::Get,
        "/agents/{agent_id}/config/{component}/{configuration}",
    )
    .at(&["001", "agent", "client"]),
    call(Method::Get, "/agents/{agent_id}/daemons/stats").at(&["001"]),
    call(Method::Get, "/agents/{agent_id}/group/is_sync").at(&["001"]),
    call(Method::Get, "/agents/{agent_id}/key").at(&["001"]),
    call(Method::Get, "/agents/{agent_id}/stats/{component}").at(&["001", "logcollector"]),
    call(Method::Get, "/groups/{group_id}/agents").at(&["default"]),
    call(Method::Get, "/groups/{group_id}/configuration").at(&["default"]),
    call(Method::Get, "/groups/{group_id}/files").at(&["default"]),
    call(Method::Get, "/groups/{group_id}/files/{file_name}").at(&["default", "agent.conf"]),
    call(Method::Get, "/groups/{group_id}/files/{file_name}")
        .at(&["default", "agent.conf"])
        .query("raw=true"),
    call(Method::Get, "/rules/requirement/{requirement}").at(&["pci_dss"]),
    call(Method::Get, "/ciscat/{agent_id}/results").at(&["001"]),
    call(Method::Get, "/sca/{agent_id}").at(&["001"]),
    call(Method::Get, "/sca/{agent_id}/checks/{policy_id}").at(&["001", "cis_ubuntu22-04"]),
    call(Method::Get, "/syscollector/{agent_id}/hardware").at(&["001"]),
    call(Method::Get, "/syscollector/{agent_id}/hotfixes").at(&["005"]),
    call(Method::Get, "/syscollector/{agent_id}/netaddr").at(&["001"]),
    call(Method::Get, "/syscollector/{agent_id}/netiface").at(&["001"]),
    call(Method::Get, "/syscollector/{agent_id}/netproto").at(&["001"]),
    call(Method::Get, "/syscollector/{agent_id}/os").at(&["001"]),
    call(Method::Get, "/syscollector/{agent_id}/packages").at(&["001"]),
    call(Method::Get, "/syscollector/{agent_id}/ports").at(&["001"]),
    call(Method::Get, "/syscollector/{agent_id}/processes").at(&["001"]),
    call(Method::Get, "/rules/files/{filename}").at(&["0050-sshd_rules.xml"]),
    call(Method::Get, "/rules/files/{filename}")
        .at(&["local_rules.xml"])
        .query("raw=true"),
    call(Method::Get, "/decoders/files/{filename}").at(&["0010-sshd_decoders.xml"]),
    call(Method::Get, "/decoders/files/{filename}")
        .at(&["local_decoder.xml"])
        .query("raw=true"),
    call(Method::Get, "/lists/files/{filename}").at(&["admin-users"]),
    call(Method::Get, "/lists/files/{filename}")
        .at(&["bad-ips"])
        .query("raw=true"),
    call(Method::Put, "/rules/files/{filename}")
        .at(&["schema_rules.xml"])
        .octet("<group name=\"schema,\"><rule id=\"100500\" level=\"3\"><description>x</description></rule></group>"),
    call(Method::Put, "/rules/files/{filename}")
        .at(&["schema_rules.xml"])
        .octet("<group name=\"schema,\"></group>"),
    call(Method::Delete, "/rules/files/{filename}").at(&["schema_rules.xml"]),
    call(Method::Put, "/decoders/files/{filename}")
        .at(&["schema_decoders.xml"])
        .octet("<decoder name=\"schema\"><prematch>^schema</prematch></decoder>"),
    call(Method::Delete, "/decoders/files/{filename}").at(&["schema_decoders.xml"]),
    call(Method::Put, "/lists/files/{filename}")
        .at(&["schema-list"])
        .octet("a:b\n"),
    call(Method::Delete, "/lists/files/{filename}").at(&["schema-list"]),
    call(Method::Put, "/manager/configuration").octet("<ossec_config><globl/></ossec_config>"),
    call(Method::Post, "/security/user/authenticate"),
    call(Method::Post, "/security/user/authenticate").query("raw=true"),
    call(Method::Post, "/security/user/authenticate/run_as").json("{}"),
    // Writes on the demo agents.
    call(Method::Put, "/active-response").json(r#"{"command": "!restart.sh"}"#),
    call(Method::Post, "/events").json(r#"{"events": ["schema walk"]}"#),
    call(Method::Put, "/logtest").json(
        r#"{"event": "Dec  4 20:43:41 h sshd[9]: Accepted password for ann from 10.1.2.3 port 5 ssh2", "log_format": "syslog", "location": "/var/log/auth.log"}"#,
    ),
    call(Method::Delete, "/logtest/sessions/{token}").at(&["0123abcd"]),
    // Today's totals exist once an event has been counted.
    call(Method::Get, "/manager/stats"),
    call(Method::Get, "/manager/configuration/{component}/{configuration}")
        .at(&["analysis", "global"]),
    call(Method::Get, "/cluster/{node_id}/status").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/info").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/configuration").at(&["worker1"]),
    call(Method::Put, "/cluster/{node_id}/configuration")
        .at(&["worker2"])
        .octet("<ossec_config><globl/></ossec_config>"),
    call(Method::Get, "/cluster/{node_id}/daemons/stats").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/stats").at(&["master-node"]),
    call(Method::Get, "/cluster/{node_id}/stats/hourly").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/stats/weekly").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/stats/analysisd").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/stats/remoted").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/logs").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/logs/summary").at(&["worker1"]),
    call(Method::Get, "/cluster/{node_id}/configuration/{component}/{configuration}")
        .at(&["worker1", "com", "cluster"]),
    call(Method::Put, "/rootcheck"),
    call(Method::Put, "/syscheck"),
    // Results after the scans; clearings (the FIM one refused with 1760 on a 4.x agent).
    call(Method::Get, "/syscheck/{agent_id}").at(&["001"]),
    call(Method::Get, "/syscheck/{agent_id}")
        .at(&["001"])
        .query("summary=true&type=file"),
    call(Method::Get, "/syscheck/{agent_id}/last_scan").at(&["001"]),
    call(Method::Get, "/rootcheck/{agent_id}").at(&["001"]),
    call(Method::Get, "/rootcheck/{agent_id}/last_scan").at(&["001"]),
    call(Method::Delete, "/syscheck/{agent_id}").at(&["001"]),
    call(Method::Delete, "/rootcheck/{agent_id}").at(&["001"]),
    call(Method::Delete, "/experimental/syscheck").query("agents_list=001,009"),
    call(Method::Delete, "/experimental/rootcheck").query("agents_list=all"),
    call(Method::Get, "/rootcheck/{agent_id}/last_scan").at(&["001"]),
    call(Method::Put, "/agents/reconnect"),
    call(Method::Put, "/agents/restart"),
    call(Method::Put, "/agents/{agent_id}/restart").at(&["001"]),
    call(Method::Put, "/agents/node/{node_id}/restart").at(&["worker2"]),
    call(Method::Put, "/agents/upgrade").query("agents_list=003"),
    call(Method::Put, "/agents/upgrade_custom").query("agents_list=006&file_path=x.wpk"),
    call(Method::Get, "/agents/upgrade_result"),
    call(Method::Get, "/tasks/status"),
    // Agents and a group of the walk's own.
    call(Method::Post, "/agents").json(r#"{"name": "schema-agent"}"#),
    call(Method::Post, "/agents/insert").json(r#"{"name": "schema-insert", "id": "900"}"#),
    call(Method::Post, "/agents/insert/quick").query("agent_name=schema-quick"),
    call(Method::Post, "/groups").json(r#"{"group_id": "schema"}"#),
    call(Method::Put, "/agents/{agent_id}/group/{group_id}").at(&["900", "schema"]),
    call(Method::Put, "/agents/group").query("group_id=schema&agents_list=001"),
    call(Method::Put, "/groups/{group_id}/configuration")
        .at(&["schema"])
        .xml("<agent_config></agent_config>"),
    call(Method::Put, "/agents/group/{group_id}/restart").at(&["schema"]),
    call(Method::Delete, "/agents/{agent_id}/group/{group_id}").at(&["900", "schema"]),
    call(Method::Delete, "/agents/group").query("group_id=schema&agents_list=001"),
    call(Method::Delete, "/agents/{agent_id}/group").at(&["900"]),
    call(Method::Delete, "/groups").query("groups_list=schema"),
    call(Method::Delete, "/agents").query("agents_list=900&status=all&older_than=0s"),
    // Security objects of the walk's own, linked, updated, unlinked and deleted.
    call(Method::Post, "/security/users")
        .json(r#"{"username": "schema-user", "password": "Schema-pass1!"}"#),
    call(Method::Post, "/security/roles").json(r#"{"name": "schema-role"}"#),
    call(Method::Post, "/security/policies").json(
        r#"{"name": "schema-policy", "policy": {"actions": ["agent:read"],
            "resources": ["agent:id:*"], "effect": "allow"}}"#,
    ),
    call(Method::Post, "/security/rules")
        .json(r#"{"name": "schema-rule", "rule": {"FIND": {"r'^auth[a-zA-Z]+$'": ["admin"]}}}"#),
    on_created(Method::Put, "/security/users/{user_id}").json(r#"{"password": "Schema-pass2!"}"#),
    on_created(Method::Put, "/security/users/{user_id}/run_as").query("allow_run_as=true"),
    on_created(Method::Put, "/security/roles/{role_id}").json(r#"{"name": "schema-role-2"}"#),
    on_created(Method::Put, "/security/policies/{policy_id}")
        .json(r#"{"name": "schema-policy-2"}"#),
    on_created(Method::Put, "/security/rules/{rule_id}").json(r#"{"name": "schema-rule-2"}"#),
    on_created(Method::Post, "/security/roles/{role_id}/policies").query("policy_ids=100"),
    on_created(Method::Post, "/security/roles/{role_id}/rules").query("rule_ids=100"),
    on_created(Method::Post, "/security/users/{user_id}/roles").query("role_ids=100"),
    on_created(Method::Delete, "/security/users/{user_id}/roles").query("role_ids=100"),
    on_created(Method::Delete, "/security/roles/{role_id}/rules").query("rule_ids=100"),
    on_created(Method::Delete, "/security/roles/{role_id}/policies").query("policy_ids=100"),
    call(Method::Delete, "/security/users").query("user_ids=100"),
    call(Method::Delete, "/security/roles").query("role_ids=100"),
    call(Method::Delete, "/security/policies").query("policy_ids=100"),
    call(Method::Delete, "/security/rules").query("rule_ids=100"),
    // Revoking operations: the walk logs in again after each (a new key pair signs the new
    // token). Logout comes last: it revokes by a stamp in whole seconds, which would refuse a
    // token of the same second.
    call(Method::Put, "/security/config").json(r#"{"auth_token_exp_timeout": 900}"#),
    call(Method::Delete, "/security/config"),
    call(Method::Put, "/security/user/revoke"),
    call(Method::Delete, "/security/user/authenticate"),
];

/// Every step of the walk: the plain reads, then the steps.
fn walk() -> Vec<Step> {
    let reads = PLAIN_READS.iter().map(|path| call(Method::Get, path));
    reads.chain(STEPS.iter().copied()).collect()
}

/// A query parameter no operation takes.
const UNKNOWN_PARAMETER: &str = "schema_walk=1";

/// The value naming no resource, for a path placeholder (the names the spec gives them);
/// `None` keeps the walk's value (an enumerated placeholder such as `component`).
fn unknown(placeholder: &str) -> Option<&'static str> {
    match placeholder {
        "agent_id" => Some("999"),
        "group_id" => Some("no_such_group"),
        "node_id" => Some("no-such-node"),
        "file_name" => Some("no_such_file.conf"),
        "user_id" | "role_id" | "policy_id" | "rule_id" => Some("999"),
        _ => None,
    }
}

/// How a request authenticates.
enum Credentials<'a> {
    /// A bearer token.
    Token(&'a str),
    /// Basic credentials (the logins).
    Basic,
    /// None.
    Anonymous,
}

/// A request as sent, and the statuses that may answer it (empty: any the spec documents).
struct Request<'a> {
    step: Step,
    path_and_query: String,
    credentials: Credentials<'a>,
    expected: &'static [u16],
}

/// A keep-alive HTTPS client on a runtime of its own.
struct Client {
    runtime: tokio::runtime::Runtime,
    http: reqwest::Client,
    base: String,
}

impl Client {
    /// A client of `server`.
    fn new(server: &Server) -> Client {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let http = crate::common::http();
        let base = server.url.clone();
        Client {
            runtime,
            http,
            base,
        }
    }

    /// Sends a request and reads its answer.
    fn send(&self, request: &Request) -> Answer {
        let method = reqwest::Method::from_bytes(request.step.method.as_str().as_bytes()).unwrap();
        let url = format!("{}{}", self.base, request.path_and_query);
        let mut builder = self.http.request(method, url);
        builder = match request.credentials {
            Credentials::Token(token) => builder.bearer_auth(token),
            Credentials::Basic => builder.basic_auth(USER.0, Some(USER.1)),
            Credentials::Anonymous => builder,
        };
        if let Some((content_type, body)) = request.step.body {
            builder = builder.header("content-type", content_type).body(body);
        }
        self.runtime.block_on(async {
            let response = builder.send().await.expect("an answer");
            let status = response.status().as_u16();
            let media_type = response
                .headers()
                .get("content-type")
                .and_then(|value| value.to_str().ok())
                .and_then(|value| value.split(';').next())
                .unwrap_or_default()
                .trim()
                .to_string();
            let text = response.text().await.expect("a body");
            let body = if media_type.ends_with("json") {
                serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text))
            } else {
                serde_json::Value::String(text)
            };
            Answer {
                status,
                media_type,
                body,
            }
        })
    }
}

/// What the walk saw.
#[derive(Default)]
struct Tally {
    requests: usize,
    statuses: BTreeMap<u16, usize>,
    answered_2xx: BTreeSet<(&'static str, &'static str)>,
    problems: Vec<String>,
}

#[test]
fn every_implemented_operation_answers_bodies_the_spec_allows() {
    let Some(dir) = super::shared() else { return };
    let started = Instant::now();
    let mut schemas = Schemas::load(&dir);
    let home = tempfile::tempdir().unwrap();
    let config = format!("experimental_features = true\n{NO_RATE_LIMIT}");
    let server = Server::start_with_config(home.path(), &config, &[]);
    let client = Client::new(&server);
    let mut tally = Tally::default();
    let mut token = server.token(USER.0, USER.1);
    let mut probed = BTreeSet::new();
    for step in &walk() {
        let operation = (step.method.as_str(), step.path);
        assert!(
            api::find(step.method, step.path).is_some(),
            "{} {}: not an implemented operation",
            operation.0,
            operation.1
        );
        if probed.insert(operation) {
            for request in probes(step, &token) {
                check(&client, &mut schemas, &request, &mut tally);
            }
        }
        let request = valid(step, &token);
        if check(&client, &mut schemas, &request, &mut tally) {
            tally.answered_2xx.insert(operation);
        }
        if REVOKING.contains(&(step.method, step.path)) {
            token = server.token(USER.0, USER.1);
        }
    }
    for spec in api::endpoints() {
        if !tally
            .answered_2xx
            .contains(&(spec.method.as_str(), spec.path))
        {
            tally.problems.push(format!(
                "{} {}: no request of the walk answered 2xx (add one to STEPS)",
                spec.method.as_str(),
                spec.path
            ));
        }
    }
    eprintln!(
        "conformance: {} of {} operations answered 2xx; {} requests, statuses {:?}; {:.1?}",
        tally.answered_2xx.len(),
        api::endpoints().count(),
        tally.requests,
        tally.statuses,
        started.elapsed()
    );
    assert!(
        tally.problems.is_empty(),
        "answers the spec does not allow:\n{}",
        tally.problems.join("\n")
    );
}

/// The step as the walk sends it, expecting 200 (Wazuh's only success status).
fn valid<'a>(step: &Step, token: &'a str) -> Request<'a> {
    Request {
        step: *step,
        path_and_query: path_and_query(step, step.values.iter().copied(), ""),
        credentials: credentials(step, token),
        expected: &[200],
    }
}

/// The error requests of a step's operation: without credentials (401), with an unknown
/// query parameter (400) and, when its path names resources, naming ones that do not exist
/// (whatever the spec documents: a 404, or a 200 listing the failure).
fn probes<'a>(step: &Step, token: &'a str) -> Vec<Request<'a>> {
    let mut requests = vec![
        Request {
            credentials: Credentials::Anonymous,
            expected: &[401],
            ..valid(step, token)
        },
        Request {
            path_and_query: path_and_query(step, step.values.iter().copied(), UNKNOWN_PARAMETER),
            expected: &[400],
            ..valid(step, token)
        },
    ];
    if !step.values.is_empty() {
        let names = placeholders(step.path);
        let values = names
            .iter()
            .zip(step.values)
            .map(|(name, value)| unknown(name).unwrap_or(value));
        requests.push(Request {
            path_and_query: path_and_query(step, values, ""),
            expected: &[],
            ..valid(step, token)
        });
    }
    requests
}

/// The names of the `{name}` placeholders of a spec path, in order.
fn placeholders(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// The request path of a step with the placeholders filled by `values`, its query and `extra`.
fn path_and_query<'v>(step: &Step, values: impl Iterator<Item = &'v str>, extra: &str) -> String {
    let spec = api::find(step.method, step.path).expect("an implemented operation");
    let path = spec.path_with(values);
    let query: Vec<&str> = [step.query, extra]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    match query.join("&") {
        query if query.is_empty() => path,
        query => format!("{path}?{query}"),
    }
}

/// The credentials a step's operation takes: basic ones for the logins, else the token.
fn credentials<'a>(step: &Step, token: &'a str) -> Credentials<'a> {
    if LOGINS.contains(&(step.method, step.path)) {
        Credentials::Basic
    } else {
        Credentials::Token(token)
    }
}

/// Sends a request and checks its answer: an expected status, and what the spec documents
/// for it; records a problem otherwise. True when the answer was 2xx.
fn check(client: &Client, schemas: &mut Schemas, request: &Request, tally: &mut Tally) -> bool {
    let answer = client.send(request);
    tally.requests += 1;
    *tally.statuses.entry(answer.status).or_default() += 1;
    let (method, step) = (request.step.method.as_str(), &request.step);
    let anonymous = matches!(request.credentials, Credentials::Anonymous);
    let what = format!(
        "{method} {}: {method} {}{} answered {} {}",
        step.path,
        request.path_and_query,
        if anonymous {
            " without credentials"
        } else {
            ""
        },
        answer.status,
        answer.media_type
    );
    let expected = request.expected;
    if !expected.is_empty() && !expected.contains(&answer.status) {
        tally
            .problems
            .push(format!("{what}, expected {expected:?}: {}", answer.body));
    } else if let Err(problem) = schemas.check(method, step.path, &answer) {
        tally.problems.push(format!("{what}: {problem}"));
    }
    (200..300).contains(&answer.status)
}
