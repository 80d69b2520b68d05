//! What one action permits on one resource kind: the processed entries of the action folded,
//! in order, over the starting set of the token's mode (white: nothing, black: everything).
//! An `allow` of `*` permits everything, of a value adds it; a `deny` of `*` permits nothing,
//! of a value removes it. `agent:group:<g>` entries stay symbolic (never expanded into agent
//! ids): from the first one on, the `agent:id` kind is decided by ordered id and group rules,
//! evaluated last-writer-wins against an agent's id and groups (`agent:group:*`: an agent in
//! some group). Combinations (`a&b`) are skipped: no implemented operation checks two kinds at
//! once. Resourceless actions use the kind `*:*` and the value `*`.

use super::policy::{Effect, Entry, Mode};
use crate::api::AgentId;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// The resource kind of resourceless actions.
pub const RESOURCELESS: &str = "*:*";
/// The agent-id resource kind (`agent:group` entries are rules over it).
pub const AGENT_ID: &str = "agent:id";
/// The agent-group resource kind, evaluated against an agent's groups.
pub const AGENT_GROUP: &str = "agent:group";

/// The permitted values of one resource kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Permitted {
    /// Only these values.
    Only(BTreeSet<String>),
    /// Every value but these.
    AllExcept(BTreeSet<String>),
    /// Agents decided by id and group rules (some `agent:group` entry applies).
    Rules(Arc<AgentRules>),
}

/// Ordered id and group rules over agents: the last rule naming an agent decides, else `base`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentRules {
    /// The decision for agents no rule names (the entries folded before the first group rule).
    base: Permitted,
    /// The later entries, in order.
    rules: Vec<Rule>,
}

/// One agent rule.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rule {
    /// Consecutive `agent:id` entries: normalised id → allowed (the later entry kept).
    Ids(HashMap<String, bool>),
    /// An `agent:group` entry: agents in the group (`*`: in any group) → allowed.
    Group { name: String, allow: bool },
}

impl Permitted {
    /// Folds the entries of one action for one kind.
    pub fn fold(entries: &[Entry], kind: &str, mode: Mode) -> Permitted {
        let mut base = match mode {
            Mode::White => Permitted::nothing(),
            Mode::Black => Permitted::everything(),
        };
        let mut rules: Vec<Rule> = Vec::new();
        for entry in entries {
            let Some((entry_kind, value)) = entry.single() else {
                continue;
            };
            let allow = entry.effect == Effect::Allow;
            if entry_kind == kind {
                let value = normalize(kind, value).into_owned();
                if value == "*" {
                    base = if allow {
                        Permitted::everything()
                    } else {
                        Permitted::nothing()
                    };
                    rules.clear();
                } else if rules.is_empty() {
                    base.apply_one(value, entry.effect);
                } else {
                    push_id(&mut rules, value, allow);
                }
            } else if kind == AGENT_ID && entry_kind == AGENT_GROUP {
                let name = value.to_string();
                rules.push(Rule::Group { name, allow });
            }
        }
        AgentRules { base, rules }.simplified()
    }

    /// Whether the value (of the kind this set was folded for) is permitted; an agent is taken
    /// to be in no group.
    pub fn permits(&self, value: &str) -> bool {
        self.permits_agent(value, std::iter::empty())
    }

    /// Whether an agent (its normalised id, its groups) is permitted.
    pub fn permits_agent<'g, G>(&self, id: &str, groups: G) -> bool
    where
        G: IntoIterator<Item = &'g str>,
        G::IntoIter: Clone,
    {
        match self {
            Permitted::Only(values) => values.contains(id),
            Permitted::AllExcept(values) => !values.contains(id),
            Permitted::Rules(rules) => rules.permits(id, groups.into_iter()),
        }
    }

    /// Whether every value is permitted (the fast path of filtering).
    pub fn is_everything(&self) -> bool {
        matches!(self, Permitted::AllExcept(values) if values.is_empty())
    }

    /// Whether the decision depends on an agent's groups.
    pub fn has_group_rules(&self) -> bool {
        matches!(self, Permitted::Rules(_))
    }

    fn everything() -> Permitted {
        Permitted::AllExcept(BTreeSet::new())
    }

    fn nothing() -> Permitted {
        Permitted::Only(BTreeSet::new())
    }

    fn is_nothing(&self) -> bool {
        matches!(self, Permitted::Only(values) if values.is_empty())
    }

    /// Adds or removes one value of a set (`Only` / `AllExcept`) as the effect says.
    fn apply_one(&mut self, value: String, effect: Effect) {
        let adds = matches!(
            (&*self, effect),
            (Permitted::Only(_), Effect::Allow) | (Permitted::AllExcept(_), Effect::Deny)
        );
        if let Permitted::Only(values) | Permitted::AllExcept(values) = self {
            if adds {
                values.insert(value);
            } else {
                values.remove(&value);
            }
        }
    }
}

impl AgentRules {
    /// The rules as a plain set when no group rule can change the outcome: no rule at all,
    /// every rule allowing over "everything", or every rule denying over "nothing".
    fn simplified(self) -> Permitted {
        let all_rules = |allow: bool| self.rules.iter().all(|rule| rule.only(allow));
        let constant = (self.base.is_everything() && all_rules(true))
            || (self.base.is_nothing() && all_rules(false));
        if self.rules.is_empty() || constant {
            self.base
        } else {
            Permitted::Rules(Arc::new(self))
        }
    }

    fn permits<'g>(&self, id: &str, groups: impl Iterator<Item = &'g str> + Clone) -> bool {
        for rule in self.rules.iter().rev() {
            match rule {
                Rule::Ids(ids) => {
                    if let Some(&allow) = ids.get(id) {
                        return allow;
                    }
                }
                Rule::Group { name, allow } => {
                    if in_group(groups.clone(), name) {
                        return *allow;
                    }
                }
            }
        }
        self.base.permits(id)
    }
}

impl Rule {
    /// Whether every decision this rule makes is `allow`.
    fn only(&self, allow: bool) -> bool {
        match self {
            Rule::Ids(ids) => ids.values().all(|decision| *decision == allow),
            Rule::Group {
                allow: decision, ..
            } => *decision == allow,
        }
    }
}

/// Adds an id entry after the rules: to the last id rule, or as a new one after a group rule.
fn push_id(rules: &mut Vec<Rule>, id: String, allow: bool) {
    if let Some(Rule::Ids(ids)) = rules.last_mut() {
        ids.insert(id, allow);
    } else {
        rules.push(Rule::Ids(HashMap::from([(id, allow)])));
    }
}

/// Whether an agent with these groups is in group `name` (`*`: in any group).
fn in_group<'g>(mut groups: impl Iterator<Item = &'g str>, name: &str) -> bool {
    if name == "*" {
        groups.next().is_some()
    } else {
        groups.any(|group| group == name)
    }
}

/// A value as compared: agent ids zero-padded to three digits (`1` and `001` are one agent).
/// Borrowed when already in that form.
pub fn normalize<'v>(kind: &str, value: &'v str) -> Cow<'v, str> {
    if kind == AGENT_ID {
        AgentId::canonical(value)
    } else {
        Cow::Borrowed(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(list: &[(&str, Effect)]) -> Vec<Entry> {
        list.iter()
            .map(|(resource, effect)| Entry {
                resource: resource.to_string(),
                effect: *effect,
            })
            .collect()
    }

    fn fold(list: &[(&str, Effect)], kind: &str, mode: Mode) -> Permitted {
        Permitted::fold(&entries(list), kind, mode)
    }

    /// The agents of the examples: 001 and 002 in `web`, 003 in `db`, 004 in no group.
    fn permitted_agents(permitted: &Permitted) -> Vec<&'static str> {
        let fleet: [(&str, &[&str]); 4] = [
            ("001", &["web"]),
            ("002", &["default", "web"]),
            ("003", &["db"]),
            ("004", &[]),
        ];
        fleet
            .into_iter()
            .filter(|(id, groups)| permitted.permits_agent(id, groups.iter().copied()))
            .map(|(id, _)| id)
            .collect()
    }

    #[test]
    fn white_mode_permits_only_what_is_allowed() {
        let permitted = fold(&[("agent:id:001", Effect::Allow)], AGENT_ID, Mode::White);
        assert!(permitted.permits("001"));
        assert!(!permitted.permits("002"));
        assert!(!fold(&[], AGENT_ID, Mode::White).permits("001"));
    }

    #[test]
    fn black_mode_permits_everything_not_denied() {
        let permitted = fold(&[("agent:id:001", Effect::Deny)], AGENT_ID, Mode::Black);
        assert!(!permitted.permits("001"));
        assert!(permitted.permits("002"));
        assert!(fold(&[], RESOURCELESS, Mode::Black).permits("*"));
    }

    #[test]
    fn the_last_entry_wins_in_order() {
        let allow_all_then_deny = fold(
            &[
                ("agent:id:*", Effect::Allow),
                ("agent:id:002", Effect::Deny),
            ],
            AGENT_ID,
            Mode::White,
        );
        assert!(allow_all_then_deny.permits("001"));
        assert!(
            allow_all_then_deny.permits("999"),
            "wildcards cover unknown ids"
        );
        assert!(!allow_all_then_deny.permits("002"));
        let deny_all_then_allow = fold(
            &[
                ("agent:id:*", Effect::Deny),
                ("agent:id:002", Effect::Allow),
            ],
            AGENT_ID,
            Mode::Black,
        );
        assert!(deny_all_then_allow.permits("002"));
        assert!(!deny_all_then_allow.permits("001"));
    }

    #[test]
    fn agent_groups_permit_their_agents() {
        let permitted = fold(&[("agent:group:web", Effect::Allow)], AGENT_ID, Mode::White);
        assert_eq!(permitted_agents(&permitted), ["001", "002"]);
        assert!(!permitted.permits("001"), "an id alone is in no group");
        let every_grouped = fold(
            &[
                ("agent:group:*", Effect::Allow),
                ("agent:id:002", Effect::Deny),
            ],
            AGENT_ID,
            Mode::White,
        );
        assert_eq!(permitted_agents(&every_grouped), ["001", "003"]);
    }

    #[test]
    fn agent_rules_are_last_writer_wins_in_order() {
        let group_last = fold(
            &[
                ("agent:id:001", Effect::Deny),
                ("agent:group:web", Effect::Allow),
            ],
            AGENT_ID,
            Mode::Black,
        );
        assert_eq!(permitted_agents(&group_last), ["001", "002", "003", "004"]);
        let id_last = fold(
            &[
                ("agent:group:web", Effect::Allow),
                ("agent:id:001", Effect::Deny),
                ("agent:id:003", Effect::Allow),
            ],
            AGENT_ID,
            Mode::White,
        );
        assert_eq!(permitted_agents(&id_last), ["002", "003"]);
        let wildcard_resets = fold(
            &[
                ("agent:group:web", Effect::Deny),
                ("agent:id:*", Effect::Allow),
            ],
            AGENT_ID,
            Mode::White,
        );
        assert!(wildcard_resets.is_everything());
    }

    #[test]
    fn group_rules_that_cannot_change_the_outcome_fold_away() {
        let admin = fold(
            &[
                ("agent:id:*", Effect::Allow),
                ("agent:group:*", Effect::Allow),
            ],
            AGENT_ID,
            Mode::White,
        );
        assert!(admin.is_everything());
        let denied = fold(&[("agent:group:web", Effect::Deny)], AGENT_ID, Mode::White);
        assert_eq!(denied, Permitted::Only(BTreeSet::new()));
        let restricted = fold(&[("agent:group:web", Effect::Allow)], AGENT_ID, Mode::White);
        assert!(restricted.has_group_rules());
    }

    #[test]
    fn other_kinds_and_combinations_are_ignored() {
        let permitted = fold(
            &[
                ("group:id:web", Effect::Allow),
                ("agent:id:001&node:id:master-node", Effect::Allow),
            ],
            AGENT_ID,
            Mode::White,
        );
        assert_eq!(permitted, Permitted::Only(BTreeSet::new()));
    }

    #[test]
    fn resourceless_actions_use_the_star_value() {
        let allowed = fold(&[("*:*:*", Effect::Allow)], RESOURCELESS, Mode::White);
        assert!(allowed.permits("*"));
        let denied = fold(&[("*:*:*", Effect::Deny)], RESOURCELESS, Mode::Black);
        assert!(!denied.permits("*"));
    }

    #[test]
    fn agent_ids_compare_zero_padded() {
        assert_eq!(normalize(AGENT_ID, "1"), "001");
        assert!(matches!(normalize(AGENT_ID, "001"), Cow::Borrowed(_)));
        assert_eq!(normalize(AGENT_ID, "0001"), "001");
        assert_eq!(normalize(AGENT_ID, "1000"), "1000");
        assert_eq!(normalize(AGENT_ID, "abc"), "abc");
        assert_eq!(normalize("user:id", "7"), "7");
    }
}
