//! The WQL parser and evaluator (`q`): any text parses to a query or a Wazuh error, and a
//! parsed query tests an agent without panicking.
#![no_main]

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use serde_json::json;
use wazuh_ctl::server::fleet::AGENTS;
use wazuh_ctl::server::wql;

fuzz_target!(|q: &str| {
    let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    if let Ok(query) = wql::parse(q, &AGENTS, now) {
        let agent = json!({
            "id": "001", "name": "web-01", "ip": "10.0.0.1", "status": "active",
            "group": ["default", "web"], "version": "Wazuh v4.12.0",
            "lastKeepAlive": "2025-12-31T23:59:00+00:00",
            "os": {"name": "Ubuntu", "platform": "ubuntu", "version": "22.04"}
        });
        query.matches(&agent);
        query.required_equalities();
    }
});
