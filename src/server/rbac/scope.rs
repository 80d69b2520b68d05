//! What one action permits on one resource kind: the processed entries of the action folded,
//! in order, over the starting set of the token's mode (white: nothing, black: everything).
//! An `allow` of `*` permits everything, of a value adds it; a `deny` of `*` permits nothing,
//! of a value removes it. `agent:group:<g>` entries count as `agent:id` entries for every
//! agent of group `g` (`agent:group:*`: every agent in some group). Combinations (`a&b`) are
//! skipped: no implemented operation checks two kinds at once. Resourceless actions use the
//! kind `*:*` and the value `*`.

use super::policy::{Effect, Entry, Mode};
use std::collections::BTreeSet;

/// The resource kind of resourceless actions.
pub const RESOURCELESS: &str = "*:*";
/// The agent-id resource kind (`agent:group` entries expand into it).
pub const AGENT_ID: &str = "agent:id";
/// The agent-group resource kind, expanded into agent ids.
pub const AGENT_GROUP: &str = "agent:group";

/// A set of permitted values of one resource kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Permitted {
    /// Only these values.
    Only(BTreeSet<String>),
    /// Every value but these.
    AllExcept(BTreeSet<String>),
}

impl Permitted {
    /// Folds the entries of one action for one kind. `members` gives the agent ids of a group
    /// (`*`: of every group) for `agent:group` entries.
    pub fn fold(
        entries: &[Entry],
        kind: &str,
        mode: Mode,
        members: &dyn Fn(&str) -> Vec<String>,
    ) -> Permitted {
        let mut permitted = match mode {
            Mode::White => Permitted::Only(BTreeSet::new()),
            Mode::Black => Permitted::AllExcept(BTreeSet::new()),
        };
        for entry in entries {
            let Some((entry_kind, value)) = entry.single() else {
                continue;
            };
            if entry_kind == kind {
                permitted.apply_value(&normalize(kind, value), entry.effect);
            } else if kind == AGENT_ID && entry_kind == AGENT_GROUP {
                for agent in members(value) {
                    permitted.apply_one(normalize(kind, &agent), entry.effect);
                }
            }
        }
        permitted
    }

    /// Whether the value (of the kind this set was folded for) is permitted.
    pub fn permits(&self, value: &str) -> bool {
        match self {
            Permitted::Only(values) => values.contains(value),
            Permitted::AllExcept(values) => !values.contains(value),
        }
    }

    fn apply_value(&mut self, value: &str, effect: Effect) {
        match (value, effect) {
            ("*", Effect::Allow) => *self = Permitted::AllExcept(BTreeSet::new()),
            ("*", Effect::Deny) => *self = Permitted::Only(BTreeSet::new()),
            _ => self.apply_one(value.to_string(), effect),
        }
    }

    fn apply_one(&mut self, value: String, effect: Effect) {
        match (self, effect) {
            (Permitted::Only(values), Effect::Allow) => {
                values.insert(value);
            }
            (Permitted::Only(values), Effect::Deny) => {
                values.remove(&value);
            }
            (Permitted::AllExcept(values), Effect::Allow) => {
                values.remove(&value);
            }
            (Permitted::AllExcept(values), Effect::Deny) => {
                values.insert(value);
            }
        }
    }
}

/// A value as compared: agent ids zero-padded to three digits (`1` and `001` are one agent).
pub fn normalize(kind: &str, value: &str) -> String {
    let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    match value.parse::<u64>() {
        Ok(number) if kind == AGENT_ID && digits => format!("{number:03}"),
        _ => value.to_string(),
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

    fn groups(group: &str) -> Vec<String> {
        match group {
            "web" => vec!["1".into(), "2".into()],
            "*" => vec!["1".into(), "2".into(), "3".into()],
            _ => vec![],
        }
    }

    fn fold(list: &[(&str, Effect)], kind: &str, mode: Mode) -> Permitted {
        Permitted::fold(&entries(list), kind, mode, &groups)
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
    fn agent_groups_expand_to_their_agents() {
        let permitted = fold(&[("agent:group:web", Effect::Allow)], AGENT_ID, Mode::White);
        assert_eq!(
            permitted,
            Permitted::Only(["001".to_string(), "002".to_string()].into())
        );
        let every_grouped = fold(
            &[
                ("agent:group:*", Effect::Allow),
                ("agent:id:002", Effect::Deny),
            ],
            AGENT_ID,
            Mode::White,
        );
        assert!(every_grouped.permits("003"));
        assert!(!every_grouped.permits("002"));
        assert!(!every_grouped.permits("004"), "not in any group");
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
        assert_eq!(normalize(AGENT_ID, "0001"), "001");
        assert_eq!(normalize(AGENT_ID, "1000"), "1000");
        assert_eq!(normalize(AGENT_ID, "abc"), "abc");
        assert_eq!(normalize("user:id", "7"), "7");
    }
}
