//! The built-in demo dataset: the manager, 12 agents in 4 groups over 3 cluster nodes (the
//! topology of the Wazuh API test environment), synthetic agents for scale, and the default
//! RBAC data and the demo ruleset. Deterministic: the same on every start.
//!
//! Plain data, no storage: `server::store` writes it into a new database, `server::ruleset`
//! the ruleset into a new data dir. Imports nothing internal.

pub mod agent_runtime;
mod agents;
pub mod os;
pub mod rbac;
pub mod rng;
pub mod ruleset;

pub use agents::agents;

use rng::{key_of, Rng};

/// The configuration (`etc/ossec.conf`) of the demo cluster's master: our own lab settings
/// in Wazuh's format, two `<ossec_config>` blocks as real installations often have.
pub const MASTER_OSSEC_CONF: &str = include_str!("ossec.conf");

/// The far-future keep-alive Wazuh shows for the manager (`9999-12-31T23:59:59+00:00`).
pub const MANAGER_KEEP_ALIVE: i64 = 253_402_300_799;

/// The node name Wazuh gives agents that never reported to a node.
pub const UNKNOWN_NODE: &str = "unknown";

/// A node of the demo cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterNode {
    /// Node name, e.g. `master-node`.
    pub name: &'static str,
    /// `master` or `worker`.
    pub node_type: &'static str,
    /// Node address.
    pub ip: &'static str,
    /// Host name of the manager on that node (the `manager` field of its agents).
    pub hostname: &'static str,
}

/// The demo cluster: one master, two workers.
pub const NODES: [ClusterNode; 3] = [
    ClusterNode {
        name: "master-node",
        node_type: "master",
        ip: "10.10.0.2",
        hostname: "wazuh-master",
    },
    ClusterNode {
        name: "worker1",
        node_type: "worker",
        ip: "10.10.1.2",
        hostname: "wazuh-worker1",
    },
    ClusterNode {
        name: "worker2",
        node_type: "worker",
        ip: "10.10.2.2",
        hostname: "wazuh-worker2",
    },
];

/// The demo agent groups, `default` first.
pub const GROUP_NAMES: [&str; 4] = ["default", "group1", "group2", "group3"];

/// An agent group with the checksums of its shared files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Group name.
    pub name: &'static str,
    /// MD5-like checksum of the merged shared files (`merged.mg`).
    pub merged_sum: String,
    /// MD5-like checksum of the group's `agent.conf`.
    pub config_sum: String,
}

/// The demo groups, in `GROUP_NAMES` order.
pub fn groups() -> Vec<Group> {
    GROUP_NAMES
        .iter()
        .map(|&name| {
            let (merged_sum, config_sum) = checksums_of(&[name]);
            Group {
                name,
                merged_sum,
                config_sum,
            }
        })
        .collect()
}

/// The (merged, config) checksums of a set of groups (an agent's group list); the same set
/// always has the same checksums.
fn checksums_of(groups: &[&str]) -> (String, String) {
    let mut rng = Rng::keyed(key_of(&groups.join(",")));
    (rng.hex(16), rng.hex(16))
}

/// An agent's connection status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Connected and sending keep-alives.
    Active,
    /// Started connecting, not finished.
    Pending,
    /// Registered, never connected.
    NeverConnected,
    /// Stopped sending keep-alives.
    Disconnected,
}

impl Status {
    /// The status as the API writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Pending => "pending",
            Status::NeverConnected => "never_connected",
            Status::Disconnected => "disconnected",
        }
    }
}

/// The operating system an agent reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentOs {
    /// The release (name, version, codename, ...).
    pub release: &'static os::OsRelease,
    /// `os.uname`, which includes the host name.
    pub uname: String,
}

/// One agent of the demo dataset. Times are unix seconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// Numeric id (`0` is the manager).
    pub id: u32,
    /// Agent name.
    pub name: String,
    /// Address the agent connects from (the registration address when it never connected).
    pub ip: String,
    /// Address given at registration (`any` when none).
    pub register_ip: String,
    /// Connection status.
    pub status: Status,
    /// Wazuh's connection status code (0 ok, 3 shutdown received, 4 no keep-alive).
    pub status_code: u8,
    /// Operating system, once the agent has reported it.
    pub os: Option<AgentOs>,
    /// Agent version, e.g. `Wazuh v4.12.0`.
    pub version: Option<&'static str>,
    /// Host name of the manager the agent reports to.
    pub manager: Option<&'static str>,
    /// Cluster node the agent reports to (`unknown` when it never did).
    pub node_name: &'static str,
    /// Registration time.
    pub date_add: i64,
    /// Last keep-alive.
    pub last_keep_alive: Option<i64>,
    /// When the agent was marked disconnected.
    pub disconnection_time: Option<i64>,
    /// Checksum of the merged shared files the agent has.
    pub merged_sum: Option<String>,
    /// Checksum of the `agent.conf` the agent has.
    pub config_sum: Option<String>,
    /// `synced` or `not synced`.
    pub group_config_status: &'static str,
    /// Group names in assignment order.
    pub groups: Vec<&'static str>,
    /// The agent's enrollment key (64 hex characters), never shown by `GET /agents`.
    pub key: String,
}
