//! One Wazuh manager node of the lab, as the Manager operations show it: the facts of its
//! installation (`GET /manager/info`) and the states of its daemons (`GET /manager/status`).
//! The node the API runs on is the demo cluster's master, installed in the data dir.
//!
//! Plain data: imports only `api` (the version the lab speaks) and the demo cluster.

use crate::api::info::API_VERSION;
use crate::server::demo::{ClusterNode, NODES};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// The time zone every lab node runs in (its log lines are written in it).
const TIME_ZONE: (&str, &str) = ("+0000", "UTC");

/// The daemons of a manager, in the order Wazuh lists them, and whether a lab node runs
/// them: those of a default manager installation, which configures no agentless monitoring,
/// syslog or database output, integration, e-mail or report.
const DAEMONS: [(&str, bool); 17] = [
    ("wazuh-agentlessd", false),
    ("wazuh-analysisd", true),
    ("wazuh-authd", true),
    ("wazuh-csyslogd", false),
    ("wazuh-dbd", false),
    ("wazuh-monitord", true),
    ("wazuh-execd", true),
    ("wazuh-integratord", false),
    ("wazuh-logcollector", true),
    ("wazuh-maild", false),
    ("wazuh-remoted", true),
    ("wazuh-reportd", false),
    ("wazuh-syscheckd", true),
    ("wazuh-clusterd", true),
    ("wazuh-modulesd", true),
    ("wazuh-db", true),
    ("wazuh-apid", true),
];

/// A manager node: which node of the demo cluster it is, and where it is installed.
#[derive(Debug, Clone)]
pub struct Node {
    cluster: &'static ClusterNode,
    root: PathBuf,
}

impl Node {
    /// The node the API runs on, installed in the data dir.
    pub fn local(data_dir: &Path) -> Node {
        Node {
            cluster: &NODES[0],
            root: data_dir.to_path_buf(),
        }
    }

    /// Its name in the cluster, e.g. `master-node`.
    pub fn name(&self) -> &'static str {
        self.cluster.name
    }

    /// The Wazuh version it runs, e.g. `v4.12.0`.
    pub fn version(&self) -> String {
        format!("v{API_VERSION}")
    }

    /// Its installation facts, as `GET /manager/info` shows them.
    pub fn info(&self) -> Value {
        let (tz_offset, tz_name) = TIME_ZONE;
        json!({
            "path": self.root.display().to_string(),
            "version": self.version(),
            "type": "server",
            "max_agents": "unlimited",
            "openssl_support": "yes",
            "tz_offset": tz_offset,
            "tz_name": tz_name,
        })
    }

    /// The state of each of its daemons (`running` or `stopped`), as `GET /manager/status`
    /// shows them.
    pub fn daemons(&self) -> Value {
        let states: Map<String, Value> = DAEMONS
            .iter()
            .map(|&(daemon, runs)| {
                let state = if runs { "running" } else { "stopped" };
                (daemon.to_string(), Value::from(state))
            })
            .collect();
        Value::Object(states)
    }
}
