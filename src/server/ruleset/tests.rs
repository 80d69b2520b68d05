use super::*;
use crate::server::collection::Record;
use crate::server::demo::ruleset as demo;

const DEFAULT_RULES: &str = Kind::Rules.default_dir();
const USER_RULES: &str = Kind::Rules.user_dir();

/// A data dir with the demo ruleset written and loaded.
fn demo() -> (tempfile::TempDir, Ruleset) {
    let dir = tempfile::tempdir().unwrap();
    ensure(dir.path()).unwrap();
    let ruleset = Ruleset::load(dir.path()).unwrap();
    (dir, ruleset)
}

fn rule(ruleset: &Ruleset, id: i64) -> &Value {
    let found = ruleset.rules().iter().find(|rule| rules::id_of(rule) == id);
    found.unwrap_or_else(|| panic!("no rule {id}"))
}

#[test]
fn the_demo_tree_is_written_once_as_a_manager_lays_it_out() {
    let dir = tempfile::tempdir().unwrap();
    ensure(dir.path()).unwrap();
    for sub in [
        "ruleset/rules",
        "etc/rules",
        "ruleset/decoders",
        "etc/lists",
    ] {
        assert!(dir.path().join(sub).is_dir(), "{sub}");
    }
    let sshd = dir.path().join(DEFAULT_RULES).join("0050-sshd_rules.xml");
    fs::write(&sshd, "<group name=\"edited,\"></group>").unwrap();
    fs::remove_file(dir.path().join(USER_RULES).join("local_rules.xml")).unwrap();
    ensure(dir.path()).unwrap();
    assert_eq!(
        fs::read_to_string(&sshd).unwrap(),
        "<group name=\"edited,\"></group>",
        "an existing tree is the user's"
    );
    assert!(!dir.path().join(USER_RULES).join("local_rules.xml").exists());
    let leftovers = fs::read_dir(dir.path().join("ruleset")).unwrap();
    assert!(leftovers
        .filter_map(Result::ok)
        .all(|entry| !entry.file_name().to_string_lossy().starts_with(".tmp")));
}

#[test]
fn the_demo_ruleset_loads_with_its_rules_in_wazuh_shape() {
    let (_dir, ruleset) = demo();
    assert!(ruleset.rules().len() >= 60, "{}", ruleset.rules().len());
    let ids: Vec<i64> = ruleset.rules().iter().map(rules::id_of).collect();
    assert!(ids.windows(2).all(|pair| pair[0] <= pair[1]), "sorted");
    let overwritten: Vec<(&Value, &Value)> = ruleset
        .rules()
        .iter()
        .filter(|rule| rules::id_of(rule) == 5704)
        .map(|rule| (&rule["relative_dirname"], &rule["details"]["overwrite"]))
        .collect();
    let repeated = ids.windows(2).filter(|pair| pair[0] == pair[1]).count();
    assert_eq!(repeated, 1, "only the overwrite of 5704 repeats an id");
    assert_eq!(
        overwritten,
        [
            (&json!("ruleset/rules"), &Value::Null),
            (&json!("etc/rules"), &json!("yes"))
        ]
    );
    let brute_force = rule(&ruleset, 5710);
    let keys: Vec<&String> = brute_force.as_object().unwrap().keys().collect();
    let wazuh_order = "filename relative_dirname id level status details pci_dss gpg13 gdpr \
                       hipaa nist_800_53 tsc mitre groups description";
    assert_eq!(keys, wazuh_order.split_whitespace().collect::<Vec<_>>());
    assert_eq!(
        brute_force["details"],
        json!({"frequency": "8", "timeframe": "120", "ignore": "60",
               "if_matched_sid": "5702", "same_source_ip": ""})
    );
    assert_eq!(brute_force["mitre"], json!(["T1110.001"]));
    assert_eq!(
        brute_force["groups"],
        json!(["authentication_failures", "syslog", "sshd"])
    );
    assert_eq!(brute_force["pci_dss"][0], "11.4");
    assert_eq!(brute_force["relative_dirname"], "ruleset/rules");
    let field_rule = rule(&ruleset, 86603);
    assert_eq!(
        field_rule["details"]["event.action"],
        json!({"pattern": "^(?:role|permission)_(?:granted|changed)$", "type": "pcre2"})
    );
    assert_eq!(
        rule(&ruleset, 5712)["details"]["list"],
        json!({"name": "etc/lists/bad-ips", "field": "srcip", "lookup": "address_match_key"})
    );
    assert_eq!(rule(&ruleset, 100001)["relative_dirname"], "etc/rules");
}

#[test]
fn groups_and_requirements_are_sorted_and_distinct() {
    let (_dir, ruleset) = demo();
    let groups: Vec<Value> = ruleset
        .groups()
        .iter()
        .map(|g| g.to_json().into_owned())
        .collect();
    assert!(groups.contains(&json!("sshd")));
    assert!(groups
        .windows(2)
        .all(|pair| pair[0].as_str() < pair[1].as_str()));
    let tsc = ruleset.requirement("tsc");
    assert!(tsc.contains(&Label::new("CC6.1")));
    assert!(ruleset.requirement("mitre").contains(&Label::new("T1110")));
    assert!(ruleset.requirement("unknown").is_empty());
}

#[test]
fn files_keep_their_content_and_json_view() {
    let (_dir, ruleset) = demo();
    assert_eq!(
        ruleset.listing(Kind::Rules).len(),
        demo::RULE_FILES.len() + demo::USER_RULE_FILES.len()
    );
    let base = ruleset
        .file(Kind::Rules, "0010-base_rules.xml", Some("ruleset/rules/"))
        .unwrap();
    assert!(base.content.contains("Base template"));
    assert_eq!(base.document["group"][0]["@name"], "syslog,");
    assert_eq!(base.document["group"][0]["rule"]["@id"], "1");
    assert_eq!(base.document["group"][0]["rule"]["category"], "syslog");
    assert!(ruleset
        .file(Kind::Rules, "0010-base_rules.xml", Some("etc/rules"))
        .is_none());
}

#[test]
fn a_malformed_file_names_its_place() {
    let dir = tempfile::tempdir().unwrap();
    ensure(dir.path()).unwrap();
    let bad = dir.path().join(USER_RULES).join("bad.xml");
    fs::write(
        &bad,
        "<group name=\"x,\">\n  <rule id=\"1\" level=\"3\">\n</group>\n",
    )
    .unwrap();
    let error = Ruleset::load(dir.path()).unwrap_err().to_string();
    assert!(
        error.starts_with(&format!("{}:3:1: ", bad.display())),
        "{error}"
    );
    fs::write(
        &bad,
        "<group name=\"x,\">\n  <rule id=\"x\" level=\"3\"/>\n</group>\n",
    )
    .unwrap();
    let error = Ruleset::load(dir.path()).unwrap_err().to_string();
    assert!(
        error.contains("bad.xml:2:3: <rule> id \"x\" is not a number"),
        "{error}"
    );
}

#[test]
fn the_demo_decoders_and_lists_load_as_the_api_shows_them() {
    let (_dir, ruleset) = demo();
    let decoders = ruleset.items(Kind::Decoders);
    assert!(decoders.len() >= 25, "{}", decoders.len());
    let parents: Vec<&str> = decoders.iter().filter_map(decoders::parent_of).collect();
    let names: Vec<&str> = decoders.iter().filter_map(|d| d["name"].as_str()).collect();
    assert!(
        parents.iter().all(|parent| names.contains(parent)),
        "{parents:?}"
    );
    let json = &decoders[0];
    assert_eq!(json["name"], "json");
    assert_eq!(json["details"]["plugin_decoder"], "JSON_Decoder");
    assert_eq!(json["details"]["prematch"]["pattern"], "^{\\s*\"");
    let lists = ruleset.items(Kind::Lists);
    assert_eq!(
        lists.len(),
        demo::LIST_FILES.len() + demo::USER_LIST_FILES.len()
    );
    let admins = ruleset.file(Kind::Lists, "admin-users", None).unwrap();
    assert_eq!(admins.document["svc:backup"], "service account");
    assert_eq!(ruleset.listing(Kind::Lists)[0].get("status"), None);
}

#[test]
fn leftover_temp_files_are_removed_at_start_and_bad_lists_named() {
    let dir = tempfile::tempdir().unwrap();
    ensure(dir.path()).unwrap();
    let lists = dir.path().join(Kind::Lists.user_dir());
    let leftover = lists.join(format!("{}x1", atomic::TEMP_PREFIX));
    fs::write(&leftover, "half").unwrap();
    ensure(dir.path()).unwrap();
    assert!(!leftover.exists());
    fs::write(lists.join("bad"), "a:1\nno pair\n").unwrap();
    let error = Ruleset::load(dir.path()).unwrap_err().to_string();
    assert!(error.contains("bad:2:1: line \"no pair\""), "{error}");
}

#[test]
fn the_engine_is_compiled_at_load_with_every_list_under_etc_lists() {
    let (_dir, ruleset) = demo();
    let line = "Dec  4 20:43:41 h sshd[9]: Failed password for root from 203.0.113.7 port 22 ssh2";
    let (event, decoded) = ruleset.engine().decode(line);
    let mut memory = crate::server::engine::memory::Memory::new();
    let rules = ruleset.engine().rules();
    let fired = rules.evaluate(&event, decoded.as_ref(), &mut memory, 0);
    assert_eq!(
        fired.map(|f| f.id),
        Some(5714),
        "ruleset/lists/bad-ips is looked up"
    );
}

#[test]
fn a_change_the_engine_cannot_compile_is_refused_and_the_file_kept() {
    let (dir, ruleset) = demo();
    let target = write::Target::resolve(&ruleset, Kind::Rules, "local_rules.xml", None).unwrap();
    let path = dir.path().join(USER_RULES).join("local_rules.xml");
    let before = fs::read_to_string(&path).unwrap();
    let bad = r#"<group name="local,"><rule id="100900" level="5"><list field="srcip">etc/lists/nope</list></rule></group>"#;
    let error = write::upload(dir.path(), &ruleset, &target, bad.as_bytes(), true).unwrap_err();
    let body = error.to_string();
    assert!(body.contains("unknown list etc/lists/nope"), "{body}");
    assert_eq!(fs::read_to_string(&path).unwrap(), before);
    let admins = write::Target::resolve(&ruleset, Kind::Lists, "admin-users", None).unwrap();
    let error = write::delete(dir.path(), &ruleset, &admins).unwrap_err();
    assert!(
        error.to_string().contains("etc/lists/admin-users"),
        "{error}"
    );
    assert!(dir.path().join("etc/lists/admin-users").exists());
}

#[test]
fn a_file_on_disk_the_engine_cannot_compile_stops_the_load() {
    let (dir, _) = demo();
    let orphan = r#"<decoder name="x"><parent>missing</parent></decoder>"#;
    fs::write(dir.path().join("etc/decoders/bad.xml"), orphan).unwrap();
    let error = Ruleset::load(dir.path()).unwrap_err().to_string();
    assert!(
        error.starts_with("cannot compile the ruleset: decoder x: unknown parent"),
        "{error}"
    );
}
