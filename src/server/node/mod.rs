//! One Wazuh manager node of the lab, as the Manager operations show it: the facts of its
//! installation (`GET /manager/info`). The node the API runs on is the demo cluster's master,
//! installed in the data dir.
//!
//! Plain data: imports only `api` (the version the lab speaks).

use crate::api::info::API_VERSION;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// The time zone every lab node runs in (its log lines are written in it).
const TIME_ZONE: (&str, &str) = ("+0000", "UTC");

/// A manager node: where it is installed.
#[derive(Debug, Clone)]
pub struct Node {
    root: PathBuf,
}

impl Node {
    /// The node the API runs on, installed in the data dir.
    pub fn local(data_dir: &Path) -> Node {
        Node {
            root: data_dir.to_path_buf(),
        }
    }

    /// Its installation facts, as `GET /manager/info` shows them.
    pub fn info(&self) -> Value {
        let (tz_offset, tz_name) = TIME_ZONE;
        json!({
            "path": self.root.display().to_string(),
            "version": format!("v{API_VERSION}"),
            "type": "server",
            "max_agents": "unlimited",
            "openssl_support": "yes",
            "tz_offset": tz_offset,
            "tz_name": tz_name,
        })
    }
}
