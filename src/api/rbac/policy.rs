//! Policy processing (NOTES.md §6): the policies of a token's roles, in role order then policy
//! order inside each role, folded into one ordered list of `resource → effect` entries per
//! action. Last writer wins: a later entry for the same resource replaces the earlier one (and
//! moves to the end), a `*` value removes the earlier single entries of its `type:attr` (and,
//! as Wazuh does, every earlier single `agent:group` entry), and a combination `a&b` replaces
//! the earlier combinations it covers part by part. Deny is not intrinsically stronger.
//!
//! Pure data: no store, no HTTP. `scope` turns the entries of one action into the set of
//! permitted resources.

use serde_json::{Map, Value};

/// What a policy does to the resources it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The resources are permitted.
    Allow,
    /// The resources are not permitted.
    Deny,
}

impl Effect {
    /// `allow` or `deny`, as policies and `/security/users/me/policies` spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Allow => "allow",
            Effect::Deny => "deny",
        }
    }
}

/// The RBAC mode of a token: white (nothing unless allowed) or black (everything unless denied).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Only what an `allow` covers is permitted.
    White,
    /// Everything is permitted but what a `deny` covers.
    Black,
}

impl Mode {
    /// The mode of a token's `rbac_mode` claim (`black`, anything else is white).
    pub fn from_claim(claim: &str) -> Mode {
        if claim == "black" {
            Mode::Black
        } else {
            Mode::White
        }
    }
}

/// One stored policy: `{actions, resources, effect}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// Actions such as `agent:read`.
    pub actions: Vec<String>,
    /// Resources such as `agent:id:001`, `agent:group:*`, `*:*:*` (or `*`).
    pub resources: Vec<String>,
    /// Allow or deny.
    pub effect: Effect,
}

impl Policy {
    /// Reads a policy document as stored; `None` when it is not a well-formed policy.
    pub fn from_json(document: &Value) -> Option<Policy> {
        let strings = |key: &str| -> Option<Vec<String>> {
            document
                .get(key)?
                .as_array()?
                .iter()
                .map(|value| value.as_str().map(str::to_string))
                .collect()
        };
        let effect = match document.get("effect")?.as_str()? {
            "allow" => Effect::Allow,
            "deny" => Effect::Deny,
            _ => return None,
        };
        Some(Policy {
            actions: strings("actions")?,
            resources: strings("resources")?,
            effect,
        })
    }
}

/// One processed entry: a resource (or an `&` combination of two) and its effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The resource as written, `*` spelled `*:*:*`.
    pub resource: String,
    /// Allow or deny.
    pub effect: Effect,
}

impl Entry {
    /// The parts of a combination, or the single resource.
    pub fn parts(&self) -> Vec<&str> {
        self.resource.split('&').collect()
    }

    /// `(type:attr, value)` of a single resource; `None` for a combination or a malformed one.
    pub fn single(&self) -> Option<(&str, &str)> {
        if self.resource.contains('&') {
            return None;
        }
        self.resource.rsplit_once(':')
    }
}

/// The effective permissions of a token: per action, its processed entries in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Permissions {
    actions: Vec<(String, Vec<Entry>)>,
}

impl Permissions {
    /// Processes policies in the order given (role order, then policy order in the role).
    pub fn process<'p>(policies: impl IntoIterator<Item = &'p Policy>) -> Permissions {
        let mut permissions = Permissions::default();
        for policy in policies {
            for action in &policy.actions {
                let entries = permissions.entries_mut(action);
                for resource in &policy.resources {
                    let resource = if resource == "*" {
                        "*:*:*"
                    } else {
                        resource.as_str()
                    };
                    write_entry(entries, resource, policy.effect);
                }
            }
        }
        permissions
    }

    /// The processed entries of an action (empty when no policy names it).
    pub fn entries(&self, action: &str) -> &[Entry] {
        self.actions
            .iter()
            .find(|(name, _)| name == action)
            .map_or(&[], |(_, entries)| entries.as_slice())
    }

    /// The map `GET /security/users/me/policies` shows: `{action: {resource: effect}}` in
    /// processing order, then `rbac_mode`.
    pub fn to_json(&self, mode: Mode) -> Value {
        let mut map = Map::new();
        for (action, entries) in &self.actions {
            let resources: Map<String, Value> = entries
                .iter()
                .map(|entry| (entry.resource.clone(), Value::from(entry.effect.as_str())))
                .collect();
            map.insert(action.clone(), Value::Object(resources));
        }
        let mode = match mode {
            Mode::White => "white",
            Mode::Black => "black",
        };
        map.insert("rbac_mode".into(), Value::from(mode));
        Value::Object(map)
    }

    fn entries_mut(&mut self, action: &str) -> &mut Vec<Entry> {
        let index = match self.actions.iter().position(|(name, _)| name == action) {
            Some(index) => index,
            None => {
                self.actions.push((action.to_string(), Vec::new()));
                self.actions.len() - 1
            }
        };
        &mut self.actions[index].1
    }
}

/// Adds one entry at the end, after removing the earlier entries it overrides.
fn write_entry(entries: &mut Vec<Entry>, resource: &str, effect: Effect) {
    let parts: Vec<&str> = resource.split('&').collect();
    if parts.len() > 1 {
        entries.retain(|entry| !combination_covers(&parts, &entry.parts()));
    } else {
        entries.retain(|entry| entry.resource != resource);
        if let Some(type_attr) = wildcard_type(resource) {
            entries.retain(|entry| {
                entry.resource.contains('&')
                    || !(entry.resource.starts_with(type_attr)
                        || entry.resource.starts_with("agent:group"))
            });
        }
    }
    entries.push(Entry {
        resource: resource.to_string(),
        effect,
    });
}

/// The `type:attr` a wildcard resource (`type:attr:*`) covers.
fn wildcard_type(resource: &str) -> Option<&str> {
    let (type_attr, value) = resource.rsplit_once(':')?;
    (value == "*").then_some(type_attr)
}

/// Whether a new combination replaces an earlier one: same length, and each part equal or a
/// wildcard.
fn combination_covers(new: &[&str], earlier: &[&str]) -> bool {
    new.len() == earlier.len()
        && new
            .iter()
            .zip(earlier)
            .all(|(new, earlier)| new == earlier || new.ends_with(":*"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn policy(actions: &[&str], resources: &[&str], effect: Effect) -> Policy {
        Policy {
            actions: actions.iter().map(|a| a.to_string()).collect(),
            resources: resources.iter().map(|r| r.to_string()).collect(),
            effect,
        }
    }

    fn resources(permissions: &Permissions, action: &str) -> Vec<(String, Effect)> {
        permissions
            .entries(action)
            .iter()
            .map(|entry| (entry.resource.clone(), entry.effect))
            .collect()
    }

    #[test]
    fn a_later_entry_for_the_same_resource_replaces_and_moves_to_the_end() {
        let permissions = Permissions::process(&[
            policy(
                &["agent:read"],
                &["agent:id:001", "agent:id:002"],
                Effect::Allow,
            ),
            policy(&["agent:read"], &["agent:id:001"], Effect::Deny),
        ]);
        assert_eq!(
            resources(&permissions, "agent:read"),
            vec![
                ("agent:id:002".to_string(), Effect::Allow),
                ("agent:id:001".to_string(), Effect::Deny),
            ]
        );
    }

    #[test]
    fn a_wildcard_removes_earlier_entries_of_its_type_and_agent_groups() {
        let permissions = Permissions::process(&[
            policy(
                &["agent:read"],
                &["agent:id:001", "agent:group:web", "group:id:web"],
                Effect::Allow,
            ),
            policy(&["agent:read"], &["agent:id:*"], Effect::Deny),
        ]);
        assert_eq!(
            resources(&permissions, "agent:read"),
            vec![
                ("group:id:web".to_string(), Effect::Allow),
                ("agent:id:*".to_string(), Effect::Deny),
            ]
        );
    }

    #[test]
    fn entries_after_a_wildcard_stay() {
        let permissions = Permissions::process(&[
            policy(&["agent:read"], &["agent:id:*"], Effect::Allow),
            policy(&["agent:read"], &["agent:id:003"], Effect::Deny),
        ]);
        assert_eq!(permissions.entries("agent:read").len(), 2);
    }

    #[test]
    fn a_bare_star_is_the_resourceless_wildcard() {
        let permissions = Permissions::process(&[policy(&["task:status"], &["*"], Effect::Allow)]);
        assert_eq!(
            resources(&permissions, "task:status"),
            vec![("*:*:*".to_string(), Effect::Allow)]
        );
    }

    #[test]
    fn combinations_replace_the_combinations_they_cover_only() {
        let permissions = Permissions::process(&[
            policy(
                &["cluster:read"],
                &[
                    "node:id:a&agent:id:001",
                    "node:id:b",
                    "node:id:a&agent:id:002",
                ],
                Effect::Allow,
            ),
            policy(&["cluster:read"], &["node:id:a&agent:id:*"], Effect::Deny),
        ]);
        assert_eq!(
            resources(&permissions, "cluster:read"),
            vec![
                ("node:id:b".to_string(), Effect::Allow),
                ("node:id:a&agent:id:*".to_string(), Effect::Deny),
            ]
        );
    }

    #[test]
    fn actions_are_processed_independently() {
        let permissions = Permissions::process(&[
            policy(
                &["agent:read", "agent:delete"],
                &["agent:id:*"],
                Effect::Allow,
            ),
            policy(&["agent:delete"], &["agent:id:*"], Effect::Deny),
        ]);
        assert_eq!(permissions.entries("agent:read")[0].effect, Effect::Allow);
        assert_eq!(permissions.entries("agent:delete")[0].effect, Effect::Deny);
        assert!(permissions.entries("group:read").is_empty());
    }

    #[test]
    fn the_permission_map_shows_entries_in_order_and_the_mode() {
        let permissions = Permissions::process(&[policy(
            &["agent:read"],
            &["agent:id:002", "agent:id:001"],
            Effect::Allow,
        )]);
        let shown = permissions.to_json(Mode::Black);
        assert_eq!(
            shown,
            json!({"agent:read": {"agent:id:002": "allow", "agent:id:001": "allow"}, "rbac_mode": "black"})
        );
        let keys: Vec<&String> = shown["agent:read"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["agent:id:002", "agent:id:001"]);
    }

    #[test]
    fn stored_policies_are_read_and_malformed_ones_refused() {
        let read = Policy::from_json(
            &json!({"actions": ["agent:read"], "resources": ["*:*:*"], "effect": "deny"}),
        );
        assert_eq!(
            read,
            Some(policy(&["agent:read"], &["*:*:*"], Effect::Deny))
        );
        assert_eq!(
            Policy::from_json(&json!({"actions": ["a:b"], "resources": [], "effect": "maybe"})),
            None
        );
        assert_eq!(Policy::from_json(&json!({"actions": "a:b"})), None);
        assert_eq!(Mode::from_claim("black"), Mode::Black);
        assert_eq!(Mode::from_claim("white"), Mode::White);
    }
}
