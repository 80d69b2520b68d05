//! What each agent's syscollector reports (`/syscollector/{agent_id}/*`): hardware, operating
//! system, network interfaces, addresses and protocols, packages, processes, open ports and
//! Windows hotfixes. The lab keeps none of it: an agent's inventory is generated when it is
//! read, from what the fleet knows of the agent (its id, name, OS and address) through a
//! generator keyed by its id, so it is the same on every read and every start, costs nothing
//! at 100,000 agents until it is read, and a read costs the size of one agent's inventory.
//! What a machine has follows its OS family (`catalog::Family`: a Windows agent has hotfixes
//! and Windows programs, an Ubuntu one deb packages) and its role, read from its name
//! (`web-00007` runs nginx and listens on 80 and 443).
//!
//! An agent that never reported its OS (never connected, pending) has no inventory.
//!
//! Imports the server's `fleet`, `collection` and `demo` modules, and `store::ScanHistory`
//! (what the syscheck and rootcheck results follow).

pub mod catalog;
mod fim;
mod sca;

use crate::server::collection::iso_date;
use crate::server::demo::rng::Rng;
use crate::server::fleet::Agent;
use catalog::{Family, Package, Service};
use serde_json::{json, Map, Value};

/// Seconds between two syscollector scans of an agent.
const SCAN_INTERVAL: i64 = 3600;

/// The kinds of inventory syscollector reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `hardware`: CPU, memory, board serial (one item).
    Hardware,
    /// `hotfixes`: the Windows updates installed.
    Hotfixes,
    /// `netaddr`: the addresses of each interface.
    Netaddr,
    /// `netiface`: the network interfaces.
    Netiface,
    /// `netproto`: each interface's protocol settings (gateway, DHCP).
    Netproto,
    /// `os`: the operating system (one item).
    Os,
    /// `packages`: the installed packages.
    Packages,
    /// `ports`: the open ports.
    Ports,
    /// `processes`: the running processes.
    Processes,
}

/// One agent's machine, as its inventory describes it.
#[derive(Debug)]
pub struct Machine<'a> {
    agent: &'a Agent,
    family: Family,
    /// Its role, from its name: `web` for `web-00007`.
    role: &'a str,
    /// `os.arch` (`x86_64`, `aarch64`, ...).
    arch: &'a str,
    /// When its last periodic scan ran (unix seconds): the hour of its last keep-alive.
    scanned_at: i64,
}

impl<'a> Machine<'a> {
    /// The machine of an agent; `None` when the agent never reported its OS.
    pub fn of(agent: &'a Agent) -> Option<Machine<'a>> {
        let os = agent.os.as_ref()?;
        let family = Family::of(os.platform.as_deref().unwrap_or_default());
        let role = agent
            .name
            .rsplit_once('-')
            .map_or(&*agent.name, |(role, _)| role);
        // Syscollector scans hourly: the last scan is the hour of the last keep-alive.
        let when = agent.last_keep_alive.or(agent.date_add).unwrap_or_default();
        let scanned_at = when - when.rem_euclid(SCAN_INTERVAL);
        Some(Machine {
            agent,
            family,
            role,
            arch: os.arch.as_deref().unwrap_or("x86_64"),
            scanned_at,
        })
    }

    /// The items of one kind of inventory, each with the agent's id.
    pub fn items(&self, kind: Kind) -> Vec<Value> {
        let mut items = match kind {
            Kind::Hardware => vec![self.hardware()],
            Kind::Hotfixes => self.hotfixes(),
            Kind::Netaddr => self.netaddr(),
            Kind::Netiface => self.netiface(),
            Kind::Netproto => self.netproto(),
            Kind::Os => vec![self.os()],
            Kind::Packages => self.packages(),
            Kind::Ports => self.ports(),
            Kind::Processes => self.processes(),
        };
        let scan = self.scan();
        for item in &mut items {
            item["scan"] = scan.clone();
            item["agent_id"] = json!(&*self.agent.id_text);
        }
        items
    }

    /// How many items of one kind of inventory it has: [`Machine::items`]' length, without
    /// making them.
    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Hardware | Kind::Os | Kind::Netproto => 1,
            Kind::Netaddr | Kind::Netiface => 1 + usize::from(self.has_loopback()),
            Kind::Hotfixes => self.installed_hotfixes().len(),
            Kind::Packages => self.package_choices().count(),
            Kind::Ports => self.listening().count(),
            Kind::Processes => self.services().count(),
        }
    }

    /// The `scan` object of its items: the id and time of its last scan.
    fn scan(&self) -> Value {
        let id = rng(self.agent, 0).between(1, 2_000_000_000);
        json!({"id": id, "time": zulu(self.scanned_at)})
    }

    fn hardware(&self) -> Value {
        let mut rng = rng(self.agent, 1);
        let (name, cores, mhz) = match self.family {
            Family::Mac => ("Apple M2 Pro", 10, 3504),
            _ => catalog::CPUS[rng.between(0, catalog::CPUS.len() as u64 - 1) as usize],
        };
        let total = [4, 8, 16, 32, 64][rng.between(0, 4) as usize] * 1024 * 1024;
        let usage = rng.between(15, 85);
        json!({
            "cpu": {"cores": cores, "mhz": mhz, "name": name},
            "ram": {"free": total * (100 - usage) / 100, "total": total, "usage": usage},
            "board_serial": rng.hex(6).to_uppercase(),
        })
    }

    fn os(&self) -> Value {
        let os = self.agent.os.as_ref().expect("a machine has an OS");
        let text =
            |value: &Option<crate::server::collection::Name>| value.as_deref().map(str::to_string);
        let mut fields = Map::new();
        for (key, value) in [
            ("codename", text(&os.codename)),
            ("major", text(&os.major)),
            ("minor", text(&os.minor)),
            ("name", text(&os.name)),
            ("platform", text(&os.platform)),
            ("version", text(&os.version)),
            ("build", text(&os.build)),
        ] {
            if let Some(value) = value {
                fields.insert(key.into(), json!(value));
            }
        }
        // `os.uname`: `sysname |hostname |release |version |machine` (Windows: its name).
        let uname = os.uname.as_deref().unwrap_or_default();
        let parts: Vec<&str> = uname.split(" |").collect();
        let (sysname, release, version) = match (self.family, &parts[..]) {
            (Family::Windows, _) => ("Windows", os.build.as_deref().unwrap_or_default(), ""),
            (_, [sysname, _, release, version, ..]) => (*sysname, *release, *version),
            _ => ("Linux", "", ""),
        };
        json!({
            "os": fields,
            "sysname": sysname,
            "release": release,
            "version": version,
            "architecture": self.arch,
            "hostname": &*self.agent.name,
        })
    }

    fn packages(&self) -> Vec<Value> {
        let vendor = match self.family {
            Family::Deb if self.platform() == "debian" => "Debian Project",
            Family::Deb => "Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>",
            Family::Rpm => "CentOS",
            Family::Windows | Family::Mac => "",
        };
        self.package_choices()
            .map(|(package, version)| self.package(package, version, vendor))
            .collect()
    }

    /// The packages it has installed, each with the version it has, in catalogue order.
    fn package_choices(&self) -> impl Iterator<Item = (&'static Package, &'static str)> + '_ {
        let mut rng = rng(self.agent, 2);
        let catalogue = match self.family {
            Family::Deb => catalog::DEB,
            Family::Rpm => catalog::RPM,
            Family::Windows => catalog::WINDOWS,
            Family::Mac => catalog::MAC,
        };
        // Machines not updated for a while have the older version of most packages.
        let outdated = rng.percent(20);
        catalogue.iter().filter_map(move |package| {
            if !self.runs(package.role) || !rng.percent(package.chance) {
                return None;
            }
            let older = outdated && rng.percent(70) && package.versions.len() > 1;
            Some((package, package.versions[usize::from(older)]))
        })
    }

    fn package(&self, package: &Package, version: &str, vendor: &str) -> Value {
        let vendor = match package.vendor {
            "" => vendor,
            own => own,
        };
        let location = match self.family {
            Family::Windows => format!("C:\\Program Files\\{}", package.name),
            Family::Mac => format!("/Applications/{}.app", package.name),
            _ => String::new(),
        };
        json!({
            "name": package.name,
            "version": version,
            "vendor": vendor,
            "architecture": self.package_arch(),
            "format": self.family.format(),
            "description": package.description,
            "section": package.section,
            "size": package.size,
            "priority": if self.family == Family::Deb { "optional" } else { "" },
            "location": location,
            "install_time": "",
        })
    }

    /// The architecture a package names (`amd64` for deb on x86_64).
    fn package_arch(&self) -> &'static str {
        let arm = matches!(self.arch, "aarch64" | "arm64");
        match (self.family, arm) {
            (Family::Deb, false) => "amd64",
            (Family::Deb, true) => "arm64",
            (Family::Rpm, true) => "aarch64",
            (Family::Mac, true) => "arm64",
            _ => "x86_64",
        }
    }

    fn processes(&self) -> Vec<Value> {
        let mut rng = rng(self.agent, 3);
        let user = |service: &Service| service.user;
        self.services()
            .enumerate()
            .map(|(index, (pid, service))| {
                let ppid = if index == 0 { 0 } else { self.first_pid() };
                json!({
                    "pid": pid.to_string(),
                    "name": service.name,
                    "state": if rng.percent(10) { "R" } else { "S" },
                    "ppid": ppid,
                    "cmd": service.cmd,
                    "argvs": "",
                    "euser": user(service),
                    "ruser": user(service),
                    "suser": user(service),
                    "egroup": user(service),
                    "rgroup": user(service),
                    "sgroup": user(service),
                    "fgroup": user(service),
                    "priority": 20,
                    "nice": 0,
                    "size": rng.between(1_000, 200_000),
                    "vm_size": rng.between(10_000, 2_000_000),
                    "resident": rng.between(1_000, 500_000),
                    "share": rng.between(500, 20_000),
                    "start_time": self.agent.date_add.unwrap_or_default(),
                    "utime": rng.between(0, 100_000),
                    "stime": rng.between(0, 50_000),
                    "pgrp": pid,
                    "session": pid,
                    "nlwp": rng.between(1, 32),
                    "tgid": pid,
                    "tty": 0,
                    "processor": rng.between(0, 3),
                })
            })
            .collect()
    }

    fn ports(&self) -> Vec<Value> {
        let mut rng = rng(self.agent, 4);
        self.listening()
            .map(|(pid, service, (protocol, port))| {
                let mut item = json!({
                    "local": {"ip": "0.0.0.0", "port": port},
                    "remote": {"ip": "0.0.0.0", "port": 0},
                    "inode": rng.between(10_000, 99_999_999),
                    "rx_queue": 0,
                    "tx_queue": 0,
                    "protocol": protocol,
                    "pid": pid,
                    "process": service.name,
                });
                if protocol == "tcp" {
                    item["state"] = json!("listening");
                }
                item
            })
            .collect()
    }

    fn netiface(&self) -> Vec<Value> {
        let mut rng = rng(self.agent, 5);
        let mut counters = || {
            let packets = rng.between(10_000, 90_000_000);
            json!({"packets": packets, "bytes": packets * rng.between(80, 1400), "errors": 0, "dropped": rng.between(0, 20)})
        };
        let (tx, rx) = (counters(), counters());
        let mut main = json!({
            "name": self.interface(),
            "type": "ethernet",
            "state": "up",
            "mtu": 1500,
            "mac": format!("02:42:{}", mac_tail(self.agent.id)),
            "tx": tx,
            "rx": rx,
        });
        if self.family == Family::Windows {
            main["adapter"] = json!("Intel(R) 82574L Gigabit Network Connection");
        }
        let mut interfaces = vec![main];
        if self.has_loopback() {
            let (tx, rx) = (counters(), counters());
            interfaces.push(json!({
                "name": "lo", "type": "loopback", "state": "up", "mtu": 65536,
                "mac": "00:00:00:00:00:00", "tx": tx, "rx": rx,
            }));
        }
        interfaces
    }

    fn netaddr(&self) -> Vec<Value> {
        let address = self.address();
        let network = address
            .rsplit_once('.')
            .map_or("10.0.0", |(network, _)| network);
        let mut addresses = vec![json!({
            "iface": self.interface(),
            "proto": "ipv4",
            "address": address,
            "netmask": "255.255.255.0",
            "broadcast": format!("{network}.255"),
        })];
        if self.has_loopback() {
            addresses.push(json!({
                "iface": "lo", "proto": "ipv4", "address": "127.0.0.1", "netmask": "255.0.0.0",
            }));
        }
        addresses
    }

    fn netproto(&self) -> Vec<Value> {
        let address = self.address();
        let network = address
            .rsplit_once('.')
            .map_or("10.0.0", |(network, _)| network);
        let dhcp = match self.family {
            Family::Windows | Family::Mac => "enabled",
            _ => "disabled",
        };
        vec![json!({
            "iface": self.interface(),
            "type": "ipv4",
            "gateway": format!("{network}.1"),
            "dhcp": dhcp,
            "metric": 100,
        })]
    }

    fn hotfixes(&self) -> Vec<Value> {
        let installed = self.installed_hotfixes().iter();
        installed.map(|hotfix| json!({"hotfix": hotfix})).collect()
    }

    /// The hotfixes installed (Windows only): the newest are missing on machines not
    /// updated for a while.
    fn installed_hotfixes(&self) -> &'static [&'static str] {
        if self.family != Family::Windows {
            return &[];
        }
        let missing = match rng(self.agent, 6).percent(25) {
            true => 3,
            false => 0,
        };
        &catalog::HOTFIXES[missing..]
    }

    /// The services listening on a port, with their process ids and (protocol, port).
    fn listening(&self) -> impl Iterator<Item = (u64, &'static Service, (&'static str, u16))> + '_ {
        self.services()
            .filter_map(|(pid, service)| Some((pid, service, service.listens?)))
    }

    /// Whether it has a loopback interface and address listed (Linux machines).
    fn has_loopback(&self) -> bool {
        matches!(self.family, Family::Deb | Family::Rpm)
    }

    /// The machine's services with their process ids, in start order.
    fn services(&self) -> impl Iterator<Item = (u64, &'static Service)> + '_ {
        let services = match self.family {
            Family::Windows => catalog::WINDOWS_SERVICES,
            Family::Mac => catalog::MAC_SERVICES,
            _ => catalog::LINUX_SERVICES,
        };
        let mut rng = rng(self.agent, 7);
        let mut pid = self.first_pid();
        services
            .iter()
            .filter(|service| self.runs(service.role))
            .map(move |service| {
                let this = pid;
                pid += rng.between(1, 400);
                (this, service)
            })
    }

    /// The id of the machine's first process (`systemd`, `System`, `launchd`).
    fn first_pid(&self) -> u64 {
        match self.family {
            Family::Windows => 4,
            _ => 1,
        }
    }

    /// Whether the machine has what comes with `role` (empty: every machine).
    fn runs(&self, role: &str) -> bool {
        role.is_empty() || role == self.role
    }

    fn platform(&self) -> &str {
        let os = self.agent.os.as_ref();
        os.and_then(|os| os.platform.as_deref()).unwrap_or_default()
    }

    /// The name of the main network interface.
    fn interface(&self) -> &'static str {
        match self.family {
            Family::Windows => "Ethernet",
            Family::Mac => "en0",
            _ => "eth0",
        }
    }

    /// The machine's IPv4 address: the agent's, else one in the lab's network from its id.
    fn address(&self) -> String {
        let reported = self.agent.ip.as_deref().filter(|ip| ip.contains('.'));
        reported.map_or_else(
            || {
                format!(
                    "10.{}.{}.{}",
                    self.agent.id >> 16,
                    (self.agent.id >> 8) & 255,
                    self.agent.id & 255
                )
            },
            str::to_string,
        )
    }
}

/// A date as Wazuh's agent databases write it (`2026-11-02T10:00:00Z`).
fn zulu(secs: i64) -> Option<String> {
    iso_date(secs).map(|time| time.as_str().replace("+00:00", "Z"))
}

/// The generator of one part of an agent's inventory.
fn rng(agent: &Agent, part: u64) -> Rng {
    Rng::keyed((u64::from(agent.id) << 8) ^ part ^ 0x1BAD_5EED_0000)
}

/// The last four bytes of a MAC address from an agent id.
fn mac_tail(id: u32) -> String {
    let bytes = id.to_be_bytes();
    let hex: Vec<String> = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    hex.join(":")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::fleet::Fleet;
    use crate::server::store::{Seed, Store};

    const KINDS: [Kind; 9] = [
        Kind::Hardware,
        Kind::Hotfixes,
        Kind::Netaddr,
        Kind::Netiface,
        Kind::Netproto,
        Kind::Os,
        Kind::Packages,
        Kind::Ports,
        Kind::Processes,
    ];

    #[test]
    fn each_count_is_the_number_of_items_made() {
        let dir = tempfile::tempdir().unwrap();
        let seed = Seed {
            agents: 400,
            now: chrono::Utc::now(),
        };
        let store = Store::open(&dir.path().join("wazuh.db"), &seed).unwrap();
        let fleet = Fleet::new(store.agents().unwrap());
        let machines: Vec<Machine> = fleet.iter().filter_map(Machine::of).collect();
        let families = |family| machines.iter().filter(|m| m.family == family).count();
        for family in [Family::Deb, Family::Rpm, Family::Windows, Family::Mac] {
            assert!(families(family) > 0, "the demo has {family:?} machines");
        }
        let mut differing = 0;
        for machine in &machines {
            for kind in KINDS {
                let made = machine.items(kind).len();
                assert_eq!(
                    machine.count(kind),
                    made,
                    "{kind:?} of {}",
                    machine.agent.id
                );
            }
            let packages = machine.count(Kind::Packages);
            differing += usize::from(packages != machines[0].count(Kind::Packages));
        }
        assert!(differing > 0, "machines have different package counts");
    }
}
