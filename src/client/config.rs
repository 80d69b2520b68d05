//! The CLI configuration: kubectl-like contexts in TOML under the platform config dir
//! (override: WAZUH_CTL_CONFIG), always written with mode 0600.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Failures reading or writing the config.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Being written.
    #[error("config: being written")]
    Pending,
}

/// The whole config file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Config {
    /// The context used when none is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_context: Option<String>,
    /// Where secrets go: `keyring` (default) or `file` (insecure opt-in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_store: Option<String>,
    /// Named servers.
    #[serde(default)]
    pub contexts: BTreeMap<String, Context>,
}

/// One server.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Context {
    /// Base URL.
    pub url: String,
    /// User name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// CA certificate to trust.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_cert: Option<PathBuf>,
    /// Skip certificate verification.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure: bool,
    /// Request timeout in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
}

impl Config {
    /// The config file path: WAZUH_CTL_CONFIG, else `<config dir>/wazuh-ctl/config.toml`.
    pub fn default_path() -> Result<PathBuf, ConfigError> {
        unimplemented!("config: being written")
    }

    /// Reads the config; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let _ = path;
        unimplemented!("config: being written")
    }

    /// Writes the config atomically with mode 0600, creating the directory.
    pub fn save(&self, path: &Path) -> Result<(), ConfigError> {
        let _ = path;
        unimplemented!("config: being written")
    }
}
