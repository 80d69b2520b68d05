//! Unit tests of the agent routes' helpers (filters, versions, timeframes, registration checks).

use super::super::listing::FEW_TO_SORT;
use super::super::registration::{checked_ip, checked_secret, force_of, new_secret};
use super::*;
use crate::server::fleet::{Fleet, Os};
use crate::server::query::Plan;
use crate::server::routes::list::Source;

/// Agent `005` `web-01`, active, Ubuntu, Wazuh v4.12.0, in `default` and `group1`, synced,
/// last seen 2025-01-01T00:00:00Z.
fn agent() -> Agent {
    let mut agent = Agent::sample(5, &["default", "group1"]);
    agent.name = "web-01".into();
    agent.os = Some(Os {
        platform: Some("ubuntu".into()),
        name: Some("Ubuntu".into()),
        ..Os::default()
    });
    agent.last_keep_alive = Some(1_735_689_600);
    agent
}

fn now() -> DateTime<Utc> {
    "2025-01-02T00:00:00Z".parse().unwrap()
}

fn filters(query: &str) -> AgentFilter {
    AgentFilter::from_filters(&serde_urlencoded::from_str(query).unwrap()).unwrap()
}

#[test]
fn versions_are_normalised() {
    for v in ["Wazuh v4.12.0", "v4.12.0", "4.12.0", "wazuh V4.12.0"] {
        assert_eq!(normal_version(v), "4.12.0", "{v}");
    }
}

#[test]
fn filters_match_fields_ignoring_case() {
    assert!(filters("os.platform=UBUNTU&status=active,pending").matches(&agent(), now()));
    assert!(filters("version=4.12.0&group=GROUP1").matches(&agent(), now()));
    assert!(!filters("group=group2").matches(&agent(), now()));
    assert!(!filters("status=disconnected").matches(&agent(), now()));
    assert!(!filters("name=web-02").matches(&agent(), now()));
    assert!(filters("group_config_status=synced").matches(&agent(), now()));
}

#[test]
fn older_than_compares_the_last_keep_alive_and_skips_the_manager() {
    assert!(filters("older_than=12h").matches(&agent(), now()));
    assert!(!filters("older_than=2d").matches(&agent(), now()));
    let mut manager = agent();
    (manager.id, manager.id_text) = (0, "000".into());
    assert!(!filters("older_than=1s").matches(&manager, now()));
}

#[test]
fn bad_filter_values_are_400() {
    let bad = |query: &str| {
        AgentFilter::from_filters(&serde_urlencoded::from_str(query).unwrap())
            .unwrap_err()
            .body
            .detail
    };
    assert_eq!(
        bad("status=sleeping"),
        "'sleeping' is not one of ['active', 'pending', 'never_connected', 'disconnected'] - 'status'"
    );
    assert_eq!(
        bad("older_than=soon"),
        "'soon' is not a 'timeframe' - 'older_than'"
    );
}

#[test]
fn ips_nets_and_any_are_accepted_the_rest_is_1706() {
    for ip in ["10.0.0.1", "10.0.0.0/24", "fe80::1", "2001:db8::/32"] {
        assert_eq!(checked_ip(ip).unwrap(), ip);
    }
    assert_eq!(checked_ip("ANY").unwrap(), "any");
    for ip in [
        "10.0.0.256",
        "10.0.0.0/33",
        "host.example",
        "",
        "10.0.0.1/x",
    ] {
        assert_eq!(checked_ip(ip).unwrap_err().body.error, Some(1706), "{ip}");
    }
}

#[test]
fn force_defaults_to_one_hour_and_can_be_disabled() {
    let force = force_of(Some(&json!({}))).unwrap().unwrap();
    assert_eq!(force.after_registration, 3_600);
    assert_eq!(force.disconnected_for, Some(3_600));
    let custom = json!({"disconnected_time": {"enabled": false}, "after_registration_time": "2m"});
    let force = force_of(Some(&custom)).unwrap().unwrap();
    assert_eq!(
        (force.after_registration, force.disconnected_for),
        (120, None)
    );
    assert_eq!(force_of(Some(&json!({"enabled": false}))).unwrap(), None);
    assert_eq!(force_of(None).unwrap(), None);
    let bad = json!({"after_registration_time": "soon"});
    assert_eq!(
        force_of(Some(&bad)).unwrap_err().body.detail,
        "'soon' is not a 'timeframe' - 'force.after_registration_time'"
    );
}

#[test]
fn secrets_are_64_hex_characters_and_given_keys_are_checked() {
    let secret = new_secret().unwrap();
    assert_eq!(secret.len(), 64);
    assert!(secret.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_ne!(secret, new_secret().unwrap());
    assert_eq!(
        checked_secret("a".repeat(63)).unwrap_err().body.error,
        Some(1709)
    );
    assert_eq!(checked_secret("a".repeat(65)).unwrap_err().body.error, None);
    assert!(checked_secret("a b".repeat(22)).is_err());
}

#[test]
fn agent_ids_are_zero_padded() {
    assert_eq!(agent_ids("1,010,1000,abc"), ["001", "010", "1000", "abc"]);
}

#[test]
fn status_summary_counts_connection_and_sync() {
    let mut other = agent();
    other.status = "never_connected".into();
    other.group_config_status = "not synced".into();
    let summary = status_json(&StatusCounts::of(&[agent(), other]));
    assert_eq!(
        summary,
        json!({
            "connection": {"active": 1, "disconnected": 0, "never_connected": 1, "pending": 0, "total": 2},
            "configuration": {"synced": 1, "not_synced": 1, "total": 2},
        })
    );
}

/// The agents list answered from the fleet's indexes (remembered equality subsets and sort
/// ranks) gives the page and total the pipeline gives by walking, whichever path it takes
/// (few matches sorted by reading them, many by their ranks).
#[test]
fn indexed_pages_are_the_pipelines() {
    let dir = tempfile::tempdir().unwrap();
    let seed = crate::server::store::Seed {
        agents: 12_000,
        now: now(),
    };
    let store = crate::server::store::Store::open(&dir.path().join("wazuh.db"), &seed).unwrap();
    let fleet = Fleet::new(store.agents().unwrap());
    let queries = [
        None,
        Some("status=active"),
        Some("status=active;os.platform=ubuntu"),
        Some("os.platform=centos;status=disconnected"),
        Some("name=nobody"),
    ];
    let sorts = [
        None,
        Some("-dateAdd"),
        Some("name"),
        Some("-os.name,lastKeepAlive"),
    ];
    let mut by_ranks = 0;
    for q in queries {
        for sort in sorts {
            for (offset, limit) in [(0, 500), (4_000, 10), (0, 1)] {
                let params = crate::api::params::ListParams {
                    q: q.map(String::from),
                    sort: sort.map(String::from),
                    offset: Some(offset),
                    limit: Some(limit),
                    ..Default::default()
                };
                let plan = || Plan::parse(&AGENTS, &params, now()).unwrap();
                let walked = plan().page(fleet.iter());
                let indexed = (&fleet).indexed(&plan(), None);
                let Some((first, total)) = indexed else {
                    assert!(q.is_none() && sort.is_none(), "{params:?} not indexed");
                    continue;
                };
                by_ranks += usize::from(total > FEW_TO_SORT && sort.is_some());
                let indexed = plan().page_of(first, total);
                assert_eq!(indexed.total, walked.total, "{params:?}");
                assert_eq!(indexed.into_values(), walked.into_values(), "{params:?}");
            }
        }
    }
    assert!(by_ranks > 0, "no request went through the ranks");
}
