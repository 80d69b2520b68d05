//! One Wazuh manager node of the lab, as the Manager operations show it: the facts of its
//! installation (`GET /manager/info`), the states of its daemons (`GET /manager/status`), and
//! its files under its installation directory — `etc/ossec.conf`, written with the demo
//! configuration when the node first starts and read on every request ([`ossec_conf`] turns
//! it into Wazuh's JSON view), its own log `logs/ossec.log` ([`log`]) and its statistics
//! ([`stats`]: counters in memory, per-hour totals under `stats/`). The node the API runs on
//! is the demo cluster's master, installed in the data dir; its two workers are installed
//! under `cluster/` there ([`Node::all`]).
//!
//! Imports `api`, the demo cluster, and the server's `xml`, `error` and `ruleset` modules.

pub mod log;
pub mod ossec_conf;
pub mod stats;

use crate::api::codes::{
    BODY_NOT_UTF8, EMPTY_FILE, FILE_READ_ERROR, INVALID_CONFIGURATION, NO_SUCH_COMPONENT,
};
use crate::api::info::API_VERSION;
use crate::server::atomic;
use crate::server::demo::{ClusterNode, MASTER_OSSEC_CONF, NODES};
use crate::server::error::ApiError;
use crate::server::ruleset::Ruleset;
use log::{Level, NodeLog};
use serde_json::{json, Map, Value};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Where a node's configuration lives, under its installation directory.
const OSSEC_CONF: &str = "etc/ossec.conf";

/// Where the demo cluster's workers are installed, under the data dir (`cluster/worker1`).
const WORKERS_DIR: &str = "cluster";

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

    /// Every node of the demo cluster: the master (the data dir), then each worker, installed
    /// under `cluster/<name>` in the data dir.
    pub fn all(data_dir: &Path) -> Vec<Node> {
        NODES
            .iter()
            .map(|cluster| Node {
                cluster,
                root: match cluster.node_type {
                    "master" => data_dir.to_path_buf(),
                    _ => data_dir.join(WORKERS_DIR).join(cluster.name),
                },
            })
            .collect()
    }

    /// Its name in the cluster, e.g. `master-node`.
    pub fn name(&self) -> &'static str {
        self.cluster.name
    }

    /// Its place in the demo cluster: type and address.
    pub fn cluster(&self) -> &'static ClusterNode {
        self.cluster
    }

    /// Its installation directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The path of its configuration file, `etc/ossec.conf`.
    pub fn ossec_conf(&self) -> PathBuf {
        self.root.join(OSSEC_CONF)
    }

    /// The text of its configuration file; 1101 when it cannot be read. Blocking.
    pub fn read_ossec_conf(&self) -> Result<String, ApiError> {
        fs::read_to_string(self.ossec_conf())
            .map_err(|err| ApiError::code_with(NO_SUCH_COMPONENT, format!("{OSSEC_CONF}: {err}")))
    }

    /// Replaces its configuration file with `document` once it is valid (1908) and changes no
    /// protected section or option (1124, 1127, 1129), atomically, so a refused or
    /// interrupted upload leaves the file as it was; logs the change. Blocking.
    pub fn replace_ossec_conf(&self, document: &[u8]) -> Result<(), ApiError> {
        let document = std::str::from_utf8(document).map_err(|_| ApiError::code(BODY_NOT_UTF8))?;
        if document.trim().is_empty() {
            return Err(ApiError::code(EMPTY_FILE));
        }
        ossec_conf::validate(document)?;
        ossec_conf::check_protected(&self.read_ossec_conf()?, document)?;
        let target = self.ossec_conf();
        let dir = target.parent().unwrap_or(&self.root);
        atomic::write(dir, &target, document.as_bytes())
            .map_err(|err| ApiError::code_with(FILE_READ_ERROR, format!("{OSSEC_CONF}: {err}")))?;
        let change = format!("Configuration '{OSSEC_CONF}' replaced through the API.");
        self.log().info("wazuh-apid", &change);
        Ok(())
    }

    /// Start-up: writes the node's demo configuration unless it has one (an edited file is
    /// kept): the master's, with a worker's own name and type in its `<cluster>` section.
    /// Blocking.
    pub fn ensure_files(&self) -> io::Result<()> {
        let conf = self.ossec_conf();
        if conf.exists() {
            return Ok(());
        }
        if let Some(dir) = conf.parent() {
            fs::create_dir_all(dir)?;
        }
        let master = &NODES[0];
        let document = MASTER_OSSEC_CONF
            .replace(
                &format!("<node_name>{}</node_name>", master.name),
                &format!("<node_name>{}</node_name>", self.cluster.name),
            )
            .replace(
                &format!("<node_type>{}</node_type>", master.node_type),
                &format!("<node_type>{}</node_type>", self.cluster.node_type),
            );
        fs::write(conf, document)
    }

    /// Start-up of a standalone manager: writes the demo configuration with the cluster
    /// disabled unless the node has a configuration. Blocking.
    pub fn ensure_standalone_files(&self) -> io::Result<()> {
        self.ensure_files()?;
        let conf = self.ossec_conf();
        let document = fs::read_to_string(&conf)?;
        let enabled = "<hidden>no</hidden>\n    <disabled>no</disabled>\n  </cluster>";
        if document == MASTER_OSSEC_CONF && document.contains(enabled) {
            let disabled = enabled.replace("<disabled>no", "<disabled>yes");
            fs::write(conf, document.replace(enabled, &disabled))?;
        }
        Ok(())
    }

    /// Its own log, `logs/ossec.log`.
    pub fn log(&self) -> NodeLog {
        NodeLog::new(&self.root)
    }

    /// Logs a start-up as a manager's daemons do: each daemon it runs started (all of them
    /// in this one process), whether its configuration is valid, how many rules it loaded.
    /// Blocking.
    pub fn log_start(&self, rules: usize) {
        self.log_daemons_start(rules);
    }

    /// Logs a restart asked through the API, then the start-up it is. Blocking.
    pub fn log_restart(&self, rules: usize) {
        self.log()
            .info("wazuh-apid", "Restart requested through the API.");
        self.log_daemons_start(rules);
    }

    /// The start-up lines of [`Node::log_start`].
    fn log_daemons_start(&self, rules: usize) {
        let log = self.log();
        let pid = std::process::id();
        for (daemon, _) in DAEMONS.iter().filter(|(_, runs)| *runs) {
            log.info(daemon, &format!("Started (pid: {pid})."));
        }
        let checked = self
            .read_ossec_conf()
            .and_then(|document| ossec_conf::validate(&document));
        match checked {
            Ok(()) => log.info(
                "wazuh-analysisd",
                &format!("Configuration read from '{OSSEC_CONF}'."),
            ),
            Err(err) => log.write(
                "wazuh-analysisd",
                Level::Error,
                &format!(
                    "Invalid configuration in '{OSSEC_CONF}': {}",
                    err.body.detail
                ),
            ),
        }
        log.info(
            "wazuh-analysisd",
            &format!("Total rules enabled: '{rules}'"),
        );
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

/// The result of [`check_restart`]: each node's name and whether it may restart, and the
/// number of rules the ruleset loads.
pub type RestartCheck = (Vec<(&'static str, Result<(), ApiError>)>, usize);

/// Checks whether nodes can restart as a manager checks before restarting: each one's
/// `ossec.conf` must be valid and the ruleset of the data dir must load (1908 otherwise: a
/// broken file never takes a node down, it keeps running as it was). The result of each node,
/// in order, and the number of rules; `Err` when the ruleset does not load. Blocking.
pub fn check_restart(nodes: &[Node], data_dir: &Path) -> Result<RestartCheck, ApiError> {
    let ruleset = Ruleset::load(data_dir)
        .map_err(|err| ApiError::code_with(INVALID_CONFIGURATION, err.to_string()))?;
    let results = nodes
        .iter()
        .map(|node| {
            let checked = node
                .read_ossec_conf()
                .and_then(|document| ossec_conf::validate(&document));
            (node.name(), checked)
        })
        .collect();
    Ok((results, ruleset.rules().len()))
}
