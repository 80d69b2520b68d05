//! The state every command runs with: the config file, the printer, the global flags, and the
//! API client, built only when a command first needs it. Also resolves *which* server to talk
//! to: flags and environment over the named (or current) context of the config file.
//!
//! Imports `client` and `output`; never `server`.

use super::auth;
use super::curl::{self, Auth};
use super::error::{error_line, stderr_color, stderr_line, CliError};
use super::GlobalArgs;
use crate::client::config::{Config, Context};
use crate::client::tokens::SecretStore;
use crate::client::{Client, Request, Target};
use crate::output::{Column, Format, Printer, Terminal};
use serde_json::Value;
use std::io::{IsTerminal, Write};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Request timeout when neither a flag nor the context sets one.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// The context `wazuh-ctl serve` writes.
pub const LAB_CONTEXT: &str = "lab";
/// The user of the lab context.
pub const LAB_USER: &str = "wazuh";
/// The lab server's default password, used only for the `lab` context on a loopback URL, and
/// only for its default user.
pub const LAB_DEFAULT_PASSWORD: &str = "wazuh";
/// The context `wazuh-ctl serve --ephemeral` writes (and removes on exit).
pub const LAB_EPHEMERAL_CONTEXT: &str = "lab-ephemeral";
/// The context name reported when WAZUH_URL gives a server no context has.
pub const ENV_CONTEXT: &str = "env";
/// The context name reported when `--url` gives a server no context has.
pub const URL_FLAG_CONTEXT: &str = "--url";

/// What every command runs with.
pub struct Ctx {
    /// The config file's contents (empty when there is none).
    pub config: Config,
    /// Where the config file is, when a location could be determined.
    pub config_path: Option<PathBuf>,
    /// Prints answers in the chosen format.
    pub printer: Printer,
    /// The global flags.
    pub global: GlobalArgs,
    client: OnceLock<Client>,
}

impl Ctx {
    /// Loads the config and builds the printer; `default_format` replaces the printer's own
    /// default (table on a terminal, JSON otherwise) when `-o` is not given.
    pub fn new(global: GlobalArgs, default_format: Option<Format>) -> Result<Ctx, CliError> {
        let config_path = Config::default_path().ok();
        let config = match &config_path {
            Some(path) => Config::load(path)?,
            None => Config::default(),
        };
        let printer = Printer::new(
            global.output.or(default_format),
            global.jq.as_deref(),
            global.fields.clone(),
            Terminal::of_stdout(global.no_color),
        )?;
        Ok(Ctx {
            config,
            config_path,
            printer,
            global,
            client: OnceLock::new(),
        })
    }

    /// The config file path, or an error saying how to set one.
    pub fn config_path(&self) -> Result<&Path, CliError> {
        self.config_path.as_deref().ok_or_else(|| {
            CliError::local(
                "cannot find a place for the config file",
                Some("set WAZUH_CTL_CONFIG to the file to use"),
            )
        })
    }

    /// The resolved target and the secret store that goes with it.
    pub fn target(&self) -> Result<(Target, SecretStore), CliError> {
        resolve(
            &self.global,
            std::env::var("WAZUH_PASSWORD").ok(),
            &self.config,
            self.config_path.as_deref(),
        )
    }

    /// The secret store of a context, as the config (or WAZUH_CTL_TOKEN_STORE) asks for.
    pub fn secret_store(&self, context: &Context) -> Result<SecretStore, CliError> {
        secret_store(&self.config, context, self.config_path.as_deref())
    }

    /// The API client, built on first use.
    pub fn client(&self) -> Result<&Client, CliError> {
        if let Some(client) = self.client.get() {
            return Ok(client);
        }
        let (target, store) = self.target()?;
        let mut client = Client::new(target, store)?
            .with_rate(self.global.rate)
            .with_progress(!self.global.quiet && std::io::stderr().is_terminal());
        if let Some(millis) = self.global.retry_backoff_ms {
            client = client.with_backoff(Duration::from_millis(millis));
        }
        if auth::can_prompt() {
            client = client.with_password_prompt(Arc::new(|user: &str, url: &str| {
                auth::prompt_password(user, url).ok()
            }));
        }
        Ok(self.client.get_or_init(|| client))
    }

    /// Sends a request and returns the answer's body; with `--dry-run` prints the request as
    /// a curl command instead and returns `None`.
    pub async fn send(&self, request: &Request) -> Result<Option<Value>, CliError> {
        if self.global.dry_run {
            let (target, _) = self.target()?;
            self.out(&curl::render(&target, request, Auth::Bearer))?;
            return Ok(None);
        }
        let response = self.client()?.send(request).await?;
        Ok(Some(response.body))
    }

    /// Prints an API answer with the columns of its item type; a text answer (plain or XML
    /// file contents) is printed as it came unless `--jq` asks for more.
    pub fn print(&self, envelope: &Value, columns: &[Column]) -> Result<(), CliError> {
        let mut stdout = std::io::stdout().lock();
        match envelope {
            Value::String(text) if self.global.jq.is_none() => {
                stdout.write_all(text.as_bytes())?;
                if !text.ends_with('\n') {
                    stdout.write_all(b"\n")?;
                }
            }
            _ => self.printer.print(&mut stdout, envelope, columns)?,
        }
        stdout.flush()?;
        Ok(())
    }

    /// Writes one line on stdout.
    pub fn out(&self, line: &str) -> Result<(), CliError> {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{line}")?;
        stdout.flush()?;
        Ok(())
    }

    /// Writes `wazuh-ctl: error: <line>` on stderr, even with `--quiet`.
    pub fn warn(&self, line: &str) {
        stderr_line(&error_line(line, stderr_color(self.global.no_color)));
    }

    /// Writes a note on stderr, unless `--quiet`.
    pub fn note(&self, line: &str) {
        if !self.global.quiet {
            stderr_line(line);
        }
    }
}

/// Resolves the target: `--context`/WAZUH_CONTEXT or the current context gives the defaults,
/// flags and environment variables override them. The context's stored secrets are used only
/// against the context's own URL; any other target keeps its secrets in memory.
pub fn resolve(
    global: &GlobalArgs,
    env_password: Option<String>,
    config: &Config,
    config_path: Option<&Path>,
) -> Result<(Target, SecretStore), CliError> {
    let (name, context) = pick_context(global, config)?;
    let url = match (&global.url, context) {
        (Some(url), _) => normalize_url(url)?,
        (None, Some(context)) => normalize_url(&context.url)?,
        (None, None) => return Err(no_server()),
    };
    let own_url = context.is_some_and(|context| same_url(&context.url, &url));
    let context_name = match (&name, own_url) {
        (Some(name), true) => name.clone(),
        _ if global.url_from_flag => URL_FLAG_CONTEXT.to_string(),
        _ => ENV_CONTEXT.to_string(),
    };
    let defaults = context.cloned().unwrap_or_default();
    // Another server does not get this context's trust settings.
    let (ca_cert, insecure) = match own_url {
        true => (defaults.ca_cert.clone(), defaults.insecure),
        false => (None, false),
    };
    let user = global.user.clone().or(defaults.user.clone());
    let lab_user = user.as_deref().is_none_or(|user| user == LAB_USER);
    let lab_server = is_lab_context(&context_name) && is_loopback(&url);
    let default_password = (lab_server && lab_user).then(|| LAB_DEFAULT_PASSWORD.to_string());
    let store = match context {
        Some(context) if own_url => secret_store(config, context, config_path)?,
        _ => SecretStore::memory(),
    };
    let target = Target {
        context: context_name,
        url,
        user,
        ca_cert: global.ca_cert.clone().or(ca_cert),
        insecure: global.insecure || insecure,
        timeout: global
            .timeout
            .or(defaults.timeout)
            .map_or(DEFAULT_TIMEOUT, Duration::from_secs),
        password: env_password,
        default_password,
        token: global.token.clone(),
        verbose: global.verbose,
        login_command: String::new(),
        lab_server,
    };
    let target = Target {
        login_command: login_command(global, &target, own_url, defaults.user.as_deref()),
        ..target
    };
    Ok((target, store))
}

/// True for the contexts `wazuh-ctl serve` writes.
pub fn is_lab_context(name: &str) -> bool {
    name == LAB_CONTEXT || name == LAB_EPHEMERAL_CONTEXT
}

/// True for the names of a target no context holds (from `--url` or WAZUH_URL).
pub fn is_unsaved_context(name: &str) -> bool {
    name == ENV_CONTEXT || name == URL_FLAG_CONTEXT
}

/// `wazuh-ctl login` with the flags that reach the same target and user: `--context` when
/// one was named, `--user` when it is not the context's own, and `--url` without a context.
fn login_command(
    global: &GlobalArgs,
    target: &Target,
    own_url: bool,
    context_user: Option<&str>,
) -> String {
    let mut command = String::from("wazuh-ctl");
    if !own_url {
        command.push_str(&format!(" --url {}", target.url));
    } else if global.context.is_some() {
        command.push_str(&format!(" --context {}", target.context));
    }
    if let Some(user) = target
        .user
        .as_deref()
        .filter(|user| Some(*user) != context_user)
    {
        command.push_str(&format!(" --user {user}"));
    }
    command.push_str(" login");
    command
}

/// The context named by `--context`/WAZUH_CONTEXT, else the current one (if it exists).
fn pick_context<'c>(
    global: &GlobalArgs,
    config: &'c Config,
) -> Result<(Option<String>, Option<&'c Context>), CliError> {
    if let Some(name) = &global.context {
        return match config.contexts.get(name) {
            Some(context) => Ok((Some(name.clone()), Some(context))),
            None => Err(CliError::usage(
                format!("no context named `{name}` in the config"),
                Some("list the contexts with `wazuh-ctl config list`"),
            )),
        };
    }
    let Some(name) = &config.current_context else {
        return Ok((None, None));
    };
    match config.contexts.get(name) {
        Some(context) => Ok((Some(name.clone()), Some(context))),
        None if global.url.is_some() => Ok((None, None)),
        None => Err(CliError::usage(
            format!("the current context `{name}` is not in the config"),
            Some("pick one with `wazuh-ctl config use NAME` (see `wazuh-ctl config list`)"),
        )),
    }
}

/// The error when nothing says which server to talk to.
fn no_server() -> CliError {
    CliError::usage(
        "no Wazuh API to talk to",
        Some(
            "set WAZUH_URL and WAZUH_USER (password in WAZUH_PASSWORD), add a context with \
             `wazuh-ctl config set NAME --url URL --user USER`, or start a lab with `wazuh-ctl serve`",
        ),
    )
}

/// The secret store WAZUH_CTL_TOKEN_STORE, else the context's `token-store`, else the
/// config's asks for (the OS keyring by default; the file store sits next to the config file).
fn secret_store(
    config: &Config,
    context: &Context,
    config_path: Option<&Path>,
) -> Result<SecretStore, CliError> {
    let Some(config_dir) = config_path.and_then(Path::parent) else {
        return Ok(SecretStore::memory());
    };
    let configured = context.token_store.as_ref().or(config.token_store.as_ref());
    SecretStore::select(configured.map(String::as_str), config_dir)
        .map_err(|err| CliError::Client(err.into()))
}

/// Checks a base URL is http(s) and drops trailing slashes.
pub fn normalize_url(url: &str) -> Result<String, CliError> {
    let trimmed = url.trim().trim_end_matches('/');
    let host = trimmed
        .strip_prefix("https://")
        .or_else(|| trimmed.strip_prefix("http://"));
    match host {
        Some(host) if !host.is_empty() => Ok(trimmed.to_string()),
        _ => Err(CliError::usage(
            format!("`{url}` is not an http(s) URL"),
            Some("give the API's base URL, e.g. https://wazuh.example.com:55000"),
        )),
    }
}

/// True when two base URLs are the same server (trailing slashes ignored).
fn same_url(a: &str, b: &str) -> bool {
    a.trim().trim_end_matches('/') == b.trim().trim_end_matches('/')
}

/// True when the URL's host is `localhost` or a loopback address.
pub fn is_loopback(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn context(url: &str, user: Option<&str>) -> Context {
        Context {
            url: url.into(),
            user: user.map(str::to_string),
            ..Context::default()
        }
    }

    fn config_with(current: &str, contexts: &[(&str, Context)]) -> Config {
        Config {
            current_context: Some(current.into()),
            token_store: None,
            contexts: contexts
                .iter()
                .map(|(name, context)| (name.to_string(), context.clone()))
                .collect(),
        }
    }

    #[test]
    fn environment_alone_works_without_a_config() {
        let global = GlobalArgs {
            url: Some("https://wazuh.example.com:55000/".into()),
            user: Some("admin".into()),
            ..GlobalArgs::default()
        };
        let (target, store) =
            resolve(&global, Some("pw".into()), &Config::default(), None).unwrap();
        assert_eq!(target.url, "https://wazuh.example.com:55000");
        assert_eq!(target.context, ENV_CONTEXT);
        assert_eq!(target.user.as_deref(), Some("admin"));
        assert_eq!(target.password.as_deref(), Some("pw"));
        assert_eq!(target.timeout, DEFAULT_TIMEOUT);
        assert!(matches!(store, SecretStore::Memory(_)));
    }

    #[test]
    fn nothing_configured_is_a_usage_error_with_a_hint() {
        let err = resolve(&GlobalArgs::default(), None, &Config::default(), None).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.hint().unwrap().contains("wazuh-ctl serve"));
    }

    #[test]
    fn flags_and_env_override_the_current_context() {
        let mut prod = context("https://prod:55000", Some("alice"));
        prod.timeout = Some(5);
        let config = config_with("prod", &[("prod", prod)]);
        let global = GlobalArgs {
            user: Some("bob".into()),
            timeout: Some(60),
            insecure: true,
            ..GlobalArgs::default()
        };
        let path = Path::new("/home/u/.config/wazuh-ctl/config.toml");
        let (target, store) = resolve(&global, None, &config, Some(path)).unwrap();
        assert_eq!(target.context, "prod");
        assert_eq!(target.url, "https://prod:55000");
        assert_eq!(target.user.as_deref(), Some("bob"));
        assert_eq!(target.timeout, Duration::from_secs(60));
        assert!(target.insecure);
        assert_eq!(target.password, None);
        assert!(matches!(store, SecretStore::Keyring(_)));
    }

    #[test]
    fn another_url_does_not_get_the_context_secrets() {
        let config = config_with("prod", &[("prod", context("https://prod:55000", None))]);
        let global = GlobalArgs {
            url: Some("https://other:55000".into()),
            ..GlobalArgs::default()
        };
        let (target, store) = resolve(&global, None, &config, None).unwrap();
        assert_eq!(target.url, "https://other:55000");
        assert_eq!(target.context, ENV_CONTEXT);
        assert!(matches!(store, SecretStore::Memory(_)));
    }

    #[test]
    fn another_url_gets_neither_the_context_ca_nor_its_name() {
        let mut prod = context("https://prod:55000", Some("alice"));
        prod.ca_cert = Some(PathBuf::from("/etc/prod-ca.pem"));
        prod.insecure = true;
        let config = config_with("prod", &[("prod", prod)]);
        let mut global = GlobalArgs {
            url: Some("https://other:55000".into()),
            ..GlobalArgs::default()
        };
        let (target, _) = resolve(&global, None, &config, None).unwrap();
        assert_eq!(target.ca_cert, None);
        assert!(!target.insecure);
        assert_eq!(target.context, ENV_CONTEXT);
        global.url_from_flag = true;
        let (target, _) = resolve(&global, None, &config, None).unwrap();
        assert_eq!(target.context, URL_FLAG_CONTEXT);
        global.url = Some("https://prod:55000/".into());
        let (target, _) = resolve(&global, None, &config, None).unwrap();
        assert_eq!(target.context, "prod");
        assert_eq!(target.ca_cert, Some(PathBuf::from("/etc/prod-ca.pem")));
    }

    #[test]
    fn a_named_context_wins_over_the_current_one_and_must_exist() {
        let config = config_with(
            "prod",
            &[
                ("prod", context("https://prod:55000", None)),
                ("test", context("https://test:55000", Some("tester"))),
            ],
        );
        let mut global = GlobalArgs {
            context: Some("test".into()),
            ..GlobalArgs::default()
        };
        let (target, _) = resolve(&global, None, &config, None).unwrap();
        assert_eq!(target.url, "https://test:55000");
        assert_eq!(target.user.as_deref(), Some("tester"));
        global.context = Some("nope".into());
        let err = resolve(&global, None, &config, None).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn the_lab_on_loopback_knows_its_default_password() {
        let lab = context("https://127.0.0.1:55000", Some(LAB_USER));
        let config = config_with(LAB_CONTEXT, &[(LAB_CONTEXT, lab)]);
        let (target, _) = resolve(&GlobalArgs::default(), None, &config, None).unwrap();
        assert_eq!(target.password, None);
        assert_eq!(
            target.default_password.as_deref(),
            Some(LAB_DEFAULT_PASSWORD)
        );
        assert!(target.lab_server);
        let ephemeral = context("https://127.0.0.1:41000", Some(LAB_USER));
        let config = config_with(LAB_EPHEMERAL_CONTEXT, &[(LAB_EPHEMERAL_CONTEXT, ephemeral)]);
        let (target, _) = resolve(&GlobalArgs::default(), None, &config, None).unwrap();
        assert!(target.lab_server);
        assert_eq!(
            target.default_password.as_deref(),
            Some(LAB_DEFAULT_PASSWORD)
        );
        let (target, _) = resolve(
            &GlobalArgs::default(),
            Some("changed".into()),
            &config,
            None,
        )
        .unwrap();
        assert_eq!(target.password.as_deref(), Some("changed"));
    }

    #[test]
    fn a_remote_lab_or_another_name_gets_no_default_password() {
        let remote = config_with(
            LAB_CONTEXT,
            &[(LAB_CONTEXT, context("https://10.0.0.5:55000", None))],
        );
        let (target, _) = resolve(&GlobalArgs::default(), None, &remote, None).unwrap();
        assert_eq!(target.password, None);
        let other = config_with("dev", &[("dev", context("https://127.0.0.1:55000", None))]);
        let (target, _) = resolve(&GlobalArgs::default(), None, &other, None).unwrap();
        assert_eq!(target.password, None);
    }

    #[test]
    fn another_user_of_the_lab_gets_no_default_password() {
        let lab = context("https://127.0.0.1:55000", Some(LAB_USER));
        let config = config_with(LAB_CONTEXT, &[(LAB_CONTEXT, lab)]);
        let global = GlobalArgs {
            user: Some("analyst".into()),
            ..GlobalArgs::default()
        };
        let (target, _) = resolve(&global, None, &config, None).unwrap();
        assert_eq!(target.default_password, None);
    }

    #[test]
    fn the_file_store_sits_next_to_the_config() {
        let mut config = config_with("prod", &[("prod", context("https://prod:55000", None))]);
        config.token_store = Some("file".into());
        let path = Path::new("/home/u/.config/wazuh-ctl/config.toml");
        let (_, store) = resolve(&GlobalArgs::default(), None, &config, Some(path)).unwrap();
        match store {
            SecretStore::File(file) => {
                assert_eq!(file, Path::new("/home/u/.config/wazuh-ctl/secrets.toml"))
            }
            other => panic!("expected the file store, got {other:?}"),
        }
        config.token_store = Some("plaintext".into());
        assert!(resolve(&GlobalArgs::default(), None, &config, Some(path)).is_err());
    }

    #[test]
    fn the_login_command_repeats_the_context_and_user_that_were_given() {
        let config = config_with(
            "prod",
            &[
                ("prod", context("https://prod:55000", Some("alice"))),
                ("test", context("https://test:55000", Some("tester"))),
            ],
        );
        let login = |global: GlobalArgs| resolve(&global, None, &config, None).unwrap().0;
        assert_eq!(
            login(GlobalArgs::default()).login_command,
            "wazuh-ctl login"
        );
        let named = GlobalArgs {
            context: Some("test".into()),
            user: Some("bob".into()),
            ..GlobalArgs::default()
        };
        assert_eq!(
            login(named).login_command,
            "wazuh-ctl --context test --user bob login"
        );
        let elsewhere = GlobalArgs {
            url: Some("https://other:55000".into()),
            ..GlobalArgs::default()
        };
        assert_eq!(
            login(elsewhere).login_command,
            "wazuh-ctl --url https://other:55000 login"
        );
    }

    #[test]
    fn urls_are_checked_and_loopback_is_recognised() {
        assert!(normalize_url("wazuh:55000").is_err());
        assert_eq!(normalize_url("http://h:1//").unwrap(), "http://h:1");
        assert!(is_loopback("https://127.0.0.1:55000"));
        assert!(is_loopback("https://127.8.9.1"));
        assert!(is_loopback("https://[::1]:55000/"));
        assert!(is_loopback("http://LOCALHOST:8080"));
        assert!(!is_loopback("https://localhost.evil.com:55000"));
        assert!(!is_loopback("https://192.168.1.2:55000"));
    }
}
