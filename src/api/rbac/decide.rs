//! One RBAC question — may these policies do an action on one resource? — answered with the
//! code the server's guard uses (`policy` processing, then `scope` folding), and explained:
//! every policy entry the action names, in processing order, whether it applies to the
//! resource, and the one that decides (the last that applies: last writer wins), or none when
//! the RBAC mode decides. `security can` asks it from what the API shows of a user.
//!
//! Pure data: imports the `policy` and `scope` modules only.

use super::policy::{Effect, Entry, Mode, Permissions, Policy};
use super::scope::{normalize, Permitted, AGENT_GROUP, AGENT_ID, RESOURCELESS};

/// A policy as a user holds it: through which role, under which name.
#[derive(Debug, Clone)]
pub struct Held {
    /// The role's id.
    pub role_id: i64,
    /// The role's name.
    pub role: String,
    /// The policy's id.
    pub policy_id: i64,
    /// The policy's name.
    pub name: String,
    /// Its actions, resources and effect.
    pub policy: Policy,
}

/// What is asked: an action on one resource of a kind (`agent:id`, `*:*` when resourceless),
/// with the agent's groups when the kind is `agent:id`.
#[derive(Debug, Clone)]
pub struct Question<'a> {
    /// The action, e.g. `agent:read`.
    pub action: &'a str,
    /// The resource kind, e.g. `agent:id`.
    pub kind: &'a str,
    /// The resource value, e.g. `001` (`*` for a resourceless action).
    pub value: &'a str,
    /// The agent's groups (empty for other kinds).
    pub groups: &'a [String],
}

/// One entry a policy gives the action, as considered.
#[derive(Debug, Clone, PartialEq)]
pub struct Considered {
    /// Index of the policy in the held list.
    pub held: usize,
    /// The resource as written in the policy.
    pub resource: String,
    /// The policy's effect.
    pub effect: Effect,
    /// Whether the entry speaks of the resource asked about.
    pub applies: bool,
    /// Whether processing kept it: no later entry wrote the same resource, and no later
    /// wildcard removed it (`type:attr:*` removes the earlier entries of its kind and, as
    /// Wazuh does, every earlier `agent:group` one).
    pub kept: bool,
}

/// The answer and its explanation.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// Whether the action is permitted on the resource.
    pub allowed: bool,
    /// Every entry the held policies give the action, in processing order.
    pub considered: Vec<Considered>,
    /// The index (in `considered`) of the entry that decides; `None` when the mode does.
    pub deciding: Option<usize>,
}

/// Answers a question for policies held in processing order (role order, then policy order
/// in each role) in an RBAC mode.
pub fn decide(held: &[Held], mode: Mode, question: &Question) -> Decision {
    let permissions = Permissions::process(held.iter().map(|held| &held.policy));
    let permitted = Permitted::fold(permissions.entries(question.action), question.kind, mode);
    let value = normalize(question.kind, question.value);
    let groups = question.groups.iter().map(String::as_str);
    let allowed = permitted.permits_agent(&value, groups);
    let processed = permissions.entries(question.action);
    let mut considered = consider(held, question);
    mark_kept(&mut considered, processed);
    // The last processed entry that applies decides; it came from the last entry that wrote
    // its resource.
    let deciding = processed
        .iter()
        .rev()
        .find(|entry| applies(&entry.resource, question))
        .and_then(|entry| {
            considered
                .iter()
                .rposition(|considered| spelled(&considered.resource) == entry.resource)
        });
    Decision {
        allowed,
        considered,
        deciding,
    }
}

/// The entries the held policies give the question's action, each judged against the resource.
fn consider(held: &[Held], question: &Question) -> Vec<Considered> {
    let mut considered = Vec::new();
    for (index, held) in held.iter().enumerate() {
        let policy = &held.policy;
        if !policy
            .actions
            .iter()
            .any(|action| action == question.action)
        {
            continue;
        }
        for resource in &policy.resources {
            considered.push(Considered {
                held: index,
                resource: resource.clone(),
                effect: policy.effect,
                applies: applies(resource, question),
                kept: false,
            });
        }
    }
    considered
}

/// Marks the entries processing kept: each the last to write its resource, still among the
/// processed entries of the action.
fn mark_kept(considered: &mut [Considered], processed: &[Entry]) {
    for index in 0..considered.len() {
        let resource = spelled(&considered[index].resource);
        let last_writer = considered[index + 1..]
            .iter()
            .all(|later| spelled(&later.resource) != resource);
        considered[index].kept =
            last_writer && processed.iter().any(|entry| entry.resource == resource);
    }
}

/// A resource as processing spells it: `*` alone is `*:*:*`.
fn spelled(resource: &str) -> &str {
    if resource == "*" {
        "*:*:*"
    } else {
        resource
    }
}

/// Whether a policy resource speaks of the resource asked about: the same kind with its value
/// or `*` (`*` alone is `*:*:*`, resourceless), or, for an agent, one of its groups
/// (`agent:group:*`: any group). Combinations (`a&b`) never do, as the guard skips them.
fn applies(resource: &str, question: &Question) -> bool {
    let resource = spelled(resource);
    if resource.contains('&') {
        return false;
    }
    let Some((kind, value)) = resource.rsplit_once(':') else {
        return false;
    };
    if kind == question.kind {
        return value == "*" || normalize(kind, value) == normalize(kind, question.value);
    }
    if question.kind == AGENT_ID && kind == AGENT_GROUP {
        return match value {
            "*" => !question.groups.is_empty(),
            group => question.groups.iter().any(|held| held == group),
        };
    }
    false
}

/// The resource kind and value of a resource named on the command line (`agent:id:001`), or
/// of a resourceless question (`None`).
pub fn kind_and_value(resource: Option<&str>) -> Option<(&str, &str)> {
    match resource {
        None => Some((RESOURCELESS, "*")),
        Some(resource) => resource.rsplit_once(':').filter(|(kind, value)| {
            kind.contains(':') && !value.is_empty() && !resource.contains('&')
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held(policies: &[(&str, &[&str], Effect)]) -> Vec<Held> {
        policies
            .iter()
            .enumerate()
            .map(|(index, (action, resources, effect))| Held {
                role_id: 1,
                role: "role".into(),
                policy_id: index as i64,
                name: format!("policy{index}"),
                policy: Policy {
                    actions: vec![action.to_string()],
                    resources: resources.iter().map(|r| r.to_string()).collect(),
                    effect: *effect,
                },
            })
            .collect()
    }

    fn ask<'a>(
        action: &'a str,
        kind: &'a str,
        value: &'a str,
        groups: &'a [String],
    ) -> Question<'a> {
        Question {
            action,
            kind,
            value,
            groups,
        }
    }

    #[test]
    fn the_last_entry_that_applies_decides() {
        let web = vec!["web".to_string()];
        let policies = held(&[
            ("agent:read", &["agent:group:web"], Effect::Allow),
            ("agent:read", &["agent:id:1"], Effect::Deny),
            ("agent:delete", &["agent:id:*"], Effect::Allow),
        ]);
        let decision = decide(
            &policies,
            Mode::White,
            &ask("agent:read", AGENT_ID, "001", &web),
        );
        assert!(!decision.allowed);
        assert_eq!(decision.considered.len(), 2, "only agent:read entries");
        assert_eq!(decision.deciding, Some(1), "agent:id:1 is agent 001");
        let decision = decide(
            &policies,
            Mode::White,
            &ask("agent:read", AGENT_ID, "002", &web),
        );
        assert!(decision.allowed);
        assert_eq!(decision.deciding, Some(0));
        let decision = decide(
            &policies,
            Mode::White,
            &ask("agent:read", AGENT_ID, "003", &[]),
        );
        assert!(!decision.allowed);
        assert_eq!(decision.deciding, None, "the white mode decides");
        let decision = decide(
            &policies,
            Mode::Black,
            &ask("agent:read", AGENT_ID, "003", &[]),
        );
        assert!(decision.allowed, "the black mode decides");
    }

    #[test]
    fn resourceless_actions_answer_to_a_bare_star() {
        let policies = held(&[("cluster:status", &["*"], Effect::Allow)]);
        let (kind, value) = kind_and_value(None).unwrap();
        let decision = decide(
            &policies,
            Mode::White,
            &ask("cluster:status", kind, value, &[]),
        );
        assert!(decision.allowed);
        assert_eq!(decision.deciding, Some(0));
    }

    #[test]
    fn resources_named_on_the_command_line_split_into_kind_and_value() {
        assert_eq!(
            kind_and_value(Some("agent:id:001")),
            Some(("agent:id", "001"))
        );
        assert_eq!(
            kind_and_value(Some("group:id:web")),
            Some(("group:id", "web"))
        );
        assert_eq!(kind_and_value(Some("001")), None);
        assert_eq!(kind_and_value(Some("agent:001")), None);
        assert_eq!(kind_and_value(Some("agent:id:")), None);
        assert_eq!(kind_and_value(Some("agent:id:1&group:id:a")), None);
    }

    /// The explanation never disagrees with the guard's answer: over every sequence of up to
    /// three entries from a small alphabet, both modes and agents in various groups, the entry
    /// found deciding gives the same answer as the processed policies.
    #[test]
    fn the_deciding_entry_always_agrees_with_the_answer() {
        let resources = [
            "agent:id:001",
            "agent:id:1",
            "agent:id:002",
            "agent:id:*",
            "agent:group:web",
            "agent:group:db",
            "agent:group:*",
            "*:*:*",
        ];
        let alphabet: Vec<(&str, Effect)> = resources
            .iter()
            .flat_map(|resource| [(*resource, Effect::Allow), (*resource, Effect::Deny)])
            .collect();
        let agents: [(&str, Vec<String>); 4] = [
            ("001", vec!["web".into()]),
            ("001", vec![]),
            ("002", vec!["db".into(), "web".into()]),
            ("003", vec!["db".into()]),
        ];
        let mut sequences: Vec<Vec<(&str, Effect)>> = vec![vec![]];
        for _ in 0..3 {
            let longer: Vec<_> = sequences
                .iter()
                .filter(|sequence| sequence.len() == sequences.last().unwrap().len())
                .flat_map(|sequence| {
                    alphabet.iter().map(move |entry| {
                        let mut next = sequence.clone();
                        next.push(*entry);
                        next
                    })
                })
                .collect();
            sequences.extend(longer);
        }
        for sequence in &sequences {
            let policies: Vec<(&str, &[&str], Effect)> = sequence
                .iter()
                .map(|(resource, effect)| ("agent:read", std::slice::from_ref(resource), *effect))
                .collect();
            let policies = held(&policies);
            for mode in [Mode::White, Mode::Black] {
                for (id, groups) in &agents {
                    let decision =
                        decide(&policies, mode, &ask("agent:read", AGENT_ID, id, groups));
                    let explained = match decision.deciding {
                        Some(index) => {
                            let entry = &decision.considered[index];
                            assert!(entry.applies && entry.kept, "{sequence:?}: {entry:?}");
                            entry.effect == Effect::Allow
                        }
                        None => mode == Mode::Black,
                    };
                    assert_eq!(
                        explained, decision.allowed,
                        "{sequence:?} {mode:?} agent {id} in {groups:?}"
                    );
                }
            }
        }
    }
}
