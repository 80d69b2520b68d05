//! The order a push uploads its files in, worked out before the first upload. The manager
//! checks each uploaded file against the ruleset it has at that moment: a rule id defined in
//! another file, an `if_sid` naming no rule or a decoder parent naming no decoder is refused.
//! So the files of one push are checked here against the manager's rule ids and decoder
//! names and against each other, and ordered so that each upload meets a ruleset that accepts
//! it (a new rule's parent in another new file goes first; a rule moved between files leaves
//! its old file first). A push no order makes acceptable is refused before anything is sent.
//!
//! Pure: imports only `server::ruleset`'s readers of rule ids and decoder parents.

use crate::server::ruleset::{decoders, rules, Kind};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// What a file defines for the rest of the ruleset and what it needs from it: rule ids and
/// their `if_sid` parents, decoder names and their parents (a list: nothing).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Links {
    /// Rule ids, or decoder names.
    pub defines: Vec<String>,
    /// The rule ids or decoder names the file's items need.
    pub needs: Vec<Need>,
}

/// One rule id or decoder name an item needs, and how to say it is missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Need {
    /// The id or name needed.
    pub key: String,
    /// The message when nothing defines it (`rule 100050: if_sid 999 names no rule`).
    pub missing: String,
}

impl Links {
    /// The links of a file's items, as the server's parser reads them.
    pub fn of(kind: Kind, items: &[Value]) -> Links {
        let mut links = Links::default();
        for item in items {
            match kind {
                Kind::Rules => {
                    let id = rules::id_of(item);
                    if !rules::overwrites(item) {
                        links.defines.push(id.to_string());
                    }
                    for parent in rules::if_sid_parents(item) {
                        let missing = format!("rule {id}: if_sid {parent} names no rule");
                        links.needs.push(Need {
                            key: parent,
                            missing,
                        });
                    }
                }
                Kind::Decoders => {
                    let name = item["name"].as_str().unwrap_or_default();
                    links.defines.push(name.to_string());
                    if let Some(parent) = decoders::parent_of(item) {
                        let missing = format!("decoder {name}: parent {parent} names no decoder");
                        let key = parent.to_string();
                        links.needs.push(Need { key, missing });
                    }
                }
                Kind::Lists => {}
            }
        }
        links
    }
}

/// Where each rule id and decoder name is defined on the manager: kind and key → the paths
/// of the files (`etc/rules/local_rules.xml`).
#[derive(Debug, Default, Clone)]
pub struct Defined(HashMap<(&'static str, String), Vec<String>>);

impl Defined {
    /// Notes that the file at `path` defines `key` of `kind`.
    pub fn add(&mut self, kind: Kind, key: String, path: String) {
        self.0.entry((kind.user_dir(), key)).or_default().push(path);
    }

    /// A file other than `path` that defines `key` of `kind`.
    fn elsewhere(&self, kind: Kind, key: &str, path: &str) -> Option<&str> {
        let files = self.0.get(&(kind.user_dir(), key.to_string()))?;
        files.iter().map(String::as_str).find(|file| *file != path)
    }

    /// The manager after the upload of a step: its old content's keys gone, its new ones in.
    fn apply(&mut self, step: &Step) {
        let dir = step.kind.user_dir();
        for ((kind_dir, _), files) in self.0.iter_mut() {
            if *kind_dir == dir {
                files.retain(|file| *file != step.path);
            }
        }
        for key in &step.links.defines {
            self.add(step.kind, key.clone(), step.path.clone());
        }
    }
}

/// One file of a push: its kind, its path on the manager, how messages name it, its links.
#[derive(Debug, Clone)]
pub struct Step {
    /// Its kind.
    pub kind: Kind,
    /// Its path on the manager (`etc/rules/lab_rules.xml`).
    pub path: String,
    /// How messages name it (`rules/lab_rules.xml`).
    pub label: String,
    /// What it defines and needs.
    pub links: Links,
}

/// Why the manager, as `defined` says it is, would refuse the step now; `None` when it
/// would take it.
fn refusal(step: &Step, defined: &Defined) -> Option<String> {
    if step.kind == Kind::Rules {
        let mut seen = HashSet::new();
        for id in &step.links.defines {
            if !seen.insert(id) {
                return Some(format!("rule id {id} is defined twice"));
            }
            if let Some(other) = defined.elsewhere(step.kind, id, &step.path) {
                return Some(format!("rule id {id} is already defined in {other}"));
            }
        }
    }
    step.links
        .needs
        .iter()
        .find(|need| {
            !step.links.defines.contains(&need.key)
                && defined
                    .elsewhere(step.kind, &need.key, &step.path)
                    .is_none()
        })
        .map(|need| need.missing.clone())
}

/// The order to upload the steps in (indexes into `steps`, the first acceptable one each
/// time), or why the manager would refuse one of them whatever the order
/// (`rules/lab_rules.xml: rule 100050: if_sid 999 names no rule`).
pub fn upload_order(steps: &[Step], mut defined: Defined) -> Result<Vec<usize>, String> {
    let mut pending: Vec<usize> = (0..steps.len()).collect();
    let mut order = Vec::with_capacity(steps.len());
    while let Some(&first) = pending.first() {
        let ready = pending
            .iter()
            .position(|&at| refusal(&steps[at], &defined).is_none());
        let Some(ready) = ready else {
            let why = refusal(&steps[first], &defined).unwrap_or_default();
            return Err(format!("{}: {why}", steps[first].label));
        };
        let at = pending.remove(ready);
        defined.apply(&steps[at]);
        order.push(at);
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A rule step at `etc/rules/<name>` defining `ids`, each with `if_sid` `parent`.
    fn rules_step(name: &str, rules: &[(i64, Option<&str>)]) -> Step {
        let items: Vec<Value> = rules
            .iter()
            .map(|(id, parent)| json!({"id": id, "details": {"if_sid": parent}}))
            .collect();
        Step {
            kind: Kind::Rules,
            path: format!("etc/rules/{name}"),
            label: format!("rules/{name}"),
            links: Links::of(Kind::Rules, &items),
        }
    }

    /// The manager's rules: (id, file path).
    fn manager(rules: &[(i64, &str)]) -> Defined {
        let mut defined = Defined::default();
        for (id, path) in rules {
            defined.add(Kind::Rules, id.to_string(), path.to_string());
        }
        defined
    }

    #[test]
    fn if_sid_lists_and_decoder_parents_are_read_as_the_server_reads_them() {
        let rule = json!({"id": 7, "details": {"if_sid": "5710, 5711"}});
        let overwrite = json!({"id": 5710, "details": {"overwrite": "yes"}});
        let links = Links::of(Kind::Rules, &[rule, overwrite]);
        assert_eq!(links.defines, ["7"]);
        let keys: Vec<&str> = links.needs.iter().map(|need| need.key.as_str()).collect();
        assert_eq!(keys, ["5710", "5711"]);
        let decoder = json!({"name": "lab-child", "details": {"parent": "sshd"}});
        let links = Links::of(Kind::Decoders, &[decoder]);
        assert_eq!(
            links.needs[0].missing,
            "decoder lab-child: parent sshd names no decoder"
        );
    }

    #[test]
    fn a_parent_in_another_new_file_goes_first() {
        let steps = [
            rules_step("a_rules.xml", &[(100051, Some("100050"))]),
            rules_step("z_rules.xml", &[(100050, Some("5710"))]),
        ];
        let defined = manager(&[(5710, "ruleset/rules/0095-sshd_rules.xml")]);
        assert_eq!(upload_order(&steps, defined), Ok(vec![1, 0]));
    }

    #[test]
    fn a_rule_moved_between_files_leaves_its_old_file_first() {
        let defined = manager(&[(100001, "etc/rules/local_rules.xml")]);
        let steps = [
            rules_step("lab_rules.xml", &[(100001, None)]),
            rules_step("local_rules.xml", &[(100002, None)]),
        ];
        assert_eq!(upload_order(&steps, defined), Ok(vec![1, 0]));
    }

    #[test]
    fn what_no_order_makes_acceptable_is_refused_with_the_file_and_the_reason() {
        let defined = manager(&[(5710, "ruleset/rules/0095-sshd_rules.xml")]);
        let unknown = [rules_step("lab.xml", &[(100050, Some("999"))])];
        assert_eq!(
            upload_order(&unknown, defined.clone()),
            Err("rules/lab.xml: rule 100050: if_sid 999 names no rule".into())
        );
        let taken = [rules_step("lab.xml", &[(5710, None)])];
        assert_eq!(
            upload_order(&taken, defined.clone()),
            Err("rules/lab.xml: rule id 5710 is already defined in ruleset/rules/0095-sshd_rules.xml".into())
        );
        let twice = [rules_step("lab.xml", &[(100050, None), (100050, None)])];
        assert_eq!(
            upload_order(&twice, defined),
            Err("rules/lab.xml: rule id 100050 is defined twice".into())
        );
    }

    #[test]
    fn a_file_replacing_itself_may_keep_its_ids_and_refer_to_its_own_rules() {
        let defined = manager(&[(100001, "etc/rules/local_rules.xml")]);
        let steps = [rules_step(
            "local_rules.xml",
            &[(100001, None), (100002, Some("100001"))],
        )];
        assert_eq!(upload_order(&steps, defined), Ok(vec![0]));
    }
}
