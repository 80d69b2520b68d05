//! The registry against the Wazuh spec in `../shared/wazuh-api/`: `OPERATIONS` lists every
//! spec operation, and each implemented one has the same method, path, operationId, RBAC
//! actions and query names as the spec; and (`bodies`) every implemented operation's answers
//! against the spec's response schemas.

mod bodies;
mod schemas;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use wazuh_ctl::api::operations::OPERATIONS;
use wazuh_ctl::api::{endpoints, Kind, Method};
use wazuh_ctl::cli::endpoint_map;

/// `../shared/wazuh-api/`, or `None` (with a message saying the tests are skipped) when absent.
fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/wazuh-api");
    if dir.join("endpoints.tsv").exists() {
        Some(dir)
    } else {
        eprintln!("conformance: skipped, {} is absent", dir.display());
        None
    }
}

fn tsv(path: PathBuf) -> Vec<Vec<String>> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .map(|line| line.split('\t').map(str::to_string).collect())
        .collect()
}

type Key = (String, String);

fn spec_query_names(dir: &std::path::Path) -> BTreeMap<Key, BTreeSet<String>> {
    let mut names: BTreeMap<Key, BTreeSet<String>> = BTreeMap::new();
    for row in tsv(dir.join("endpoint-params.tsv")) {
        let entry = names.entry((row[0].clone(), row[1].clone())).or_default();
        if row[3] == "query" {
            entry.insert(row[2].clone());
        }
    }
    names
}

#[test]
fn registry_matches_the_spec() {
    let Some(dir) = shared() else { return };
    let query = spec_query_names(&dir);
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for row in tsv(dir.join("endpoints.tsv")) {
        let (method, path, operation_id) = (&row[0], &row[1], &row[3]);
        let parsed = Method::parse(method).expect("spec method");
        let key = (method.clone(), path.clone());
        seen.insert(key.clone());
        let implemented = endpoints().find(|spec| spec.method == parsed && spec.path == path);
        if !OPERATIONS.contains(&(parsed, path.as_str())) {
            problems.push(format!("{method} {path}: missing from OPERATIONS"));
        }
        match implemented {
            None => {}
            Some(spec) => {
                if spec.operation_id != operation_id {
                    problems.push(format!(
                        "{method} {path}: operationId {} != {operation_id}",
                        spec.operation_id
                    ));
                }
                let actions: BTreeSet<&str> = row[4].split_whitespace().collect();
                let ours: BTreeSet<&str> = spec.actions.iter().copied().collect();
                if actions != ours {
                    problems.push(format!(
                        "{method} {path}: actions {ours:?} != spec {actions:?}"
                    ));
                }
                let names: BTreeSet<String> = spec
                    .query
                    .iter()
                    .map(|param| param.name.to_string())
                    .collect();
                let expected = query.get(&key).cloned().unwrap_or_default();
                if names != expected {
                    problems.push(format!(
                        "{method} {path}: query {names:?} != spec {expected:?}"
                    ));
                }
            }
        }
    }
    for (method, path) in OPERATIONS {
        if !seen.contains(&(method.as_str().to_string(), path.to_string())) {
            problems.push(format!(
                "{} {path}: in OPERATIONS, not in the spec",
                method.as_str()
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "registry vs spec:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_endpoint_map_groups_operations_by_their_spec_tag() {
    let Some(dir) = shared() else { return };
    let mut problems = Vec::new();
    for row in tsv(dir.join("endpoints.tsv")) {
        let method = Method::parse(&row[0]).expect("spec method");
        let tags: Vec<&str> = endpoint_map::TAGS
            .iter()
            .filter(|(_, routes)| {
                let mut routes = routes.iter();
                routes.any(|route| route.method == method && route.path == row[1])
            })
            .map(|(tag, _)| *tag)
            .collect();
        if tags != [row[2].as_str()] {
            problems.push(format!(
                "{} {}: under {tags:?}, spec tag {}",
                row[0], row[1], row[2]
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_spec_operation_is_implemented_once() {
    let implemented = endpoints().count();
    for spec in endpoints() {
        let operation = (spec.method, spec.path);
        assert!(
            OPERATIONS.contains(&operation),
            "{operation:?} is not in OPERATIONS"
        );
    }
    let unique: BTreeSet<_> = OPERATIONS.iter().map(|(m, p)| (m.as_str(), *p)).collect();
    assert_eq!(unique.len(), OPERATIONS.len(), "OPERATIONS has duplicates");
    assert_eq!(
        implemented,
        OPERATIONS.len(),
        "an operation is missing or implemented twice"
    );
}

#[test]
fn every_registry_path_is_unique() {
    let unique: BTreeSet<_> = endpoints().map(|s| (s.method.as_str(), s.path)).collect();
    assert_eq!(unique.len(), endpoints().count());
}

/// The kind the spec gives a query parameter: its `type` column, or an enumeration when it
/// lists values (`enum` column).
fn spec_kind(row: &[String]) -> Kind {
    let listed = row.get(10).is_some_and(|values| !values.is_empty());
    match row[5].as_str() {
        "boolean" => Kind::Boolean,
        "integer" => Kind::Integer,
        _ if listed => Kind::Enum,
        _ => Kind::Text,
    }
}

/// Parameters the spec marks optional that Wazuh's controllers refuse to go without.
const REQUIRED_BEYOND_THE_SPEC: &[(&str, &str)] = &[("/agents/stats/distinct", "fields")];

/// Every query parameter of every implemented operation is declared with the kind the spec
/// types it with, so the server validates `?force=True` as Wazuh does, and as required when
/// the spec requires it.
#[test]
fn query_parameter_kinds_match_the_spec() {
    let Some(dir) = shared() else { return };
    let mut problems = Vec::new();
    for row in tsv(dir.join("endpoint-params.tsv")) {
        if row[3] != "query" {
            continue;
        }
        let method = Method::parse(&row[0]).expect("spec method");
        let spec = endpoints().find(|spec| spec.method == method && spec.path == row[1]);
        let Some(param) = spec.and_then(|spec| spec.param(&row[2])) else {
            continue;
        };
        let expected = spec_kind(&row);
        if param.kind != expected {
            problems.push(format!(
                "{} {} {}: {:?}, the spec says {expected:?}",
                row[0], row[1], row[2], param.kind
            ));
        }
        let required = row[4] == "true" || REQUIRED_BEYOND_THE_SPEC.contains(&(&row[1], &row[2]));
        if param.required != required {
            problems.push(format!(
                "{} {} {}: required {}, the spec says {required}",
                row[0], row[1], row[2], param.required
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
