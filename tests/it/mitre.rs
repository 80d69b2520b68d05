//! `wazuh-ctl mitre ...` through the real CLI against a real `serve`: ATT&CK objects as
//! tables of their ATT&CK ids and names, JSON as the API answers, and objects by API id.

use crate::common::Server;

#[test]
fn techniques_are_a_table_of_attack_ids_and_names_and_json_keeps_the_api_items() {
    let server = Server::start();
    let table = server.ok_text(&[
        "mitre",
        "techniques",
        "-q",
        "external_id=T1110",
        "-o",
        "table",
    ]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2, "{table}");
    assert!(
        lines[0].starts_with("ID") && lines[0].contains("NAME"),
        "{table}"
    );
    assert!(
        lines[1].starts_with("T1110 ") && lines[1].contains("Brute Force"),
        "{table}"
    );
    let json = server.ok_json(&["mitre", "tactics", "--sort", "external_id", "-o", "json"]);
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|tactic| tactic["external_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 14);
    assert_eq!(&ids[..3], ["TA0001", "TA0002", "TA0003"]);
}

#[test]
fn an_object_is_found_by_its_api_id_and_its_references_with_it() {
    let server = Server::start();
    let group = server.ok_json(&["mitre", "groups", "-q", "name=APT28", "-o", "json"]);
    let id = group[0]["id"].as_str().unwrap();
    assert!(id.starts_with("intrusion-set--"), "{id}");
    let again = server.ok_json(&["mitre", "groups", "--id", id, "-o", "json"]);
    assert_eq!(again[0]["external_id"], "G0007");
    let mimikatz = server.ok_json(&["mitre", "software", "--search", "mimikatz", "-o", "json"]);
    let mimikatz_id = mimikatz[0]["id"].as_str().unwrap();
    let cited = server.ok_text(&[
        "mitre",
        "references",
        "--id",
        mimikatz_id,
        "--jq",
        ".[].url",
    ]);
    assert_eq!(cited, "https://github.com/gentilkiwi/mimikatz\n");
    let metadata = server.ok_text(&["mitre", "metadata", "-o", "table"]);
    assert!(
        metadata
            .lines()
            .any(|line| line.starts_with("mitre_version")),
        "{metadata}"
    );
}

#[test]
fn a_malformed_query_is_refused_with_the_wazuh_error() {
    let server = Server::start();
    // The client refuses it first; sent as written, the server answers 1407.
    let output = server.run(&["mitre", "techniques", "-q", "name~"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("`name~` has no value"), "{stderr}");
    let output = server.run(&["mitre", "techniques", "-q", "name~", "--no-check"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("1407"), "{stderr}");
}
