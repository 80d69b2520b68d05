//! The operating systems of the demo agents: real releases with their codenames, kernels and
//! builds, as a Wazuh agent reports them (`os.*` of `GET /agents`).

/// One operating system release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OsRelease {
    /// `os.name`, e.g. `Ubuntu`.
    pub name: &'static str,
    /// `os.platform`, e.g. `ubuntu`, `centos`, `windows`, `darwin`.
    pub platform: &'static str,
    /// `os.version`.
    pub version: &'static str,
    /// `os.major`.
    pub major: &'static str,
    /// `os.minor`, when the release has one.
    pub minor: Option<&'static str>,
    /// `os.codename`, when the release has one.
    pub codename: Option<&'static str>,
    /// `os.build` (Windows only).
    pub build: Option<&'static str>,
    /// `os.arch`.
    pub arch: &'static str,
    /// The kernel part of `os.uname` after the host name (`release |version |machine`); empty
    /// for Windows, whose `uname` is the release name.
    pub kernel: &'static str,
    /// Host name prefixes typical for machines running this release.
    pub hosts: &'static [&'static str],
    /// How common the release is among synthetic agents (relative weight).
    pub weight: u64,
}

impl OsRelease {
    /// `os.uname` for a host with this name.
    pub fn uname(&self, host: &str) -> String {
        match self.platform {
            "windows" => self.name.to_string(),
            "darwin" => format!("Darwin |{host} |{}", self.kernel),
            _ => format!("Linux |{host} |{}", self.kernel),
        }
    }
}

const SERVERS: &[&str] = &[
    "web",
    "db",
    "app",
    "cache",
    "mq",
    "k8s-node",
    "ci-runner",
    "mail",
];
const WINDOWS_SERVERS: &[&str] = &["dc", "fs", "sql", "iis", "rds"];
const DESKTOPS: &[&str] = &["ws", "laptop"];
const MACS: &[&str] = &["mac", "macbook"];

/// Ubuntu 24.04 LTS.
pub const UBUNTU_24_04: OsRelease = OsRelease {
    name: "Ubuntu",
    platform: "ubuntu",
    version: "24.04.1 LTS",
    major: "24",
    minor: Some("04"),
    codename: Some("Noble Numbat"),
    build: None,
    arch: "x86_64",
    kernel: "6.8.0-45-generic |#45-Ubuntu SMP PREEMPT_DYNAMIC Fri Aug 30 12:02:04 UTC 2024 |x86_64",
    hosts: SERVERS,
    weight: 10,
};

/// Ubuntu 22.04 LTS.
pub const UBUNTU_22_04: OsRelease = OsRelease {
    name: "Ubuntu",
    platform: "ubuntu",
    version: "22.04.4 LTS",
    major: "22",
    minor: Some("04"),
    codename: Some("Jammy Jellyfish"),
    build: None,
    arch: "x86_64",
    kernel: "5.15.0-105-generic |#115-Ubuntu SMP Mon Apr 15 09:52:04 UTC 2024 |x86_64",
    hosts: SERVERS,
    weight: 20,
};

/// Ubuntu 20.04 LTS.
pub const UBUNTU_20_04: OsRelease = OsRelease {
    name: "Ubuntu",
    platform: "ubuntu",
    version: "20.04.6 LTS",
    major: "20",
    minor: Some("04"),
    codename: Some("Focal Fossa"),
    build: None,
    arch: "x86_64",
    kernel: "5.4.0-182-generic |#202-Ubuntu SMP Fri Apr 26 12:29:36 UTC 2024 |x86_64",
    hosts: SERVERS,
    weight: 12,
};

/// Ubuntu 18.04 LTS (the old 3.x agents).
pub const UBUNTU_18_04: OsRelease = OsRelease {
    name: "Ubuntu",
    platform: "ubuntu",
    version: "18.04.6 LTS",
    major: "18",
    minor: Some("04"),
    codename: Some("Bionic Beaver"),
    build: None,
    arch: "x86_64",
    kernel: "4.15.0-213-generic |#224-Ubuntu SMP Mon Jun 19 13:30:12 UTC 2023 |x86_64",
    hosts: SERVERS,
    weight: 3,
};

/// CentOS Linux 7.
pub const CENTOS_7: OsRelease = OsRelease {
    name: "CentOS Linux",
    platform: "centos",
    version: "7.9",
    major: "7",
    minor: Some("9"),
    codename: Some("Core"),
    build: None,
    arch: "x86_64",
    kernel: "3.10.0-1160.119.1.el7.x86_64 |#1 SMP Tue Jun 4 14:43:51 UTC 2024 |x86_64",
    hosts: SERVERS,
    weight: 8,
};

/// CentOS Stream 9.
pub const CENTOS_STREAM_9: OsRelease = OsRelease {
    name: "CentOS Stream",
    platform: "centos",
    version: "9",
    major: "9",
    minor: None,
    codename: None,
    build: None,
    arch: "x86_64",
    kernel:
        "5.14.0-427.13.1.el9.x86_64 |#1 SMP PREEMPT_DYNAMIC Wed Apr 10 10:29:16 UTC 2024 |x86_64",
    hosts: SERVERS,
    weight: 6,
};

/// Debian 12.
pub const DEBIAN_12: OsRelease = OsRelease {
    name: "Debian GNU/Linux",
    platform: "debian",
    version: "12",
    major: "12",
    minor: None,
    codename: Some("bookworm"),
    build: None,
    arch: "x86_64",
    kernel: "6.1.0-21-amd64 |#1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03) |x86_64",
    hosts: SERVERS,
    weight: 8,
};

/// Debian 11.
pub const DEBIAN_11: OsRelease = OsRelease {
    name: "Debian GNU/Linux",
    platform: "debian",
    version: "11",
    major: "11",
    minor: None,
    codename: Some("bullseye"),
    build: None,
    arch: "x86_64",
    kernel: "5.10.0-28-amd64 |#1 SMP Debian 5.10.209-2 (2024-01-31) |x86_64",
    hosts: SERVERS,
    weight: 6,
};

/// Windows Server 2022.
pub const WINDOWS_SERVER_2022: OsRelease = OsRelease {
    name: "Microsoft Windows Server 2022 Datacenter",
    platform: "windows",
    version: "10.0.20348.2402",
    major: "10",
    minor: Some("0"),
    codename: None,
    build: Some("20348.2402"),
    arch: "x86_64",
    kernel: "",
    hosts: WINDOWS_SERVERS,
    weight: 8,
};

/// Windows Server 2019.
pub const WINDOWS_SERVER_2019: OsRelease = OsRelease {
    name: "Microsoft Windows Server 2019 Standard",
    platform: "windows",
    version: "10.0.17763.5696",
    major: "10",
    minor: Some("0"),
    codename: None,
    build: Some("17763.5696"),
    arch: "x86_64",
    kernel: "",
    hosts: WINDOWS_SERVERS,
    weight: 5,
};

/// Windows 11.
pub const WINDOWS_11: OsRelease = OsRelease {
    name: "Microsoft Windows 11 Pro",
    platform: "windows",
    version: "10.0.22631.3447",
    major: "10",
    minor: Some("0"),
    codename: None,
    build: Some("22631.3447"),
    arch: "x86_64",
    kernel: "",
    hosts: DESKTOPS,
    weight: 7,
};

/// Windows 10.
pub const WINDOWS_10: OsRelease = OsRelease {
    name: "Microsoft Windows 10 Enterprise",
    platform: "windows",
    version: "10.0.19045.4291",
    major: "10",
    minor: Some("0"),
    codename: None,
    build: Some("19045.4291"),
    arch: "x86_64",
    kernel: "",
    hosts: DESKTOPS,
    weight: 5,
};

/// macOS 14 on Apple silicon.
pub const MACOS_14: OsRelease = OsRelease {
    name: "macOS",
    platform: "darwin",
    version: "14.4.1",
    major: "14",
    minor: Some("4"),
    codename: Some("Sonoma"),
    build: None,
    arch: "arm64",
    kernel: "23.4.0 |Darwin Kernel Version 23.4.0: Fri Mar 15 00:10:42 PDT 2024; root:xnu-10063.101.17~1/RELEASE_ARM64_T6000 |arm64",
    hosts: MACS,
    weight: 3,
};

/// macOS 13 on Intel.
pub const MACOS_13: OsRelease = OsRelease {
    name: "macOS",
    platform: "darwin",
    version: "13.6.6",
    major: "13",
    minor: Some("6"),
    codename: Some("Ventura"),
    build: None,
    arch: "x86_64",
    kernel: "22.6.0 |Darwin Kernel Version 22.6.0: Thu Mar 14 16:13:42 PDT 2024; root:xnu-8796.141.3.704.6~1/RELEASE_X86_64 |x86_64",
    hosts: MACS,
    weight: 2,
};

/// Every release synthetic agents are drawn from.
pub const RELEASES: &[OsRelease] = &[
    UBUNTU_24_04,
    UBUNTU_22_04,
    UBUNTU_20_04,
    UBUNTU_18_04,
    CENTOS_7,
    CENTOS_STREAM_9,
    DEBIAN_12,
    DEBIAN_11,
    WINDOWS_SERVER_2022,
    WINDOWS_SERVER_2019,
    WINDOWS_11,
    WINDOWS_10,
    MACOS_14,
    MACOS_13,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uname_follows_the_platform() {
        assert_eq!(
            UBUNTU_22_04.uname("web-1"),
            "Linux |web-1 |5.15.0-105-generic |#115-Ubuntu SMP Mon Apr 15 09:52:04 UTC 2024 |x86_64"
        );
        assert!(MACOS_14
            .uname("mac-1")
            .starts_with("Darwin |mac-1 |23.4.0 |"));
        assert_eq!(WINDOWS_11.uname("ws-1"), "Microsoft Windows 11 Pro");
    }

    #[test]
    fn only_windows_has_a_build() {
        for release in RELEASES {
            assert_eq!(
                release.build.is_some(),
                release.platform == "windows",
                "{}",
                release.name
            );
            assert!(!release.hosts.is_empty());
        }
    }
}
