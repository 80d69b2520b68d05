//! The demo ruleset, of our own writing (never copied from Wazuh's): rule files for sshd,
//! PAM, sudo and su, syslog, web access logs, firewall drops and JSON events, with compliance
//! groups and MITRE technique ids, the decoders that read those logs, and a few CDB lists the
//! rules look up. `server::ruleset` writes them as real files into a new data dir; they live
//! beside this module, under `ruleset/`.

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

/// The default decoder files (`ruleset/decoders`, read-only through the API): name and content.
pub const DECODER_FILES: &[(&str, &str)] = &[
    (
        "0005-json_decoders.xml",
        include_str!("ruleset/decoders/0005-json_decoders.xml"),
    ),
    (
        "0010-sshd_decoders.xml",
        include_str!("ruleset/decoders/0010-sshd_decoders.xml"),
    ),
    (
        "0020-pam_decoders.xml",
        include_str!("ruleset/decoders/0020-pam_decoders.xml"),
    ),
    (
        "0030-sudo_su_decoders.xml",
        include_str!("ruleset/decoders/0030-sudo_su_decoders.xml"),
    ),
    (
        "0040-syslog_decoders.xml",
        include_str!("ruleset/decoders/0040-syslog_decoders.xml"),
    ),
    (
        "0050-web_decoders.xml",
        include_str!("ruleset/decoders/0050-web_decoders.xml"),
    ),
    (
        "0060-firewall_decoders.xml",
        include_str!("ruleset/decoders/0060-firewall_decoders.xml"),
    ),
];

/// The user decoder files (`etc/decoders`) of a new data dir: name and content.
pub const USER_DECODER_FILES: &[(&str, &str)] = &[(
    "local_decoder.xml",
    include_str!("ruleset/etc/local_decoder.xml"),
)];

/// The default CDB lists (`ruleset/lists`): name and content.
pub const LIST_FILES: &[(&str, &str)] = &[("bad-ips", include_str!("ruleset/lists/bad-ips"))];

/// The user CDB lists (`etc/lists`) of a new data dir: name and content.
pub const USER_LIST_FILES: &[(&str, &str)] = &[
    ("admin-users", include_str!("ruleset/etc/lists/admin-users")),
    (
        "web-scanners",
        include_str!("ruleset/etc/lists/web-scanners"),
    ),
];
