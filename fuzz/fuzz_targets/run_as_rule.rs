//! The security-rule matcher of `run_as` logins: a rule and an authorization context (two
//! JSON documents separated by a NUL byte) are compared without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use wazuh_ctl::server::auth::context_rules;

fuzz_target!(|data: &[u8]| {
    let Some(split) = data.iter().position(|byte| *byte == 0) else {
        return;
    };
    let (rule, context) = (&data[..split], &data[split + 1..]);
    let (Ok(rule), Ok(context)) = (
        serde_json::from_slice::<Value>(rule),
        serde_json::from_slice::<Value>(context),
    ) else {
        return;
    };
    context_rules::matches(&rule, &context);
});
