//! The strict query-string extractor: any raw query string of `GET /agents` (the operation
//! with the most parameters) is validated and decoded, or refused with a Wazuh 400.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wazuh_ctl::api::agents::ListAgents;
use wazuh_ctl::server::extract::WazuhQuery;

fuzz_target!(|raw: &str| {
    let _ = WazuhQuery::<ListAgents>::parse(raw);
});
