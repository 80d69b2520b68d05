//! A manager's own active configuration (agent `000`, or a node of the demo cluster): the
//! sections of a Wazuh 4.12 manager installed with its default `ossec.conf`, its `<cluster>`
//! section as the node's `ossec.conf` has it. The
//! components a default manager does not run (agentless, csyslog, integrator, mail, and the
//! agent daemon it does not have) are [`Unavailable::NotConfigured`]; the sections it shares
//! with agents (logcollector, syscheck, com, wmodules) come from [`super::config`].

use super::config::{shared_section, Unavailable};
use super::Facts;
use serde_json::{json, Value};

/// Manager components a default installation does not run.
const NOT_RUNNING: &[&str] = &["agent", "agentless", "csyslog", "integrator", "mail"];

/// One section of a manager's active configuration; `cluster` is the `<cluster>` section of
/// its `ossec.conf` (as `GET /cluster/local/config` shows it) when that section is asked for.
pub fn manager_section(
    facts: &Facts,
    cluster: &Value,
    component: &str,
    section: &str,
) -> Result<Value, Unavailable> {
    if NOT_RUNNING.contains(&component) {
        return Err(Unavailable::NotConfigured);
    }
    let value = match (component, section) {
        ("analysis", "global") => json!({ "global": analysis_global() }),
        ("analysis", "active_response") => json!({ "active-response": [] }),
        ("analysis", "alerts") => {
            json!({ "alerts": { "email_alert_level": 12, "log_alert_level": 3 } })
        }
        ("analysis", "command") => json!({ "command": commands() }),
        ("analysis", "rules") => json!({ "rules": rules() }),
        ("analysis", "decoders") => json!({ "decoders": {
            "decoder_dir": ["ruleset/decoders"],
            "user_decoder_dir": ["etc/decoders"],
        } }),
        ("analysis", "internal") => json!({ "analysisd": analysisd_internal() }),
        ("analysis", "rule_test") => json!({ "rule_test": {
            "enabled": "yes", "threads": 1, "max_sessions": 64, "session_timeout": 900,
        } }),
        ("auth", "auth") => json!({ "auth": auth() }),
        ("com", "cluster") => json!({ "cluster": active_cluster(cluster) }),
        ("monitor", "global") | ("request", "global") => json!({ "global": {
            "agents_disconnection_time": 600,
            "agents_disconnection_alert_time": 0,
        } }),
        ("monitor", "internal") => json!({ "monitord": {
            "day_wait": 10, "compress": 1, "sign": 1, "monitor_agents": 1,
            "keep_log_days": 31, "rotate_log": 1, "size_rotate": 512, "daily_rotations": 12,
            "delete_old_agents": 0,
        } }),
        ("monitor", "reports") => json!({ "reports": [] }),
        ("request", "remote") => json!({ "remote": [remote()] }),
        ("request", "internal") => json!({ "remoted": {
            "recv_counter_flush": 128, "comp_average_printout": 19999, "verify_msg_id": 0,
            "pass_empty_keyfile": 1, "sender_pool": 8, "request_pool": 1024,
            "request_timeout": 10, "response_timeout": 60, "request_rto_sec": 1,
            "request_rto_msec": 0, "max_attempts": 4, "shared_reload": 10,
            "rlimit_nofile": 458752, "recv_timeout": 1, "send_timeout_to_retry": 1,
            "send_buffer_size": 131072, "send_chunk": 4096, "buffer_relax": 1,
            "tcp_keepidle": 30, "tcp_keepintvl": 10, "tcp_keepcnt": 3,
        } }),
        ("wazuh-db", "internal") => json!({ "wazuh_db": {
            "commit_time_max": 60, "commit_time_min": 10, "open_db_limit": 64,
            "worker_pool_size": 8, "fragmentation_threshold": 75,
            "fragmentation_delta": 5, "free_pages_percentage": 0, "max_fragmentation": 90,
            "check_fragmentation_interval": 7200,
        } }),
        ("wazuh-db", "wdb") => json!({ "wdb": { "backup": [{
            "database": "global", "enabled": true, "interval": 86400, "max_files": 3,
        }] } }),
        ("logcollector" | "com" | "syscheck" | "wmodules", _) => {
            return shared_section(facts, component, section)
        }
        _ => return Err(Unavailable::NoSection),
    };
    Ok(value)
}

fn analysis_global() -> Value {
    json!({
        "email_notification": "no",
        "logall": "no",
        "logall_json": "no",
        "integrity_checking": 8,
        "rootkit_detection": 8,
        "host_information": 8,
        "prelude_output": "no",
        "zeromq_output": "no",
        "jsonout_output": "yes",
        "alerts_log": "yes",
        "stats": 4,
        "memory_size": 8192,
        "white_list": ["127.0.0.1", "^localhost.localdomain$", "127.0.0.53"],
        "rotate_interval": 0,
        "max_output_size": 0,
        "eps": { "maximum": 0, "timeframe": 10 },
    })
}

/// The `<command>`s of the default `ossec.conf`.
fn commands() -> Vec<Value> {
    [
        ("disable-account", "disable-account"),
        ("restart-wazuh", "restart-wazuh"),
        ("firewall-drop", "firewall-drop"),
        ("host-deny", "host-deny"),
        ("route-null", "route-null"),
        ("win_route-null", "route-null.exe"),
        ("netsh", "netsh.exe"),
    ]
    .iter()
    .map(|(name, executable)| json!({ "name": name, "executable": executable, "timeout_allowed": 1 }))
    .collect()
}

fn rules() -> Value {
    json!({
        "rule_dir": ["ruleset/rules"],
        "rule_exclude": ["0215-policy_rules.xml"],
        "list": [
            "etc/lists/audit-keys",
            "etc/lists/amazon/aws-eventnames",
            "etc/lists/security-eventchannel",
            "etc/lists/malicious-ioc/malicious-ip",
            "etc/lists/malicious-ioc/malicious-domains",
            "etc/lists/malicious-ioc/malware-hashes",
        ],
        "user_rule_dir": ["etc/rules"],
    })
}

fn analysisd_internal() -> Value {
    json!({
        "debug": 0, "default_timeframe": 360, "stats_maxdiff": 999000, "stats_mindiff": 1250,
        "stats_percent_diff": 150, "fts_list_size": 32, "fts_min_size_for_str": 14,
        "log_fw": 1, "decoder_order_size": 256, "label_cache_maxage": 10,
        "show_hidden_labels": 0, "rlimit_nofile": 458752, "min_rotate_interval": 600,
        "event_threads": 0, "syscheck_threads": 0, "syscollector_threads": 0,
        "rootcheck_threads": 0, "sca_threads": 0, "hostinfo_threads": 0,
        "winevt_threads": 0, "rule_matching_threads": 0, "dbsync_threads": 0,
        "decode_event_queue_size": 16384, "state_interval": 5,
    })
}

fn auth() -> Value {
    json!({
        "disabled": "no",
        "port": 1515,
        "use_source_ip": "no",
        "purge": "yes",
        "use_password": "no",
        "ciphers": "HIGH:!ADH:!EXP:!MD5:!RC4:!3DES:!CAMELLIA:@STRENGTH",
        "ssl_verify_host": "no",
        "ssl_manager_cert": "etc/sslmanager.cert",
        "ssl_manager_key": "etc/sslmanager.key",
        "ssl_auto_negotiate": "no",
        "key_request": { "enabled": "no" },
    })
}

fn remote() -> Value {
    json!({
        "connection": "secure",
        "ipv6": "no",
        "protocol": ["TCP"],
        "port": "1514",
        "queue_size": "131072",
    })
}

/// The `<cluster>` section as the running daemon reports it (`hidden` as a boolean).
fn active_cluster(cluster: &Value) -> Value {
    let mut active = cluster.clone();
    active["hidden"] = json!(cluster["hidden"] == "yes");
    active
}
