//! Rule matching on small rulesets and on the demo ruleset.

use super::{Fired, Lists, Memory, Rules};
use crate::server::engine::testing::cdb;
use std::sync::Arc;

/// The id of the rule each line fires with these decoders, rules and lists (a fresh memory
/// for each line).
fn fired_ids(decoders: &str, rules: &str, lists: &Lists) -> impl Fn(&str) -> Option<u32> {
    let decoders = Decoders::compile(&xml::parse(decoders).unwrap()).unwrap();
    let rules = Rules::compile(&xml::parse(rules).unwrap(), lists).unwrap();
    move |line| {
        let event = predecode(line);
        let decoded = decoders.decode(&event);
        let fired = rules.evaluate(&event, decoded.as_ref(), &mut Memory::new(), 0);
        fired.map(|f| f.id)
    }
}

#[test]
fn list_lookups_by_key_address_prefix_and_value() {
    let dec = r#"<decoder name="d"><prematch>^d </prematch><regex offset="after_prematch">^(\S+) (\S+)</regex><order>srcip, user</order></decoder>"#;
    let lists: Lists = [
        ("ips".to_owned(), Arc::new(cdb("1.2.3.4:scan\n10.9.:tor"))),
        ("admins".to_owned(), Arc::new(cdb("root:\nann:x"))),
    ]
    .into();
    let rules = r#"<group name="g"><rule id="1" level="1"><decoded_as>d</decoded_as></rule>
      <rule id="2" level="9"><if_sid>1</if_sid><list field="srcip" lookup="address_match_key_value" check_value="^tor">ips</list></rule>
      <rule id="3" level="8"><if_sid>1</if_sid><list field="srcip" lookup="address_match_key">ips</list></rule>
      <rule id="4" level="7"><if_sid>1</if_sid><list field="user" lookup="not_match_key">admins</list></rule></group>"#;
    let id = fired_ids(dec, rules, &lists);
    assert_eq!(id("d 10.9.0.1 root"), Some(2));
    assert_eq!(id("d 1.2.3.4 root"), Some(3));
    assert_eq!(id("d 5.5.5.5 eve"), Some(4));
    assert_eq!(id("d 5.5.5.5 ann"), Some(1));
    let unknown =
        r#"<group name="g"><rule id="1" level="1"><list field="x">nope</list></rule></group>"#;
    assert!(Rules::compile(&xml::parse(unknown).unwrap(), &lists)
        .unwrap_err()
        .contains("unknown list nope"));
}
use crate::server::engine::decoder::Decoders;
use crate::server::engine::predecoder::predecode;
use crate::server::xml;

const DECODERS: &str = r#"<decoder name="app"><prematch>^app: </prematch>
  <regex offset="after_prematch">^(\w+) user=(\S+)</regex><order>action, user</order></decoder>"#;

fn fire(rules: &str, line: &str) -> Option<Fired> {
    let decoders = Decoders::compile(&xml::parse(DECODERS).unwrap()).unwrap();
    let rules = Rules::compile(&xml::parse(rules).unwrap(), &Lists::new()).unwrap();
    let event = predecode(line);
    rules.evaluate(
        &event,
        decoders.decode(&event).as_ref(),
        &mut Memory::new(),
        0,
    )
}

const RULES: &str = r#"<group name="app,">
  <rule id="100" level="0"><decoded_as>app</decoded_as><description>app</description></rule>
  <rule id="101" level="5"><if_sid>100</if_sid><action>login</action>
    <description>$(user) logged in</description><group>auth,</group></rule>
  <rule id="102" level="9"><if_sid>101</if_sid><field name="user">^root$</field>
    <description>root logged in</description><mitre><id>T1078</id></mitre></rule>
  <rule id="103" level="7"><if_group>auth</if_group><match>evil</match><description>g</description></rule>
  <rule id="104" level="4"><if_sid>100</if_sid><if_matched_sid>101</if_matched_sid><description>f</description></rule>
  <rule id="105" level="6"><if_sid>102</if_sid><if_group>app</if_group><match>evil</match></rule>
</group>"#;

#[test]
fn the_deepest_matching_rule_fires_with_its_description_substituted() {
    let f = fire(RULES, "app: login user=ann").unwrap();
    assert_eq!(
        (f.id, f.level, f.description.as_str()),
        (101, 5, "ann logged in")
    );
    assert_eq!(f.groups, ["app", "auth"]);
    let f = fire(RULES, "app: login user=root").unwrap();
    assert_eq!((f.id, f.mitre.as_slice()), (102, &["T1078".to_owned()][..]));
    assert_eq!(fire(RULES, "app: logout user=ann").unwrap().id, 100);
    assert_eq!(fire(RULES, "app: login user=evil").unwrap().id, 103);
    let linked_by_if_sid_only = fire(RULES, "app: logout user=evil").unwrap();
    assert_eq!(linked_by_if_sid_only.id, 100);
    assert!(fire(RULES, "other line").is_none());
}

#[test]
fn siblings_are_tried_higher_level_first_then_in_file_order() {
    let rules = r#"<group name="app,">
      <rule id="100" level="0"><decoded_as>app</decoded_as></rule>
      <rule id="101" level="3"><if_sid>100</if_sid><action>login</action></rule>
      <rule id="102" level="5"><if_sid>100</if_sid><match>=ann</match></rule>
      <rule id="103" level="12"><if_sid>100</if_sid><match>root</match></rule>
      <rule id="104" level="5"><if_sid>100</if_sid><match>login</match></rule></group>"#;
    assert_eq!(fire(rules, "app: login user=root").unwrap().id, 103);
    assert_eq!(fire(rules, "app: login user=ann").unwrap().id, 102);
    assert_eq!(fire(rules, "app: login user=bob").unwrap().id, 104);
    assert_eq!(fire(rules, "app: logout user=bob").unwrap().id, 100);
}

#[test]
fn header_location_user_and_negate_conditions() {
    let rules = r#"<group name="x"><rule id="1" level="1"><program_name>^cron</program_name></rule>
      <rule id="2" level="2"><if_sid>1</if_sid><hostname>^bastion$</hostname></rule>
      <rule id="3" level="3"><if_sid>1</if_sid><location>secure$</location></rule>
      <rule id="4" level="4"><if_sid>1</if_sid><match negate="yes">^ok</match></rule></group>"#;
    let rules = Rules::compile(&xml::parse(rules).unwrap(), &Lists::new()).unwrap();
    let id = |line: &str, location: &str| {
        let event = predecode(line).with_location(location);
        rules
            .evaluate(&event, None, &mut Memory::new(), 0)
            .map(|f| f.id)
    };
    assert_eq!(id("Dec  4 20:43:41 bastion cron[1]: ok", "x"), Some(2));
    assert_eq!(
        id("Dec  4 20:43:41 web cron[1]: ok", "/var/log/secure"),
        Some(3)
    );
    assert_eq!(id("Dec  4 20:43:41 web cron[1]: failed", "x"), Some(4));
    assert_eq!(id("Dec  4 20:43:41 web cron[1]: ok", "x"), Some(1));
    let src = r#"<decoder name="s"><prematch>^s </prematch><regex>^s (\S+)</regex><order>srcuser</order></decoder>"#;
    let decoders = Decoders::compile(&xml::parse(src).unwrap()).unwrap();
    let user = r#"<group name="x"><rule id="5" level="5"><user>^ann$</user></rule></group>"#;
    let rules = Rules::compile(&xml::parse(user).unwrap(), &Lists::new()).unwrap();
    let fire = |line: &str| {
        let event = predecode(line);
        let decoded = decoders.decode(&event);
        rules
            .evaluate(&event, decoded.as_ref(), &mut Memory::new(), 0)
            .map(|f| f.id)
    };
    assert_eq!(fire("s ann"), Some(5), "user falls back on srcuser");
    assert_eq!(fire("s bob"), None);
}

#[test]
fn time_and_weekday_read_the_arrival_time() {
    let rules = r#"<group name="x"><rule id="1" level="1"><program_name>^cron</program_name></rule>
      <rule id="2" level="7"><if_sid>1</if_sid><time>6 pm - 8:30 am</time>
        <weekday>weekdays</weekday></rule></group>"#;
    let rules = Rules::compile(&xml::parse(rules).unwrap(), &Lists::new()).unwrap();
    let event = predecode("Dec  4 20:43:41 web cron[1]: run");
    let at = |now: i64| {
        let fired = rules.evaluate(&event, None, &mut Memory::new(), now);
        fired.map(|f| f.id)
    };
    let friday = 1_796_342_400;
    assert_eq!(at(friday + 22 * 3600), Some(2));
    assert_eq!(at(friday + 12 * 3600), Some(1));
    assert_eq!(at(friday + 86_400 + 22 * 3600), Some(1), "Saturday");
    let bad = r#"<group name="x"><rule id="3" level="1"><time>noon</time></rule></group>"#;
    let refused = Rules::compile(&xml::parse(bad).unwrap(), &Lists::new()).unwrap_err();
    assert_eq!(refused, r#"rule 3: time "noon""#);
}

#[test]
fn overwrite_replaces_the_rule_in_place_and_a_duplicate_is_refused() {
    let over = r#"<group name="x,"><rule id="101" level="12" overwrite="yes"><if_sid>100</if_sid>
      <action>login</action><description>changed</description></rule></group>"#;
    let f = fire(&format!("{RULES}{over}"), "app: login user=ann").unwrap();
    assert_eq!(
        (f.id, f.level, f.description.as_str()),
        (101, 12, "changed")
    );
    let dup = over.replace(r#" overwrite="yes""#, "");
    assert!(Rules::compile(
        &xml::parse(&format!("{RULES}{dup}")).unwrap(),
        &Lists::new()
    )
    .unwrap_err()
    .contains("duplicate"));
}

#[test]
fn srcip_takes_networks_and_negation() {
    let dec = r#"<decoder name="fw"><prematch>^fw </prematch><regex>src=(\S+)</regex><order>srcip</order></decoder>"#;
    let rules = r#"<group name="fw"><rule id="1" level="1"><decoded_as>fw</decoded_as></rule>
      <rule id="2" level="3"><if_sid>1</if_sid><srcip>10.0.0.0/8</srcip></rule>
      <rule id="3" level="5"><if_sid>1</if_sid><srcip>!fe80::/10</srcip><srcip>!10.0.0.0/8</srcip></rule></group>"#;
    let id = fired_ids(dec, rules, &Lists::new());
    assert_eq!(id("fw src=10.9.8.7"), Some(2));
    assert_eq!(id("fw src=11.0.0.1"), Some(3));
    assert_eq!(id("fw src=fe80::1"), Some(1));
    assert_eq!(id("fw src=not-an-ip"), Some(1));
    let bad = r#"<group name="x"><rule id="1" level="1"><srcip>10.0.0.0/33</srcip></rule></group>"#;
    assert!(Rules::compile(&xml::parse(bad).unwrap(), &Lists::new())
        .unwrap_err()
        .contains("not an address"));
}

#[test]
fn unknown_parents_are_refused_and_unsupported_options_named() {
    let orphan = r#"<group name="x"><rule id="1" level="1"><if_sid>9</if_sid></rule></group>"#;
    assert!(Rules::compile(&xml::parse(orphan).unwrap(), &Lists::new())
        .unwrap_err()
        .contains("unknown if_sid 9"));
    let fts = r#"<group name="x"><rule id="1" level="1"><if_fts/></rule></group>"#;
    let rules = Rules::compile(
        &xml::parse(&format!("{RULES}{fts}")).unwrap(),
        &Lists::new(),
    );
    assert_eq!(
        rules.unwrap().unsupported().collect::<Vec<_>>(),
        [(1, "if_fts")]
    );
}

#[test]
fn the_demo_ruleset_compiles_and_an_ssh_login_fires_its_rule() {
    let (decoders, rules) = crate::server::engine::testing::demo_ruleset();
    let event = predecode(
        "Dec  4 20:43:41 h sshd[9]: Accepted publickey for ann from 10.1.2.3 port 5 ssh2",
    );
    let fired = rules
        .evaluate(
            &event,
            decoders.decode(&event).as_ref(),
            &mut Memory::new(),
            0,
        )
        .unwrap();
    assert_eq!((fired.id, fired.level), (5701, 3));
}
