//! Active configuration sections, as `<component> getconfig <section>` answers them: the
//! default configuration of a Wazuh 4.12 agent of the agent's OS family, with what the
//! applicable group `agent.conf` blocks set (labels, extra `<localfile>` entries, `<syscheck>`
//! and `<rootcheck>` frequencies and directories, `<client_buffer>` values) and the agent's own
//! facts (manager address, config profile). The manager's own sections are in
//! [`super::manager`].

use super::{field, items, text, Facts, Family};
use serde_json::{json, Map, Value};

/// Why a section cannot be answered (the routes turn these into Wazuh error codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unavailable {
    /// The component answered that it has no such section (1116).
    NoSection,
    /// The component does not run where it was asked (1117 on an agent).
    NoComponent,
    /// The manager does not run the component (1121).
    NotConfigured,
}

/// Components a Wazuh agent runs, each with the sections it answers.
const AGENT_COMPONENTS: &[(&str, &[&str])] = &[
    (
        "agent",
        &["client", "buffer", "labels", "internal", "anti_tampering"],
    ),
    ("logcollector", &["localfile", "socket", "internal"]),
    ("com", &["active-response", "logging", "internal"]),
    ("syscheck", &["syscheck", "rootcheck", "internal"]),
    ("wmodules", &["wmodules"]),
];

/// Default FIM and rootcheck scan interval (seconds).
const DEFAULT_SCAN_FREQUENCY: i64 = 43_200;

/// Keep-alive interval of a default agent (seconds).
pub const NOTIFY_TIME: i64 = 10;

/// One section of an agent's active configuration.
pub fn agent_section(facts: &Facts, component: &str, section: &str) -> Result<Value, Unavailable> {
    let (_, sections) = AGENT_COMPONENTS
        .iter()
        .find(|(name, _)| *name == component)
        .ok_or(Unavailable::NoComponent)?;
    if !sections.contains(&section) {
        return Err(Unavailable::NoSection);
    }
    shared_section(facts, component, section)
}

/// The sections an agent and the manager both have.
pub(super) fn shared_section(
    facts: &Facts,
    component: &str,
    section: &str,
) -> Result<Value, Unavailable> {
    let value = match (component, section) {
        ("agent", "client") => json!({ "client": client(facts) }),
        ("agent", "buffer") => json!({ "buffer": buffer(facts) }),
        ("agent", "labels") => json!({ "labels": labels(facts) }),
        ("agent", "internal") => json!({ "internal": agent_internal() }),
        ("agent", "anti_tampering") => {
            json!({ "anti_tampering": { "package_uninstallation": "no" } })
        }
        ("logcollector", "localfile") => json!({ "localfile": localfiles(facts) }),
        ("logcollector", "internal") => json!({ "logcollector": logcollector_internal() }),
        ("com", "active-response") => json!({ "active-response": active_response() }),
        ("com", "logging") => json!({ "logging": { "plain": "yes", "json": "no" } }),
        ("com", "internal") => {
            json!({ "internal": { "execd": { "request_timeout": 60, "max_restart_lock": 600 } } })
        }
        ("syscheck", "syscheck") => json!({ "syscheck": syscheck(facts) }),
        ("syscheck", "rootcheck") => json!({ "rootcheck": rootcheck(facts) }),
        ("syscheck", "internal") => json!({ "internal": syscheck_internal() }),
        ("wmodules", "wmodules") => json!({ "wmodules": wmodules(facts) }),
        _ => return Err(Unavailable::NoSection),
    };
    Ok(value)
}

/// `<client>`: the manager connection, enrolment and the config profile of the agent's OS.
fn client(facts: &Facts) -> Value {
    json!({
        "config-profile": config_profile(facts),
        "notify_time": NOTIFY_TIME,
        "time-reconnect": 60,
        "force_reconnect_interval": 0,
        "ip_update_interval": 0,
        "auto_restart": "yes",
        "remote_conf": "yes",
        "crypto_method": "aes",
        "server": [{
            "address": facts.manager,
            "port": 1514,
            "max_retries": 5,
            "retry_interval": 10,
            "protocol": "tcp",
        }],
        "enrollment": [{
            "enabled": "yes",
            "delay_after_enrollment": 20,
            "port": 1515,
            "ssl_cipher": "HIGH:!ADH:!EXP:!MD5:!RC4:!3DES:!CAMELLIA:@STRENGTH",
            "auto_method": "no",
        }],
    })
}

/// The profiles an agent announces for its OS: platform, platform+major, platform+major.minor.
fn config_profile(facts: &Facts) -> String {
    let (major, minor) = &facts.os_version;
    profile_of(&facts.platform, major, minor)
}

/// Whether an `agent.conf` block's filters (`name`, `os`, `profile`) select the agent. A
/// block with another filter is not applied.
pub fn block_applies(filters: &Map<String, Value>, name: &str, uname: &str, profile: &str) -> bool {
    filters.iter().all(|(filter, value)| {
        let value = value.as_str().unwrap_or_default();
        match filter.as_str() {
            "name" => value == name,
            "os" => uname.to_lowercase().contains(&value.to_lowercase()),
            "profile" => profile.split(", ").any(|p| p == value),
            _ => false,
        }
    })
}

/// The profile string an agent announces for an `os.platform`, `os.major`, `os.minor`.
pub fn profile_of(platform: &str, major: &str, minor: &str) -> String {
    let mut profiles = vec![platform.to_string()];
    if !major.is_empty() {
        profiles.push(format!("{platform}{major}"));
        if !minor.is_empty() {
            profiles.push(format!("{platform}{major}.{minor}"));
        }
    }
    profiles.join(", ")
}

/// `<client_buffer>`: defaults, then what the groups set.
fn buffer(facts: &Facts) -> Value {
    let mut buffer = json!({ "disabled": "no", "queue_size": 10000, "events_per_second": 500 });
    for section in facts.group_sections("client_buffer") {
        for key in ["disabled", "queue_size", "events_per_second"] {
            if let Some(value) = field(section, key) {
                buffer[key] = number_or_text(value);
            }
        }
    }
    buffer
}

/// `<labels>` from the groups: `{key, value, hidden}` each.
fn labels(facts: &Facts) -> Vec<Value> {
    let mut labels = Vec::new();
    for section in facts.group_sections("labels") {
        let Some(declared) = section.get("label") else {
            continue;
        };
        for label in items(declared) {
            let (Some(key), Some(value)) = (field(label, "key"), text(label)) else {
                continue;
            };
            let hidden = field(label, "hidden").unwrap_or("no");
            labels.push(json!({ "value": value, "key": key, "hidden": hidden }));
        }
    }
    labels
}

/// The `<localfile>` entries: the OS family's defaults, then the groups' entries.
pub fn localfiles(facts: &Facts) -> Vec<Value> {
    let home = facts.family().home();
    let mut files = match facts.family() {
        Family::Linux => vec![
            log_file("journald", "journald"),
            log_file(&format!("{home}/logs/active-responses.log"), "syslog"),
            log_file("/var/log/dpkg.log", "syslog"),
            command("df -P", "command", None, 360),
            command(
                "netstat -tulpn | sed 's/\\([[:alnum:]]\\+\\)\\ \\+[[:digit:]]\\+\\ \\+[[:digit:]]\\+\\ \\+\\(.*\\):\\([[:digit:]]*\\)\\ \\+\\([0-9\\.\\:\\*]\\+\\).\\+\\ \\([[:digit:]]*\\/[[:alnum:]\\-]*\\).*/\\1 \\2 == \\3 == \\4 \\5/' | sort -k 4 -g | sed 's/ == \\(.*\\) ==/:\\1/' | sed 1,2d",
                "full_command",
                Some("netstat listening ports"),
                360,
            ),
            command("last -n 20", "full_command", None, 360),
        ],
        Family::Windows => vec![
            event_channel("Application"),
            event_channel("Security"),
            event_channel("System"),
            log_file("active-response\\active-responses.log", "syslog"),
        ],
        Family::Macos => vec![
            log_file("macos", "macos"),
            log_file(&format!("{home}/logs/active-responses.log"), "syslog"),
        ],
    };
    for section in facts.group_sections("localfile") {
        files.extend(items(section).into_iter().filter_map(group_localfile));
    }
    files
}

fn log_file(location: &str, format: &str) -> Value {
    json!({
        "file": location,
        "logformat": format,
        "ignore_binaries": "no",
        "only-future-events": "yes",
        "target": ["agent"],
    })
}

fn event_channel(channel: &str) -> Value {
    json!({
        "channel": channel,
        "logformat": "eventchannel",
        "only-future-events": "yes",
        "reconnect_time": 5,
        "target": ["agent"],
    })
}

fn command(line: &str, format: &str, alias: Option<&str>, frequency: i64) -> Value {
    json!({
        "command": line,
        "logformat": format,
        "alias": alias.unwrap_or(line),
        "frequency": frequency,
        "target": ["agent"],
    })
}

/// A group's `<localfile>` as the agent reports it.
fn group_localfile(entry: &Value) -> Option<Value> {
    let format = field(entry, "log_format").unwrap_or("syslog");
    if let Some(line) = field(entry, "command") {
        let frequency = field(entry, "frequency")
            .and_then(|f| f.parse().ok())
            .unwrap_or(360);
        return Some(command(line, format, field(entry, "alias"), frequency));
    }
    let location = field(entry, "location")?;
    Some(match format {
        "eventchannel" => event_channel(location),
        _ => log_file(location, format),
    })
}

/// The location logcollector counts a `<localfile>` entry under.
pub fn location_of(entry: &Value) -> String {
    ["file", "channel", "alias"]
        .iter()
        .find_map(|key| entry.get(*key).and_then(Value::as_str))
        .unwrap_or_default()
        .to_string()
}

/// The FIM scan interval: the default, or the last one the groups set.
pub fn syscheck_frequency(facts: &Facts) -> i64 {
    scan_frequency(facts, "syscheck")
}

/// The rootcheck scan interval: the default, or the last one the groups set.
pub fn rootcheck_frequency(facts: &Facts) -> i64 {
    scan_frequency(facts, "rootcheck")
}

fn scan_frequency(facts: &Facts, section: &str) -> i64 {
    facts
        .group_sections(section)
        .filter_map(|value| field(value, "frequency"))
        .filter_map(|frequency| frequency.parse().ok())
        .filter(|frequency: &i64| *frequency > 0)
        .last()
        .unwrap_or(DEFAULT_SCAN_FREQUENCY)
}

/// `<syscheck>`: the OS family's defaults, the groups' frequency and extra directories.
fn syscheck(facts: &Facts) -> Value {
    let default_dirs: &[&str] = match facts.family() {
        Family::Linux => &["/etc", "/usr/bin", "/usr/sbin", "/bin", "/sbin", "/boot"],
        Family::Windows => &[
            "%WINDIR%\\regedit.exe",
            "%WINDIR%\\system.ini",
            "%WINDIR%\\win.ini",
            "%WINDIR%\\SysNative\\drivers\\etc",
            "%PROGRAMDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup",
        ],
        Family::Macos => &["/etc", "/usr/bin", "/usr/sbin", "/bin", "/sbin"],
    };
    let mut directories: Vec<Value> = default_dirs.iter().map(|dir| directory(dir)).collect();
    for section in facts.group_sections("syscheck") {
        if let Some(declared) = section.get("directories") {
            for entry in items(declared) {
                if let Some(path) = text(entry) {
                    directories.extend(path.split(',').map(str::trim).map(directory));
                }
            }
        }
    }
    let ignore: &[&str] = match facts.family() {
        Family::Windows => {
            &["%PROGRAMDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\desktop.ini"]
        }
        _ => &[
            "/etc/mtab",
            "/etc/hosts.deny",
            "/etc/mail/statistics",
            "/etc/random-seed",
            "/etc/adjtime",
            "/etc/httpd/logs",
        ],
    };
    json!({
        "disabled": "no",
        "frequency": syscheck_frequency(facts),
        "skip_nfs": "yes",
        "skip_dev": "yes",
        "skip_sys": "yes",
        "skip_proc": "yes",
        "scan_on_start": "yes",
        "max_files_per_second": 0,
        "file_limit": { "enabled": "yes", "entries": 100000 },
        "diff": { "disk_quota": { "enabled": "yes", "limit": 1048576 }, "file_size": { "enabled": "yes", "limit": 51200 } },
        "directories": directories,
        "ignore": ignore,
        "synchronization": { "enabled": "yes", "max_interval": 3600, "interval": 300, "response_timeout": 30, "queue_size": 16384, "max_eps": 10 },
    })
}

fn directory(path: &str) -> Value {
    json!({
        "opts": ["check_md5sum", "check_sha1sum", "check_perm", "check_size", "check_owner", "check_group", "check_mtime", "check_inode", "check_sha256sum"],
        "dir": path,
        "recursion_level": 256,
        "diff_size_limit": 51200,
    })
}

/// `<rootcheck>`: defaults and the groups' frequency.
fn rootcheck(facts: &Facts) -> Value {
    let unix = facts.family() != Family::Windows;
    let yes_on_unix = if unix { "yes" } else { "no" };
    json!({
        "disabled": "no",
        "base_directory": if unix { "/" } else { "C:\\" },
        "scanall": "no",
        "skip_nfs": "yes",
        "frequency": rootcheck_frequency(facts),
        "check_dev": yes_on_unix,
        "check_files": "yes",
        "check_if": yes_on_unix,
        "check_pids": yes_on_unix,
        "check_ports": yes_on_unix,
        "check_sys": yes_on_unix,
        "check_trojans": "yes",
        "check_unixaudit": "no",
        "check_winapps": if unix { "no" } else { "yes" },
        "check_winaudit": "no",
        "check_winmalware": if unix { "no" } else { "yes" },
    })
}

/// `<wodle>`s: SCA, syscollector, and the modules an agent ships disabled.
fn wmodules(facts: &Facts) -> Vec<Value> {
    vec![
        json!({ "sca": { "enabled": "yes", "scan_on_start": "yes", "interval": 43200, "skip_nfs": "yes" } }),
        json!({ "syscollector": {
            "disabled": "no",
            "scan-on-start": "yes",
            "interval": 3600,
            "network": "yes",
            "os": "yes",
            "hardware": "yes",
            "packages": "yes",
            "ports": "yes",
            "ports_all": "no",
            "processes": "yes",
            "hotfixes": if facts.family() == Family::Windows { "yes" } else { "no" },
            "sync_max_eps": 10,
        } }),
        json!({ "cis-cat": { "disabled": "yes", "scan-on-start": "yes", "interval": 86400, "java_path": "wodles/java", "ciscat_path": "wodles/ciscat", "timeout": 1800 } }),
        json!({ "osquery": { "disabled": "yes", "run_daemon": "yes", "add_labels": "yes", "log_path": "/var/log/osquery/osqueryd.results.log", "config_path": "/etc/osquery/osquery.conf" } }),
        json!({ "agent-upgrade": { "enabled": "yes", "notification_wait": 1800 } }),
    ]
}

fn active_response() -> Value {
    json!({ "disabled": "no", "ca_store": ["etc/wpk_root.pem"], "ca_verification": "yes" })
}

fn agent_internal() -> Value {
    json!({
        "agent": {
            "debug": 0, "warn_level": 300, "normal_level": 250, "tolerance": 15,
            "recv_timeout": 60, "state_interval": 5, "min_eps": 50,
            "remote_conf": 1, "request_pool": 1024, "request_rto_sec": 1,
            "request_rto_msec": 0, "max_attempts": 4,
        },
        "monitord": {
            "rotate_log": 1, "size_rotate": 512, "daily_rotations": 12,
            "compress": 1, "keep_log_days": 31, "day_wait": 10,
        },
        "remoted": {
            "request_pool": 1024, "request_timeout": 10, "response_timeout": 60,
            "request_rto_sec": 1, "request_rto_msec": 0, "max_attempts": 4,
            "shared_reload": 10, "rlimit_nofile": 458752, "recv_counter_flush": 128,
            "comp_average_printout": 19999, "verify_msg_id": 0, "pass_empty_keyfile": 1,
            "sender_pool": 8, "request_pool_size": 1024,
        },
    })
}

fn logcollector_internal() -> Value {
    json!({
        "remote_commands": 0, "loop_timeout": 2, "open_attempts": 0, "vcheck_files": 64,
        "max_lines": 10000, "max_files": 1000, "sock_fail_time": 300, "debug": 0,
        "sample_log_length": 64, "queue_size": 1024, "input_threads": 4, "force_reload": 0,
        "reload_interval": 64, "reload_delay": 1000, "exclude_files_interval": 86400,
        "state_interval": 60,
    })
}

fn syscheck_internal() -> Value {
    json!({
        "syscheck": {
            "rt_delay": 5, "default_max_depth": 256, "symlink_scan_interval": 600,
            "debug": 0, "file_max_size": 1024, "sync_max_eps": 10,
        },
        "rootcheck": { "sleep": 50 },
    })
}

/// A configuration value as the agent reports it: a number when it is one.
fn number_or_text(value: &str) -> Value {
    value
        .parse::<i64>()
        .map(Value::from)
        .unwrap_or_else(|_| Value::String(value.to_string()))
}
