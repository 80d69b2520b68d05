//! The MITRE ATT&CK knowledge the `/mitre/*` operations serve, as a manager's `mitre.db`
//! holds it: tactics, techniques, groups, software, mitigations, their references and the
//! database's metadata. The data is a small dataset of our own writing (`attack.toml`: real
//! ATT&CK ids, names and relationships, our descriptions), read once into the JSON items the
//! API shows, every relationship filled in both directions and kept in the API's default
//! order (by `id`).
//!
//! Each object's `id` is STIX-like (`attack-pattern--<uuid>`), the uuid derived from the
//! ATT&CK id (`T1110`): stable across runs and versions of wazuh-ctl, but not MITRE's own.
//!
//! Imports nothing from the crate.

use blake2::Digest;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// The dataset, compiled in.
const DATASET: &str = include_str!("attack.toml");

/// Where every object's `source` says it comes from.
const SOURCE: &str = "mitre-attack";

/// The ATT&CK items of each kind, as the API shows them, each list sorted by `id`.
#[derive(Debug, Clone, PartialEq)]
pub struct Attack {
    /// The tactics.
    pub tactics: Vec<Value>,
    /// The techniques and sub-techniques.
    pub techniques: Vec<Value>,
    /// The threat groups.
    pub groups: Vec<Value>,
    /// The software: malware and tools.
    pub software: Vec<Value>,
    /// The mitigations.
    pub mitigations: Vec<Value>,
    /// Every reference of every object, with the object's `id` and `type`.
    pub references: Vec<Value>,
    /// The database's `db_version` and `mitre_version`, as key/value items.
    pub metadata: Vec<Value>,
}

/// The compiled-in dataset, read at its first use (`serve` reads it at start-up).
pub fn attack() -> &'static Attack {
    static ATTACK: LazyLock<Attack> = LazyLock::new(|| {
        Attack::parse(DATASET).unwrap_or_else(|err| panic!("the ATT&CK dataset: {err}"))
    });
    &ATTACK
}

impl Attack {
    /// Reads a dataset; an unknown id in a relationship is an error naming it.
    pub fn parse(text: &str) -> Result<Attack, String> {
        let dataset: Dataset = toml::from_str(text).map_err(|err| err.to_string())?;
        Linker::new(&dataset)?.attack()
    }
}

/// The dataset as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Dataset {
    metadata: BTreeMap<String, String>,
    tactic: Vec<Tactic>,
    technique: Vec<Technique>,
    group: Vec<Group>,
    software: Vec<Software>,
    mitigation: Vec<Mitigation>,
    reference: Vec<Reference>,
}

/// What every kind of object has.
#[derive(Debug, Deserialize)]
struct Common {
    id: String,
    name: String,
    description: String,
    created: String,
    modified: String,
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    references: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Tactic {
    #[serde(flatten)]
    common: Common,
    short_name: String,
}

#[derive(Debug, Deserialize)]
struct Technique {
    #[serde(flatten)]
    common: Common,
    tactics: Vec<String>,
    mitigations: Vec<String>,
    detection: String,
    #[serde(default)]
    remote_support: bool,
}

#[derive(Debug, Deserialize)]
struct Group {
    #[serde(flatten)]
    common: Common,
    software: Vec<String>,
    techniques: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Software {
    #[serde(flatten)]
    common: Common,
    /// `malware` or `tool`: the STIX type of its id.
    kind: String,
    techniques: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Mitigation {
    #[serde(flatten)]
    common: Common,
}

#[derive(Debug, Deserialize)]
struct Reference {
    source: String,
    url: String,
    description: String,
}

/// Turns ATT&CK ids into the API's ids and collects the relationships of each object.
struct Linker<'d> {
    dataset: &'d Dataset,
    /// ATT&CK id → API id, for every object.
    ids: HashMap<&'d str, String>,
    /// Reference name → its entry.
    references: HashMap<&'d str, &'d Reference>,
}

impl<'d> Linker<'d> {
    fn new(dataset: &'d Dataset) -> Result<Linker<'d>, String> {
        let mut ids = HashMap::new();
        let mut add = |prefix: &str, common: &'d Common| {
            let id = stix_id(prefix, &common.id);
            match ids.insert(common.id.as_str(), id) {
                Some(_) => Err(format!("{} is declared twice", common.id)),
                None => Ok(()),
            }
        };
        for tactic in &dataset.tactic {
            add("x-mitre-tactic", &tactic.common)?;
        }
        for technique in &dataset.technique {
            add("attack-pattern", &technique.common)?;
        }
        for group in &dataset.group {
            add("intrusion-set", &group.common)?;
        }
        for software in &dataset.software {
            match software.kind.as_str() {
                "malware" | "tool" => add(&software.kind, &software.common)?,
                other => return Err(format!("{}: unknown kind {other}", software.common.id)),
            }
        }
        for mitigation in &dataset.mitigation {
            add("course-of-action", &mitigation.common)?;
        }
        let references = dataset
            .reference
            .iter()
            .map(|reference| (reference.source.as_str(), reference))
            .collect();
        Ok(Linker {
            dataset,
            ids,
            references,
        })
    }

    /// The API ids of ATT&CK ids; an unknown one is an error.
    fn ids(&self, of: &str, wanted: &[String]) -> Result<Vec<String>, String> {
        wanted
            .iter()
            .map(|id| {
                self.ids
                    .get(id.as_str())
                    .cloned()
                    .ok_or_else(|| format!("{of} names {id}, which the dataset does not have"))
            })
            .collect()
    }

    /// The API ids of the objects whose list `related` names `id`.
    fn related_to<'o, T: 'o>(
        &self,
        objects: impl IntoIterator<Item = &'o T>,
        id: &str,
        common: impl Fn(&T) -> &Common,
        related: impl Fn(&T) -> &[String],
    ) -> Vec<String> {
        objects
            .into_iter()
            .filter(|object| related(object).iter().any(|related| related == id))
            .map(|object| self.ids[common(object).id.as_str()].clone())
            .collect()
    }

    /// An object's references as the API shows them inside it.
    fn references(&self, common: &Common) -> Result<Vec<Value>, String> {
        common
            .references
            .iter()
            .map(|name| {
                let reference = self.references.get(name.as_str()).ok_or_else(|| {
                    format!(
                        "{} cites {name}, which the dataset does not have",
                        common.id
                    )
                })?;
                Ok(json!({
                    "source": reference.source,
                    "description": reference.description,
                    "url": reference.url,
                }))
            })
            .collect()
    }

    /// Every kind of item, each sorted by `id`.
    fn attack(&self) -> Result<Attack, String> {
        let dataset = self.dataset;
        let mut attack = Attack {
            tactics: self.tactics()?,
            techniques: self.techniques()?,
            groups: self.groups()?,
            software: self.software()?,
            mitigations: self.mitigations()?,
            references: Vec::new(),
            metadata: dataset
                .metadata
                .iter()
                .map(|(key, value)| json!({"key": key, "value": value}))
                .collect(),
        };
        attack.references = [
            ("tactic", &attack.tactics),
            ("technique", &attack.techniques),
            ("group", &attack.groups),
            ("software", &attack.software),
            ("mitigation", &attack.mitigations),
        ]
        .into_iter()
        .flat_map(|(kind, items)| items.iter().flat_map(move |item| cited(kind, item)))
        .collect();
        for items in [
            &mut attack.tactics,
            &mut attack.techniques,
            &mut attack.groups,
            &mut attack.software,
            &mut attack.mitigations,
            &mut attack.references,
        ] {
            items.sort_by(|a, b| text(a, "id").cmp(text(b, "id")));
        }
        Ok(attack)
    }

    fn tactics(&self) -> Result<Vec<Value>, String> {
        let techniques = &self.dataset.technique;
        self.dataset
            .tactic
            .iter()
            .map(|tactic| {
                let common = &tactic.common;
                let mut item = self.item(common, "tactics")?;
                item.insert("short_name".into(), json!(tactic.short_name));
                let used_by =
                    self.related_to(techniques, &common.id, |t| &t.common, |t| &t.tactics);
                item.insert("techniques".into(), json!(used_by));
                Ok(Value::Object(item))
            })
            .collect()
    }

    fn techniques(&self) -> Result<Vec<Value>, String> {
        let dataset = self.dataset;
        dataset
            .technique
            .iter()
            .map(|technique| {
                let common = &technique.common;
                let mut item = self.versioned(common, "techniques")?;
                item.insert("mitre_detection".into(), json!(technique.detection));
                item.insert("network_requirements".into(), json!(0));
                item.insert(
                    "remote_support".into(),
                    json!(u8::from(technique.remote_support)),
                );
                let id = &common.id;
                item.insert("tactics".into(), json!(self.ids(id, &technique.tactics)?));
                let mitigations = self.ids(id, &technique.mitigations)?;
                item.insert("mitigations".into(), json!(mitigations));
                let software =
                    self.related_to(&dataset.software, id, |s| &s.common, |s| &s.techniques);
                item.insert("software".into(), json!(software));
                let groups = self.related_to(&dataset.group, id, |g| &g.common, |g| &g.techniques);
                item.insert("groups".into(), json!(groups));
                Ok(Value::Object(item))
            })
            .collect()
    }

    fn groups(&self) -> Result<Vec<Value>, String> {
        self.dataset
            .group
            .iter()
            .map(|group| {
                let common = &group.common;
                let mut item = self.versioned(common, "groups")?;
                item.insert(
                    "software".into(),
                    json!(self.ids(&common.id, &group.software)?),
                );
                let techniques = self.ids(&common.id, &group.techniques)?;
                item.insert("techniques".into(), json!(techniques));
                Ok(Value::Object(item))
            })
            .collect()
    }

    fn software(&self) -> Result<Vec<Value>, String> {
        let groups = &self.dataset.group;
        self.dataset
            .software
            .iter()
            .map(|software| {
                let common = &software.common;
                let mut item = self.versioned(common, "software")?;
                let used_by = self.related_to(groups, &common.id, |g| &g.common, |g| &g.software);
                item.insert("groups".into(), json!(used_by));
                let techniques = self.ids(&common.id, &software.techniques)?;
                item.insert("techniques".into(), json!(techniques));
                Ok(Value::Object(item))
            })
            .collect()
    }

    fn mitigations(&self) -> Result<Vec<Value>, String> {
        let techniques = &self.dataset.technique;
        self.dataset
            .mitigation
            .iter()
            .map(|mitigation| {
                let common = &mitigation.common;
                let mut item = self.versioned(common, "mitigations")?;
                let mitigated =
                    self.related_to(techniques, &common.id, |t| &t.common, |t| &t.mitigations);
                item.insert("techniques".into(), json!(mitigated));
                Ok(Value::Object(item))
            })
            .collect()
    }

    /// The fields every object shows; `path` is its kind's page on attack.mitre.org.
    fn item(&self, common: &Common, path: &str) -> Result<Map<String, Value>, String> {
        let mut item = Map::new();
        item.insert("id".into(), json!(self.ids[common.id.as_str()]));
        item.insert("name".into(), json!(common.name));
        item.insert("description".into(), json!(common.description));
        item.insert("created_time".into(), json!(timestamp(&common.created)));
        item.insert("modified_time".into(), json!(timestamp(&common.modified)));
        item.insert("references".into(), json!(self.references(common)?));
        item.insert("source".into(), json!(SOURCE));
        item.insert("external_id".into(), json!(common.id));
        let url = format!(
            "https://attack.mitre.org/{path}/{}",
            common.id.replace('.', "/")
        );
        item.insert("url".into(), json!(url));
        Ok(item)
    }

    /// The fields of the objects ATT&CK versions one by one (all but tactics).
    fn versioned(&self, common: &Common, path: &str) -> Result<Map<String, Value>, String> {
        let mut item = self.item(common, path)?;
        let version = common.version.as_deref().unwrap_or("1.0");
        item.insert("mitre_version".into(), json!(version));
        item.insert("deprecated".into(), json!(0));
        Ok(item)
    }
}

/// The references an item cites, each as `/mitre/references` lists it.
fn cited<'i>(kind: &'static str, item: &'i Value) -> impl Iterator<Item = Value> + 'i {
    let cited = item["references"].as_array().into_iter().flatten();
    cited.map(move |reference| {
        json!({
            "url": reference["url"],
            "description": reference["description"],
            "source": reference["source"],
            "id": item["id"],
            "type": kind,
        })
    })
}

/// A text field of an item (`""` when absent).
fn text<'v>(item: &'v Value, field: &str) -> &'v str {
    item[field].as_str().unwrap_or_default()
}

/// A date of the dataset (`2020-10-02`) as ATT&CK's timestamps read.
fn timestamp(date: &str) -> String {
    format!("{date}T00:00:00.000000Z")
}

/// A STIX-like id for an ATT&CK id: `prefix--` and a version-8 uuid hashed from it.
fn stix_id(prefix: &str, attack_id: &str) -> String {
    let mut bytes: [u8; 16] = blake2::Blake2b128::digest(attack_id.as_bytes()).into();
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    format!(
        "{prefix}--{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The item of a list with this ATT&CK id.
    fn by_external_id<'a>(items: &'a [Value], id: &str) -> &'a Value {
        items
            .iter()
            .find(|item| item["external_id"] == id)
            .unwrap_or_else(|| panic!("{id} is missing"))
    }

    #[test]
    fn the_dataset_reads_with_every_relationship_both_ways() {
        let attack = attack();
        assert_eq!(attack.tactics.len(), 14);
        assert!(attack.techniques.len() >= 30, "{}", attack.techniques.len());
        let brute_force = by_external_id(&attack.techniques, "T1110");
        let credential_access = by_external_id(&attack.tactics, "TA0006");
        assert_eq!(brute_force["tactics"], json!([credential_access["id"]]));
        assert!(credential_access["techniques"]
            .as_array()
            .unwrap()
            .contains(&brute_force["id"]));
        let mfa = by_external_id(&attack.mitigations, "M1032");
        assert!(mfa["techniques"]
            .as_array()
            .unwrap()
            .contains(&brute_force["id"]));
        let mimikatz = by_external_id(&attack.software, "S0002");
        let apt28 = by_external_id(&attack.groups, "G0007");
        assert!(mimikatz["groups"]
            .as_array()
            .unwrap()
            .contains(&apt28["id"]));
        assert_eq!(
            brute_force["url"],
            "https://attack.mitre.org/techniques/T1110"
        );
        let spraying = by_external_id(&attack.techniques, "T1110.003");
        assert_eq!(
            spraying["url"],
            "https://attack.mitre.org/techniques/T1110/003"
        );
    }

    #[test]
    fn lists_are_in_id_order_and_ids_are_stable_stix_like_uuids() {
        let attack = attack();
        for items in [&attack.tactics, &attack.techniques, &attack.references] {
            assert!(items
                .windows(2)
                .all(|w| text(&w[0], "id") <= text(&w[1], "id")));
        }
        let id = stix_id("attack-pattern", "T1110");
        assert_eq!(id, stix_id("attack-pattern", "T1110"));
        let (prefix, uuid) = id.split_once("--").unwrap();
        assert_eq!(prefix, "attack-pattern");
        let groups: Vec<usize> = uuid.split('-').map(str::len).collect();
        assert_eq!(groups, [8, 4, 4, 4, 12]);
        assert_eq!(&uuid[14..15], "8", "version 8: {uuid}");
        assert_ne!(id, stix_id("attack-pattern", "T1110.001"));
    }

    #[test]
    fn references_list_each_citation_with_its_object() {
        let attack = attack();
        let capec = attack
            .references
            .iter()
            .filter(|reference| reference["source"] == "CAPEC-49");
        let citing: Vec<&str> = capec.map(|reference| text(reference, "id")).collect();
        let brute_force = by_external_id(&attack.techniques, "T1110");
        assert_eq!(citing.len(), 2, "T1110 and T1110.001 cite it");
        assert!(citing.contains(&text(brute_force, "id")));
        assert!(attack
            .references
            .iter()
            .any(|reference| reference["type"] == "software"));
    }

    #[test]
    fn an_unknown_id_in_a_relationship_is_refused_by_name() {
        let broken = DATASET.replacen("tactics = [\"TA0043\"]", "tactics = [\"TA9999\"]", 1);
        let err = Attack::parse(&broken).unwrap_err();
        assert!(err.contains("TA9999"), "{err}");
        let uncited = DATASET.replacen("references = [\"CAPEC-49\"]", "references = [\"X\"]", 1);
        assert!(Attack::parse(&uncited).unwrap_err().contains("cites X"));
    }
}
