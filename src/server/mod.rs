//! `wazuh-ctl serve`: a Wazuh-compatible API (axum on tokio, rustls, SQLite).
//!
//! This module owns the start-up sequence of [`serve`]: the data directory and its lock file
//! (one server per data dir), the store, the self-signed HTTPS certificate, the refusal to
//! listen beyond loopback while the default passwords are unchanged, binding, and graceful
//! shutdown on SIGINT/SIGTERM. [`app`] builds the router alone, for tests without a socket.
//!
//! Imports only `api`; never `cli` or `client`.

pub mod analysis;
pub mod api_config;
pub mod ar_conf;
pub mod atomic;
pub mod auth;
pub mod bulk;
pub mod collection;
pub mod connection;
pub mod demo;
pub mod early_answers;
pub mod engine;
pub mod error;
pub mod extract;
pub mod fleet;
pub mod groupfiles;
pub mod inventory;
pub mod keepalive_engine;
pub mod limits;
pub mod logtest;
pub mod mitre;
pub mod node;
pub mod query;
pub mod rbac;
pub mod request_head;
pub mod respond;
pub mod routes;
pub mod ruleset;
pub mod state;
pub mod store;
pub mod task_engine;
pub mod wql;
pub mod xml;

pub use axum_server::accept::{TcpConfigAcceptor, TcpSocketConfig};
use state::AppState;

use axum::Router;
use connection::Connections;
use state::{StateError, StateOptions};
use std::fs::{File, OpenOptions};
use std::io::{self, Write as _};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::Duration;
use store::{Seed, Store, StoreError};

/// File name of the database in the data dir.
pub const DATABASE_FILE: &str = "wazuh.db";
/// File name of the lock that keeps two servers off one data dir.
pub const LOCK_FILE: &str = "serve.lock";
/// File name of the HTTPS certificate (PEM) in the data dir.
pub const CERT_FILE: &str = "server.crt";
/// File name of the HTTPS private key (PEM, mode 0600) in the data dir.
pub const KEY_FILE: &str = "server.key";

/// How long open connections may finish after a shutdown signal.
const GRACE_PERIOD: Duration = Duration::from_secs(5);

/// File descriptors kept for the server's own files (database, certificate, group files).
const RESERVED_FDS: u64 = 64;

/// The default users and their default passwords.
const DEFAULT_CREDENTIALS: &[(&str, &str)] = &[("wazuh", "wazuh"), ("wazuh-wui", "wazuh-wui")];

/// How to run the server.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on; port 0 picks a free port.
    pub bind: SocketAddr,
    /// Data directory; `None` = the platform data dir.
    pub data_dir: Option<PathBuf>,
    /// Use a temporary data directory deleted on exit (wins over `data_dir`).
    pub ephemeral: bool,
    /// Plain HTTP instead of HTTPS.
    pub http: bool,
    /// Number of agents to seed into a new database.
    pub agents: usize,
    /// Override the configured token lifetime (seconds, ≥ 1) while this server runs.
    pub token_lifetime: Option<u64>,
    /// How long each phase of an upgrade task lasts (seconds; see `task_engine`).
    pub task_seconds: u64,
    /// Seconds between the lab's keep-alive rounds (see `keepalive_engine`); 0 = none.
    pub keepalive_seconds: u64,
    /// One manager without a cluster: a new data dir gets the cluster disabled and no
    /// workers.
    pub standalone: bool,
    /// How long a new connection may take to send its first request's headers before it is
    /// disconnected.
    pub header_read_timeout: std::time::Duration,
    /// How long a kept-alive connection may stay idle and then take over its next request's
    /// headers before it is closed.
    pub keepalive_timeout: std::time::Duration,
    /// The API configuration (`serve --config`): upload size and access limits.
    pub api_config: api_config::ApiConfig,
}

/// What the server tells its caller once it listens.
#[derive(Debug, Clone, PartialEq)]
pub struct Ready {
    /// Base URL to reach the API, e.g. `https://127.0.0.1:55000`.
    pub url: String,
    /// The certificate to trust for HTTPS (absent with plain HTTP).
    pub ca_cert: Option<PathBuf>,
    /// The data directory in use.
    pub data_dir: PathBuf,
}

/// Why the server could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// No platform data directory could be determined.
    #[error("cannot determine a data directory on this platform; pass --data-dir")]
    NoDataDir,
    /// The data directory could not be created or used.
    #[error("cannot use the data directory {path}: {source}")]
    DataDir {
        /// The directory.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// Another server holds the data directory's lock.
    #[error("the data directory {path} is already used by another wazuh-ctl serve; stop it or pick another --data-dir")]
    Locked {
        /// The directory.
        path: PathBuf,
    },
    /// The database could not be opened.
    #[error("cannot open the database: {0}")]
    Store(#[from] StoreError),
    /// The server state (snapshots, JWT keys) could not be built.
    #[error("cannot prepare the server: {0}")]
    State(#[from] StateError),
    /// The groups' shared files could not be created or checksummed.
    #[error("cannot prepare the group files: {0}")]
    GroupFiles(error::ApiError),
    /// The ruleset could not be written or loaded (a file that is not valid is named with its
    /// line and column).
    #[error("cannot load the ruleset: {0}")]
    Ruleset(#[from] ruleset::RulesetError),
    /// The demo ruleset could not be written into the data dir.
    #[error("cannot write the demo ruleset: {0}")]
    RulesetFiles(io::Error),
    /// The active-response commands file (`etc/shared/ar.conf`) could not be written.
    #[error("cannot write the active-response commands file: {0}")]
    ArConf(io::Error),
    /// The manager's configuration file (`etc/ossec.conf`) could not be written.
    #[error("cannot write the manager's configuration file: {0}")]
    NodeFiles(io::Error),
    /// The HTTPS certificate could not be created or loaded.
    #[error("HTTPS certificate {path}: {reason}")]
    Certificate {
        /// The certificate or key file.
        path: PathBuf,
        /// What went wrong.
        reason: String,
    },
    /// A non-loopback bind was asked for while the default passwords still work.
    #[error("refusing to listen on {addr}: the default passwords of users wazuh and wazuh-wui are unchanged; change them first, or listen on a loopback address such as 127.0.0.1")]
    DefaultPasswords {
        /// The requested address.
        addr: SocketAddr,
    },
    /// Binding the address failed.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The requested address.
        addr: SocketAddr,
        /// The cause.
        source: io::Error,
    },
    /// Installing the shutdown signal handler failed.
    #[error("cannot install the shutdown signal handler: {0}")]
    Signal(io::Error),
    /// The server failed while running.
    #[error("the server failed: {0}")]
    Server(io::Error),
}

/// The router of the API over the given state (every route, fallback and header).
pub fn app(state: AppState) -> Router {
    routes::router(state)
}

/// Runs the server until SIGINT or SIGTERM; `on_ready` is called once it listens.
pub async fn serve(options: ServeOptions, on_ready: impl FnOnce(&Ready)) -> Result<(), ServeError> {
    let data_dir = DataDir::open(&options)?;
    let prepared = {
        let options = options.clone();
        let path = data_dir.path.clone();
        tokio::task::spawn_blocking(move || prepare(&options, &path))
            .await
            .map_err(|err| ServeError::Server(io::Error::other(err)))??
    };
    let listener =
        std::net::TcpListener::bind(options.bind).map_err(|source| ServeError::Bind {
            addr: options.bind,
            source,
        })?;
    let local = listener.local_addr().map_err(|source| ServeError::Bind {
        addr: options.bind,
        source,
    })?;
    let ready = Ready {
        url: base_url(&options, local),
        ca_cert: prepared.tls.as_ref().map(|tls| tls.cert.clone()),
        data_dir: data_dir.path.clone(),
    };
    let tls_config = match &prepared.tls {
        Some(tls) => Some(tls.rustls_config().await?),
        None => None,
    };
    let handle = axum_server::Handle::new();
    spawn_shutdown_on_signal(handle.clone())?;
    // A client that never finishes its first request's headers (slowloris), or sends
    // nothing at all, is disconnected: until a whole head has come, hyper sees no byte (see
    // `connection`), and its own header timeout starts only once it has chosen HTTP/1.
    let mut server = axum_server::from_tcp(listener)
        .map_err(ServeError::Server)?
        .handle(handle)
        .first_request_timeout(options.header_read_timeout);
    // The later requests of a kept-alive connection: hyper's one timer counts from the last
    // answer to the next complete head, so it is also the idle timeout, and a short one
    // closes connections a client is about to reuse (an error for clients that do not retry).
    server
        .http_builder()
        .http1()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(options.keepalive_timeout);
    task_engine::spawn(prepared.state.clone(), options.task_seconds);
    keepalive_engine::spawn(prepared.state.clone(), options.keepalive_seconds);
    let service = app(prepared.state)
        .layer(axum::middleware::from_fn(early_answers::drain_after_answer))
        .into_make_service_with_connect_info::<SocketAddr>();
    tracing::info!("listening on {}", ready.url);
    let node_log = node::Node::local(&data_dir.path).log();
    node_log.info("wazuh-apid", &format!("Listening on {}", ready.url));
    on_ready(&ready);
    // Without TCP_NODELAY, a response written in pieces waits for the client's delayed ACK
    // (~40 ms per request on a kept-alive connection).
    let tcp = TcpConfigAcceptor::new(TcpSocketConfig::new().nodelay(true));
    let max_connections = connection_cap(options.api_config.max_connections);
    let served = match tls_config {
        Some(config) => {
            let acceptor = axum_server::tls_rustls::RustlsAcceptor::new(config).acceptor(tcp);
            let acceptor = Connections::new(acceptor, max_connections);
            server.acceptor(acceptor).serve(service).await
        }
        None => {
            let acceptor = Connections::new(tcp, max_connections);
            server.acceptor(acceptor).serve(service).await
        }
    };
    served.map_err(ServeError::Server)?;
    tracing::info!("server stopped");
    node_log.info("wazuh-apid", "Stopped.");
    // The lock (and a temporary data dir) are released only now that the server has stopped.
    drop(data_dir);
    Ok(())
}

/// How many connections are served at once: `max_connections`, kept below the process's
/// limit of open files, so accepting a connection never fails for want of a descriptor.
fn connection_cap(max_connections: usize) -> usize {
    let Some(open_files) = open_file_limit() else {
        return max_connections;
    };
    let cap = usize::try_from(open_files.saturating_sub(RESERVED_FDS).max(1))
        .map_or(max_connections, |cap| cap.min(max_connections));
    if cap < max_connections {
        tracing::warn!(
            "serving at most {cap} connections at once, not {max_connections}: \
             the limit of open files is {open_files} (ulimit -n)"
        );
    }
    cap
}

/// The process's limit of open files, when it has one.
#[cfg(unix)]
fn open_file_limit() -> Option<u64> {
    rustix::process::getrlimit(rustix::process::Resource::Nofile).current
}

/// The process's limit of open files, when it has one.
#[cfg(not(unix))]
fn open_file_limit() -> Option<u64> {
    None
}

/// The opened, locked data directory; a temporary one is deleted when this is dropped.
struct DataDir {
    path: PathBuf,
    _lock: File,
    _temporary: Option<tempfile::TempDir>,
}

impl DataDir {
    fn open(options: &ServeOptions) -> Result<DataDir, ServeError> {
        let (path, temporary) = if options.ephemeral {
            let temporary = tempfile::Builder::new()
                .prefix("wazuh-ctl-serve-")
                .tempdir()
                .map_err(|source| ServeError::DataDir {
                    path: std::env::temp_dir(),
                    source,
                })?;
            (temporary.path().to_path_buf(), Some(temporary))
        } else {
            let path = match &options.data_dir {
                Some(path) => path.clone(),
                None => default_data_dir().ok_or(ServeError::NoDataDir)?,
            };
            (path, None)
        };
        create_private_dir(&path).map_err(|source| ServeError::DataDir {
            path: path.clone(),
            source,
        })?;
        let lock = lock_dir(&path)?;
        Ok(DataDir {
            path,
            _lock: lock,
            _temporary: temporary,
        })
    }
}

/// The platform data directory of wazuh-ctl.
fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "wazuh-ctl").map(|dirs| dirs.data_dir().to_path_buf())
}

fn create_private_dir(path: &Path) -> io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(path)
}

/// Takes the exclusive lock of the data dir, held as long as the returned file is open.
fn lock_dir(dir: &Path) -> Result<File, ServeError> {
    let io_error = |source| ServeError::DataDir {
        path: dir.to_path_buf(),
        source,
    };
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.join(LOCK_FILE))
        .map_err(io_error)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(ServeError::Locked {
            path: dir.to_path_buf(),
        }),
        Err(std::fs::TryLockError::Error(source)) => Err(io_error(source)),
    }
}

/// The blocking part of start-up: store, policy checks, state, certificate.
struct Prepared {
    state: AppState,
    tls: Option<TlsFiles>,
}

fn prepare(options: &ServeOptions, dir: &Path) -> Result<Prepared, ServeError> {
    let seed = Seed {
        agents: options.agents,
        now: chrono::Utc::now(),
    };
    let store = Store::open(&dir.join(DATABASE_FILE), &seed)?;
    if !options.bind.ip().is_loopback() && default_passwords_unchanged(&store)? {
        return Err(ServeError::DefaultPasswords { addr: options.bind });
    }
    routes::groups::prepare_group_files(&store, dir).map_err(ServeError::GroupFiles)?;
    ar_conf::ensure(dir).map_err(ServeError::ArConf)?;
    let nodes = match options.standalone {
        true => vec![node::Node::local(dir)],
        false => node::Node::all(dir),
    };
    for node in &nodes {
        match options.standalone {
            true => node.ensure_standalone_files(),
            false => node.ensure_files(),
        }
        .map_err(ServeError::NodeFiles)?;
    }
    ruleset::ensure(dir).map_err(ServeError::RulesetFiles)?;
    let ruleset = ruleset::Ruleset::load(dir)?;
    for node in &nodes {
        node.log_start(ruleset.rules().len());
    }
    // The ATT&CK data, read now so that no request pays for it.
    mitre::attack();
    let state = AppState::new(
        store,
        StateOptions {
            data_dir: dir.to_path_buf(),
            hostname: hostname(),
            token_lifetime: options.token_lifetime,
            api_config: options.api_config,
            ruleset: std::sync::Arc::new(ruleset),
        },
    )?;
    let tls = if options.http {
        None
    } else {
        Some(TlsFiles::load_or_create(dir)?)
    };
    Ok(Prepared { state, tls })
}

/// True while either default user still logs in with its default password.
fn default_passwords_unchanged(store: &Store) -> Result<bool, StoreError> {
    for (username, password) in DEFAULT_CREDENTIALS {
        if let Some(user) = store.user_by_name(username)? {
            if auth::password::verify(password, &user.password_hash) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// The self-signed certificate and its key in the data dir.
struct TlsFiles {
    cert: PathBuf,
    key: PathBuf,
}

impl TlsFiles {
    /// Uses the existing pair, or creates one for localhost, 127.0.0.1 and ::1.
    fn load_or_create(dir: &Path) -> Result<TlsFiles, ServeError> {
        let files = TlsFiles {
            cert: dir.join(CERT_FILE),
            key: dir.join(KEY_FILE),
        };
        if files.cert.exists() && files.key.exists() {
            return Ok(files);
        }
        let failed = |path: &Path, reason: String| ServeError::Certificate {
            path: path.to_path_buf(),
            reason,
        };
        let key = rcgen::KeyPair::generate().map_err(|err| failed(&files.key, err.to_string()))?;
        let mut params = rcgen::CertificateParams::new(vec![
            "localhost".to_string(),
            "127.0.0.1".to_string(),
            "::1".to_string(),
        ])
        .map_err(|err| failed(&files.cert, err.to_string()))?;
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "wazuh-ctl serve");
        let cert = params
            .self_signed(&key)
            .map_err(|err| failed(&files.cert, err.to_string()))?;
        write_private_file(&files.key, key.serialize_pem().as_bytes())
            .map_err(|err| failed(&files.key, err.to_string()))?;
        std::fs::write(&files.cert, cert.pem())
            .map_err(|err| failed(&files.cert, err.to_string()))?;
        Ok(files)
    }

    /// The rustls server configuration of the pair. It offers HTTP/1.1 only, as Wazuh's own
    /// server does: curl then sends `q=lastKeepAlive<1d` in a request line, which this server
    /// accepts (`request_head`), and not in an HTTP/2 `:path`, which the `h2` crate refuses.
    async fn rustls_config(&self) -> Result<axum_server::tls_rustls::RustlsConfig, ServeError> {
        let pair = axum_server::tls_rustls::RustlsConfig::from_pem_file(&self.cert, &self.key)
            .await
            .map_err(|err| ServeError::Certificate {
                path: self.cert.clone(),
                reason: err.to_string(),
            })?;
        let mut config = (*pair.get_inner()).clone();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(axum_server::tls_rustls::RustlsConfig::from_config(
            std::sync::Arc::new(config),
        ))
    }
}

/// Writes a file only its owner can read (mode 0600 on Unix), replacing its contents.
pub(crate) fn write_private_file(path: &Path, contents: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    file.write_all(contents)
}

/// The URL clients use: the bound address, with a wildcard address replaced by loopback.
fn base_url(options: &ServeOptions, local: SocketAddr) -> String {
    let scheme = if options.http { "http" } else { "https" };
    let ip = match local.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("{scheme}://{}", SocketAddr::new(ip, local.port()))
}

/// The machine's host name, as `GET /` reports it.
fn hostname() -> String {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .chain(
            ["HOSTNAME", "COMPUTERNAME"]
                .iter()
                .filter_map(|var| std::env::var(var).ok()),
        )
        .map(|name| name.trim().to_string())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "localhost".to_string())
}

/// Starts graceful shutdown of the server when SIGINT or SIGTERM arrives.
fn spawn_shutdown_on_signal(handle: axum_server::Handle<SocketAddr>) -> Result<(), ServeError> {
    #[cfg(unix)]
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .map_err(ServeError::Signal)?;
    tokio::spawn(async move {
        #[cfg(unix)]
        tokio::select! {
            Ok(()) = tokio::signal::ctrl_c() => {}
            _ = terminate.recv() => {}
        }
        #[cfg(not(unix))]
        if tokio::signal::ctrl_c().await.is_err() {
            return;
        }
        tracing::info!("shutting down");
        handle.graceful_shutdown(Some(GRACE_PERIOD));
    });
    Ok(())
}

#[cfg(test)]
mod tests;
