//! Integration tests: one binary, a module per area. Each test starts its own real
//! `wazuh-ctl serve --ephemeral --bind 127.0.0.1:0` and drives it with the real CLI binary
//! and over HTTPS.

mod active_response;
mod agent_reads;
mod agent_runtime;
mod agents_http;
mod auth;
mod cli;
mod cluster;
mod commands;
mod common;
mod conformance;
mod console;
mod contexts;
mod crash;
mod decoders;
mod errors;
mod events;
mod exit_codes;
mod experimental;
mod fleet;
mod generated;
mod hostile;
mod hostile_input;
mod keyring;
mod layers;
mod lifecycle;
mod limits;
mod lists;
mod load;
mod manager;
mod mitre;
mod output;
mod paging;
mod restart;
mod rules;
mod scan_results;
mod schemathesis;
mod secrets;
mod security_can;
mod security_cli;
mod serve;
mod syscollector;
mod upgrade;
mod watch;
mod wql_check;
