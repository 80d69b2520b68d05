//! The `agent.conf` parser: any document is accepted as blocks or refused with a Wazuh error
//! (1112, 1113, 1114), never a panic or a stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wazuh_ctl::server::groupfiles::xml;

fuzz_target!(|document: &str| {
    let _ = xml::agent_conf_blocks(document);
});
