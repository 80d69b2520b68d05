//! `security can [USER] ACTION [RESOURCE]` and `security can --list [USER]`: whether a user
//! may do an action on a resource, as the manager decides it, from what the API shows (the
//! user's roles in order, their policies in order, the RBAC mode, the agent's groups), with
//! the evaluation code the server's guard uses (`api::rbac`). Exit 0 for yes, 1 for no
//! (kubectl's `auth can-i`). The caller needs `security:read` and `security:read_config`.
//!
//! Imports `api::rbac` for the evaluation, `api::security` and `api::agents` for the reads.

use super::super::ctx::Ctx;
use super::super::error::CliError;
use super::super::verbs;
use super::policy::suggest;
use crate::api::agents::{AgentFilters, ListAgents};
use crate::api::params::ListParams;
use crate::api::rbac::decide::{decide, kind_and_value, Decision, Held, Question};
use crate::api::rbac::policy::{Effect, Mode, Permissions, Policy};
use crate::api::rbac::scope::{Permitted, AGENT_GROUP, AGENT_ID, RESOURCELESS};
use crate::api::rbac::{self, ACTIONS};
use crate::api::security::{
    GetSecurityConfig, GetUserMe, ListPolicies, ListRoles, ListUsers, PolicyIdsQuery, PolicyItem,
    RoleIdsQuery, RoleItem, UserIdsQuery, UserItem,
};
use crate::api::{Endpoint, NoQuery};
use crate::client::{ClientError, Request};
use crate::output::{columns, Format};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

/// The most users, roles or policies one read asks for (the API's largest page).
const PAGE: u64 = 100_000;

/// Answers `security can`: prints yes or no with the deciding policy; exit 1 for no.
pub async fn can(ctx: &Ctx, words: &[String], explain: bool) -> Result<(), CliError> {
    let (user, action, resource) = split_words(words)?;
    let catalogued = rbac::action(action).ok_or_else(|| unknown_action(action))?;
    let (kind, value) = resource_of(catalogued, resource)?;
    let Some(subject) = Subject::read(ctx, user).await? else {
        return Ok(());
    };
    let groups = match kind {
        AGENT_ID => agent_groups(ctx, value).await?,
        _ => Vec::new(),
    };
    let question = Question {
        action,
        kind,
        value,
        groups: &groups,
    };
    let decision = decide(&subject.held, subject.mode, &question);
    let answer = answer_json(&subject, &question, resource, &decision);
    if ctx.printer.format() == Format::Table {
        print_answer(&subject, &question, resource, &decision, explain);
    } else {
        ctx.print(&answer, &[])?;
    }
    match decision.allowed {
        true => Ok(()),
        false => Err(CliError::No),
    }
}

/// Prints, per catalogue action, what a user may do: `*`, some values, or nothing.
pub async fn list(ctx: &Ctx, user: Option<&str>) -> Result<(), CliError> {
    let Some(subject) = Subject::read(ctx, user).await? else {
        return Ok(());
    };
    let permissions = Permissions::process(subject.held.iter().map(|held| &held.policy));
    let mut rows = Vec::new();
    for action in ACTIONS {
        let entries = permissions.entries(action.name);
        for &kind in action.resources.iter().filter(|kind| **kind != AGENT_GROUP) {
            let permitted = Permitted::fold(entries, kind, subject.mode);
            rows.push(json!({
                "action": action.name,
                "resource": kind,
                "permitted": describe(&permitted, kind),
            }));
        }
    }
    let answer = json!({"data": {"affected_items": rows, "failed_items": []}});
    ctx.print(&answer, columns::CAN_LIST)
}

/// `[USER] ACTION [RESOURCE]`: actions have a `:` (`agent:read`), user names none.
fn split_words(words: &[String]) -> Result<(Option<&str>, &str, Option<&str>), CliError> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let is_action = |word: &str| word.contains(':');
    match words.as_slice() {
        [action] => Ok((None, action, None)),
        [first, second] if is_action(first) => Ok((None, first, Some(second))),
        [user, action] => Ok((Some(user), action, None)),
        [user, action, resource] => Ok((Some(user), action, Some(resource))),
        _ => Err(CliError::usage(
            "expected [USER] ACTION [RESOURCE]",
            Some("e.g. `wazuh-ctl security can alice agent:read agent:id:001`"),
        )),
    }
}

/// The usage error of an action the catalogue does not know, with the closest ones.
fn unknown_action(action: &str) -> CliError {
    let names: Vec<&str> = ACTIONS.iter().map(|known| known.name).collect();
    let hint = suggest(action, &names, "`wazuh-ctl security actions` lists them");
    CliError::usage(format!("unknown RBAC action `{action}`"), Some(&hint))
}

/// The resource kind and value asked about, checked against the kinds the action applies to.
fn resource_of<'r>(
    action: &rbac::Action,
    resource: Option<&'r str>,
) -> Result<(&'r str, &'r str), CliError> {
    let kinds: Vec<&str> = action
        .resources
        .iter()
        .copied()
        .filter(|kind| *kind != AGENT_GROUP)
        .collect();
    let example = |kind: &str| match kind {
        RESOURCELESS => format!("{} takes no resource", action.name),
        kind => format!("name one: {kind}:VALUE"),
    };
    let Some((kind, value)) = kind_and_value(resource) else {
        let hint = kinds
            .iter()
            .map(|kind| example(kind))
            .collect::<Vec<_>>()
            .join("; ");
        return Err(CliError::usage(
            format!(
                "`{}` is not a resource (TYPE:ATTRIBUTE:VALUE)",
                resource.unwrap_or("")
            ),
            Some(&hint),
        ));
    };
    if kind == AGENT_GROUP && action.resources.contains(&AGENT_GROUP) {
        return Err(CliError::usage(
            format!("{} is decided per agent, through its groups", action.name),
            Some("name an agent (agent:id:001): its groups are looked up"),
        ));
    }
    if !kinds.contains(&kind) {
        let hint = kinds
            .iter()
            .map(|kind| example(kind))
            .collect::<Vec<_>>()
            .join("; ");
        let message = match resource {
            None => format!("{} needs a resource", action.name),
            Some(_) => format!("{} is not checked against {kind} resources", action.name),
        };
        return Err(CliError::usage(message, Some(&hint)));
    }
    Ok((kind, value))
}

/// The user asked about, with the policies their roles hold, in processing order, and the
/// RBAC mode.
struct Subject {
    user: UserItem,
    held: Vec<Held>,
    mode: Mode,
}

impl Subject {
    /// Reads a user (the logged-in one when `None`), their roles and policies and the mode;
    /// `None` under `--dry-run` (the first request is printed, nothing is sent).
    async fn read(ctx: &Ctx, username: Option<&str>) -> Result<Option<Subject>, CliError> {
        let Some(user) = read_user(ctx, username).await? else {
            return Ok(None);
        };
        let ids = |ids: &[i64]| ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let roles: Vec<RoleItem> = match user.roles.is_empty() {
            true => Vec::new(),
            false => {
                let query = RoleIdsQuery {
                    role_ids: Some(ids(&user.roles)),
                };
                items::<ListRoles, _>(ctx, &query).await?
            }
        };
        let policy_ids: Vec<i64> = roles
            .iter()
            .flat_map(|role| role.policies.clone())
            .collect();
        let policies: Vec<PolicyItem> = match policy_ids.is_empty() {
            true => Vec::new(),
            false => {
                let query = PolicyIdsQuery {
                    policy_ids: Some(ids(&policy_ids)),
                };
                items::<ListPolicies, _>(ctx, &query).await?
            }
        };
        let config = send(
            ctx,
            &verbs::request::<GetSecurityConfig>([], &[&NoQuery {}])?,
        )
        .await?;
        let mode = Mode::from_claim(config["data"]["rbac_mode"].as_str().unwrap_or("white"));
        let held = held_in_order(&user, &roles, &policies);
        Ok(Some(Subject { user, held, mode }))
    }
}

/// The user named, or the logged-in one; `None` under `--dry-run`.
async fn read_user(ctx: &Ctx, username: Option<&str>) -> Result<Option<UserItem>, CliError> {
    if ctx.global.dry_run {
        let request = verbs::request::<GetUserMe>([], &[&NoQuery {}])?;
        ctx.send(&request).await?;
        return Ok(None);
    }
    let me;
    let username = match username {
        Some(username) => username,
        None => {
            let answer = send(ctx, &verbs::request::<GetUserMe>([], &[&NoQuery {}])?).await?;
            me = parse::<String>(answer["data"]["affected_items"][0]["username"].clone())?;
            &me
        }
    };
    let users: Vec<UserItem> = items::<ListUsers, _>(ctx, &UserIdsQuery::default()).await?;
    users
        .into_iter()
        .find(|user| user.username == username)
        .map(Some)
        .ok_or_else(|| {
            CliError::not_found(
                format!("no API user is named `{username}`"),
                Some("`wazuh-ctl security users list` shows them"),
            )
        })
}

/// The policies a user holds, in the order the manager processes them: the user's roles in
/// link order, then each role's policies in link order.
fn held_in_order(user: &UserItem, roles: &[RoleItem], policies: &[PolicyItem]) -> Vec<Held> {
    let mut held = Vec::new();
    for role in user
        .roles
        .iter()
        .filter_map(|id| roles.iter().find(|role| role.id == *id))
    {
        for policy_id in &role.policies {
            let Some(item) = policies.iter().find(|policy| policy.id == *policy_id) else {
                continue;
            };
            let document = serde_json::to_value(&item.policy).unwrap_or_default();
            let Some(policy) = Policy::from_json(&document) else {
                continue;
            };
            held.push(Held {
                role_id: role.id,
                role: role.name.clone(),
                policy_id: item.id,
                name: item.name.clone(),
                policy,
            });
        }
    }
    held
}

/// The groups of an agent (none when the agent does not exist: its id alone decides).
async fn agent_groups(ctx: &Ctx, id: &str) -> Result<Vec<String>, CliError> {
    let filters = AgentFilters {
        agents_list: Some(id.to_string()),
        ..AgentFilters::default()
    };
    let select = ListParams {
        select: Some("group".into()),
        ..ListParams::default()
    };
    let answer = send(
        ctx,
        &verbs::request::<ListAgents>([], &[&select, &filters])?,
    )
    .await?;
    let groups = &answer["data"]["affected_items"][0]["group"];
    if answer["data"]["affected_items"][0].is_null() {
        eprintln!("wazuh-ctl: note: agent {id} was not found; it is judged by its id alone");
    }
    Ok(parse(groups.clone()).unwrap_or_default())
}

/// Every item of a list operation (one page of up to [`PAGE`]), typed.
async fn items<E: Endpoint, T: DeserializeOwned>(
    ctx: &Ctx,
    query: &E::Query,
) -> Result<Vec<T>, CliError> {
    let limit = ListParams {
        limit: Some(PAGE),
        ..ListParams::default()
    };
    let answer = send(ctx, &verbs::request::<E>([], &[&limit, query])?).await?;
    parse(answer["data"]["affected_items"].clone())
}

/// Sends a read and returns its answer (`null` under `--dry-run`, which [`read_user`] stops
/// before).
async fn send(ctx: &Ctx, request: &Request) -> Result<Value, CliError> {
    Ok(ctx.send(request).await?.unwrap_or(Value::Null))
}

/// An API value as a typed item; an answer of another shape is an invalid response.
fn parse<T: DeserializeOwned>(value: Value) -> Result<T, CliError> {
    serde_json::from_value(value)
        .map_err(|err| ClientError::InvalidResponse(format!("unexpected items: {err}")).into())
}

/// What a set of permitted values reads as in `--list`.
fn describe(permitted: &Permitted, kind: &str) -> String {
    if permitted.is_everything() {
        return "*".into();
    }
    match permitted {
        Permitted::Only(values) if values.is_empty() => "nothing".into(),
        Permitted::Only(values) => values.iter().cloned().collect::<Vec<_>>().join(","),
        Permitted::AllExcept(values) => {
            let values: Vec<_> = values.iter().cloned().collect();
            format!("* except {}", values.join(","))
        }
        Permitted::Rules(_) if kind == AGENT_ID => "by agent groups (ask per agent)".into(),
        Permitted::Rules(_) => "by rules (ask per value)".into(),
    }
}

/// The resource as asked, for messages: `agent:id:001`, or `*` when resourceless.
fn asked(resource: Option<&str>) -> &str {
    resource.unwrap_or("*")
}

/// The answer as JSON: the question, yes or no, the deciding entry and every one considered.
fn answer_json(
    subject: &Subject,
    question: &Question,
    resource: Option<&str>,
    decision: &Decision,
) -> Value {
    let entry_json = |index: usize| {
        let entry = &decision.considered[index];
        let held = &subject.held[entry.held];
        json!({
            "role_id": held.role_id,
            "role": held.role,
            "policy_id": held.policy_id,
            "policy": held.name,
            "resource": entry.resource,
            "effect": entry.effect.as_str(),
            "applies": entry.applies,
            "kept": entry.kept,
        })
    };
    json!({
        "user": subject.user.username,
        "action": question.action,
        "resource": asked(resource),
        "agent_groups": (question.kind == AGENT_ID).then_some(question.groups),
        "allowed": decision.allowed,
        "rbac_mode": mode_name(subject.mode),
        "decided_by": decision.deciding.map(entry_json),
        "considered": (0..decision.considered.len()).map(entry_json).collect::<Vec<_>>(),
    })
}

/// `white` or `black`.
fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::White => "white",
        Mode::Black => "black",
    }
}

/// Prints the answer for a person: yes or no, why, and with `explain` every entry considered.
fn print_answer(
    subject: &Subject,
    question: &Question,
    resource: Option<&str>,
    decision: &Decision,
    explain: bool,
) {
    let answer = if decision.allowed { "yes" } else { "no" };
    println!("{answer}");
    let user = &subject.user.username;
    let resource = asked(resource);
    let reason = match decision.deciding {
        Some(index) => {
            let entry = &decision.considered[index];
            let held = &subject.held[entry.held];
            format!(
                "{user} {} {resource}: {} {} in policy `{}` ({}) of role `{}` ({})",
                question.action,
                entry.effect.as_str(),
                entry.resource,
                held.name,
                held.policy_id,
                held.role,
                held.role_id
            )
        }
        None => format!(
            "{user} {} {resource}: no policy entry applies; the {} RBAC mode {}",
            question.action,
            mode_name(subject.mode),
            match subject.mode {
                Mode::White => "denies it",
                Mode::Black => "allows it",
            }
        ),
    };
    println!("{reason}");
    if question.kind == AGENT_ID && !question.groups.is_empty() {
        println!(
            "agent {} is in: {}",
            question.value,
            question.groups.join(", ")
        );
    }
    if explain {
        print_considered(subject, decision);
    }
}

/// Every entry the user's policies give the action, in processing order.
fn print_considered(subject: &Subject, decision: &Decision) {
    if decision.considered.is_empty() {
        println!("no policy of {} names this action", subject.user.username);
        return;
    }
    println!("entries, in processing order (the last that applies and is kept decides):");
    for (index, entry) in decision.considered.iter().enumerate() {
        let held = &subject.held[entry.held];
        let mark = if decision.deciding == Some(index) {
            "→"
        } else {
            " "
        };
        let status = match (entry.applies, entry.kept) {
            (true, true) => "applies",
            (true, false) => "applies, overridden later",
            (false, _) => "does not apply",
        };
        let effect = match entry.effect {
            Effect::Allow => "allow",
            Effect::Deny => "deny ",
        };
        println!(
            "{mark} {effect} {:<24} role `{}`, policy `{}` — {status}",
            entry.resource, held.role, held.name
        );
    }
}
