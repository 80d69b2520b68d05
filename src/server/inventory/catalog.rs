//! What the lab's machines run, by family of operating system: the packages installed, the
//! services and processes that run, the hotfixes of Windows. Names, versions and vendors are
//! those of real software; which of them a machine has is picked per agent
//! (`inventory::Machine`).

/// The families of operating systems, by the package format they install with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Ubuntu and Debian (`deb`).
    Deb,
    /// CentOS and the Red Hat family (`rpm`).
    Rpm,
    /// Windows (`win`).
    Windows,
    /// macOS (`pkg`).
    Mac,
}

impl Family {
    /// The family of an `os.platform`.
    pub fn of(platform: &str) -> Family {
        match platform {
            "windows" => Family::Windows,
            "darwin" => Family::Mac,
            "centos" | "rhel" | "redhat" | "amzn" | "fedora" | "rocky" | "almalinux" | "ol" => {
                Family::Rpm
            }
            _ => Family::Deb,
        }
    }

    /// The package format (`format` of a package).
    pub fn format(self) -> &'static str {
        match self {
            Family::Deb => "deb",
            Family::Rpm => "rpm",
            Family::Windows => "win",
            Family::Mac => "pkg",
        }
    }
}

/// One package a machine may have.
#[derive(Debug, Clone, Copy)]
pub struct Package {
    /// `name`.
    pub name: &'static str,
    /// The versions machines have, newest first (older ones on machines not yet updated).
    pub versions: &'static [&'static str],
    /// `vendor`; empty for the platform's own vendor (`Platform::vendor`).
    pub vendor: &'static str,
    /// `section` (deb), group (rpm) or category; empty when the format has none.
    pub section: &'static str,
    /// `description`.
    pub description: &'static str,
    /// `size`, in KiB.
    pub size: u64,
    /// How many machines in a hundred have it (100: every one).
    pub chance: u64,
    /// The role it comes with (`web`, `db`, ...), empty for any machine.
    pub role: &'static str,
}

/// A package every machine of the family has, from the platform's vendor.
const fn base(
    name: &'static str,
    versions: &'static [&'static str],
    section: &'static str,
    description: &'static str,
    size: u64,
) -> Package {
    Package {
        name,
        versions,
        vendor: "",
        section,
        description,
        size,
        chance: 100,
        role: "",
    }
}

/// A package of a role's machines.
const fn for_role(role: &'static str, package: Package) -> Package {
    Package { role, ..package }
}

/// A package some machines have.
const fn sometimes(chance: u64, package: Package) -> Package {
    Package { chance, ..package }
}

/// A package of a vendor of its own.
const fn from(vendor: &'static str, package: Package) -> Package {
    Package { vendor, ..package }
}

/// The packages of Debian and Ubuntu machines.
#[rustfmt::skip]
pub const DEB: &[Package] = &[
    base("bash", &["5.2.21-2ubuntu4", "5.1-6ubuntu1.1"], "shells", "GNU Bourne Again SHell", 1864),
    base("coreutils", &["9.4-3ubuntu6", "8.32-4.1ubuntu1.2"], "utils", "GNU core utilities", 7368),
    base("libc6", &["2.39-0ubuntu8.3", "2.35-0ubuntu3.8"], "libs", "GNU C Library: Shared libraries", 13326),
    base("libssl3", &["3.0.13-0ubuntu3.4", "3.0.2-0ubuntu1.18"], "libs", "Secure Sockets Layer toolkit - shared libraries", 6064),
    base("openssh-server", &["1:9.6p1-3ubuntu13.5", "1:8.9p1-3ubuntu0.10"], "net", "secure shell (SSH) server, for secure access from remote machines", 1823),
    base("openssh-client", &["1:9.6p1-3ubuntu13.5", "1:8.9p1-3ubuntu0.10"], "net", "secure shell (SSH) client, for secure access to remote machines", 5010),
    base("sudo", &["1.9.15p5-3ubuntu5", "1.9.9-1ubuntu2.4"], "admin", "Provide limited super user privileges to specific users", 3658),
    base("systemd", &["255.4-1ubuntu8.4", "249.11-0ubuntu3.12"], "admin", "system and service manager", 12133),
    base("cron", &["3.0pl1-184ubuntu2", "3.0pl1-137ubuntu3"], "admin", "process scheduling daemon", 281),
    base("rsyslog", &["8.2312.0-3ubuntu9", "8.2112.0-2ubuntu2.2"], "admin", "reliable system and kernel logging daemon", 1957),
    base("curl", &["8.5.0-2ubuntu10.4", "7.81.0-1ubuntu1.18"], "web", "command line tool for transferring data with URL syntax", 505),
    base("tar", &["1.35+dfsg-3build1", "1.34+dfsg-1ubuntu0.1.22.04.2"], "utils", "GNU version of the tar archiving utility", 3152),
    base("python3", &["3.12.3-0ubuntu2", "3.10.6-1~22.04.1"], "python", "interactive high-level object-oriented language (default python3 version)", 92),
    base("apt", &["2.7.14build2", "2.4.13"], "admin", "commandline package manager", 4156),
    from("Wazuh, Inc <info@wazuh.com>", base("wazuh-agent", &["4.12.0-1", "4.9.2-1"], "admin", "Wazuh helps you to gain security visibility into your infrastructure", 36784)),
    sometimes(60, base("vim", &["2:9.1.0016-1ubuntu7.5", "2:8.2.3995-1ubuntu2.21"], "editors", "Vi IMproved - enhanced vi editor", 4023)),
    sometimes(40, base("git", &["1:2.43.0-1ubuntu7.1", "1:2.34.1-1ubuntu1.11"], "vcs", "fast, scalable, distributed revision control system", 21356)),
    sometimes(30, base("tcpdump", &["4.99.4-3ubuntu4", "4.99.1-3ubuntu0.2"], "net", "command-line network traffic analyzer", 1287)),
    for_role("web", base("nginx", &["1.24.0-2ubuntu7.1", "1.18.0-6ubuntu14.5"], "httpd", "small, powerful, scalable web/proxy server", 1383)),
    for_role("db", base("postgresql-16", &["16.4-0ubuntu0.24.04.2", "16.2-1ubuntu4"], "database", "The World's Most Advanced Open Source Relational Database", 52348)),
    for_role("cache", base("redis-server", &["5:7.0.15-1build2", "5:6.0.16-1ubuntu1"], "database", "Persistent key-value database with network interface", 189)),
    for_role("mq", base("rabbitmq-server", &["3.12.1-1ubuntu1", "3.9.13-1ubuntu0.22.04.2"], "net", "AMQP server written in Erlang", 15321)),
    for_role("mail", base("postfix", &["3.8.6-1build2", "3.6.4-1ubuntu1.3"], "mail", "High-performance mail transport agent", 4432)),
    for_role("k8s-node", from("Kubernetes <kubernetes-dev@googlegroups.com>", base("kubelet", &["1.31.2-1.1", "1.29.6-1.1"], "misc", "Node agent for Kubernetes clusters", 74352))),
    for_role("ci-runner", from("Docker <support@docker.com>", base("docker-ce", &["5:27.3.1-1~ubuntu.24.04~noble", "5:26.1.4-1~ubuntu.22.04~jammy" ], "admin", "Docker: the open-source application container engine", 101754))),
];

/// The packages of CentOS and Red Hat machines.
#[rustfmt::skip]
pub const RPM: &[Package] = &[
    base("bash", &["5.1.8-9.el9", "4.4.20-4.el8"], "System Environment/Shells", "The GNU Bourne Again shell", 7738),
    base("coreutils", &["8.32-35.el9", "8.30-15.el8"], "System Environment/Base", "A set of basic GNU tools commonly used in shell scripts", 5919),
    base("glibc", &["2.34-125.el9", "2.28-251.el8"], "System Environment/Libraries", "The GNU libc libraries", 6344),
    base("openssl-libs", &["3.2.2-6.el9", "1.1.1k-12.el8"], "System Environment/Libraries", "A general purpose cryptography library with TLS implementation", 6328),
    base("openssh-server", &["8.7p1-43.el9", "8.0p1-24.el8"], "System Environment/Daemons", "An open source SSH server daemon", 1376),
    base("sudo", &["1.9.5p2-10.el9", "1.9.5p2-1.el8"], "Applications/System", "Allows restricted root access for specified users", 4873),
    base("systemd", &["252-46.el9", "239-82.el8"], "System Environment/Base", "System and Service Manager", 11763),
    base("cronie", &["1.5.7-12.el9", "1.5.2-10.el8"], "System Environment/Base", "Cron daemon for executing programs at set times", 278),
    base("rsyslog", &["8.2310.0-4.el9", "8.2102.0-15.el8"], "System Environment/Daemons", "Enhanced system logging and kernel message trapping daemon", 2661),
    base("curl", &["7.76.1-31.el9", "7.61.1-34.el8"], "Applications/Internet", "A utility for getting files from remote servers", 712),
    base("dnf", &["4.14.0-17.el9", "4.7.0-20.el8"], "System Environment/Base", "Package manager", 2414),
    base("python3", &["3.9.19-8.el9", "3.6.8-62.el8"], "Development/Languages", "Python 3 interpreter", 35),
    from("Wazuh, Inc <info@wazuh.com>", base("wazuh-agent", &["4.12.0-1", "4.9.2-1"], "System Environment/Daemons", "Wazuh helps you to gain security visibility into your infrastructure", 36617)),
    sometimes(50, base("vim-enhanced", &["8.2.2637-21.el9", "8.0.1763-19.el8"], "Applications/Editors", "A version of the VIM editor which includes recent enhancements", 4076)),
    sometimes(30, base("tcpdump", &["4.99.0-9.el9", "4.9.3-3.el8"], "Applications/Internet", "A network traffic monitoring tool", 1213)),
    for_role("web", base("httpd", &["2.4.62-1.el9", "2.4.37-65.el8"], "System Environment/Daemons", "Apache HTTP Server", 4720)),
    for_role("db", base("mariadb-server", &["10.5.22-1.el9", "10.3.39-1.module_el8"], "Applications/Databases", "The MariaDB server and related files", 61742)),
    for_role("cache", base("redis", &["6.2.7-1.el9", "5.0.3-5.module_el8"], "Applications/Databases", "A persistent key-value database", 5262)),
    for_role("mail", base("postfix", &["3.5.25-1.el9", "3.5.8-7.el8"], "System Environment/Daemons", "Postfix Mail Transport Agent", 5340)),
];

/// The packages of Windows machines.
#[rustfmt::skip]
pub const WINDOWS: &[Package] = &[
    from("Microsoft Corporation", base("Microsoft Edge", &["131.0.2903.70", "129.0.2792.89"], "", "", 0)),
    from("Microsoft Corporation", base("Microsoft Visual C++ 2015-2022 Redistributable (x64)", &["14.40.33816.0", "14.38.33135.0"], "", "", 20552)),
    from("Microsoft Corporation", base("Microsoft .NET Runtime - 8.0.10 (x64)", &["64.40.11006", "64.32.24422"], "", "", 69312)),
    from("Wazuh, Inc.", base("Wazuh Agent", &["4.12.0", "4.9.2"], "", "", 38420)),
    from("Igor Pavlov", sometimes(50, base("7-Zip 24.08 (x64)", &["24.08", "23.01"], "", "", 5650))),
    from("Google LLC", sometimes(60, base("Google Chrome", &["131.0.6778.86", "129.0.6668.101"], "", "", 0))),
    from("Mozilla", sometimes(30, base("Mozilla Firefox (x64 en-US)", &["133.0", "128.5.1"], "", "", 243140))),
    from("Notepad++ Team", sometimes(40, base("Notepad++ (64-bit x64)", &["8.7.1", "8.6.9"], "", "", 14680))),
    from("Microsoft Corporation", for_role("sql", base("Microsoft SQL Server 2022 (64-bit)", &["16.0.4135.4", "16.0.1000.6"], "", "", 0))),
    from("Microsoft Corporation", for_role("ws", base("Microsoft 365 Apps for enterprise - en-us", &["16.0.18129.20116", "16.0.17928.20156"], "", "", 0))),
    from("Microsoft Corporation", for_role("laptop", base("Microsoft Teams", &["24295.605.3225.8804", "24231.512.3106.6573"], "", "", 0))),
];

/// The packages of macOS machines.
#[rustfmt::skip]
pub const MAC: &[Package] = &[
    from("Apple", base("Safari", &["18.1.1", "17.6"], "public.app-category.productivity", "", 0)),
    from("Apple", base("Xcode Command Line Tools", &["16.1", "15.3"], "", "", 0)),
    from("Wazuh, Inc.", base("wazuh-agent", &["4.12.0-1", "4.9.2-1"], "", "", 0)),
    from("Google LLC", sometimes(60, base("Google Chrome", &["131.0.6778.86", "129.0.6668.101"], "public.app-category.productivity", "", 0))),
    from("Slack Technologies, Inc.", sometimes(50, base("Slack", &["4.41.105", "4.39.95"], "public.app-category.business", "", 0))),
    from("Microsoft Corporation", sometimes(40, base("Visual Studio Code", &["1.95.3", "1.92.2"], "public.app-category.developer-tools", "", 0))),
    from("Docker Inc.", sometimes(20, base("Docker", &["4.36.0", "4.33.0"], "public.app-category.developer-tools", "", 0))),
];

/// A process a machine runs, and the port it listens on (or connects to) when it has one.
#[derive(Debug, Clone, Copy)]
pub struct Service {
    /// The process name.
    pub name: &'static str,
    /// Its command line.
    pub cmd: &'static str,
    /// The user it runs as.
    pub user: &'static str,
    /// The port it listens on, `(protocol, port)`; `None` for none.
    pub listens: Option<(&'static str, u16)>,
    /// The role it comes with (`web`, ...), empty for any machine.
    pub role: &'static str,
}

/// A service of every machine of a family.
const fn service(
    name: &'static str,
    cmd: &'static str,
    user: &'static str,
    listens: Option<(&'static str, u16)>,
) -> Service {
    Service {
        name,
        cmd,
        user,
        listens,
        role: "",
    }
}

/// A service of a role's machines.
const fn role_service(role: &'static str, service: Service) -> Service {
    Service { role, ..service }
}

/// The services of Linux machines.
#[rustfmt::skip]
pub const LINUX_SERVICES: &[Service] = &[
    service("systemd", "/sbin/init", "root", None),
    service("sshd", "/usr/sbin/sshd -D", "root", Some(("tcp", 22))),
    service("cron", "/usr/sbin/cron -f", "root", None),
    service("rsyslogd", "/usr/sbin/rsyslogd -n -iNONE", "syslog", Some(("udp", 514))),
    service("chronyd", "/usr/sbin/chronyd -F 1", "_chrony", Some(("udp", 323))),
    service("wazuh-agentd", "/var/ossec/bin/wazuh-agentd", "wazuh", None),
    service("wazuh-modulesd", "/var/ossec/bin/wazuh-modulesd", "root", None),
    service("wazuh-logcollector", "/var/ossec/bin/wazuh-logcollector", "root", None),
    service("wazuh-syscheckd", "/var/ossec/bin/wazuh-syscheckd", "root", None),
    role_service("web", service("nginx", "nginx: master process /usr/sbin/nginx", "root", Some(("tcp", 80)))),
    role_service("web", service("nginx", "nginx: worker process", "www-data", Some(("tcp", 443)))),
    role_service("db", service("postgres", "/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main", "postgres", Some(("tcp", 5432)))),
    role_service("cache", service("redis-server", "/usr/bin/redis-server 127.0.0.1:6379", "redis", Some(("tcp", 6379)))),
    role_service("mq", service("beam.smp", "/usr/lib/erlang/erts-13.2/bin/beam.smp -- -root /usr/lib/erlang", "rabbitmq", Some(("tcp", 5672)))),
    role_service("mail", service("master", "/usr/lib/postfix/sbin/master -w", "root", Some(("tcp", 25)))),
    role_service("k8s-node", service("kubelet", "/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml", "root", Some(("tcp", 10250)))),
    role_service("ci-runner", service("dockerd", "/usr/bin/dockerd -H fd://", "root", None)),
];

/// The services of Windows machines.
#[rustfmt::skip]
pub const WINDOWS_SERVICES: &[Service] = &[
    service("System", "", "SYSTEM", Some(("tcp", 445))),
    service("smss.exe", "\\SystemRoot\\System32\\smss.exe", "SYSTEM", None),
    service("services.exe", "C:\\Windows\\system32\\services.exe", "SYSTEM", None),
    service("lsass.exe", "C:\\Windows\\system32\\lsass.exe", "SYSTEM", None),
    service("svchost.exe", "C:\\Windows\\system32\\svchost.exe -k NetworkService -p", "NETWORK SERVICE", Some(("tcp", 135))),
    service("wazuh-agent.exe", "\"C:\\Program Files (x86)\\ossec-agent\\wazuh-agent.exe\"", "SYSTEM", None),
    service("explorer.exe", "C:\\Windows\\Explorer.EXE", "Administrator", None),
    role_service("dc", service("dns.exe", "C:\\Windows\\system32\\dns.exe", "SYSTEM", Some(("udp", 53)))),
    role_service("dc", service("lsass.exe", "C:\\Windows\\system32\\lsass.exe", "SYSTEM", Some(("tcp", 389)))),
    role_service("sql", service("sqlservr.exe", "\"C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\sqlservr.exe\" -sMSSQLSERVER", "NT Service\\MSSQLSERVER", Some(("tcp", 1433)))),
    role_service("iis", service("w3wp.exe", "c:\\windows\\system32\\inetsrv\\w3wp.exe -ap \"DefaultAppPool\"", "IIS APPPOOL\\DefaultAppPool", Some(("tcp", 80)))),
    role_service("rds", service("svchost.exe", "C:\\Windows\\System32\\svchost.exe -k termsvcs -s TermService", "NETWORK SERVICE", Some(("tcp", 3389)))),
];

/// The services of macOS machines.
#[rustfmt::skip]
pub const MAC_SERVICES: &[Service] = &[
    service("launchd", "/sbin/launchd", "root", None),
    service("syslogd", "/usr/sbin/syslogd", "root", None),
    service("mDNSResponder", "/usr/sbin/mDNSResponder", "_mdnsresponder", Some(("udp", 5353))),
    service("wazuh-agentd", "/Library/Ossec/bin/wazuh-agentd", "wazuh", None),
    service("Finder", "/System/Library/CoreServices/Finder.app/Contents/MacOS/Finder", "admin", None),
];

/// The security updates (KB articles) Windows machines may have installed.
#[rustfmt::skip]
pub const HOTFIXES: &[&str] = &[
    "KB5044281",
    "KB5043050",
    "KB5042881",
    "KB5041160",
    "KB5040437",
    "KB5039227",
    "KB5037765",
    "KB5036909",
    "KB5035857",
    "KB5034439",
    "KB5034129",
    "KB5033118",
    "KB5032198",
    "KB5031364",
];

/// Processors of the lab's machines: `(name, cores, MHz)`.
#[rustfmt::skip]
pub const CPUS: &[(&str, u64, u64)] = &[
    ("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", 8, 2000),
    ("Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", 4, 2900),
    ("AMD EPYC 7R13 Processor", 8, 2650),
    ("AMD EPYC 9454P 48-Core Processor", 16, 2750),
    ("Intel(R) Core(TM) i7-1265U", 10, 1800),
    ("Intel(R) Core(TM) i5-1345U", 10, 1600),
];
