//! The baseline of the load benchmark (`benches/load.sh`): a bare axum + rustls server that
//! answers every `GET /agents` with the same ~500-byte JSON document over HTTPS keep-alive,
//! set up as `wazuh-ctl serve` sets up its listener (self-signed certificate, TCP_NODELAY), so
//! the table can say how much of the transport's ceiling each scenario reaches.
//!
//! Usage: `bare [SECONDS]`: binds 127.0.0.1 on a free port, prints
//! `bare: listening on https://127.0.0.1:PORT` as the first stdout line, and stops by itself
//! after SECONDS (default 600) if nobody stops it sooner.

use axum::http::header::CONTENT_TYPE;
use axum::routing::get;
use axum::Router;
use axum_server::accept::{TcpConfigAcceptor, TcpSocketConfig};
use axum_server::tls_rustls::{RustlsAcceptor, RustlsConfig};
use std::io::Write;
use std::net::TcpListener;
use std::time::Duration;

/// A Wazuh list envelope of one agent, 500 bytes or so, as the real endpoint would send it.
const DOCUMENT: &str = r#"{"data": {"affected_items": [{"os": {"arch": "x86_64", "major": "22", "minor": "04", "name": "Ubuntu", "platform": "ubuntu", "version": "22.04.3 LTS"}, "group": ["default", "group1"], "ip": "10.0.0.13", "status": "active", "id": "013", "version": "Wazuh v4.9.2", "node_name": "node01", "name": "web-00013", "dateAdd": "2025-01-01T00:00:00+00:00", "lastKeepAlive": "2026-01-01T00:00:00+00:00"}], "total_affected_items": 1, "total_failed_items": 0, "failed_items": []}, "message": "All selected agents information was returned", "error": 0}"#;

/// Seconds the server runs unless the first argument says otherwise.
const DEFAULT_SECONDS: u64 = 600;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seconds = match std::env::args().nth(1) {
        Some(text) => text.parse()?,
        None => DEFAULT_SECONDS,
    };
    let listener = TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let address = listener.local_addr()?;
    let handle = axum_server::Handle::new();
    let stopper = handle.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_secs(seconds)).await;
        stopper.shutdown();
    });
    let app = Router::new().route(
        "/agents",
        get(|| async { ([(CONTENT_TYPE, "application/json")], DOCUMENT) }),
    );
    let tcp = TcpConfigAcceptor::new(TcpSocketConfig::new().nodelay(true));
    let acceptor = RustlsAcceptor::new(tls_config().await?).acceptor(tcp);
    let server = axum_server::from_tcp(listener)?
        .handle(handle)
        .acceptor(acceptor);
    println!("bare: listening on https://{address}");
    std::io::stdout().flush()?;
    server.serve(app.into_make_service()).await?;
    Ok(())
}

/// A fresh self-signed certificate for 127.0.0.1, as rustls wants it.
async fn tls_config() -> Result<RustlsConfig, Box<dyn std::error::Error>> {
    let key = rcgen::KeyPair::generate()?;
    let cert = rcgen::CertificateParams::new(vec!["127.0.0.1".to_string()])?.self_signed(&key)?;
    let config =
        RustlsConfig::from_pem(cert.pem().into_bytes(), key.serialize_pem().into_bytes()).await?;
    Ok(config)
}
