//! Local checks of an RBAC policy before it is sent (`security policies create|update`):
//! every action must be in the catalogue (`api::rbac::ACTIONS`), every resource must follow
//! the Wazuh syntax (`<type>:<attr>:<value>`, `*:*:*`, at most two joined by `&`) and be of a
//! kind one of the policy's actions is checked against. A refusal is a usage error (exit 2)
//! whose hint lists the closest known names (edit distance).
//!
//! Imports the catalogue from `api::rbac` and the CLI's errors; pure, no I/O.

use super::super::error::CliError;
use crate::api::rbac::{self, ACTIONS};
use crate::api::security::PolicyDocument;
use crate::api::wql::distance;

/// How many close matches a hint names.
const CLOSE_MATCHES: usize = 5;
/// How many resources `&` may combine.
const MAX_COMBINED: usize = 2;
/// The effects a policy may have.
const EFFECTS: [&str; 2] = ["allow", "deny"];

/// Checks a policy against the catalogue; the error names the first bad action or resource.
pub fn check(policy: &PolicyDocument) -> Result<(), CliError> {
    if !EFFECTS.contains(&policy.effect.as_str()) {
        return Err(CliError::usage(
            format!("unknown policy effect `{}`", policy.effect),
            Some("the effect is `allow` or `deny`"),
        ));
    }
    if policy.actions.is_empty() || policy.resources.is_empty() {
        return Err(CliError::usage(
            "a policy needs at least one action and one resource",
            Some("e.g. {\"actions\": [\"agent:read\"], \"resources\": [\"agent:id:*\"], \"effect\": \"allow\"}"),
        ));
    }
    let actions = policy
        .actions
        .iter()
        .map(|name| known_action(name))
        .collect::<Result<Vec<_>, _>>()?;
    for resource in &policy.resources {
        check_resource(resource, &actions)?;
    }
    Ok(())
}

/// The catalogue entry of an action, or a usage error listing close matches.
fn known_action(name: &str) -> Result<&'static rbac::Action, CliError> {
    rbac::action(name).ok_or_else(|| {
        let names: Vec<&str> = ACTIONS.iter().map(|action| action.name).collect();
        CliError::Usage {
            message: format!("unknown RBAC action `{name}`"),
            hint: Some(suggest(
                name,
                &names,
                "`wazuh-ctl security actions` lists them all",
            )),
        }
    })
}

/// Checks one resource (or an `&` combination): syntax, a known kind, and a kind that one of
/// the policy's actions is checked against.
fn check_resource(resource: &str, actions: &[&rbac::Action]) -> Result<(), CliError> {
    let parts: Vec<&str> = resource.split('&').collect();
    if parts.len() > MAX_COMBINED {
        return Err(CliError::usage(
            format!("resource `{resource}` combines more than {MAX_COMBINED} resources with `&`"),
            None,
        ));
    }
    for part in parts {
        let kind = resource_kind(part).ok_or_else(|| {
            CliError::usage(
                format!("resource `{part}` is not of the form <type>:<attr>:<value>"),
                Some("e.g. agent:id:001, agent:group:webservers, group:id:*, or *:*:* for actions without resources"),
            )
        })?;
        check_kind(part, kind, actions)?;
    }
    Ok(())
}

/// Refuses a resource of an unknown kind, or of a kind none of the actions takes.
fn check_kind(resource: &str, kind: &str, actions: &[&rbac::Action]) -> Result<(), CliError> {
    let known = known_kinds();
    if !known.contains(&kind) {
        return Err(CliError::Usage {
            message: format!("unknown resource type `{kind}` in `{resource}`"),
            hint: Some(suggest(
                kind,
                &known,
                "`wazuh-ctl security resources` lists them all",
            )),
        });
    }
    if actions
        .iter()
        .any(|action| action.resources.contains(&kind))
    {
        return Ok(());
    }
    let mut accepted: Vec<&str> = actions
        .iter()
        .flat_map(|action| action.resources.iter().copied())
        .collect();
    accepted.sort_unstable();
    accepted.dedup();
    let names: Vec<&str> = actions.iter().map(|action| action.name).collect();
    Err(CliError::Usage {
        message: format!(
            "resource `{resource}` is of type `{kind}`, which none of the actions ({}) applies to",
            names.join(", ")
        ),
        hint: Some(format!(
            "these actions take resources of type: {} (`*:*` is written `*:*:*`)",
            accepted.join(", ")
        )),
    })
}

/// The `<type>:<attr>` kind of a resource with a valid syntax, e.g. `agent:group`.
fn resource_kind(resource: &str) -> Option<&str> {
    let mut fields = resource.splitn(3, ':');
    let (kind_type, attr, value) = (fields.next()?, fields.next()?, fields.next()?);
    let type_ok = is_word(kind_type, |c| c.is_ascii_alphabetic() || "_*-".contains(c));
    let attr_ok = is_word(attr, |c| c.is_alphanumeric() || "_*-".contains(c));
    let value_ok = is_word(value, |c| c.is_alphanumeric() || "_/.*-".contains(c));
    (type_ok && attr_ok && value_ok).then(|| &resource[..kind_type.len() + 1 + attr.len()])
}

/// Whether a text is non-empty and made only of allowed characters.
fn is_word(text: &str, allowed: impl Fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(allowed)
}

/// Every resource kind of the catalogue, sorted.
fn known_kinds() -> Vec<&'static str> {
    let mut kinds: Vec<&str> = ACTIONS
        .iter()
        .flat_map(|action| action.resources.iter().copied())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
}

/// A hint naming the candidates closest to `wrong`, or `otherwise` when none is close.
pub(super) fn suggest(wrong: &str, candidates: &[&str], otherwise: &str) -> String {
    let close = close_matches(wrong, candidates);
    if close.is_empty() {
        return otherwise.to_string();
    }
    format!("did you mean {}? ({otherwise})", close.join(", "))
}

/// The candidates within a small edit distance of `wrong` (a third of its length, at least
/// 2), nearest first; when none is that close, those sharing its `<family>:`. At most
/// [`CLOSE_MATCHES`].
fn close_matches<'a>(wrong: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let wrong = wrong.to_lowercase();
    let limit = (wrong.chars().count() / 3).max(2);
    let mut near: Vec<(usize, &str)> = candidates
        .iter()
        .map(|candidate| (distance(&wrong, candidate), *candidate))
        .filter(|(distance, _)| *distance <= limit)
        .collect();
    near.sort();
    let mut close: Vec<&str> = near.into_iter().map(|(_, candidate)| candidate).collect();
    if close.is_empty() {
        let family = wrong.split(':').next().unwrap_or_default();
        close = candidates
            .iter()
            .copied()
            .filter(|candidate| candidate.split(':').next() == Some(family))
            .collect();
    }
    close.truncate(CLOSE_MATCHES);
    close
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(actions: &[&str], resources: &[&str]) -> PolicyDocument {
        PolicyDocument {
            actions: actions.iter().map(|a| a.to_string()).collect(),
            resources: resources.iter().map(|r| r.to_string()).collect(),
            effect: "allow".to_string(),
        }
    }

    fn refusal(policy: &PolicyDocument) -> (String, String) {
        let err = check(policy).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        (err.to_string(), err.hint().unwrap_or_default().to_string())
    }

    #[test]
    fn catalogue_actions_on_their_resources_pass() {
        assert!(check(&policy(&["agent:read"], &["agent:group:webservers"])).is_ok());
        assert!(check(&policy(&["agent:read"], &["agent:id:001", "agent:group:*"])).is_ok());
        assert!(check(&policy(&["agent:create", "group:create"], &["*:*:*"])).is_ok());
        assert!(check(&policy(&["security:read"], &["user:id:100", "role:id:*"])).is_ok());
        assert!(check(&policy(
            &["decoders:read"],
            &["decoder:file:local_decoder.xml"]
        ))
        .is_ok());
        assert!(check(&policy(&["agent:read"], &["agent:group:web&agent:id:001"])).is_ok());
    }

    #[test]
    fn a_resource_needs_only_one_action_that_takes_it() {
        // As Wazuh's own cluster_read policy: node:id serves cluster:read, not read_api_config.
        let mixed = policy(&["cluster:read", "cluster:read_api_config"], &["node:id:*"]);
        assert!(check(&mixed).is_ok());
    }

    #[test]
    fn an_unknown_action_is_refused_with_close_matches() {
        let (message, hint) = refusal(&policy(&["agent:raed"], &["agent:id:*"]));
        assert!(
            message.contains("unknown RBAC action `agent:raed`"),
            "{message}"
        );
        assert!(hint.starts_with("did you mean agent:read? "), "{hint}");
        let (_, hint) = refusal(&policy(&["agents:read"], &["agent:id:*"]));
        assert!(hint.contains("agent:read"), "{hint}");
        let (_, hint) = refusal(&policy(&["syscheck:scan"], &["agent:id:*"]));
        assert!(
            hint.contains("syscheck:run") && !hint.contains("agent:"),
            "{hint}"
        );
        let (_, hint) = refusal(&policy(&["active-response:execute"], &["agent:id:*"]));
        assert!(
            hint.starts_with("did you mean active-response:command?"),
            "{hint}"
        );
        let (_, hint) = refusal(&policy(&["nothing:near"], &["*:*:*"]));
        assert!(hint.starts_with("`wazuh-ctl security actions`"), "{hint}");
    }

    #[test]
    fn a_misspelt_resource_type_is_refused_with_close_matches() {
        let (message, hint) = refusal(&policy(&["agent:read"], &["agents:group:web"]));
        assert!(
            message.contains("unknown resource type `agents:group`"),
            "{message}"
        );
        assert!(hint.starts_with("did you mean agent:group"), "{hint}");
    }

    #[test]
    fn a_resource_of_another_kind_than_the_actions_take_is_refused() {
        let (message, hint) = refusal(&policy(&["agent:read"], &["group:id:web"]));
        assert!(
            message.contains("none of the actions (agent:read)"),
            "{message}"
        );
        assert!(hint.contains("agent:group, agent:id"), "{hint}");
        assert!(check(&policy(&["agent:read"], &["*:*:*"])).is_err());
        assert!(check(&policy(&["agent:create"], &["agent:id:001"])).is_err());
    }

    #[test]
    fn resource_syntax_is_enforced() {
        for bad in [
            "agent:id",
            "agent::001",
            "agent:id:a b",
            ":id:1",
            "agent:id:001;drop",
        ] {
            let (message, _) = refusal(&policy(&["agent:read"], &[bad]));
            assert!(
                message.contains("<type>:<attr>:<value>"),
                "{bad}: {message}"
            );
        }
        let three = "agent:id:1&agent:id:2&agent:id:3";
        let (message, _) = refusal(&policy(&["agent:read"], &[three]));
        assert!(message.contains("more than 2"), "{message}");
    }

    #[test]
    fn the_effect_is_allow_or_deny() {
        let mut deny = policy(&["agent:read"], &["agent:id:*"]);
        deny.effect = "deny".into();
        assert!(check(&deny).is_ok());
        deny.effect = "permit".into();
        let (message, hint) = refusal(&deny);
        assert!(
            message.contains("`permit`") && hint.contains("allow"),
            "{message}"
        );
    }

    #[test]
    fn empty_lists_are_refused() {
        assert!(check(&policy(&[], &["*:*:*"])).is_err());
        assert!(check(&policy(&["agent:create"], &[])).is_err());
    }
}
