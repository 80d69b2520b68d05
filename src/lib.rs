//! wazuh-ctl: a command-line admin tool for the Wazuh server REST API, and an embedded
//! Wazuh-compatible API server (`wazuh-ctl serve`). See `docs/architecture.md`.

#![warn(missing_docs)]

pub mod api;
pub mod cli;
pub mod client;
pub mod exit;
pub mod output;
pub mod server;
