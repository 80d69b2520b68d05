//! The analysis engine, evaluated as wazuh-analysisd does: pre-decoding ([`predecoder`]),
//! decoding ([`decoder`]) and rule matching ([`rules`]), over patterns compiled once
//! ([`pattern`]: Wazuh's [`os_regex`] and [`os_match`] languages, and PCRE2), with the state
//! stateful rules look back on kept per session or stream ([`memory`]).

mod calendar;
pub mod decoder;
pub mod memory;
pub mod os_match;
pub mod os_regex;
pub mod pattern;
pub mod predecoder;
pub mod rules;
#[cfg(test)]
mod testing;
