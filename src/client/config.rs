//! The CLI configuration: kubectl-like contexts in TOML under the platform config dir
//! (override: WAZUH_CTL_CONFIG), always written with mode 0600.
//!
//! Owns the file format and the edits behind `config list|use|set|delete|view`; knows nothing
//! of HTTP or secrets (those live in the keyring or the secret store, never here).

use super::private_file::write_private;
use crate::exit::{EXIT_LOCAL, EXIT_USAGE};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The environment variable that overrides the config file path.
pub const CONFIG_ENV: &str = "WAZUH_CTL_CONFIG";

/// The keys `config set` accepts, in the order they are documented.
pub const CONTEXT_KEYS: [&str; 6] = [
    "url",
    "user",
    "ca-cert",
    "insecure",
    "timeout",
    "token-store",
];

/// The token stores a context (or the whole file) may name.
pub const TOKEN_STORES: [&str; 3] = ["keyring", "file", "memory"];

/// Failures reading or writing the config.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// No home directory, so no platform config directory.
    #[error("cannot find the config directory (no home directory); set {CONFIG_ENV}")]
    NoConfigDir,
    /// The file exists but cannot be read.
    #[error("cannot read config file {}: {source}", path.display())]
    Read {
        /// The config file.
        path: PathBuf,
        /// The I/O failure.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has unknown keys or wrong types.
    #[error("malformed config file {}, line {line}: {message}", path.display())]
    Malformed {
        /// The config file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// What the parser said.
        message: String,
    },
    /// The file cannot be written.
    #[error("cannot write config file {}: {source}", path.display())]
    Write {
        /// The config file.
        path: PathBuf,
        /// The I/O failure.
        source: std::io::Error,
    },
    /// The config cannot be written as TOML (e.g. a CA path that is not UTF-8).
    #[error("cannot write the config as TOML: {0}")]
    Unserializable(String),
    /// A context name that is not in the config.
    #[error("no context named `{0}`")]
    UnknownContext(String),
    /// A value `config set` cannot accept.
    #[error("invalid value for `{key}`: {message}")]
    InvalidValue {
        /// The key being set.
        key: String,
        /// Why the value is rejected.
        message: String,
    },
}

impl ConfigError {
    /// The exit code: 2 for bad input (malformed file, unknown context, bad value), 7 (a local
    /// setup problem) when the file cannot be found, read or written.
    pub fn exit_code(&self) -> u8 {
        match self {
            ConfigError::NoConfigDir | ConfigError::Read { .. } | ConfigError::Write { .. } => {
                EXIT_LOCAL
            }
            ConfigError::Malformed { .. }
            | ConfigError::Unserializable(_)
            | ConfigError::UnknownContext(_)
            | ConfigError::InvalidValue { .. } => EXIT_USAGE,
        }
    }

    /// What the user can do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            ConfigError::Malformed { path, .. } => Some(format!(
                "fix {} (or delete it to start over)",
                path.display()
            )),
            ConfigError::UnknownContext(_) => {
                Some("see the contexts with `wazuh-ctl config list`".to_string())
            }
            ConfigError::InvalidValue { .. } => {
                Some(format!("the keys are: {}", CONTEXT_KEYS.join(", ")))
            }
            ConfigError::NoConfigDir
            | ConfigError::Read { .. }
            | ConfigError::Write { .. }
            | ConfigError::Unserializable(_) => None,
        }
    }
}

/// The whole config file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Config {
    /// The context used when none is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_context: Option<String>,
    /// Where secrets go when the context does not say: `keyring` (default), `file` (insecure
    /// opt-in) or `memory` (never cached).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_store: Option<String>,
    /// Named servers.
    #[serde(default)]
    pub contexts: BTreeMap<String, Context>,
}

/// One server.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
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
    /// Where this context's secrets go (`keyring`, `file` or `memory`), over the file's
    /// `token-store`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_store: Option<String>,
}

impl Config {
    /// The config file path: WAZUH_CTL_CONFIG, else `<config dir>/wazuh-ctl/config.toml`.
    pub fn default_path() -> Result<PathBuf, ConfigError> {
        path_or_default(std::env::var_os(CONFIG_ENV))
    }

    /// Reads the config; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&text, path),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(source) => Err(ConfigError::Read {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    /// Parses config text; `path` only names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|err| ConfigError::Malformed {
            path: path.to_path_buf(),
            line: err.span().map_or(1, |span| line_of(text, span.start)),
            message: err.message().lines().next().unwrap_or("").to_string(),
        })
    }

    /// Writes the config atomically with mode 0600, creating the directory.
    pub fn save(&self, path: &Path) -> Result<(), ConfigError> {
        write_private(path, &self.to_toml()?).map_err(|source| ConfigError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// The config as TOML text (what `save` writes and `config view` shows).
    pub fn to_toml(&self) -> Result<String, ConfigError> {
        toml::to_string(self).map_err(|err| ConfigError::Unserializable(err.to_string()))
    }

    /// The context of that name.
    pub fn context(&self, name: &str) -> Result<&Context, ConfigError> {
        self.contexts
            .get(name)
            .ok_or_else(|| ConfigError::UnknownContext(name.to_string()))
    }

    /// Makes an existing context the current one.
    pub fn use_context(&mut self, name: &str) -> Result<(), ConfigError> {
        self.context(name)?;
        self.current_context = Some(name.to_string());
        Ok(())
    }

    /// Adds or replaces a context (the current context is left alone).
    pub fn set_context(&mut self, name: &str, context: Context) {
        self.contexts.insert(name.to_string(), context);
    }

    /// Sets one key of a context (see [`CONTEXT_KEYS`]), creating the context if needed; an
    /// empty value clears an optional key.
    pub fn set_value(&mut self, name: &str, key: &str, value: &str) -> Result<(), ConfigError> {
        let mut context = self.contexts.get(name).cloned().unwrap_or_default();
        apply_value(&mut context, key, value)?;
        self.contexts.insert(name.to_string(), context);
        Ok(())
    }

    /// Removes a context, and forgets it as the current one if it was.
    pub fn remove_context(&mut self, name: &str) -> Result<Context, ConfigError> {
        let removed = self
            .contexts
            .remove(name)
            .ok_or_else(|| ConfigError::UnknownContext(name.to_string()))?;
        if self.current_context.as_deref() == Some(name) {
            self.current_context = None;
        }
        Ok(removed)
    }
}

/// The override path when it is set and not empty, else the platform default.
fn path_or_default(override_path: Option<std::ffi::OsString>) -> Result<PathBuf, ConfigError> {
    if let Some(path) = override_path.filter(|value| !value.is_empty()) {
        return Ok(PathBuf::from(path));
    }
    let dirs =
        directories::ProjectDirs::from("", "", "wazuh-ctl").ok_or(ConfigError::NoConfigDir)?;
    Ok(dirs.config_dir().join("config.toml"))
}

fn apply_value(context: &mut Context, key: &str, value: &str) -> Result<(), ConfigError> {
    let invalid = |message: &str| ConfigError::InvalidValue {
        key: key.to_string(),
        message: message.to_string(),
    };
    let optional = |value: &str| (!value.is_empty()).then(|| value.to_string());
    match key {
        "url" => {
            let parsed = reqwest::Url::parse(value)
                .map_err(|err| invalid(&format!("{err} (expected e.g. https://host:55000)")))?;
            if !matches!(parsed.scheme(), "http" | "https") {
                return Err(invalid("the URL must start with https:// or http://"));
            }
            context.url = value.trim_end_matches('/').to_string();
        }
        "user" => context.user = optional(value),
        "ca-cert" => context.ca_cert = optional(value).map(PathBuf::from),
        "insecure" => {
            context.insecure = value
                .parse()
                .map_err(|_| invalid("expected true or false"))?;
        }
        "timeout" => {
            context.timeout = match value {
                "" => None,
                _ => Some(
                    value
                        .parse()
                        .ok()
                        .filter(|seconds| *seconds > 0)
                        .ok_or_else(|| invalid("expected a whole number of seconds"))?,
                ),
            };
        }
        "token-store" if value.is_empty() => context.token_store = None,
        "token-store" if TOKEN_STORES.contains(&value) => {
            context.token_store = Some(value.to_string());
        }
        "token-store" => return Err(invalid("expected keyring, file or memory")),
        _ => return Err(invalid("unknown key")),
    }
    Ok(())
}

fn line_of(text: &str, byte: usize) -> usize {
    let end = byte.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Config {
        let mut config = Config {
            current_context: Some("lab".to_string()),
            token_store: Some("file".to_string()),
            ..Config::default()
        };
        config.set_context(
            "lab",
            Context {
                url: "https://127.0.0.1:55000".to_string(),
                user: Some("wazuh".to_string()),
                ca_cert: Some(PathBuf::from("/tmp/lab.pem")),
                insecure: false,
                timeout: Some(30),
                token_store: Some("memory".to_string()),
            },
        );
        config.set_context(
            "prod",
            Context {
                url: "https://wazuh.example:55000".to_string(),
                insecure: true,
                ..Context::default()
            },
        );
        config
    }

    #[test]
    fn round_trips_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        let config = sample();
        config.save(&path).unwrap();
        assert_eq!(Config::load(&path).unwrap(), config);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("current-context = \"lab\""), "{text}");
        assert!(text.contains("[contexts.lab]"), "{text}");
        assert!(text.contains("ca-cert = \"/tmp/lab.pem\""), "{text}");
        assert!(text.contains("token-store = \"memory\""), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn saved_file_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        sample().save(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn missing_file_is_an_empty_config() {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::load(&dir.path().join("nope.toml")).unwrap();
        assert_eq!(config, Config::default());
    }

    #[test]
    fn malformed_file_names_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "current-context = \"lab\"\n[contexts.lab]\nurl = https://x\n",
        )
        .unwrap();
        let err = Config::load(&path).unwrap_err();
        assert!(
            matches!(err, ConfigError::Malformed { line: 3, .. }),
            "{err:?}"
        );
        let text = err.to_string();
        assert!(text.contains(&path.display().to_string()), "{text}");
        assert!(text.contains("line 3"), "{text}");
        assert!(!text.contains('\n'), "{text}");
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let err = Config::parse(
            "[contexts.lab]\nurl = \"https://x\"\nca_cert = \"a\"\n",
            Path::new("c"),
        )
        .unwrap_err();
        assert!(
            matches!(err, ConfigError::Malformed { line: 3, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn override_path_wins_over_the_platform_default() {
        let path = path_or_default(Some("/somewhere/else.toml".into())).unwrap();
        assert_eq!(path, PathBuf::from("/somewhere/else.toml"));
        let default = path_or_default(Some("".into())).unwrap();
        assert!(
            default.ends_with("wazuh-ctl/config.toml"),
            "{}",
            default.display()
        );
    }

    #[test]
    fn set_use_and_remove_contexts() {
        let mut config = Config::default();
        config
            .set_value("dev", "url", "https://dev:55000/")
            .unwrap();
        config.set_value("dev", "user", "admin").unwrap();
        config.set_value("dev", "insecure", "true").unwrap();
        config.set_value("dev", "timeout", "5").unwrap();
        config.set_value("dev", "token-store", "file").unwrap();
        let dev = config.context("dev").unwrap();
        assert_eq!(dev.token_store.as_deref(), Some("file"));
        assert_eq!(dev.url, "https://dev:55000");
        assert_eq!(dev.user.as_deref(), Some("admin"));
        assert!(dev.insecure);
        assert_eq!(dev.timeout, Some(5));

        config.set_value("dev", "user", "").unwrap();
        assert_eq!(config.context("dev").unwrap().user, None);

        config.use_context("dev").unwrap();
        assert_eq!(config.current_context.as_deref(), Some("dev"));
        assert!(matches!(
            config.use_context("nope"),
            Err(ConfigError::UnknownContext(_))
        ));

        config.remove_context("dev").unwrap();
        assert_eq!(config.current_context, None);
        assert!(matches!(
            config.remove_context("dev"),
            Err(ConfigError::UnknownContext(_))
        ));
    }

    #[test]
    fn bad_values_are_rejected_with_exit_code_2() {
        let mut config = Config::default();
        for (key, value) in [
            ("url", "not a url"),
            ("url", "ftp://x"),
            ("insecure", "yes"),
            ("timeout", "0"),
            ("timeout", "ten"),
            ("token-store", "plaintext"),
            ("colour", "red"),
        ] {
            let err = config.set_value("x", key, value).unwrap_err();
            assert!(
                matches!(err, ConfigError::InvalidValue { .. }),
                "{key}={value}"
            );
            assert_eq!(err.exit_code(), 2);
            assert!(err.hint().unwrap().contains("ca-cert"));
        }
        assert!(config.contexts.is_empty());
    }
}
