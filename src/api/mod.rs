//! The contract between the CLI and the server: pure data describing every implemented
//! Wazuh API operation (method, path, RBAC actions, accepted query parameters, query types),
//! the response envelopes, the error-code table and the RBAC catalogue.
//!
//! This module does no I/O and imports nothing else from the crate: `client`, `output`, `cli`
//! and `server` all depend on it, never the other way round.

pub use agent_id::AgentId;

pub mod active_response;
pub mod agent_id;
pub mod agents;
pub mod ciscat;
pub mod cluster;
pub mod codes;
pub mod decoders;
pub mod envelope;
pub mod events;
pub mod experimental;
pub mod fields;
pub mod groups;
pub mod info;
pub mod lists;
pub mod logtest;
pub mod manager;
pub mod mitre;
pub mod operations;
pub mod overview;
pub mod params;
pub mod rbac;
pub mod rootcheck;
pub mod rules;
pub mod ruleset;
pub mod sca;
pub mod security;
pub mod syscheck;
pub mod syscollector;
pub mod tasks;
pub mod wql;

use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// An HTTP method used by the Wazuh API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method name as it appears on the wire (`GET`, `POST`, ...).
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }

    /// Parses a method name, case-insensitively.
    pub fn parse(name: &str) -> Option<Method> {
        match name.to_ascii_uppercase().as_str() {
            "GET" => Some(Method::Get),
            "POST" => Some(Method::Post),
            "PUT" => Some(Method::Put),
            "DELETE" => Some(Method::Delete),
            _ => None,
        }
    }
}

/// What a query parameter takes, as the spec types it: the server validates values by it
/// (connexion's checks) before decoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Any text (strings and comma-separated lists).
    Text,
    /// `true` or `false`, any case.
    Boolean,
    /// An integer.
    Integer,
    /// One of the spec's values, compared lower-cased as Wazuh does.
    Enum,
}

/// One query parameter of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// Its name, as the spec spells it.
    pub name: &'static str,
    /// What it takes.
    pub kind: Kind,
    /// Whether a request must give it.
    pub required: bool,
}

impl Param {
    /// A text parameter.
    pub const fn text(name: &'static str) -> Param {
        Param {
            name,
            kind: Kind::Text,
            required: false,
        }
    }

    /// A boolean parameter.
    pub const fn boolean(name: &'static str) -> Param {
        Param {
            name,
            kind: Kind::Boolean,
            required: false,
        }
    }

    /// An integer parameter.
    pub const fn integer(name: &'static str) -> Param {
        Param {
            name,
            kind: Kind::Integer,
            required: false,
        }
    }

    /// An enumerated parameter.
    pub const fn enumeration(name: &'static str) -> Param {
        Param {
            name,
            kind: Kind::Enum,
            required: false,
        }
    }

    /// The same parameter, which a request must give.
    pub const fn required(self) -> Param {
        Param {
            required: true,
            ..self
        }
    }
}

/// The query parameters of an operation: `pretty` and `wait_for_complete`, the parameters of
/// the groups named first, then the operation's own, e.g.
/// `query!(list, agent_attributes, [Param::text("agents_list")])`. The groups:
/// - `list`: offset, limit, select, sort, search, q, distinct;
/// - `list_without_distinct`: the same without distinct;
/// - `list_without_q`: offset, limit, select, sort, search;
/// - `agent_attributes`: the agent filters (os.platform, os.version, os.name, manager,
///   version, group, node_name, name, ip, registerIP).
macro_rules! query {
    ($($group:ident,)* [$($param:expr),* $(,)?]) => {
        query!(@ [params::PRETTY, params::WAIT_FOR_COMPLETE] $($group)* ; $($param),*)
    };
    (@ [$($done:expr),*] list $($rest:ident)* ; $($param:expr),*) => {
        query!(@ [$($done,)* params::OFFSET, params::LIMIT, params::SELECT, params::SORT,
            params::SEARCH, params::Q, params::DISTINCT] $($rest)* ; $($param),*)
    };
    (@ [$($done:expr),*] list_without_distinct $($rest:ident)* ; $($param:expr),*) => {
        query!(@ [$($done,)* params::OFFSET, params::LIMIT, params::SELECT, params::SORT,
            params::SEARCH, params::Q] $($rest)* ; $($param),*)
    };
    (@ [$($done:expr),*] list_without_q $($rest:ident)* ; $($param:expr),*) => {
        query!(@ [$($done,)* params::OFFSET, params::LIMIT, params::SELECT, params::SORT,
            params::SEARCH] $($rest)* ; $($param),*)
    };
    (@ [$($done:expr),*] agent_attributes $($rest:ident)* ; $($param:expr),*) => {
        query!(@ [$($done,)* params::AGENT_ATTRIBUTES[0], params::AGENT_ATTRIBUTES[1],
            params::AGENT_ATTRIBUTES[2], params::AGENT_ATTRIBUTES[3],
            params::AGENT_ATTRIBUTES[4], params::AGENT_ATTRIBUTES[5],
            params::AGENT_ATTRIBUTES[6], params::AGENT_ATTRIBUTES[7],
            params::AGENT_ATTRIBUTES[8], params::AGENT_ATTRIBUTES[9]] $($rest)* ; $($param),*)
    };
    (@ [$($done:expr),*] ; $($param:expr),*) => {
        &[$($done,)* $($param),*]
    };
}
pub(crate) use query;

/// The static description of one API operation, exactly as the Wazuh spec names it.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// HTTP method.
    pub method: Method,
    /// Path with `{name}` placeholders spelled as in the spec, e.g. `/groups/{group_id}/agents`.
    pub path: &'static str,
    /// The spec's operationId (the controller function), e.g. `...agent_controller.get_agents`.
    pub operation_id: &'static str,
    /// RBAC actions the caller needs (empty for the few unguarded operations).
    pub actions: &'static [&'static str],
    /// Every query parameter the operation accepts, with its kind; anything else is a 400.
    pub query: &'static [Param],
}

impl Spec {
    /// True when the operation accepts generic list parameters: all of them (offset, limit,
    /// ...), or only `select` (the one-item syscollector reads).
    pub fn is_list(&self) -> bool {
        self.accepts("limit") || self.accepts("select")
    }

    /// Whether the operation accepts the query parameter `name`.
    pub fn accepts(&self, name: &str) -> bool {
        self.param(name).is_some()
    }

    /// The query parameter `name` of the operation, when it accepts one.
    pub fn param(&self, name: &str) -> Option<&'static Param> {
        self.query.iter().find(|param| param.name == name)
    }

    /// The number of `{name}` placeholders in the path.
    pub const fn placeholders(&self) -> usize {
        let bytes = self.path.as_bytes();
        let (mut count, mut at) = (0, 0);
        while at < bytes.len() {
            if bytes[at] == b'{' {
                count += 1;
            }
            at += 1;
        }
        count
    }

    /// Fills the `{name}` placeholders of the path with the given values, in order,
    /// percent-encoding each value as one path segment. [`path_of`] checks the number of
    /// values when the program is compiled; this is for specs known only at run time.
    pub fn path_with<'a>(&self, values: impl IntoIterator<Item = &'a str>) -> String {
        let mut out = String::with_capacity(self.path.len());
        let mut rest = self.path;
        let mut values = values.into_iter();
        while let Some(start) = rest.find('{') {
            let end = rest[start..]
                .find('}')
                .map(|e| start + e + 1)
                .unwrap_or(rest.len());
            out.push_str(&rest[..start]);
            out.push_str(&encode_segment(values.next().unwrap_or("")));
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }
}

/// The values of an operation's `{name}` path placeholders, in the path's order: an array of
/// as many values as the path has placeholders.
pub trait PathValues {
    /// How many values there are.
    const COUNT: usize;
    /// The values, in order.
    fn values(&self) -> impl Iterator<Item = &str>;
}

impl<const N: usize> PathValues for [&str; N] {
    const COUNT: usize = N;

    fn values(&self) -> impl Iterator<Item = &str> {
        self.iter().copied()
    }
}

/// The path of `E` with its placeholders filled by `values` (see [`Spec::path_with`]); a number
/// of values other than the path's placeholders does not compile.
pub fn path_of<E: Endpoint, P: PathValues>(values: &P) -> String {
    const {
        assert!(
            E::SPEC.placeholders() == P::COUNT,
            "the path values do not match the endpoint's placeholders"
        )
    };
    E::SPEC.path_with(values.values())
}

/// Percent-encodes a value so it stays one path segment.
pub fn encode_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The query of operations that take no parameters of their own.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct NoQuery {}

/// One implemented operation: its spec plus the typed query parameters specific to it
/// (the common and list parameters live in [`params`]).
pub trait Endpoint {
    /// The static description of the operation.
    const SPEC: Spec;
    /// Operation-specific query parameters (filters); `()`-like empty struct when none.
    type Query: Serialize + DeserializeOwned + Default + Send + Sync + 'static;
}

/// Every operation implemented by both halves, one slice per endpoint group (each
/// `api/<group>.rs` lists its own in its `ENDPOINTS`). The conformance test checks each against
/// `shared/wazuh-api/endpoints.tsv`; the rest of [`operations::OPERATIONS`] is not implemented yet.
pub const GROUPS: &[&[Spec]] = &[
    info::ENDPOINTS,
    active_response::ENDPOINTS,
    agents::ENDPOINTS,
    agents::upgrade::ENDPOINTS,
    tasks::ENDPOINTS,
    agents::runtime::ENDPOINTS,
    groups::ENDPOINTS,
    events::ENDPOINTS,
    overview::ENDPOINTS,
    rootcheck::ENDPOINTS,
    rules::ENDPOINTS,
    decoders::ENDPOINTS,
    lists::ENDPOINTS,
    logtest::ENDPOINTS,
    security::ENDPOINTS,
    security::rbac_views::ENDPOINTS,
    syscheck::ENDPOINTS,
    manager::ENDPOINTS,
    cluster::ENDPOINTS,
    mitre::ENDPOINTS,
    syscollector::ENDPOINTS,
    sca::ENDPOINTS,
    ciscat::ENDPOINTS,
    experimental::ENDPOINTS,
];

/// Every implemented operation.
pub fn endpoints() -> impl Iterator<Item = &'static Spec> + Clone {
    GROUPS.iter().flat_map(|group| group.iter())
}

/// The list operations whose items' fields are declared here (the server's collections use
/// the same lists): what `q` may name, so the client checks field names before sending.
const DECLARED_FIELDS: &[(&Spec, &[fields::Field])] = &[
    (&agents::ListAgents::SPEC, agents::AGENT_FIELDS),
    (&groups::ListGroups::SPEC, groups::GROUP_FIELDS),
    (&tasks::ListTasks::SPEC, tasks::TASK_FIELDS),
    (&security::ListUsers::SPEC, security::USER_FIELDS),
    (&security::ListRoles::SPEC, security::ROLE_FIELDS),
    (&security::ListPolicies::SPEC, security::POLICY_FIELDS),
    (&security::ListRules::SPEC, security::RULE_FIELDS),
    (&rules::ListRules::SPEC, rules::RULE_FIELDS),
    (&rules::ListRuleFiles::SPEC, ruleset::RULESET_FILE_FIELDS),
    (&decoders::ListDecoders::SPEC, decoders::DECODER_FIELDS),
    (
        &decoders::ListParentDecoders::SPEC,
        decoders::DECODER_FIELDS,
    ),
    (
        &decoders::ListDecoderFiles::SPEC,
        ruleset::RULESET_FILE_FIELDS,
    ),
    (&lists::ListLists::SPEC, lists::LIST_FIELDS),
    (&lists::ListListFiles::SPEC, ruleset::RULESET_FILE_FIELDS),
    (&sca::ListScaPolicies::SPEC, sca::SCA_POLICY_FIELDS),
    (&sca::ListScaChecks::SPEC, sca::SCA_CHECK_FIELDS),
    (&ciscat::ListCiscatResults::SPEC, ciscat::CISCAT_FIELDS),
    (&cluster::ListNodes::SPEC, cluster::NODE_FIELDS),
    (&agents::DeleteAgents::SPEC, agents::AGENT_FIELDS),
    (&agents::ListAgentsWithoutGroup::SPEC, agents::AGENT_FIELDS),
    (&agents::ListOutdatedAgents::SPEC, agents::AGENT_FIELDS),
    (&agents::DistinctAgentFields::SPEC, agents::AGENT_FIELDS),
    (&agents::upgrade::UpgradeAgents::SPEC, agents::AGENT_FIELDS),
    (
        &agents::upgrade::UpgradeAgentsCustom::SPEC,
        agents::AGENT_FIELDS,
    ),
    (
        &agents::upgrade::GetUpgradeResult::SPEC,
        agents::AGENT_FIELDS,
    ),
    (&groups::ListGroupAgents::SPEC, agents::AGENT_FIELDS),
    (&groups::ListGroupFiles::SPEC, groups::GROUP_FILE_FIELDS),
    (&rootcheck::ListRootcheck::SPEC, rootcheck::ROOTCHECK_FIELDS),
    (&syscheck::ListSyscheck::SPEC, syscheck::SYSCHECK_FIELDS),
    (&manager::GetLogs::SPEC, manager::LOG_FIELDS),
    (&cluster::GetNodeLogs::SPEC, manager::LOG_FIELDS),
    (
        &syscollector::ListHotfixes::SPEC,
        syscollector::HOTFIXES_FIELDS,
    ),
    (
        &syscollector::ListNetaddr::SPEC,
        syscollector::NETADDR_FIELDS,
    ),
    (
        &syscollector::ListNetiface::SPEC,
        syscollector::NETIFACE_FIELDS,
    ),
    (
        &syscollector::ListNetproto::SPEC,
        syscollector::NETPROTO_FIELDS,
    ),
    (
        &syscollector::ListPackages::SPEC,
        syscollector::PACKAGES_FIELDS,
    ),
    (&syscollector::ListPorts::SPEC, syscollector::PORTS_FIELDS),
    (
        &syscollector::ListProcesses::SPEC,
        syscollector::PROCESSES_FIELDS,
    ),
    (&mitre::ListMitreTactics::SPEC, mitre::TACTICS_FIELDS),
    (&mitre::ListMitreTechniques::SPEC, mitre::TECHNIQUES_FIELDS),
    (&mitre::ListMitreGroups::SPEC, mitre::GROUPS_FIELDS),
    (&mitre::ListMitreSoftware::SPEC, mitre::SOFTWARE_FIELDS),
    (
        &mitre::ListMitreMitigations::SPEC,
        mitre::MITIGATIONS_FIELDS,
    ),
    (&mitre::ListMitreReferences::SPEC, mitre::REFERENCES_FIELDS),
];

/// The fields of the items of the list operation at a method and path (a template, or a path
/// with its values); empty when they are not declared.
pub fn fields_of(method: Method, path: &str) -> &'static [fields::Field] {
    let segments = |path: &'static str| path.trim_matches('/').split('/');
    let typed: Vec<&str> = path.trim_matches('/').split('/').collect();
    let matches = |spec: &Spec| {
        spec.method == method
            && segments(spec.path).count() == typed.len()
            && segments(spec.path)
                .zip(&typed)
                .all(|(template, typed)| template.starts_with('{') || template == *typed)
    };
    DECLARED_FIELDS
        .iter()
        .find(|(spec, _)| matches(spec))
        .map_or(&[], |(_, fields)| fields)
}

/// Finds the implemented operation for a method and a spec path template.
pub fn find(method: Method, path: &str) -> Option<&'static Spec> {
    endpoints().find(|spec| spec.method == method && spec.path == path)
}
