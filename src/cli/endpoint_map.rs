//! Which command line reaches each operation of the Wazuh spec: every operation of
//! [`OPERATIONS`](crate::api::operations::OPERATIONS), by the spec's tag, with the `wazuh-ctl`
//! verb that sends it (placeholders in capitals), and [`markdown`], the page
//! `wazuh-ctl generate endpoints` writes as `docs/endpoints.md` with each operation's RBAC
//! actions from the registry. Operations the registry does not implement yet keep the verb
//! that will reach them and are marked so in the page. `api METHOD PATH` reaches any
//! operation; it is named only where no dedicated verb exists.
//!
//! Imports `api` (the registry) only; the tests parse every verb with the CLI's clap tree.

use crate::api::{endpoints, Method, Spec};
use std::fmt::Write;

/// One operation and the command line that reaches it.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// The operation's method.
    pub method: Method,
    /// Its path, as in the spec.
    pub path: &'static str,
    /// The command line after `wazuh-ctl`, placeholders in capitals (`agents key AGENT`).
    pub verb: &'static str,
}

/// A [`Route`] (short, for the table).
const fn route(method: Method, path: &'static str, verb: &'static str) -> Route {
    Route { method, path, verb }
}

use Method::{Delete, Get, Post, Put};

/// Every operation of the spec by tag (tags in the order the spec first names them,
/// operations in the spec's order).
pub const TAGS: &[(&str, &[Route])] = &[
    ("API Info", &[route(Get, "/", "api GET /")]),
    (
        "Active-response",
        &[route(
            Put,
            "/active-response",
            "active-response run COMMAND --agents ID",
        )],
    ),
    (
        "Agents",
        &[
            route(Delete, "/agents", "agents delete ID"),
            route(Get, "/agents", "agents list"),
            route(Post, "/agents", "agents add NAME"),
            route(
                Get,
                "/agents/{agent_id}/config/{component}/{configuration}",
                "agents config AGENT COMPONENT CONFIGURATION",
            ),
            route(
                Delete,
                "/agents/{agent_id}/group",
                "agents group remove AGENT",
            ),
            route(Get, "/agents/{agent_id}/group/is_sync", "agents sync ID"),
            route(
                Delete,
                "/agents/{agent_id}/group/{group_id}",
                "agents group remove AGENT GROUP",
            ),
            route(
                Put,
                "/agents/{agent_id}/group/{group_id}",
                "agents group add AGENT GROUP",
            ),
            route(Get, "/agents/{agent_id}/key", "agents key AGENT"),
            route(
                Put,
                "/agents/{agent_id}/restart",
                "api PUT /agents/AGENT/restart",
            ),
            route(
                Get,
                "/agents/{agent_id}/daemons/stats",
                "agents daemon-stats AGENT",
            ),
            route(
                Get,
                "/agents/{agent_id}/stats/{component}",
                "agents stats component AGENT COMPONENT",
            ),
            route(Put, "/agents/upgrade", "agents upgrade ID"),
            route(
                Put,
                "/agents/upgrade_custom",
                "agents upgrade ID --custom FILE",
            ),
            route(Get, "/agents/upgrade_result", "agents upgrade-result ID"),
            route(Get, "/agents/uninstall", "agents uninstall-check"),
            route(Delete, "/agents/group", "groups unassign GROUP ID"),
            route(Put, "/agents/group", "groups assign GROUP ID"),
            route(
                Put,
                "/agents/group/{group_id}/restart",
                "agents restart --group GROUP",
            ),
            route(
                Post,
                "/agents/insert",
                "agents insert NAME --id ID --key KEY",
            ),
            route(
                Post,
                "/agents/insert/quick",
                "api POST /agents/insert/quick",
            ),
            route(Get, "/agents/no_group", "agents no-group"),
            route(
                Put,
                "/agents/node/{node_id}/restart",
                "agents restart --node NODE",
            ),
            route(Get, "/agents/outdated", "agents outdated"),
            route(Put, "/agents/reconnect", "agents reconnect ID"),
            route(Put, "/agents/restart", "agents restart ID"),
            route(Get, "/agents/stats/distinct", "agents stats distinct FIELD"),
            route(Get, "/agents/summary/os", "agents summary --os"),
            route(Get, "/agents/summary/status", "agents summary"),
        ],
    ),
    (
        "Groups",
        &[
            route(Delete, "/groups", "groups delete GROUP"),
            route(Get, "/groups", "groups list"),
            route(Post, "/groups", "groups create NAME"),
            route(Get, "/groups/{group_id}/agents", "groups agents GROUP"),
            route(
                Get,
                "/groups/{group_id}/configuration",
                "groups config get GROUP",
            ),
            route(
                Put,
                "/groups/{group_id}/configuration",
                "groups config set GROUP --file AGENT_CONF",
            ),
            route(Get, "/groups/{group_id}/files", "groups files GROUP"),
            route(
                Get,
                "/groups/{group_id}/files/{file_name}",
                "groups file GROUP FILE",
            ),
        ],
    ),
    (
        "Ciscat",
        &[route(Get, "/ciscat/{agent_id}/results", "ciscat AGENT")],
    ),
    (
        "Cluster",
        &[
            route(Get, "/cluster/local/info", "cluster local info"),
            route(Get, "/cluster/local/config", "cluster local config"),
            route(Get, "/cluster/nodes", "cluster nodes"),
            route(Get, "/cluster/healthcheck", "cluster health"),
            route(
                Get,
                "/cluster/ruleset/synchronization",
                "cluster ruleset-sync",
            ),
            route(Get, "/cluster/status", "cluster status"),
            route(Get, "/cluster/api/config", "cluster api-config"),
            route(Get, "/cluster/{node_id}/status", "cluster node NODE status"),
            route(Get, "/cluster/{node_id}/info", "cluster node NODE info"),
            route(
                Get,
                "/cluster/{node_id}/configuration",
                "cluster node NODE config get",
            ),
            route(
                Put,
                "/cluster/{node_id}/configuration",
                "cluster node NODE config set OSSEC_CONF",
            ),
            route(
                Get,
                "/cluster/{node_id}/daemons/stats",
                "cluster node NODE daemon-stats",
            ),
            route(Get, "/cluster/{node_id}/stats", "cluster node NODE stats"),
            route(
                Get,
                "/cluster/{node_id}/stats/hourly",
                "cluster node NODE stats --hourly",
            ),
            route(
                Get,
                "/cluster/{node_id}/stats/weekly",
                "cluster node NODE stats --weekly",
            ),
            route(
                Get,
                "/cluster/{node_id}/stats/analysisd",
                "cluster node NODE stats --analysisd",
            ),
            route(
                Get,
                "/cluster/{node_id}/stats/remoted",
                "cluster node NODE stats --remoted",
            ),
            route(Get, "/cluster/{node_id}/logs", "cluster node NODE logs"),
            route(
                Get,
                "/cluster/{node_id}/logs/summary",
                "cluster node NODE logs summary",
            ),
            route(Put, "/cluster/restart", "cluster restart"),
            route(Get, "/cluster/configuration/validation", "cluster validate"),
            route(
                Get,
                "/cluster/{node_id}/configuration/{component}/{configuration}",
                "cluster node NODE config component COMPONENT CONFIGURATION",
            ),
        ],
    ),
    (
        "Lists",
        &[
            route(Get, "/lists", "lists list"),
            route(Get, "/lists/files/{filename}", "lists file get FILE"),
            route(Put, "/lists/files/{filename}", "lists file put LIST_FILE"),
            route(Delete, "/lists/files/{filename}", "lists file delete FILE"),
            route(Get, "/lists/files", "lists files"),
        ],
    ),
    (
        "Logtest",
        &[
            route(Put, "/logtest", "logtest LINE"),
            route(Delete, "/logtest/sessions/{token}", "logtest end TOKEN"),
        ],
    ),
    (
        "Manager",
        &[
            route(Get, "/manager/status", "manager status"),
            route(Get, "/manager/info", "manager info"),
            route(Get, "/manager/configuration", "manager config get"),
            route(
                Put,
                "/manager/configuration",
                "manager config set OSSEC_CONF",
            ),
            route(Get, "/manager/daemons/stats", "manager daemon-stats"),
            route(Get, "/manager/stats", "manager stats"),
            route(Get, "/manager/stats/hourly", "manager stats --hourly"),
            route(Get, "/manager/stats/weekly", "manager stats --weekly"),
            route(Get, "/manager/stats/analysisd", "manager stats --analysisd"),
            route(Get, "/manager/stats/remoted", "manager stats --remoted"),
            route(Get, "/manager/logs", "manager logs"),
            route(Get, "/manager/logs/summary", "manager logs summary"),
            route(Get, "/manager/api/config", "manager api-config"),
            route(Put, "/manager/restart", "manager restart"),
            route(
                Get,
                "/manager/configuration/validation",
                "manager config validate",
            ),
            route(
                Get,
                "/manager/configuration/{component}/{configuration}",
                "manager config component COMPONENT CONFIGURATION",
            ),
            route(Get, "/manager/version/check", "manager version-check"),
        ],
    ),
    (
        "MITRE",
        &[
            route(Get, "/mitre/groups", "mitre groups"),
            route(Get, "/mitre/metadata", "mitre metadata"),
            route(Get, "/mitre/mitigations", "mitre mitigations"),
            route(Get, "/mitre/references", "mitre references"),
            route(Get, "/mitre/software", "mitre software"),
            route(Get, "/mitre/tactics", "mitre tactics"),
            route(Get, "/mitre/techniques", "mitre techniques"),
        ],
    ),
    (
        "Rootcheck",
        &[
            route(Put, "/rootcheck", "rootcheck run ID"),
            route(Get, "/rootcheck/{agent_id}", "rootcheck results AGENT"),
            route(Delete, "/rootcheck/{agent_id}", "rootcheck clear AGENT"),
            route(
                Get,
                "/rootcheck/{agent_id}/last_scan",
                "rootcheck last-scan AGENT",
            ),
        ],
    ),
    (
        "Rules",
        &[
            route(Get, "/rules", "rules list"),
            route(Get, "/rules/groups", "rules groups"),
            route(
                Get,
                "/rules/requirement/{requirement}",
                "rules requirement REQUIREMENT",
            ),
            route(Get, "/rules/files", "rules files"),
            route(Get, "/rules/files/{filename}", "rules file get FILE"),
            route(Put, "/rules/files/{filename}", "rules file put FILE"),
            route(Delete, "/rules/files/{filename}", "rules file delete FILE"),
        ],
    ),
    (
        "SCA",
        &[
            route(Get, "/sca/{agent_id}", "sca AGENT"),
            route(
                Get,
                "/sca/{agent_id}/checks/{policy_id}",
                "sca AGENT POLICY",
            ),
        ],
    ),
    (
        "Syscheck",
        &[
            route(Put, "/syscheck", "syscheck run ID"),
            route(Get, "/syscheck/{agent_id}", "syscheck results AGENT"),
            route(Delete, "/syscheck/{agent_id}", "syscheck clear AGENT"),
            route(
                Get,
                "/syscheck/{agent_id}/last_scan",
                "syscheck last-scan AGENT",
            ),
        ],
    ),
    (
        "Decoders",
        &[
            route(Get, "/decoders", "decoders list"),
            route(Get, "/decoders/files", "decoders files"),
            route(Get, "/decoders/files/{filename}", "decoders file get FILE"),
            route(Put, "/decoders/files/{filename}", "decoders file put FILE"),
            route(
                Delete,
                "/decoders/files/{filename}",
                "decoders file delete FILE",
            ),
            route(Get, "/decoders/parents", "decoders parents"),
        ],
    ),
    ("Events", &[route(Post, "/events", "events send EVENT")]),
    (
        "Experimental",
        &[
            route(
                Delete,
                "/experimental/rootcheck",
                "rootcheck clear --all-agents",
            ),
            route(
                Delete,
                "/experimental/syscheck",
                "syscheck clear --all-agents",
            ),
            route(Get, "/experimental/ciscat/results", "ciscat fleet"),
            route(
                Get,
                "/experimental/syscollector/hardware",
                "syscollector fleet hardware",
            ),
            route(
                Get,
                "/experimental/syscollector/netaddr",
                "syscollector fleet netaddr",
            ),
            route(
                Get,
                "/experimental/syscollector/netiface",
                "syscollector fleet netiface",
            ),
            route(
                Get,
                "/experimental/syscollector/netproto",
                "syscollector fleet netproto",
            ),
            route(
                Get,
                "/experimental/syscollector/os",
                "syscollector fleet os",
            ),
            route(
                Get,
                "/experimental/syscollector/packages",
                "syscollector fleet packages",
            ),
            route(
                Get,
                "/experimental/syscollector/ports",
                "syscollector fleet ports",
            ),
            route(
                Get,
                "/experimental/syscollector/processes",
                "syscollector fleet processes",
            ),
            route(
                Get,
                "/experimental/syscollector/hotfixes",
                "syscollector fleet hotfixes",
            ),
        ],
    ),
    (
        "Syscollector",
        &[
            route(
                Get,
                "/syscollector/{agent_id}/hardware",
                "syscollector AGENT hardware",
            ),
            route(
                Get,
                "/syscollector/{agent_id}/hotfixes",
                "syscollector AGENT hotfixes",
            ),
            route(
                Get,
                "/syscollector/{agent_id}/netaddr",
                "syscollector AGENT netaddr",
            ),
            route(
                Get,
                "/syscollector/{agent_id}/netiface",
                "syscollector AGENT netiface",
            ),
            route(
                Get,
                "/syscollector/{agent_id}/netproto",
                "syscollector AGENT netproto",
            ),
            route(Get, "/syscollector/{agent_id}/os", "syscollector AGENT os"),
            route(
                Get,
                "/syscollector/{agent_id}/packages",
                "syscollector AGENT packages",
            ),
            route(
                Get,
                "/syscollector/{agent_id}/ports",
                "syscollector AGENT ports",
            ),
            route(
                Get,
                "/syscollector/{agent_id}/processes",
                "syscollector AGENT processes",
            ),
        ],
    ),
    (
        "Security",
        &[
            route(Post, "/security/user/authenticate", "login"),
            route(
                Get,
                "/security/user/authenticate",
                "api GET /security/user/authenticate",
            ),
            route(Delete, "/security/user/authenticate", "logout"),
            route(
                Post,
                "/security/user/authenticate/run_as",
                "login --run-as CONTEXT_JSON",
            ),
            route(Get, "/security/users/me", "whoami"),
            route(Get, "/security/users/me/policies", "whoami --policies"),
            route(Put, "/security/user/revoke", "security revoke"),
            route(
                Put,
                "/security/users/{user_id}/run_as",
                "security users run-as USER_ID true",
            ),
            route(Get, "/security/actions", "security actions"),
            route(Get, "/security/resources", "security resources"),
            route(Get, "/security/users", "security users list"),
            route(Post, "/security/users", "security users create USERNAME"),
            route(Delete, "/security/users", "security users delete ID"),
            route(
                Put,
                "/security/users/{user_id}",
                "security users update USER_ID",
            ),
            route(Get, "/security/roles", "security roles list"),
            route(Post, "/security/roles", "security roles create NAME"),
            route(Delete, "/security/roles", "security roles delete ID"),
            route(
                Put,
                "/security/roles/{role_id}",
                "security roles update ROLE_ID --name NAME",
            ),
            route(Get, "/security/rules", "security rules list"),
            route(
                Post,
                "/security/rules",
                "security rules create NAME RULE_JSON",
            ),
            route(Delete, "/security/rules", "security rules delete ID"),
            route(
                Put,
                "/security/rules/{rule_id}",
                "security rules update RULE_ID --name NAME",
            ),
            route(Get, "/security/policies", "security policies list"),
            route(
                Post,
                "/security/policies",
                "security policies create NAME POLICY_JSON",
            ),
            route(Delete, "/security/policies", "security policies delete ID"),
            route(
                Put,
                "/security/policies/{policy_id}",
                "security policies update POLICY_ID --name NAME",
            ),
            route(
                Post,
                "/security/users/{user_id}/roles",
                "security users add-role USER_ID ROLE_ID",
            ),
            route(
                Delete,
                "/security/users/{user_id}/roles",
                "security users remove-role USER_ID ROLE_ID",
            ),
            route(
                Post,
                "/security/roles/{role_id}/policies",
                "security roles add-policy ROLE_ID POLICY_ID",
            ),
            route(
                Delete,
                "/security/roles/{role_id}/policies",
                "security roles remove-policy ROLE_ID POLICY_ID",
            ),
            route(
                Post,
                "/security/roles/{role_id}/rules",
                "security roles add-rule ROLE_ID RULE_ID",
            ),
            route(
                Delete,
                "/security/roles/{role_id}/rules",
                "security roles remove-rule ROLE_ID RULE_ID",
            ),
            route(Get, "/security/config", "security config get"),
            route(
                Put,
                "/security/config",
                "security config set --rbac-mode white",
            ),
            route(Delete, "/security/config", "security config reset"),
        ],
    ),
    ("Overview", &[route(Get, "/overview/agents", "overview")]),
    ("Tasks", &[route(Get, "/tasks/status", "tasks list")]),
];

/// A sample value for each placeholder of the verbs, valid where the verbs take it; the
/// files (`FILE`, `LIST_FILE`, `OSSEC_CONF`, `AGENT_CONF`) are for the caller to provide.
pub const SAMPLES: &[(&str, &str)] = &[
    ("AGENT", "001"),
    ("ID", "001"),
    ("USER_ID", "100"),
    ("ROLE_ID", "100"),
    ("POLICY_ID", "100"),
    ("RULE_ID", "100"),
    ("GROUP", "default"),
    ("NODE", "master-node"),
    ("NAME", "lab"),
    ("USERNAME", "lab"),
    ("FILE", "local_rules.xml"),
    ("LIST_FILE", "admin-users"),
    ("OSSEC_CONF", "ossec.conf"),
    ("AGENT_CONF", "agent.conf"),
    ("FIELD", "os.platform"),
    ("COMPONENT", "agent"),
    ("CONFIGURATION", "client"),
    ("REQUIREMENT", "pci_dss"),
    ("POLICY", "cis_ubuntu22-04"),
    ("EVENT", "Dec  4 10:00:00 web sshd[1]: test"),
    ("LINE", "Dec  4 10:00:00 web sshd[1]: test"),
    ("TOKEN", "1a2b3c4d"),
    ("COMMAND", "restart-wazuh"),
    ("KEY", "MDAxIGxhYiBhbnkga2V5"),
    ("CONTEXT_JSON", r#"{"user_name": "lab"}"#),
    ("RULE_JSON", r#"{"FIND": {"user_name": "lab"}}"#),
    (
        "POLICY_JSON",
        r#"{"actions": ["agent:read"], "resources": ["agent:id:*"], "effect": "allow"}"#,
    ),
];

impl Route {
    /// The verb's words with each placeholder (a word in capitals, but not an HTTP method)
    /// replaced by its sample, or the first placeholder without one.
    pub fn sample_args(&self) -> Result<Vec<&'static str>, &'static str> {
        self.verb
            .split_whitespace()
            .map(|word| {
                let placeholder = word.chars().all(|c| c.is_ascii_uppercase() || c == '_')
                    && Method::parse(word).is_none();
                match placeholder {
                    true => SAMPLES
                        .iter()
                        .find(|(name, _)| *name == word)
                        .map(|(_, value)| *value)
                        .ok_or(word),
                    false => Ok(word),
                }
            })
            .collect()
    }
}

/// Every route, tag by tag.
pub fn routes() -> impl Iterator<Item = &'static Route> {
    TAGS.iter().flat_map(|(_, routes)| routes.iter())
}

/// The registry's operation of a route, when it is implemented.
fn implemented(route: &Route) -> Option<&'static Spec> {
    endpoints().find(|spec| spec.method == route.method && spec.path == route.path)
}

/// `docs/endpoints.md`: every operation by tag with its method, path, verb and RBAC actions.
pub fn markdown() -> String {
    let total = routes().count();
    let mut page = String::from(
        "# Endpoints\n\n\
         Every operation of the Wazuh 4.x API spec, by the spec's tag: the `wazuh-ctl` command \
         line that reaches it (placeholders in capitals) and the RBAC actions the caller needs. \
         `wazuh-ctl api METHOD PATH` reaches any operation; it is named here only where no \
         dedicated verb exists.\n\n\
         Generated by `wazuh-ctl generate endpoints --out docs` from the registry (`src/api`) \
         and the CLI's map (`src/cli/endpoint_map.rs`); a test fails when this page is stale.\n\n",
    );
    let _ = writeln!(page, "{total} operations, every one implemented.");
    for (tag, routes) in TAGS {
        let _ = write!(
            page,
            "\n## {tag}\n\n| Method | Path | CLI verb | RBAC actions |\n|---|---|---|---|\n"
        );
        for route in *routes {
            page.push_str(&row(route));
        }
    }
    page
}

/// One operation's table row.
fn row(route: &Route) -> String {
    let actions: Vec<String> = implemented(route)
        .into_iter()
        .flat_map(|spec| spec.actions)
        .map(|action| format!("`{action}`"))
        .collect();
    let actions = match actions.is_empty() {
        true => "—".to_string(),
        false => actions.join(", "),
    };
    format!(
        "| {} | `{}` | `wazuh-ctl {}` | {actions} |\n",
        route.method.as_str(),
        route.path,
        route.verb
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::operations::OPERATIONS;
    use crate::cli::Cli;
    use clap::Parser;

    #[test]
    fn every_operation_has_exactly_one_route() {
        for (method, path) in OPERATIONS {
            let count = routes()
                .filter(|route| route.method == *method && route.path == *path)
                .count();
            assert_eq!(count, 1, "{} {path}: {count} routes", method.as_str());
        }
        assert_eq!(
            routes().count(),
            OPERATIONS.len(),
            "a route of no operation"
        );
    }

    #[test]
    fn every_implemented_verb_is_a_command_line_of_the_cli() {
        for route in routes() {
            let args = route
                .sample_args()
                .unwrap_or_else(|word| panic!("`{}`: no sample for {word}", route.verb));
            let line = std::iter::once("wazuh-ctl").chain(args);
            if let Err(err) = Cli::try_parse_from(line) {
                panic!("`{}` does not parse: {err}", route.verb);
            }
        }
    }

    #[test]
    fn api_fallbacks_name_their_own_operation() {
        for route in routes().filter(|route| route.verb.starts_with("api ")) {
            let words: Vec<&str> = route.verb.split_whitespace().collect();
            assert_eq!(words[1], route.method.as_str(), "{}", route.verb);
            let placeholders = words[2].split('/').map(|segment| match segment {
                s if s.chars().all(|c| c.is_ascii_uppercase()) && !s.is_empty() => "{}",
                s => s,
            });
            let template = route
                .path
                .split('/')
                .map(|segment| match segment.starts_with('{') {
                    true => "{}",
                    false => segment,
                });
            assert!(placeholders.eq(template), "{}", route.verb);
        }
    }

    #[test]
    fn every_route_is_an_implemented_operation_with_its_actions() {
        let page = markdown();
        assert!(page.contains("| GET | `/agents` | `wazuh-ctl agents list` | `agent:read` |"));
        for route in routes() {
            assert!(implemented(route).is_some(), "{}", route.path);
        }
    }

    #[test]
    fn the_committed_page_is_what_the_generator_writes() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/endpoints.md");
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == markdown(),
            "docs/endpoints.md is stale: run `cargo run -- generate endpoints --out docs`"
        );
    }
}
