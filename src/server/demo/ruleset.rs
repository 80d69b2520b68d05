//! The demo ruleset, of our own writing (never copied from Wazuh's): rule files for sshd,
//! PAM, sudo and su, syslog, web access logs, firewall drops and JSON events, with compliance
//! groups and MITRE technique ids. `server::ruleset` writes them as real files into a new data
//! dir; the XML lives beside this module, under `ruleset/`.

/// The default rule files (`ruleset/rules`, read-only through the API): name and content.
pub const RULE_FILES: &[(&str, &str)] = &[
    (
        "0010-base_rules.xml",
        include_str!("ruleset/rules/0010-base_rules.xml"),
    ),
    (
        "0020-syslog_rules.xml",
        include_str!("ruleset/rules/0020-syslog_rules.xml"),
    ),
    (
        "0050-sshd_rules.xml",
        include_str!("ruleset/rules/0050-sshd_rules.xml"),
    ),
    (
        "0060-pam_rules.xml",
        include_str!("ruleset/rules/0060-pam_rules.xml"),
    ),
    (
        "0070-sudo_su_rules.xml",
        include_str!("ruleset/rules/0070-sudo_su_rules.xml"),
    ),
    (
        "0080-web_access_rules.xml",
        include_str!("ruleset/rules/0080-web_access_rules.xml"),
    ),
    (
        "0090-firewall_rules.xml",
        include_str!("ruleset/rules/0090-firewall_rules.xml"),
    ),
    (
        "0100-json_rules.xml",
        include_str!("ruleset/rules/0100-json_rules.xml"),
    ),
];

/// The user rule files (`etc/rules`) of a new data dir: name and content.
pub const USER_RULE_FILES: &[(&str, &str)] = &[(
    "local_rules.xml",
    include_str!("ruleset/etc/local_rules.xml"),
)];
