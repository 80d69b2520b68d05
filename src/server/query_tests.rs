//! Unit tests of the list pipeline (`query`), kept beside it in their own file.

use super::fixture::{agents, groups_list, ids, now, AGENTS, GROUPS};
use super::*;
use serde_json::json;

fn params(pairs: &[(&str, &str)]) -> ListParams {
    let mut params = ListParams::default();
    for (key, value) in pairs {
        let value = value.to_string();
        match *key {
            "offset" => params.offset = value.parse().ok(),
            "limit" => params.limit = value.parse().ok(),
            "sort" => params.sort = Some(value),
            "search" => params.search = Some(value),
            "select" => params.select = Some(value),
            "q" => params.q = Some(value),
            "distinct" => params.distinct = value.parse().ok(),
            other => panic!("unknown parameter {other}"),
        }
    }
    params
}

/// A page as JSON: its rows and total.
#[derive(Debug, PartialEq)]
struct Listed {
    items: Vec<Value>,
    total: u64,
}

fn listed<R: Record>(page: Result<Page<'_, R>, ApiError>) -> Listed {
    let page = page.unwrap_or_else(|err| panic!("{err}"));
    let total = page.total;
    Listed {
        items: page.into_values(),
        total,
    }
}

fn list(pairs: &[(&str, &str)]) -> Listed {
    listed(run(&AGENTS, &agents(), &params(pairs), now()))
}

fn listed_ids(pairs: &[(&str, &str)]) -> Vec<String> {
    ids(&list(pairs).items)
}

fn error(pairs: &[(&str, &str)]) -> (u32, String) {
    let err = run(&AGENTS, &agents(), &params(pairs), now()).expect_err("an error");
    (err.body.error.unwrap_or(0), err.body.detail)
}

fn range(from: u32, to: u32) -> Vec<String> {
    (from..=to).map(|n| format!("{n:03}")).collect()
}

#[test]
fn defaults_sort_by_id_and_count_everything() {
    let page = list(&[]);
    assert_eq!(page.total, 13);
    assert_eq!(ids(&page.items), range(0, 12));
    assert_eq!(page.items[1], agents()[1]);
}

#[test]
fn total_is_counted_before_offset_and_limit() {
    let page = list(&[("offset", "2"), ("limit", "3")]);
    assert_eq!(ids(&page.items), range(2, 4));
    assert_eq!(page.total, 13);
    let page = list(&[("q", "status=active"), ("limit", "2")]);
    assert_eq!(ids(&page.items), range(0, 1));
    assert_eq!(page.total, 9);
    let page = list(&[("offset", "50")]);
    assert!(page.items.is_empty());
    assert_eq!(page.total, 13);
}

#[test]
fn items_of_unknown_count_stream_into_the_same_page() {
    let agents = agents();
    let odd = || agents.iter().skip(1).step_by(2);
    let streamed = listed(run(
        &AGENTS,
        odd().filter(|_| true),
        &params(&[("offset", "2"), ("limit", "2")]),
        now(),
    ));
    let counted = listed(run(
        &AGENTS,
        odd(),
        &params(&[("offset", "2"), ("limit", "2")]),
        now(),
    ));
    assert_eq!(streamed, counted);
    assert_eq!(ids(&streamed.items), ["005", "007"]);
    assert_eq!(streamed.total, 6);
}

#[test]
fn the_default_limit_is_500() {
    let many: Vec<Value> = (0..600).map(|n| json!({"id": format!("{n:03}")})).collect();
    let page = listed(run(&AGENTS, &many, &ListParams::default(), now()));
    assert_eq!((page.items.len(), page.total), (500, 600));
}

#[test]
fn sort_takes_one_direction_for_every_field() {
    assert_eq!(
        listed_ids(&[("sort", "-id")]),
        range(0, 12).into_iter().rev().collect::<Vec<_>>()
    );
    assert_eq!(listed_ids(&[("sort", "+id")]), range(0, 12));
    assert_eq!(
        listed_ids(&[("sort", "-status,id"), ("limit", "4")]),
        ["012", "011", "010", "009"]
    );
    // Text sorts ignore case and compare as text.
    assert_eq!(
        listed_ids(&[("sort", "name"), ("limit", "5")]),
        ["001", "010", "011", "012", "002"]
    );
}

#[test]
fn sort_is_version_and_date_aware_with_missing_values_first() {
    let ascending = listed_ids(&[("sort", "version")]);
    assert_eq!(&ascending[..5], ["011", "012", "009", "010", "008"]);
    let descending = listed_ids(&[("sort", "-version")]);
    assert_eq!(&descending[8..], ["008", "009", "010", "011", "012"]);
    let by_keepalive = listed_ids(&[("sort", "lastKeepAlive")]);
    assert_eq!(&by_keepalive[..4], ["011", "012", "009", "010"]);
    assert_eq!(by_keepalive.last().map(String::as_str), Some("000"));
}

#[test]
fn text_keys_compare_past_their_inline_prefix() {
    let field = AGENTS.slot("name").unwrap();
    let key = |name: &str| SortKey::of(&json!({"name": name}), &field).cmp(&SortKey::Missing);
    assert_eq!(key("x"), Ordering::Greater);
    let long = [
        json!({"name": "abcdefghijklmnopZ"}),
        json!({"name": "ABCDEFGHIJKLMNOPa"}),
    ];
    let (z, a) = (SortKey::of(&long[0], &field), SortKey::of(&long[1], &field));
    assert_eq!(z.cmp(&a), Ordering::Greater);
    assert_eq!(
        SortKey::of(&json!({"name": "B"}), &field).cmp(&a),
        Ordering::Greater
    );
}

#[test]
fn sort_is_numeric_for_number_fields() {
    let page = listed(run(
        &GROUPS,
        &groups_list(),
        &params(&[("sort", "-count")]),
        now(),
    ));
    let names: Vec<&str> = page
        .items
        .iter()
        .filter_map(|g| g["name"].as_str())
        .collect();
    assert_eq!(names, ["default", "group1", "group2", "group3"]);
}

#[test]
fn unknown_sort_fields_are_1403_listing_the_allowed_ones() {
    let (code, detail) = error(&[("sort", "-name,foo,bar")]);
    assert_eq!(code, 1403);
    assert!(
        detail
            .starts_with("Not a valid sort field : Allowed sort fields: ['configSum', 'dateAdd',"),
        "{detail}"
    );
    assert!(detail.ends_with("'version']. Fields: foo, bar"), "{detail}");
}

#[test]
fn search_matches_any_value_including_nested_ones() {
    assert_eq!(listed_ids(&[("search", "CENTOS")]), ["005", "006"]);
    assert_eq!(listed_ids(&[("search", "jammy")]), range(0, 4));
    assert_eq!(listed_ids(&[("search", "v3.9")]), ["009", "010"]);
    let negated = list(&[("search", "-centos")]);
    assert_eq!(negated.total, 11);
    assert!(!ids(&negated.items).contains(&"005".to_string()));
}

#[test]
fn search_q_sort_and_paging_combine() {
    let page = list(&[
        ("search", "ubuntu"),
        ("q", "status=active;id!=000"),
        ("sort", "-id"),
        ("limit", "2"),
    ]);
    assert_eq!(ids(&page.items), ["004", "003"]);
    assert_eq!(page.total, 4);
}

#[test]
fn wql_errors_pass_through() {
    assert_eq!(error(&[("q", "foo=1")]).0, 1408);
    assert_eq!(error(&[("q", "=1")]).0, 1407);
    // An empty q filters nothing.
    assert_eq!(list(&[("q", "")]).total, 13);
}

#[test]
fn select_keeps_mandatory_fields_in_item_order() {
    let page = list(&[("select", "name"), ("limit", "2")]);
    assert_eq!(page.items[1], json!({"id": "001", "name": "wazuh-agent1"}));
    let keys: Vec<&String> = page.items[1].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id", "name"]);
    let page = list(&[("select", "status,name")]);
    let keys: Vec<&String> = page.items[3].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["id", "name", "status"]);
}

#[test]
fn select_projects_nested_fields_and_whole_parents() {
    let page = list(&[("select", "os.name,os.platform")]);
    assert_eq!(
        page.items[1],
        json!({"id": "001", "os": {"name": "Ubuntu", "platform": "ubuntu"}})
    );
    assert_eq!(page.items[11], json!({"id": "011"}));
    let page = list(&[("select", "os")]);
    assert_eq!(page.items[5]["os"], agents()[5]["os"]);
    let groups = listed(run(
        &GROUPS,
        &groups_list(),
        &params(&[("select", "count")]),
        now(),
    ));
    assert_eq!(groups.items[0], json!({"name": "default", "count": 10}));
}

#[test]
fn unknown_select_fields_are_1724() {
    for select in ["foo", "os.foo", "name,o"] {
        let (code, detail) = error(&[("select", select)]);
        assert_eq!(code, 1724, "{select}");
        assert!(
            detail.contains("Allowed select fields: id, name, ip,"),
            "{detail}"
        );
    }
    assert!(error(&[("select", "name,foo")]).1.ends_with(". Fields foo"));
}

#[test]
fn select_errors_come_before_query_and_sort_errors() {
    assert_eq!(
        error(&[("select", "foo"), ("q", "bar=1"), ("sort", "baz")]).0,
        1724
    );
    assert_eq!(error(&[("q", "bar=1"), ("sort", "baz")]).0, 1408);
}

#[test]
fn distinct_returns_unique_rows_without_empty_ones() {
    let page = list(&[("select", "os.platform"), ("distinct", "true")]);
    assert_eq!(
        page.items,
        [
            json!({"os": {"platform": "ubuntu"}}),
            json!({"os": {"platform": "centos"}}),
            json!({"os": {"platform": "windows"}}),
        ]
    );
    assert_eq!(page.total, 3);
    let page = list(&[("select", "status,version"), ("distinct", "true")]);
    assert_eq!(page.total, 4);
    assert_eq!(page.items[3], json!({"status": "never_connected"}));
    let page = list(&[("select", "status"), ("distinct", "true"), ("offset", "1")]);
    assert_eq!(
        page.items,
        [
            json!({"status": "disconnected"}),
            json!({"status": "never_connected"})
        ]
    );
    assert_eq!(page.total, 3);
}

#[test]
fn a_page_of_a_sort_is_the_same_slice_of_the_whole_sort() {
    for sort in [
        "status",
        "-status",
        "-os.platform,name",
        "group_config_status",
    ] {
        let whole = listed_ids(&[("sort", sort)]);
        for (offset, limit) in [(0, 3), (3, 4), (10, 5), (12, 1)] {
            let page = list(&[
                ("sort", sort),
                ("offset", &offset.to_string()),
                ("limit", &limit.to_string()),
            ]);
            let end = (offset + limit).min(whole.len());
            assert_eq!(
                ids(&page.items),
                whole[offset..end],
                "{sort} {offset}+{limit}"
            );
            assert_eq!(page.total, 13);
        }
    }
}
