//! `wazuh-ctl serve`: a Wazuh-compatible API (axum on tokio, rustls, SQLite).
//!
//! Imports only `api`; never `cli` or `client`.

pub mod auth;
pub mod demo;
pub mod error;
pub mod query;
pub mod respond;
pub mod store;
pub mod wql;
