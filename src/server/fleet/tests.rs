//! The fleet's typed agents read exactly as the JSON the API shows for them, and a patched
//! fleet equals one rebuilt from SQLite.

use super::*;
use crate::server::collection::Record;
use crate::server::store::{NewAgent, Seed, Store};
use crate::server::wql::values::{cell_json_number, cell_number, cell_text, cell_timestamp};
use serde_json::Value;

fn demo(agents: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let seed = Seed {
        agents,
        now: chrono::Utc::now(),
    };
    let store = Store::open(&dir.path().join("wazuh.db"), &seed).unwrap();
    (dir, store)
}

/// What the pipeline reads of one cell: text, number, JSON number, timestamp.
fn reading(cell: Option<crate::server::collection::Cell<'_>>) -> Option<[Option<String>; 4]> {
    let cell = cell?;
    Some([
        cell_text(cell).map(|text| text.to_string()),
        cell_number(cell).map(|n| n.to_string()),
        cell_json_number(cell).map(|n| n.to_string()),
        cell_timestamp(cell).map(|n| n.to_string()),
    ])
}

/// Every value `search` sees, in order.
fn searched(record: &dyn Record) -> Vec<String> {
    let mut seen = Vec::new();
    record.any_value(&mut |cell| {
        seen.push(cell_text(cell).map(|t| t.to_string()).unwrap_or_default());
        false
    });
    seen
}

#[test]
fn every_field_of_a_typed_agent_reads_as_its_json() {
    let (_dir, store) = demo(300);
    let fleet = Fleet::new(store.agents().unwrap());
    assert_eq!(fleet.len(), 301);
    for agent in fleet.iter() {
        let json = agent.json();
        for field in AGENTS.fields {
            let slot = AGENTS.slot(field.name).unwrap();
            let expected = reading(json.cell(field.name));
            let context = format!("agent {} field {}", agent.id_text, field.name);
            assert_eq!(reading(agent.cell(field.name)), expected, "{context}");
            assert_eq!(reading(agent.cell_at(&slot)), expected, "{context}");
        }
        assert_eq!(agent.id_text(), json.id_text());
        let mut typed = searched(agent);
        let mut from_json = searched(&json);
        typed.sort();
        from_json.sort();
        assert_eq!(typed, from_json, "agent {}", agent.id_text);
    }
}

#[test]
fn an_agent_that_never_connected_has_no_os_and_no_keepalive() {
    let (_dir, store) = demo(12);
    let fleet = Fleet::new(store.agents().unwrap());
    let active = fleet.get(1).unwrap().json();
    let never_connected = fleet.get(12).unwrap().json();
    assert!(never_connected.get("os").is_none());
    assert!(never_connected.get("lastKeepAlive").is_none());
    assert_eq!(active["os"]["platform"], Value::from("ubuntu"));
}

/// The fleet as SQLite has it now, and the same fleet patched with the recorded changes.
fn rebuilt_and_patched(store: &Store, before: &Fleet) -> (Fleet, Fleet) {
    let changes = store.take_changes().unwrap();
    let patched = before.patched(&changes.agent_ids, changes.agents);
    (Fleet::new(store.agents().unwrap()), patched)
}

fn assert_same(rebuilt: &Fleet, patched: &Fleet) {
    let json = |fleet: &Fleet| fleet.iter().map(Agent::json).collect::<Vec<Value>>();
    assert_eq!(json(rebuilt), json(patched));
    assert_eq!(rebuilt.counts(), patched.counts());
    for group in ["default", "group1", "group2", "group3", "web"] {
        assert_eq!(rebuilt.members(group), patched.members(group), "{group}");
    }
    for node in ["master-node", "worker1", "worker2"] {
        assert_eq!(rebuilt.active_on(node), patched.active_on(node), "{node}");
    }
}

#[test]
fn the_active_agents_of_each_node_are_counted_as_a_walk_would() {
    let (_dir, store) = demo(60);
    let fleet = Fleet::new(store.agents().unwrap());
    let walked = |node: &str| {
        let on_node = fleet.iter().filter(|a| &*a.node_name == node);
        on_node.filter(|a| &*a.status == "active").count() as u64
    };
    let mut total = 0;
    for node in ["master-node", "worker1", "worker2"] {
        assert_eq!(fleet.active_on(node), walked(node), "{node}");
        total += fleet.active_on(node);
    }
    assert!(
        fleet.active_on("worker1") > 0,
        "the demo has agents on the workers"
    );
    assert_eq!(total, fleet.counts().active);
}

#[test]
fn writes_patch_the_fleet_as_a_rebuild_would() {
    let (_dir, store) = demo(40);
    store.take_changes().unwrap();
    let before = Fleet::new(store.agents().unwrap());

    store.delete_agents(&[3, 7]).unwrap();
    let agent = NewAgent {
        id: None,
        name: "fresh".into(),
        ip: "any".into(),
        secret: "a".repeat(64),
        registered_at: 1_800_000_000,
        force: None,
    };
    store.register_agent(&agent).unwrap().unwrap();
    store
        .group_transaction(
            |err| err,
            |tx| {
                tx.insert_group("web", "m", "c")?;
                tx.set_agent_groups(5, &["default".into(), "web".into()])
            },
        )
        .unwrap();
    let (rebuilt, patched) = rebuilt_and_patched(&store, &before);
    assert_eq!(patched.len(), before.len() - 1);
    assert!(patched.get(3).is_none() && patched.get(41).is_some());
    assert_eq!(patched.members("web"), 1);
    assert_same(&rebuilt, &patched);
    let untouched = |id| Arc::ptr_eq(&before.agents[id], &patched.agents[id]);
    assert!(untouched(1), "an unchanged agent is shared, not copied");

    store
        .group_transaction(|err| err, |tx| tx.delete_group("group1"))
        .unwrap();
    let changes = store.take_changes().unwrap();
    assert!(
        changes.groups.is_some(),
        "a deleted group is a group change"
    );
    assert!(
        changes.agent_ids.contains(&1),
        "the group's members are agent changes"
    );
    let after = patched.patched(&changes.agent_ids, changes.agents);
    assert_same(&Fleet::new(store.agents().unwrap()), &after);
    assert_eq!(after.members("group1"), 0);
}

#[test]
fn changes_are_recorded_once_and_the_seed_is_not_one() {
    let (_dir, store) = demo(12);
    assert!(store.take_changes().unwrap().is_empty(), "the seed");
    store.delete_agents(&[2]).unwrap();
    let changes = store.take_changes().unwrap();
    assert_eq!(changes.agent_ids, [2]);
    assert!(changes.agents.is_empty() && changes.groups.is_none());
    assert!(store.take_changes().unwrap().is_empty(), "taken once");
}

#[test]
fn a_subset_is_worked_out_once_per_snapshot_and_key_and_pages_without_a_walk() {
    let fleet = Fleet::new((0..10).map(|id| Agent::sample(id, &[])).collect());
    let tests = std::cell::Cell::new(0);
    let even = |agent: &Agent| {
        tests.set(tests.get() + 1);
        agent.id.is_multiple_of(2)
    };
    let ids = |subset: Subset<'_>| subset.map(|agent| agent.id).collect::<Vec<u32>>();
    assert_eq!(ids(fleet.subset(&"even", even)), [0, 2, 4, 6, 8]);
    assert_eq!(ids(fleet.subset(&"even", even)), [0, 2, 4, 6, 8]);
    assert_eq!(tests.get(), 10, "the second time is remembered");
    assert_eq!(
        ids(fleet.subset(&"odd", |agent| !agent.id.is_multiple_of(2))),
        [1, 3, 5, 7, 9]
    );

    let mut page = fleet.subset(&"even", even).skip(3);
    assert_eq!(page.len(), 2, "an exact size");
    assert_eq!(page.next().map(|agent| agent.id), Some(6));
    assert_eq!(tests.get(), 10);

    let next = fleet.patched(&[4], Vec::new());
    assert_eq!(ids(next.subset(&"even", even)), [0, 2, 6, 8]);
    assert_eq!(tests.get(), 19, "a new snapshot works it out again");
    assert_eq!(ids(next.all()), [0, 1, 2, 3, 5, 6, 7, 8, 9]);
}

#[test]
fn agents_written_straight_out_read_as_their_projected_json() {
    use crate::api::params::ListParams;
    use crate::server::query;
    let (_dir, store) = demo(300);
    let fleet = Fleet::new(store.agents().unwrap());
    let selections = [
        None,
        Some("os"),
        Some("os.name,os.uname"),
        Some("name,os.platform"),
        Some("group,lastKeepAlive,disconnection_time"),
        Some("status_code,version,os.build"),
    ];
    for select in selections {
        let params = ListParams {
            select: select.map(String::from),
            limit: Some(1_000),
            ..ListParams::default()
        };
        let page = query::run(&AGENTS, fleet.iter(), &params, chrono::Utc::now()).unwrap();
        let written = serde_json::to_string(&page.rows()).unwrap();
        let projected = serde_json::to_string(&page.into_values()).unwrap();
        assert_eq!(written, projected, "select={select:?}");
    }
}
