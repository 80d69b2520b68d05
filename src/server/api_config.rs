//! The API configuration `serve --config FILE` reads: a TOML file with the names and defaults
//! of Wazuh's `api.yaml` (`../shared/wazuh-api/api-defaults.yaml`) for the settings this server
//! honours — `max_upload_size`, the `access` limits and `experimental_features` — plus one of its own,
//! `max_connections` (Wazuh's server has no such setting). Every key is optional; a key this
//! server does not know is rejected at start, as Wazuh rejects unknown `api.yaml` keys.
//!
//! Imports nothing from the crate.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Wazuh's default `max_upload_size` (10 MiB).
pub const DEFAULT_MAX_UPLOAD_SIZE: usize = 10 * 1024 * 1024;
/// The default `max_connections`.
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;

/// The settings of the API configuration file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ApiConfig {
    /// Largest request body in bytes; 0 = unlimited (413 when exceeded).
    pub max_upload_size: usize,
    /// Connections served at once (at least 1); more are closed as they come.
    pub max_connections: usize,
    /// Request and login limits.
    pub access: Access,
    /// Whether the `Experimental` operations are served (else 404 / 1122).
    pub experimental_features: bool,
}

/// The `access` section: request and login limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Access {
    /// Failed logins from one IP before it is blocked.
    pub max_login_attempts: u32,
    /// Seconds a client IP's failed logins (and its block) are remembered.
    pub block_time: u64,
    /// Requests per minute the whole API accepts; 0 disables the limit.
    pub max_request_per_minute: u32,
}

impl Default for ApiConfig {
    fn default() -> ApiConfig {
        ApiConfig {
            max_upload_size: DEFAULT_MAX_UPLOAD_SIZE,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            access: Access::default(),
            experimental_features: false,
        }
    }
}

impl Default for Access {
    fn default() -> Access {
        Access {
            max_login_attempts: 50,
            block_time: 300,
            max_request_per_minute: 300,
        }
    }
}

/// Why the configuration file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ApiConfigError {
    /// The file could not be read.
    #[error("cannot read the API configuration {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not valid TOML, has an unknown key or a value of the wrong type.
    #[error("invalid API configuration {path}: {reason}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, with the key and its position.
        reason: String,
    },
}

impl ApiConfig {
    /// Reads and validates a configuration file.
    pub fn load(path: &Path) -> Result<ApiConfig, ApiConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ApiConfigError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        ApiConfig::parse(&text).map_err(|reason| ApiConfigError::Invalid {
            path: path.to_path_buf(),
            reason,
        })
    }

    /// Parses the TOML text of a configuration file.
    pub fn parse(text: &str) -> Result<ApiConfig, String> {
        let config: ApiConfig = toml::from_str(text).map_err(|err| err.to_string())?;
        if config.access.max_login_attempts == 0 {
            return Err("access.max_login_attempts must be at least 1".to_string());
        }
        if config.max_connections == 0 {
            return Err("max_connections must be at least 1".to_string());
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_file_gives_the_wazuh_defaults() {
        let config = ApiConfig::parse("").unwrap();
        assert_eq!(config, ApiConfig::default());
        assert_eq!(config.max_upload_size, 10_485_760);
        assert_eq!(config.max_connections, 1024);
        assert_eq!(config.access.max_login_attempts, 50);
        assert_eq!(config.access.block_time, 300);
        assert_eq!(config.access.max_request_per_minute, 300);
        assert!(!config.experimental_features);
    }

    #[test]
    fn experimental_features_are_turned_on_by_their_key() {
        let config = ApiConfig::parse("experimental_features = true\n").unwrap();
        assert!(config.experimental_features);
        assert!(ApiConfig::parse("experimental_features = \"yes\"\n").is_err());
    }

    #[test]
    fn given_keys_replace_their_defaults_only() {
        let config = ApiConfig::parse(
            "max_upload_size = 1024\nmax_connections = 8\n\
             [access]\nmax_login_attempts = 3\nblock_time = 5\n",
        )
        .unwrap();
        assert_eq!(config.max_upload_size, 1024);
        assert_eq!(config.max_connections, 8);
        assert_eq!(config.access.max_login_attempts, 3);
        assert_eq!(config.access.block_time, 5);
        assert_eq!(config.access.max_request_per_minute, 300);
    }

    #[test]
    fn unknown_keys_are_rejected_with_their_name() {
        let err = ApiConfig::parse("[access]\nmax_requests = 3\n").unwrap_err();
        assert!(err.contains("unknown field `max_requests`"), "{err}");
        let err = ApiConfig::parse("colour = true\n").unwrap_err();
        assert!(err.contains("unknown field `colour`"), "{err}");
    }

    #[test]
    fn wrong_types_and_zero_login_attempts_or_connections_are_rejected() {
        assert!(ApiConfig::parse("[access]\nblock_time = \"5m\"\n").is_err());
        assert!(ApiConfig::parse("[access]\nblock_time = -1\n").is_err());
        let err = ApiConfig::parse("[access]\nmax_login_attempts = 0\n").unwrap_err();
        assert!(err.contains("max_login_attempts"), "{err}");
        let err = ApiConfig::parse("max_connections = 0\n").unwrap_err();
        assert!(err.contains("max_connections"), "{err}");
    }

    #[test]
    fn a_missing_file_names_the_path() {
        let err = ApiConfig::load(Path::new("/nonexistent/api.toml")).unwrap_err();
        assert!(err.to_string().contains("/nonexistent/api.toml"), "{err}");
    }
}
