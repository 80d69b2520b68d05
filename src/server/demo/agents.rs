//! The demo agents: the manager `000`, the twelve agents of the Wazuh API test environment, and
//! synthetic agents `013..N` drawn from a PRNG keyed by agent id.

use super::os::{self, OsRelease};
use super::rng::Rng;
use super::{
    checksums_of, Agent, AgentOs, Status, GROUP_NAMES, MANAGER_KEEP_ALIVE, NODES, UNKNOWN_NODE,
};

const DAY: i64 = 86_400;

/// Group memberships of the fixed agents.
const FIXED_MEMBERS: [(&str, &[u32]); 4] = [
    ("default", &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    ("group1", &[1, 5, 7, 8, 9]),
    ("group2", &[2, 5, 6, 8, 10]),
    ("group3", &[3, 6, 7, 8]),
];

/// What is known of an agent before its derived fields are computed.
struct Profile {
    id: u32,
    name: String,
    os: Option<&'static OsRelease>,
    node: &'static str,
    ip: String,
    register_ip: String,
    version: Option<&'static str>,
    status: Status,
    status_code: u8,
    registered_ago: i64,
    keep_alive_ago: Option<i64>,
    groups: Vec<&'static str>,
    synced: bool,
}

/// One of the fixed agents `001..012`.
struct Fixed {
    os: Option<&'static OsRelease>,
    node: &'static str,
    ip: &'static str,
    register_ip: &'static str,
    version: Option<&'static str>,
    status: Status,
    status_code: u8,
    registered_days_ago: i64,
    keep_alive_ago: Option<i64>,
    synced: bool,
}

const V4_12: Option<&str> = Some("Wazuh v4.12.0");

const FIXED: [Fixed; 12] = [
    Fixed {
        os: Some(&os::UBUNTU_22_04),
        node: "worker2",
        ip: "10.10.2.11",
        register_ip: "any",
        version: V4_12,
        status: Status::Active,
        status_code: 0,
        registered_days_ago: 212,
        keep_alive_ago: Some(7),
        synced: true,
    },
    Fixed {
        os: Some(&os::UBUNTU_20_04),
        node: "worker2",
        ip: "10.10.2.12",
        register_ip: "10.10.2.12",
        version: V4_12,
        status: Status::Active,
        status_code: 0,
        registered_days_ago: 212,
        keep_alive_ago: Some(4),
        synced: true,
    },
    Fixed {
        os: Some(&os::CENTOS_7),
        node: "worker1",
        ip: "10.10.1.13",
        register_ip: "any",
        version: Some("Wazuh v4.11.2"),
        status: Status::Active,
        status_code: 0,
        registered_days_ago: 198,
        keep_alive_ago: Some(12),
        synced: false,
    },
    Fixed {
        os: Some(&os::DEBIAN_12),
        node: "worker1",
        ip: "10.10.1.14",
        register_ip: "any",
        version: V4_12,
        status: Status::Active,
        status_code: 0,
        registered_days_ago: 150,
        keep_alive_ago: Some(2),
        synced: true,
    },
    Fixed {
        os: Some(&os::WINDOWS_SERVER_2022),
        node: "master-node",
        ip: "10.10.0.15",
        register_ip: "any",
        version: V4_12,
        status: Status::Active,
        status_code: 0,
        registered_days_ago: 149,
        keep_alive_ago: Some(9),
        synced: true,
    },
    Fixed {
        os: Some(&os::MACOS_14),
        node: "worker1",
        ip: "10.10.1.16",
        register_ip: "any",
        version: Some("Wazuh v4.10.1"),
        status: Status::Active,
        status_code: 0,
        registered_days_ago: 97,
        keep_alive_ago: Some(15),
        synced: true,
    },
    Fixed {
        os: Some(&os::WINDOWS_11),
        node: "worker2",
        ip: "10.10.2.17",
        register_ip: "10.10.2.17",
        version: V4_12,
        status: Status::Active,
        status_code: 0,
        registered_days_ago: 64,
        keep_alive_ago: Some(21),
        synced: true,
    },
    Fixed {
        os: Some(&os::DEBIAN_11),
        node: "master-node",
        ip: "10.10.0.18",
        register_ip: "any",
        version: V4_12,
        status: Status::Active,
        status_code: 0,
        registered_days_ago: 41,
        keep_alive_ago: Some(5),
        synced: false,
    },
    Fixed {
        os: Some(&os::UBUNTU_18_04),
        node: "worker1",
        ip: "10.10.1.19",
        register_ip: "any",
        version: Some("Wazuh v3.9.2"),
        status: Status::Disconnected,
        status_code: 4,
        registered_days_ago: 380,
        keep_alive_ago: Some(3 * DAY + 4_312),
        synced: true,
    },
    Fixed {
        os: Some(&os::CENTOS_7),
        node: "worker2",
        ip: "10.10.2.20",
        register_ip: "any",
        version: Some("Wazuh v3.9.2"),
        status: Status::Disconnected,
        status_code: 3,
        registered_days_ago: 365,
        keep_alive_ago: Some(26 * 3_600 + 731),
        synced: true,
    },
    Fixed {
        os: None,
        node: UNKNOWN_NODE,
        ip: "10.10.3.21",
        register_ip: "10.10.3.21",
        version: None,
        status: Status::NeverConnected,
        status_code: 0,
        registered_days_ago: 12,
        keep_alive_ago: None,
        synced: false,
    },
    Fixed {
        os: None,
        node: UNKNOWN_NODE,
        ip: "any",
        register_ip: "any",
        version: None,
        status: Status::NeverConnected,
        status_code: 0,
        registered_days_ago: 3,
        keep_alive_ago: None,
        synced: false,
    },
];

/// Agent versions of synthetic agents, with their relative weights.
const VERSIONS: [(&str, u64); 6] = [
    ("Wazuh v4.12.0", 40),
    ("Wazuh v4.11.2", 20),
    ("Wazuh v4.10.1", 15),
    ("Wazuh v4.9.2", 10),
    ("Wazuh v4.8.2", 8),
    ("Wazuh v4.7.5", 7),
];

/// Seconds between the last keep-alive and the disconnection mark (Wazuh's default 10 minutes,
/// plus the monitor's check interval).
const DISCONNECTION_DELAY: i64 = 600 + 47;

/// Every demo agent, by id: the manager `000`, the fixed `001..012`, then synthetic agents up to
/// `total` (at least 12). `now` (unix seconds) anchors registration dates and keep-alives.
pub fn agents(total: usize, now: i64) -> impl Iterator<Item = Agent> {
    let last = u32::try_from(total.max(FIXED.len())).unwrap_or(u32::MAX);
    std::iter::once(manager(now)).chain((1..=last).map(move |id| {
        let profile = match FIXED.get(id as usize - 1) {
            Some(fixed) => fixed_profile(id, fixed),
            None => synthetic_profile(id),
        };
        build(profile, now)
    }))
}

/// Agent `000`: the manager itself.
fn manager(now: i64) -> Agent {
    let host = NODES[0].hostname;
    Agent {
        id: 0,
        name: host.to_string(),
        ip: "127.0.0.1".to_string(),
        register_ip: "127.0.0.1".to_string(),
        status: Status::Active,
        status_code: 0,
        os: Some(AgentOs {
            release: &os::UBUNTU_22_04,
            uname: os::UBUNTU_22_04.uname(host),
        }),
        version: V4_12,
        manager: Some(host),
        node_name: NODES[0].name,
        date_add: now - 400 * DAY - 5_127,
        last_keep_alive: Some(MANAGER_KEEP_ALIVE),
        disconnection_time: None,
        merged_sum: None,
        config_sum: None,
        group_config_status: "synced",
        groups: Vec::new(),
        key: agent_key(0),
    }
}

fn fixed_profile(id: u32, fixed: &Fixed) -> Profile {
    Profile {
        id,
        name: format!("wazuh-agent{id}"),
        os: fixed.os,
        node: fixed.node,
        ip: fixed.ip.to_string(),
        register_ip: fixed.register_ip.to_string(),
        version: fixed.version,
        status: fixed.status,
        status_code: fixed.status_code,
        registered_ago: fixed.registered_days_ago * DAY + i64::from(id) * 137,
        keep_alive_ago: fixed.keep_alive_ago,
        groups: FIXED_MEMBERS
            .iter()
            .filter(|(_, members)| members.contains(&id))
            .map(|(group, _)| *group)
            .collect(),
        synced: fixed.synced,
    }
}

fn synthetic_profile(id: u32) -> Profile {
    let mut rng = Rng::keyed(u64::from(id));
    let release = &os::RELEASES[rng.weighted(os::RELEASES.iter().map(|r| r.weight))];
    let status = match rng.between(0, 99) {
        0..=79 => Status::Active,
        80..=89 => Status::Disconnected,
        90..=94 => Status::NeverConnected,
        _ => Status::Pending,
    };
    let connected = status != Status::NeverConnected;
    let host = release.hosts[rng.between(0, release.hosts.len() as u64 - 1) as usize];
    let ip = synthetic_ip(id);
    let register_ip = if rng.percent(70) {
        "any".to_string()
    } else {
        ip.clone()
    };
    let registered_ago = rng.between(2, 730) as i64 * DAY + rng.between(0, DAY as u64 - 1) as i64;
    let keep_alive_ago = match status {
        Status::Active => Some(rng.between(0, 59) as i64),
        Status::Pending => Some(rng.between(0, 300) as i64),
        Status::Disconnected => Some(rng.between(3_600, 30 * DAY as u64) as i64),
        Status::NeverConnected => None,
    }
    .map(|ago| ago.min(registered_ago - 60));
    let groups = if connected {
        std::iter::once(GROUP_NAMES[0])
            .chain(GROUP_NAMES[1..].iter().copied().filter(|_| rng.percent(30)))
            .collect()
    } else {
        Vec::new()
    };
    Profile {
        id,
        name: format!("{host}-{id:05}"),
        os: connected.then_some(release),
        node: if connected {
            NODES[rng.between(0, NODES.len() as u64 - 1) as usize].name
        } else {
            UNKNOWN_NODE
        },
        ip: if connected { ip } else { register_ip.clone() },
        register_ip,
        version: connected.then(|| VERSIONS[rng.weighted(VERSIONS.iter().map(|v| v.1))].0),
        status,
        status_code: match status {
            Status::Disconnected if rng.percent(20) => 3,
            Status::Disconnected => 4,
            _ => 0,
        },
        registered_ago,
        keep_alive_ago,
        groups,
        synced: status != Status::Pending && rng.percent(85),
    }
}

/// A unique private address for a synthetic agent.
fn synthetic_ip(id: u32) -> String {
    format!(
        "10.{}.{}.{}",
        20 + id / 65_536 % 200,
        id / 256 % 256,
        id % 256
    )
}

/// Completes a profile with the derived fields (times, uname, checksums, manager, key).
fn build(profile: Profile, now: i64) -> Agent {
    let last_keep_alive = profile.keep_alive_ago.map(|ago| now - ago);
    let disconnection_time = match profile.status {
        Status::Disconnected => last_keep_alive.map(|at| at + DISCONNECTION_DELAY),
        _ => None,
    };
    let has_config = matches!(profile.status, Status::Active | Status::Disconnected);
    let (merged_sum, config_sum) = if has_config {
        let (merged, config) = checksums_of(&profile.groups);
        let merged = if profile.synced {
            merged
        } else {
            Rng::keyed(u64::from(profile.id) << 32).hex(16)
        };
        (Some(merged), Some(config))
    } else {
        (None, None)
    };
    Agent {
        id: profile.id,
        os: profile.os.map(|release| AgentOs {
            release,
            uname: release.uname(&profile.name),
        }),
        name: profile.name,
        ip: profile.ip,
        register_ip: profile.register_ip,
        status: profile.status,
        status_code: profile.status_code,
        version: profile.version,
        manager: NODES
            .iter()
            .find(|node| node.name == profile.node)
            .map(|node| node.hostname),
        node_name: profile.node,
        date_add: now - profile.registered_ago,
        last_keep_alive,
        disconnection_time,
        merged_sum,
        config_sum,
        group_config_status: if profile.synced {
            "synced"
        } else {
            "not synced"
        },
        groups: profile.groups,
        key: agent_key(profile.id),
    }
}

/// The agent's enrollment key: 64 hex characters, fixed per id.
fn agent_key(id: u32) -> String {
    Rng::keyed(u64::from(id) ^ 0x6B65_7973).hex(32)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000;

    fn by_id(total: usize) -> Vec<Agent> {
        agents(total, NOW).collect()
    }

    #[test]
    fn the_fixed_topology() {
        let all = by_id(5);
        assert_eq!(all.len(), 13);
        assert_eq!(all[0].name, "wazuh-master");
        assert_eq!(all[0].last_keep_alive, Some(MANAGER_KEEP_ALIVE));
        assert!(all[0].groups.is_empty());
        assert_eq!(all[8].groups, ["default", "group1", "group2", "group3"]);
        assert_eq!(all[10].version, Some("Wazuh v3.9.2"));
        assert_eq!(all[10].status, Status::Disconnected);
        assert!(all[10].disconnection_time.unwrap() <= NOW);
        assert_eq!(all[12].status, Status::NeverConnected);
        assert!(all[12].os.is_none() && all[12].groups.is_empty());
        assert!(all[12].last_keep_alive.is_none() && all[12].manager.is_none());
        assert_eq!(
            all[5].os.as_ref().unwrap().release.build,
            Some("20348.2402")
        );
    }

    #[test]
    fn synthetic_agents_are_deterministic_and_varied() {
        let first = by_id(600);
        assert_eq!(first, by_id(600));
        let synthetic = &first[13..];
        for status in [
            Status::Active,
            Status::Pending,
            Status::Disconnected,
            Status::NeverConnected,
        ] {
            assert!(synthetic.iter().any(|a| a.status == status), "{status:?}");
        }
        let platforms: std::collections::BTreeSet<_> = synthetic
            .iter()
            .filter_map(|a| a.os.as_ref().map(|os| os.release.platform))
            .collect();
        assert_eq!(platforms.len(), 5);
        for agent in synthetic {
            assert!(agent.date_add < NOW);
            if let Some(at) = agent.last_keep_alive {
                assert!(agent.date_add < at && at <= NOW);
            }
            if agent.status == Status::NeverConnected {
                assert!(agent.groups.is_empty() && agent.node_name == UNKNOWN_NODE);
            } else {
                assert_eq!(agent.groups[0], "default");
            }
        }
    }

    #[test]
    fn keys_and_names_are_unique() {
        let all = by_id(3000);
        let names: std::collections::HashSet<_> = all.iter().map(|a| &a.name).collect();
        let keys: std::collections::HashSet<_> = all.iter().map(|a| &a.key).collect();
        assert_eq!(names.len(), all.len());
        assert_eq!(keys.len(), all.len());
    }
}
