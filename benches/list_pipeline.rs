//! Micro-benchmarks of the server's list pipeline over a fleet of 100,000 demo agents, in
//! process (no HTTP): WQL parsing, the pipeline (`query::run`: filter, sort, page) with the
//! page written out as the response would be, and the RBAC filter of a group-restricted user
//! (worked out once per fleet snapshot, then a page of it). `cargo bench --bench
//! list_pipeline`; see docs/performance.md. The load benchmark (`benches/load.sh`) measures the
//! same paths over HTTPS.

use chrono::Utc;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::hint::black_box;
use wazuh_ctl::api::params::ListParams;
use wazuh_ctl::server::fleet::{Agent, Fleet, AGENTS};
use wazuh_ctl::server::query;
use wazuh_ctl::server::rbac::policy::{Effect, Entry, Mode};
use wazuh_ctl::server::rbac::scope::{Permitted, AGENT_ID};
use wazuh_ctl::server::respond;
use wazuh_ctl::server::store::{Seed, Store};
use wazuh_ctl::server::wql;

/// How many agents the fleet has (besides the manager).
const AGENTS_SEEDED: usize = 100_000;
/// The query of the load benchmark's "big query" row.
const BIG_QUERY: &str = "status=active;os.platform=ubuntu";

/// The demo fleet of [`AGENTS_SEEDED`] agents, as `serve --agents` seeds it.
fn fleet() -> Fleet {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let seed = Seed {
        agents: AGENTS_SEEDED,
        now: Utc::now(),
    };
    let store = Store::open(&dir.path().join("wazuh.db"), &seed).expect("a seeded store");
    Fleet::new(store.agents().expect("the seeded agents"))
}

/// List parameters from `(name, value)` pairs.
fn params(q: Option<&str>, sort: Option<&str>, limit: u64) -> ListParams {
    ListParams {
        q: q.map(String::from),
        sort: sort.map(String::from),
        limit: Some(limit),
        ..ListParams::default()
    }
}

/// Runs the pipeline and writes the page as the response body would be written.
fn page_bytes<'a>(items: impl IntoIterator<Item = &'a Agent>, params: &ListParams) -> Vec<u8> {
    let page = query::run(&AGENTS, items, params, Utc::now()).expect("a valid request");
    respond::to_bytes(&page.rows(), false)
}

/// The permissions of a user allowed `agent:read` on `agent:group:group1` only.
fn group1_reader() -> Permitted {
    let entries = [Entry {
        resource: "agent:group:group1".into(),
        effect: Effect::Allow,
    }];
    Permitted::fold(&entries, AGENT_ID, Mode::White)
}

fn list_pipeline(c: &mut Criterion) {
    let fleet = fleet();
    let mut group = c.benchmark_group("list_pipeline_100k");
    group.sample_size(20);

    group.bench_function("wql_parse", |b| {
        b.iter(|| wql::parse(black_box(BIG_QUERY), &AGENTS, Utc::now()).expect("valid"))
    });
    let first_page = params(None, None, 10);
    group.bench_function("limit_10", |b| {
        b.iter(|| page_bytes(fleet.all(), black_box(&first_page)))
    });
    let big = params(Some(BIG_QUERY), Some("-dateAdd"), 500);
    group.bench_function("q_sort_limit_500", |b| {
        b.iter(|| page_bytes(fleet.all(), black_box(&big)))
    });
    let sorted = params(None, Some("-dateAdd"), 500);
    group.bench_function("sort_limit_500", |b| {
        b.iter(|| page_bytes(fleet.all(), black_box(&sorted)))
    });

    let reader = group1_reader();
    let permits = |agent: &Agent| {
        let groups = agent.group_names().iter().map(|name| &**name);
        reader.permits_agent(&agent.id_text, groups)
    };
    group.bench_function("rbac_group1_subset_first_time", |b| {
        b.iter_batched(
            || fleet.clone(),
            |snapshot| snapshot.subset(&"group1", permits).len(),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("rbac_group1_limit_10_remembered", |b| {
        b.iter(|| page_bytes(fleet.subset(&"group1", permits), black_box(&first_page)))
    });
    group.finish();
}

criterion_group!(benches, list_pipeline);
criterion_main!(benches);
