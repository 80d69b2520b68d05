//! `wazuh-ctl serve`: runs the embedded Wazuh-compatible API, points the `lab` context of the
//! CLI config at it (`lab-ephemeral` for `--ephemeral`, removed again on exit, so `lab` keeps
//! pointing at the lasting lab) and makes it current when no context is, then prints its URL as
//! the first line of stdout, so `wazuh-ctl agents list` in another terminal works with no flags.
//!
//! The only module of `cli` that imports `server`.

use super::ctx::{LAB_CONTEXT, LAB_EPHEMERAL_CONTEXT, LAB_USER};
use super::error::{stderr_line, CliError};
use super::GlobalArgs;
use crate::client::config::{Config, Context};
use crate::server::api_config::{ApiConfig, ApiConfigError};
use crate::server::{self, Ready, ServeError, ServeOptions};
use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;

/// How long a new connection may take to send its first request's headers (slow clients are
/// disconnected).
const HEADER_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// How long a kept-alive connection may stay idle before it is closed (nginx's default).
const KEEPALIVE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(75);

/// The arguments of `serve`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The server keeps its database, certificate and keys in the data \
directory. Users: wazuh/wazuh and wazuh-wui/wazuh-wui, as in Wazuh. It refuses to listen beyond \
loopback while those default passwords are unchanged."
)]
pub struct ServeArgs {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:55000", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// Directory for the database, certificate and keys (default: the platform data dir).
    #[arg(long, value_name = "DIR", conflicts_with = "ephemeral")]
    pub data_dir: Option<PathBuf>,
    /// Use a temporary data directory, deleted on exit; the context is `lab-ephemeral`,
    /// removed on exit (`lab` is left alone).
    #[arg(long)]
    pub ephemeral: bool,
    /// Serve plain HTTP instead of HTTPS.
    #[arg(long)]
    pub http: bool,
    /// How many agents a new database gets (at least the 12 demo agents).
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub agents: usize,
    /// Token lifetime in seconds, for testing expiry.
    #[arg(long, hide = true, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    pub token_lifetime: Option<u64>,
    /// Seconds each phase of an agent upgrade task lasts (Pending, then In progress).
    #[arg(long, value_name = "SECS", default_value_t = 3)]
    pub task_seconds: u64,
    /// Seconds between the lab agents' keep-alives (a few agents flap); 0 freezes the fleet.
    #[arg(long, value_name = "SECS", default_value_t = 10)]
    pub keepalive_seconds: u64,
    /// Run one manager without a cluster: a new data dir's ossec.conf has the cluster
    /// disabled (no workers), and the cluster operations answer as a standalone manager's do.
    #[arg(long)]
    pub standalone: bool,
    /// API configuration (TOML, the names of Wazuh's api.yaml): max_upload_size,
    /// experimental_features and [access] max_login_attempts, block_time,
    /// max_request_per_minute.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Runs the server until SIGINT or SIGTERM.
pub async fn run(global: &GlobalArgs, args: &ServeArgs) -> Result<(), CliError> {
    init_logging(global);
    let api_config = match &args.config {
        Some(path) => ApiConfig::load(path).map_err(api_config_error)?,
        None => ApiConfig::default(),
    };
    let options = ServeOptions {
        bind: args.bind,
        data_dir: args.data_dir.clone(),
        ephemeral: args.ephemeral,
        http: args.http,
        agents: args.agents,
        token_lifetime: args.token_lifetime,
        task_seconds: args.task_seconds,
        keepalive_seconds: args.keepalive_seconds,
        standalone: args.standalone,
        header_read_timeout: HEADER_READ_TIMEOUT,
        keepalive_timeout: KEEPALIVE_TIMEOUT,
        api_config,
    };
    let context = match args.ephemeral {
        true => LAB_EPHEMERAL_CONTEXT,
        false => LAB_CONTEXT,
    };
    let mut announced = Ok(());
    let served = server::serve(options, |ready| {
        announced = announce(ready, context, global.quiet)
    })
    .await;
    if args.ephemeral {
        remove_context(context);
    }
    served.map_err(|err| serve_error(err, args))?;
    announced
}

/// Removes the context of a server that is gone (an ephemeral lab's data went with it).
fn remove_context(name: &str) {
    let removed = Config::default_path().and_then(|path| {
        let mut config = Config::load(&path)?;
        if config.remove_context(name).is_ok() {
            config.save(&path)?;
        }
        Ok(())
    });
    if let Err(err) = removed {
        stderr_line(&format!(
            "wazuh-ctl serve: warning: the `{name}` context was not removed: {err}"
        ));
    }
}

/// A failed `serve`; a refused non-loopback bind says how the passwords can be changed.
fn serve_error(err: ServeError, args: &ServeArgs) -> CliError {
    if !matches!(err, ServeError::DefaultPasswords { .. }) {
        return CliError::local(err.to_string(), None);
    }
    let how = "on 127.0.0.1 change them with `wazuh-ctl security users update ID` (ids 1 and 2), \
               stop the server, then start it again with the same --data-dir and --bind";
    let hint = match args.ephemeral {
        true => format!(
            "an --ephemeral database always starts with the default passwords: run \
             `wazuh-ctl serve --data-dir DIR` instead, {how}"
        ),
        false => format!("{how} (the passwords live in the data directory's database)"),
    };
    CliError::usage(err.to_string(), Some(&hint))
}

/// An unreadable `--config` file is a local problem (exit 7), an invalid one bad input (exit 2).
fn api_config_error(err: ApiConfigError) -> CliError {
    match err {
        ApiConfigError::Read { .. } => CliError::local(err.to_string(), None),
        ApiConfigError::Invalid { .. } => CliError::usage(
            err.to_string(),
            Some("the keys are those of Wazuh's api.yaml: see `wazuh-ctl serve --help`"),
        ),
    }
}

/// Writes the lab's context, then prints the URL as the first stdout line: once a script
/// sees the URL, the server answers and the context is in place.
fn announce(ready: &Ready, context: &str, quiet: bool) -> Result<(), CliError> {
    let written = write_lab_context(ready, context);
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "wazuh-ctl serve: listening on {}", ready.url)?;
    stdout.flush()?;
    match written {
        Ok(note) if !quiet => stderr_line(&note),
        Ok(_) => {}
        Err(err) => stderr_line(&format!(
            "wazuh-ctl serve: warning: the `{context}` context was not written: {err}"
        )),
    }
    Ok(())
}

/// Writes or updates the lab's context in the CLI config; returns a note for the user.
fn write_lab_context(ready: &Ready, name: &str) -> Result<String, CliError> {
    let path = Config::default_path()?;
    let mut config = Config::load(&path)?;
    let updated = lab_context(config.contexts.get(name), ready);
    config.contexts.insert(name.to_string(), updated);
    let current = config
        .current_context
        .get_or_insert_with(|| name.to_string());
    let command = if current == name {
        "wazuh-ctl agents list".to_string()
    } else {
        format!("wazuh-ctl --context {name} agents list")
    };
    config.save(&path)?;
    Ok(format!(
        "wazuh-ctl serve: context `{name}` written to {} (user {LAB_USER}); try `{command}`",
        path.display()
    ))
}

/// The `lab` context for a running server, keeping the user's other settings.
fn lab_context(existing: Option<&Context>, ready: &Ready) -> Context {
    let mut context = existing.cloned().unwrap_or_default();
    context.url = ready.url.clone();
    context.ca_cert = ready.ca_cert.clone();
    context.user = Some(LAB_USER.to_string());
    context
}

/// Logs of the server on stderr: `info` by default, `debug` with `-v`, or RUST_LOG.
fn init_logging(global: &GlobalArgs) {
    let default = if global.verbose { "debug" } else { "info" };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let ansi = !global.no_color && std::io::stderr().is_terminal();
    // A second initialisation (tests) is harmless: the first subscriber stays.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn ready(url: &str, ca: Option<&str>) -> Ready {
        Ready {
            url: url.into(),
            ca_cert: ca.map(PathBuf::from),
            data_dir: PathBuf::from("/tmp/data"),
        }
    }

    #[test]
    fn the_lab_context_points_at_the_server_and_keeps_other_settings() {
        let old = Context {
            url: "https://127.0.0.1:1".into(),
            user: Some("someone".into()),
            ca_cert: Some(PathBuf::from("/old/ca.pem")),
            insecure: false,
            timeout: Some(7),
            token_store: None,
        };
        let context = lab_context(
            Some(&old),
            &ready("https://127.0.0.1:55000", Some("/tmp/data/server.crt")),
        );
        assert_eq!(context.url, "https://127.0.0.1:55000");
        assert_eq!(
            context.ca_cert.as_deref(),
            Some(Path::new("/tmp/data/server.crt"))
        );
        assert_eq!(context.user.as_deref(), Some(LAB_USER));
        assert_eq!(context.timeout, Some(7));
        let plain = lab_context(Some(&old), &ready("http://127.0.0.1:8080", None));
        assert_eq!(plain.ca_cert, None);
    }

    #[test]
    fn serve_flags_parse_with_defaults() {
        use crate::cli::{Cli, Command};
        use clap::Parser;
        let cli = Cli::try_parse_from(["wazuh-ctl", "serve", "--ephemeral", "--http"]).unwrap();
        let Command::Serve(args) = cli.command else {
            panic!("not serve");
        };
        assert_eq!(args.bind, "127.0.0.1:55000".parse().unwrap());
        assert!(args.ephemeral && args.http);
        assert!(
            Cli::try_parse_from(["wazuh-ctl", "serve", "--ephemeral", "--data-dir", "x"]).is_err()
        );
    }
}
