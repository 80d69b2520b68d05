//! File integrity monitoring (syscheck) entries and rootcheck events of an agent, following
//! its scan history (`store::ScanHistory`): before any requested scan, the results of the
//! agent's own last periodic scan; each requested scan (a generation) changes a few monitored
//! files (`changes` grows, new checksums, size and `mtime`) and solves a few rootcheck events;
//! cleared results are empty until the next scan. Linux and macOS machines monitor files of
//! `/etc` and `/usr/bin`; Windows machines files, registry keys and registry values.

use super::catalog::Family;
use super::{zulu, Machine};
use crate::server::demo::rng::{key_of, Rng};
use crate::server::store::ScanHistory;
use serde_json::{json, Map, Value};

/// How long a scan lasts at most (seconds).
const SCAN_SECONDS: u64 = 40;

/// How many entries a requested scan changes, and how many events it solves at most.
const CHANGED_PER_SCAN: usize = 2;

/// A Unix user or group: its id and name.
type Owner = (u32, &'static str);

/// A monitored Unix file: path, owner, group, permissions.
const UNIX_FILES: &[(&str, Owner, Owner, &str)] = &[
    ("/etc/passwd", (0, "root"), (0, "root"), "100644"),
    ("/etc/shadow", (0, "root"), (42, "shadow"), "100640"),
    ("/etc/group", (0, "root"), (0, "root"), "100644"),
    ("/etc/hosts", (0, "root"), (0, "root"), "100644"),
    ("/etc/hostname", (0, "root"), (0, "root"), "100644"),
    ("/etc/resolv.conf", (0, "root"), (0, "root"), "100644"),
    ("/etc/fstab", (0, "root"), (0, "root"), "100644"),
    ("/etc/crontab", (0, "root"), (0, "root"), "100644"),
    ("/etc/sudoers", (0, "root"), (0, "root"), "100440"),
    ("/etc/ssh/sshd_config", (0, "root"), (0, "root"), "100600"),
    ("/usr/bin/sudo", (0, "root"), (0, "root"), "104755"),
    ("/usr/bin/passwd", (0, "root"), (0, "root"), "104755"),
    ("/usr/bin/ssh", (0, "root"), (0, "root"), "100755"),
    ("/usr/bin/curl", (0, "root"), (0, "root"), "100755"),
    ("/usr/bin/bash", (0, "root"), (0, "root"), "100755"),
    ("/usr/bin/python3", (0, "root"), (0, "root"), "100755"),
];

/// Monitored Windows files.
const WINDOWS_FILES: &[&str] = &[
    "c:\\windows\\system32\\drivers\\etc\\hosts",
    "c:\\windows\\system32\\cmd.exe",
    "c:\\windows\\system32\\windowspowershell\\v1.0\\powershell.exe",
    "c:\\windows\\system32\\svchost.exe",
    "c:\\windows\\system32\\lsass.exe",
    "c:\\windows\\regedit.exe",
];

/// Monitored registry keys, each with one value: key, value name, value type.
const REGISTRY: &[(&str, &str, &str)] = &[
    (
        "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
        "SecurityHealth",
        "REG_EXPAND_SZ",
    ),
    (
        "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\WinDefend",
        "Start",
        "REG_DWORD",
    ),
    (
        "HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Lsa",
        "LmCompatibilityLevel",
        "REG_DWORD",
    ),
    (
        "HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Windows\\WindowsUpdate",
        "WUServer",
        "REG_SZ",
    ),
];

/// A rootcheck finding: the log line, its PCI DSS and CIS references (empty: none), and
/// whether it is about Windows.
const ROOTCHECK: &[(&str, &str, &str, bool)] = &[
    ("System Audit: CIS - Linux - 1.1.2 - /tmp is not on its own partition. File: /etc/fstab. Reference: https://www.cisecurity.org/cis-benchmarks/ .", "2.2.4", "1.1.2 Linux", false),
    ("System Audit: CIS - Linux - 5.2.8 - SSH root login is allowed. File: /etc/ssh/sshd_config. Reference: https://www.cisecurity.org/cis-benchmarks/ .", "2.2.4", "5.2.8 Linux", false),
    ("System Audit: SSH Hardening - 4: Password authentication is allowed. File: /etc/ssh/sshd_config.", "2.2.4", "", false),
    ("System Audit: CIS - Linux - 1.5.3 - Address space layout randomization is not enabled. File: /proc/sys/kernel/randomize_va_space.", "2.2.4", "1.5.3 Linux", false),
    ("File '/dev/shm/.x11-unix' present on /dev. Possible hidden file.", "", "", false),
    ("Interface 'eth0' in promiscuous mode.", "11.4", "", false),
    ("Windows Audit: Null sessions allowed. Registry: HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Lsa.", "2.2.4", "", true),
    ("Windows Audit: LM authentication allowed (weak passwords). Registry: HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Control\\Lsa.", "8.2.1", "", true),
    ("System Audit: CIS - Windows - 2.3.7.4 - Interactive logon: message text is not configured. Registry: HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System.", "2.2.4", "2.3.7.4 Windows", true),
    ("Windows Malware: Possible malware registry entry. Registry: HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.", "11.4", "", true),
];

/// The results of one scan kind, as its history makes them.
struct Generations {
    /// When each scan ran: the periodic one first, then each requested one.
    times: Vec<i64>,
}

impl Generations {
    fn new(machine: &Machine, history: &ScanHistory) -> Generations {
        let mut times = vec![machine.scanned_at];
        times.extend(&history.scans);
        Generations { times }
    }

    /// The generations (index into `times`) in which scan `kind` of agent `id` touched the
    /// entry `index` of `count`: the first scan touches every entry.
    fn touching(&self, kind: &str, id: u32, index: usize, count: usize) -> Vec<usize> {
        let mut touched = vec![0];
        for generation in 1..self.times.len() {
            let mut rng = Rng::keyed(key_of(&format!("{kind}:{id}:{generation}")));
            let picked =
                (0..CHANGED_PER_SCAN).any(|_| rng.between(0, count as u64 - 1) == index as u64);
            if picked {
                touched.push(generation);
            }
        }
        touched
    }

    /// The dates of the last scan: start and end.
    fn last_scan(&self, id: u32) -> Value {
        let start = *self.times.last().unwrap_or(&0);
        let mut rng = Rng::keyed(key_of(&format!("scan:{id}:{}", self.times.len())));
        let end = start + rng.between(2, SCAN_SECONDS) as i64;
        json!({"start": zulu(start), "end": zulu(end)})
    }
}

impl Machine<'_> {
    /// The FIM entries of the agent (`GET /syscheck/{agent_id}`).
    pub fn syscheck(&self, history: &ScanHistory) -> Vec<Value> {
        if history.cleared {
            return Vec::new();
        }
        let generations = Generations::new(self, history);
        let paths: Vec<&str> = match self.family {
            Family::Windows => WINDOWS_FILES.to_vec(),
            _ => UNIX_FILES.iter().map(|file| file.0).collect(),
        };
        let registry = match self.family {
            Family::Windows => REGISTRY,
            _ => &[],
        };
        let count = paths.len() + registry.len() * 2;
        let mut items = Vec::with_capacity(count);
        for index in 0..count {
            let touched = generations.touching("fim", self.agent.id, index, count);
            let changed_at = generations.times[*touched.last().unwrap_or(&0)];
            let version = touched.len();
            let mut item = match index.checked_sub(paths.len()) {
                None => self.file(index, paths[index], version, changed_at),
                Some(key) if key % 2 == 0 => self.registry_key(registry[key / 2].0, changed_at),
                Some(key) => self.registry_value(registry[key / 2], version),
            };
            item.insert("changes".into(), json!(version));
            item.insert("date".into(), json!(zulu(changed_at)));
            items.push(Value::Object(item));
        }
        items
    }

    /// When the last FIM or rootcheck scan started and ended (`null` both once cleared).
    pub fn last_scan(&self, history: &ScanHistory) -> Value {
        match history.cleared {
            true => json!({"start": null, "end": null}),
            false => Generations::new(self, history).last_scan(self.agent.id),
        }
    }

    /// The rootcheck events of the agent (`GET /rootcheck/{agent_id}`): each finding of the
    /// machine's OS it has, outstanding until a scan solves it.
    pub fn rootcheck(&self, history: &ScanHistory) -> Vec<Value> {
        if history.cleared {
            return Vec::new();
        }
        let generations = Generations::new(self, history);
        let windows = self.family == Family::Windows;
        let findings: Vec<_> = ROOTCHECK.iter().filter(|f| f.3 == windows).collect();
        let mut rng = Rng::keyed(key_of(&format!("rootcheck:{}", self.agent.id)));
        let first = self.agent.date_add.unwrap_or(self.scanned_at);
        let last = *generations.times.last().unwrap_or(&first);
        let mut items = Vec::new();
        for (index, (log, pci_dss, cis, _)) in findings.iter().enumerate() {
            if !rng.percent(70) {
                continue;
            }
            let solved = generations.touching("rootcheck", self.agent.id, index, findings.len());
            let mut item = Map::new();
            let (status, date_last) = match solved.get(1) {
                Some(generation) => ("solved", generations.times[generation - 1]),
                None => ("outstanding", last),
            };
            item.insert("status".into(), json!(status));
            item.insert("log".into(), json!(log));
            item.insert("date_first".into(), json!(zulu(first)));
            item.insert("date_last".into(), json!(zulu(date_last)));
            if !pci_dss.is_empty() {
                item.insert("pci_dss".into(), json!(pci_dss));
            }
            if !cis.is_empty() {
                item.insert("cis".into(), json!(cis));
            }
            items.push(Value::Object(item));
        }
        items
    }

    /// A monitored file at its `version`-th content, last changed at `changed_at`.
    fn file(
        &self,
        index: usize,
        path: &str,
        version: usize,
        changed_at: i64,
    ) -> Map<String, Value> {
        let mut rng = Rng::keyed(key_of(&format!("file:{}:{path}:{version}", self.agent.id)));
        let mut item = Map::new();
        item.insert("type".into(), json!("file"));
        item.insert("file".into(), json!(path));
        item.insert("size".into(), json!(rng.between(40, 2_000_000)));
        match self.family {
            Family::Windows => {
                item.insert("perm".into(), json!(""));
                item.insert("uid".into(), json!(""));
                item.insert("uname".into(), json!("Administrators"));
            }
            _ => {
                let (_, (uid, uname), (gid, gname), perm) = UNIX_FILES[index];
                let gname = match (self.family, gname) {
                    (Family::Mac, "root") => "wheel",
                    _ => gname,
                };
                item.insert("perm".into(), json!(perm));
                item.insert("uid".into(), json!(uid.to_string()));
                item.insert("gid".into(), json!(gid.to_string()));
                item.insert("uname".into(), json!(uname));
                item.insert("gname".into(), json!(gname));
                item.insert("inode".into(), json!(rng.between(100_000, 9_999_999)));
            }
        }
        item.insert(
            "mtime".into(),
            json!(zulu(changed_at - rng.between(60, 3_600) as i64)),
        );
        checksums(&mut item, &mut rng);
        item.insert("attributes".into(), json!(""));
        item
    }

    /// A monitored registry key (Windows).
    fn registry_key(&self, key: &str, changed_at: i64) -> Map<String, Value> {
        let mut item = Map::new();
        item.insert("type".into(), json!("registry_key"));
        item.insert("file".into(), json!(key));
        item.insert("arch".into(), json!("[x64]"));
        item.insert("uname".into(), json!("SYSTEM"));
        item.insert("mtime".into(), json!(zulu(changed_at)));
        item
    }

    /// A monitored registry value (Windows) at its `version`-th content.
    fn registry_value(
        &self,
        (key, name, kind): (&str, &str, &str),
        version: usize,
    ) -> Map<String, Value> {
        let mut rng = Rng::keyed(key_of(&format!("value:{}:{key}:{version}", self.agent.id)));
        let mut item = Map::new();
        item.insert("type".into(), json!("registry_value"));
        item.insert("file".into(), json!(key));
        item.insert("arch".into(), json!("[x64]"));
        item.insert("value".into(), json!({"name": name, "type": kind}));
        item.insert("size".into(), json!(rng.between(4, 512)));
        checksums(&mut item, &mut rng);
        item
    }
}

/// The MD5, SHA-1 and SHA-256 of a content, from its generator.
fn checksums(item: &mut Map<String, Value>, rng: &mut Rng) {
    item.insert("md5".into(), json!(rng.hex(16)));
    item.insert("sha1".into(), json!(rng.hex(20)));
    item.insert("sha256".into(), json!(rng.hex(32)));
}
