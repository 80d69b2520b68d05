//! Security policies and security rules: list, create, delete, update. Both are a name plus a
//! JSON body, handled by the same code with their own codes. A policy's actions must be in the
//! RBAC catalogue and its resources of kinds those actions take (4006 invalid, 4019 unknown
//! resource kind, 4500 resource kind the actions do not take); a rule must be a JSON object
//! (4003). Ids ≤ 99 are Wazuh's (4008). Changing or deleting one revokes the tokens of the
//! roles holding it (a rule: every run_as token too).

use super::objects::{
    self as objects, check_name, id_of, internal, path_id, required_ids, to_values, BulkMessages,
    Outcome,
};
use crate::api::codes::{
    Code, EMPTY_BODY, INVALID_POLICY, INVALID_RESOURCE, INVALID_RESOURCES, INVALID_RULE,
    NAME_EXISTS, NAME_OR_POLICY_EXISTS, NAME_OR_RULE_EXISTS, POLICY_NOT_FOUND, RESERVED,
    RULE_NOT_FOUND,
};
use crate::api::rbac::{self, ACTIONS};
use crate::api::security::{
    CreatePolicy, CreatePolicyBody, CreateRule, CreateRuleBody, DeletePolicies, DeleteRules,
    ListPolicies, ListRules, PolicyDocument, UpdatePolicy, UpdatePolicyBody, UpdateRule,
    UpdateRuleBody,
};
use crate::api::security::{POLICY_FIELDS, RULE_FIELDS};
use crate::api::Endpoint;
use crate::server::auth::unix_now;
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::{Guarded, Scope};
use crate::server::routes::body::{json_body, json_request, require_content_type};
use crate::server::routes::list::{self, ListSpec, Messages, NameKind, Names};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::{Kind, SecurityTx, MAX_RESERVED_ID};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The policies as `GET /security/policies` lists them.
pub const POLICIES: Collection = Collection {
    fields: POLICY_FIELDS,
    mandatory: &["id"],
    default_sort: "id",
    date_filters_skip_id: None,
};

/// The security rules as `GET /security/rules` lists them.
pub const RULES: Collection = Collection {
    fields: RULE_FIELDS,
    mandatory: &["id"],
    default_sort: "id",
    date_filters_skip_id: None,
};

/// How policies or rules differ: their codes and messages.
struct BodyKind {
    kind: Kind,
    not_found: Code,
    exists_on_create: Code,
    exists_on_update: Code,
    /// Created / not created.
    create: [&'static str; 2],
    /// Updated / not updated.
    update: [&'static str; 2],
    /// All / some / none deleted.
    delete: [&'static str; 3],
    list: ListSpec,
    /// Its resource kind (`policy:id`, `rule:id`).
    resource: &'static str,
}

const POLICY: BodyKind = BodyKind {
    kind: Kind::Policy,
    not_found: POLICY_NOT_FOUND,
    exists_on_create: NAME_OR_POLICY_EXISTS,
    exists_on_update: NAME_EXISTS,
    create: ["Policy was successfully created", "Policy was not created"],
    update: ["Policy was successfully updated", "Policy was not updated"],
    delete: [
        "All specified policies were deleted",
        "Some policies were not deleted",
        "No policy was deleted",
    ],
    list: ListSpec {
        collection: &POLICIES,
        key: "id",
        names: Some(Names {
            param: "policy_ids",
            kind: NameKind::Integer,
            missing_code: POLICY_NOT_FOUND,
        }),
        equalities: &[],
        messages: Messages {
            all: "All specified policies were returned",
            some: "Some policies were not returned",
            none: "No policy was returned",
        },
    },
    resource: "policy:id",
};

const RULE: BodyKind = BodyKind {
    kind: Kind::Rule,
    not_found: RULE_NOT_FOUND,
    exists_on_create: NAME_OR_RULE_EXISTS,
    exists_on_update: NAME_OR_RULE_EXISTS,
    create: [
        "Security rule was successfully created",
        "Security rule was not created",
    ],
    update: [
        "Security rule was successfully updated",
        "Security rule was not updated",
    ],
    delete: [
        "All specified security rules were deleted",
        "Some security rules were not deleted",
        "No security rule was deleted",
    ],
    list: ListSpec {
        collection: &RULES,
        key: "id",
        names: Some(Names {
            param: "rule_ids",
            kind: NameKind::Integer,
            missing_code: RULE_NOT_FOUND,
        }),
        equalities: &[],
        messages: Messages {
            all: "All specified security rules were returned",
            some: "Some security rules were not returned",
            none: "No security rule was returned",
        },
    },
    resource: "rule:id",
};

/// Policies or security rules: their operations, their bodies and how a body is checked.
trait Document: Send + Sync + 'static {
    /// `GET /security/<kind>`.
    type List: Endpoint;
    /// `POST /security/<kind>`.
    type Create: Endpoint;
    /// `PUT /security/<kind>/{id}`.
    type Update: Endpoint;
    /// `DELETE /security/<kind>`.
    type Delete: Endpoint;
    /// The body of a creation.
    type CreateBody: DeserializeOwned;
    /// The body of an update.
    type UpdateBody: DeserializeOwned;
    /// Its codes, messages and list.
    const KIND: &'static BodyKind;
    /// The body member holding the document (`policy`, `rule`).
    const MEMBER: &'static str;
    /// The path parameter naming one (`policy_id`, `rule_id`).
    const ID: &'static str;
    /// The query parameter naming several (`policy_ids`, `rule_ids`).
    const IDS: &'static str;
    /// The name and the checked document of a creation.
    fn created(body: Self::CreateBody) -> (String, Checked);
    /// The new name and the new checked document of an update, each when given.
    fn updated(body: Self::UpdateBody) -> (Option<String>, Option<Checked>);
}

/// Security policies.
struct Policies;

impl Document for Policies {
    type List = ListPolicies;
    type Create = CreatePolicy;
    type Update = UpdatePolicy;
    type Delete = DeletePolicies;
    type CreateBody = CreatePolicyBody;
    type UpdateBody = UpdatePolicyBody;
    const KIND: &'static BodyKind = &POLICY;
    const MEMBER: &'static str = "policy";
    const ID: &'static str = "policy_id";
    const IDS: &'static str = "policy_ids";

    fn created(body: CreatePolicyBody) -> (String, Checked) {
        (body.name, checked_policy(body.policy))
    }

    fn updated(body: UpdatePolicyBody) -> (Option<String>, Option<Checked>) {
        (body.name, body.policy.map(checked_policy))
    }
}

/// Security rules.
struct Rules;

impl Document for Rules {
    type List = ListRules;
    type Create = CreateRule;
    type Update = UpdateRule;
    type Delete = DeleteRules;
    type CreateBody = CreateRuleBody;
    type UpdateBody = UpdateRuleBody;
    const KIND: &'static BodyKind = &RULE;
    const MEMBER: &'static str = "rule";
    const ID: &'static str = "rule_id";
    const IDS: &'static str = "rule_ids";

    fn created(body: CreateRuleBody) -> (String, Checked) {
        (body.name, checked_rule(body.rule))
    }

    fn updated(body: UpdateRuleBody) -> (Option<String>, Option<Checked>) {
        (body.name, body.rule.map(checked_rule))
    }
}

/// `GET /security/policies` and `GET /security/rules`.
async fn list_documents<D: Document>(
    State(state): State<AppState>,
    guard: Guarded<D::List>,
    query: WazuhQuery<D::List>,
) -> Result<Response, ApiError> {
    let items = objects::read(&state, |tx| Ok(all_items(tx, D::KIND))).await??;
    let scope = guard.scope(D::KIND.resource);
    list::serve(&D::KIND.list, &query, Some(&scope), &items[..])
}

/// `POST /security/policies` and `POST /security/rules`.
async fn create_document<D: Document>(
    State(state): State<AppState>,
    _: Guarded<D::Create>,
    query: WazuhQuery<D::Create>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let members = ["name", D::MEMBER];
    let body: D::CreateBody = json_request(&headers, &body, &members, &["name"])?;
    let (name, checked) = D::created(body);
    check_name(&name, "name", 1)?;
    let outcome = create(&state, D::KIND, name, checked).await?;
    let messages = messages_of(D::KIND.create);
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `PUT /security/policies/{policy_id}` and `PUT /security/rules/{rule_id}`: a new name, a
/// new document, or both.
async fn update_document<D: Document>(
    State(state): State<AppState>,
    guard: Guarded<D::Update>,
    Path(id): Path<String>,
    query: WazuhQuery<D::Update>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_content_type(&headers, "application/json")?;
    let id = path_id(&id, D::ID)?;
    guard.scope(D::KIND.resource).check(&id.to_string())?;
    let body: D::UpdateBody = json_body(&body, &[], &["name"])?;
    let (name, checked) = D::updated(body);
    if name.is_none() && checked.is_none() {
        return Err(ApiError::code(EMPTY_BODY));
    }
    if let Some(name) = &name {
        check_name(name, "name", 1)?;
    }
    let outcome = update(&state, D::KIND, id, name, checked).await?;
    let messages = messages_of(D::KIND.update);
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `DELETE /security/policies` and `DELETE /security/rules`.
async fn delete_documents<D: Document>(
    State(state): State<AppState>,
    guard: Guarded<D::Delete>,
    query: WazuhQuery<D::Delete>,
) -> Result<Response, ApiError> {
    let ids = required_ids(query.param(D::IDS), D::IDS, true)?;
    let outcome = delete(&state, D::KIND, ids, guard.scope(D::KIND.resource)).await?;
    let [all, some, none] = D::KIND.delete;
    let messages = BulkMessages::new(all, some, none);
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// Done / not done messages of a single-object operation.
fn messages_of([done, not_done]: [&'static str; 2]) -> BulkMessages {
    BulkMessages::new(done, done, not_done)
}

/// A body checked for storing: the sanitised JSON, or the code it fails with.
type Checked = Result<Value, Code>;

async fn create(
    state: &AppState,
    of: &'static BodyKind,
    name: String,
    body: Checked,
) -> Result<Outcome, ApiError> {
    let now = unix_now();
    objects::write(state, move |tx| {
        let mut outcome = Outcome::default();
        let body = match body {
            Err(code) => {
                outcome.fail(name, code);
                return Ok(outcome);
            }
            Ok(body) => body,
        };
        let taken = internal(tx.id_named(of.kind, &name, 0))?.is_some()
            || internal(tx.id_with_body(of.kind, &body, 0))?.is_some();
        if taken {
            outcome.fail(name, of.exists_on_create);
            return Ok(outcome);
        }
        let id = internal(tx.insert_with_body(of.kind, &name, &body, now))?;
        outcome.affect(item(tx, of, id)?);
        Ok(outcome)
    })
    .await
}

async fn update(
    state: &AppState,
    of: &'static BodyKind,
    id: i64,
    name: Option<String>,
    body: Option<Checked>,
) -> Result<Outcome, ApiError> {
    let now = unix_now();
    objects::write(state, move |tx| {
        let mut outcome = Outcome::default();
        let body = match body.transpose() {
            Err(code) => {
                outcome.fail(id, code);
                return Ok(outcome);
            }
            Ok(body) => body,
        };
        if id <= MAX_RESERVED_ID {
            outcome.fail(id, RESERVED);
            return Ok(outcome);
        }
        if !internal(tx.exists(of.kind, id))? {
            outcome.fail(id, of.not_found);
            return Ok(outcome);
        }
        let name_taken = match &name {
            Some(name) => internal(tx.id_named(of.kind, name, id))?.is_some(),
            None => false,
        };
        let body_taken = match &body {
            Some(body) => internal(tx.id_with_body(of.kind, body, id))?.is_some(),
            None => false,
        };
        if name_taken || body_taken {
            outcome.fail(id, of.exists_on_update);
            return Ok(outcome);
        }
        if let Some(name) = &name {
            internal(tx.rename(of.kind, id, name))?;
        }
        if let Some(body) = &body {
            internal(tx.set_body(of.kind, id, body))?;
        }
        let updated = item(tx, of, id)?;
        revoke_holders(tx, of, &updated, now)?;
        outcome.affect(updated);
        Ok(outcome)
    })
    .await
}

async fn delete(
    state: &AppState,
    of: &'static BodyKind,
    ids: objects::Ids,
    scope: Scope,
) -> Result<Outcome, ApiError> {
    let now = unix_now();
    objects::write(state, move |tx| {
        let items = all_items(tx, of)?;
        let mut outcome = Outcome::default();
        let existing = items.iter().filter_map(id_of);
        for id in ids.permitted(existing, &scope, &mut outcome.failures)? {
            let found = items.iter().find(|item| id_of(item) == Some(id));
            match found {
                _ if id <= MAX_RESERVED_ID => outcome.fail(id, RESERVED),
                None => outcome.fail(id, of.not_found),
                Some(found) => {
                    internal(tx.delete(of.kind, id))?;
                    revoke_holders(tx, of, found, now)?;
                    outcome.affect(found.clone());
                }
            }
        }
        if ids.is_all() {
            outcome.failures.forget_codes(&[of.not_found, RESERVED]);
        }
        Ok(outcome)
    })
    .await
}

/// Revokes the tokens of the roles holding a policy or rule (a rule: every run_as token too).
fn revoke_holders(tx: &SecurityTx, of: &BodyKind, item: &Value, now: i64) -> Result<(), ApiError> {
    let roles: Vec<i64> = item
        .get("roles")
        .and_then(Value::as_array)
        .map(|roles| roles.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    internal(tx.revoke_roles(&roles, now))?;
    if of.kind == Kind::Rule {
        internal(tx.revoke_run_as(now))?;
    }
    Ok(())
}

fn all_items(tx: &SecurityTx, of: &BodyKind) -> Result<Vec<Value>, ApiError> {
    if of.kind == Kind::Policy {
        to_values(internal(tx.policies())?)
    } else {
        to_values(internal(tx.rules())?)
    }
}

fn item(tx: &SecurityTx, of: &BodyKind, id: i64) -> Result<Value, ApiError> {
    all_items(tx, of)?
        .into_iter()
        .find(|item| id_of(item) == Some(id))
        .ok_or_else(|| ApiError::code(of.not_found))
}

/// A rule body must be a non-empty JSON object (4003).
fn checked_rule(rule: Value) -> Checked {
    match rule.as_object() {
        Some(object) if !object.is_empty() => Ok(rule),
        _ => Err(INVALID_RULE),
    }
}

/// A policy sanitised as Wazuh does (actions, effect and resource kinds lower-cased) and
/// checked against the RBAC catalogue.
fn checked_policy(policy: PolicyDocument) -> Checked {
    let policy = PolicyDocument {
        actions: policy.actions.iter().map(|a| a.to_lowercase()).collect(),
        resources: policy
            .resources
            .iter()
            .map(|r| sanitized_resource(r))
            .collect(),
        effect: policy.effect.to_lowercase(),
    };
    let well_formed = !policy.actions.is_empty()
        && !policy.resources.is_empty()
        && matches!(policy.effect.as_str(), "allow" | "deny")
        && policy
            .actions
            .iter()
            .all(|action| rbac::action(action).is_some())
        && policy
            .resources
            .iter()
            .all(|resource| resource_parts(resource).is_some());
    if !well_formed {
        return Err(INVALID_POLICY);
    }
    let kinds: Vec<String> = policy
        .resources
        .iter()
        .flat_map(|resource| resource_parts(resource).unwrap_or_default())
        .map(|(kind, _)| kind)
        .collect();
    if !kinds.iter().all(|kind| known_kind(kind)) {
        return Err(INVALID_RESOURCE);
    }
    let taken_by_actions = policy.actions.iter().all(|action| {
        let takes = rbac::action(action).map_or(&[][..], |action| action.resources);
        kinds.iter().all(|kind| takes.contains(&kind.as_str()))
    });
    if !taken_by_actions {
        return Err(INVALID_RESOURCES);
    }
    serde_json::to_value(policy).map_err(|_| INVALID_POLICY)
}

/// `Type:Attr:Value` → `type:attr:Value`, for each `&`-joined part.
fn sanitized_resource(resource: &str) -> String {
    resource
        .split('&')
        .map(|part| match part.rsplit_once(':') {
            Some((kind, value)) => format!("{}:{value}", kind.to_lowercase()),
            None => part.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The `(kind, value)` parts of a resource (`agent:id:001`, `*:*:*`, at most two joined by
/// `&`), or `None` when malformed.
fn resource_parts(resource: &str) -> Option<Vec<(String, String)>> {
    let parts: Vec<&str> = resource.split('&').collect();
    if parts.len() > 2 {
        return None;
    }
    let kind_char = |c: char| c.is_ascii_alphabetic() || "_*-".contains(c);
    let value_char = |c: char| c.is_alphanumeric() || "_*-/.".contains(c);
    parts
        .into_iter()
        .map(|part| {
            let mut fields = part.splitn(3, ':');
            let (kind, attr, value) = (fields.next()?, fields.next()?, fields.next()?);
            let valid = !kind.is_empty()
                && kind.chars().all(kind_char)
                && !attr.is_empty()
                && attr
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_*-".contains(c))
                && !value.is_empty()
                && value.chars().all(value_char);
            valid.then(|| (format!("{kind}:{attr}"), value.to_string()))
        })
        .collect()
}

/// True for a resource kind some action of the catalogue takes.
fn known_kind(kind: &str) -> bool {
    ACTIONS
        .iter()
        .any(|action| action.resources.contains(&kind))
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListPolicies, list_documents::<Policies>))
        .merge(op(CreatePolicy, create_document::<Policies>))
        .merge(op(DeletePolicies, delete_documents::<Policies>))
        .merge(op(UpdatePolicy, update_document::<Policies>))
        .merge(op(ListRules, list_documents::<Rules>))
        .merge(op(CreateRule, create_document::<Rules>))
        .merge(op(DeleteRules, delete_documents::<Rules>))
        .merge(op(UpdateRule, update_document::<Rules>))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(actions: &[&str], resources: &[&str], effect: &str) -> PolicyDocument {
        PolicyDocument {
            actions: actions.iter().map(|a| a.to_string()).collect(),
            resources: resources.iter().map(|r| r.to_string()).collect(),
            effect: effect.into(),
        }
    }

    #[test]
    fn policies_are_sanitised_and_checked_against_the_catalogue() {
        let ok = checked_policy(policy(&["Agent:Read"], &["Agent:ID:Web01"], "ALLOW")).unwrap();
        assert_eq!(ok["actions"][0], "agent:read");
        assert_eq!(ok["resources"][0], "agent:id:Web01");
        assert_eq!(ok["effect"], "allow");
        let code = |p| checked_policy(p).err().map(|code| code.code);
        assert_eq!(
            code(policy(&["agent:read"], &["agent:id:1"], "maybe")),
            Some(4006)
        );
        assert_eq!(
            code(policy(&["agent:fly"], &["agent:id:1"], "allow")),
            Some(4006)
        );
        assert_eq!(
            code(policy(&["agent:read"], &["agent:id"], "allow")),
            Some(4006)
        );
        assert_eq!(
            code(policy(&["agent:read"], &["moon:id:1"], "allow")),
            Some(4019)
        );
        assert_eq!(
            code(policy(&["agent:read"], &["group:id:web"], "allow")),
            Some(4500)
        );
        assert_eq!(code(policy(&["agent:create"], &["*:*:*"], "deny")), None);
        assert_eq!(
            code(policy(
                &["agent:read"],
                &["agent:id:1&agent:group:web"],
                "allow"
            )),
            None
        );
    }

    #[test]
    fn rules_must_be_objects() {
        assert_eq!(checked_rule(serde_json::json!([])), Err(INVALID_RULE));
        assert_eq!(checked_rule(serde_json::json!({})), Err(INVALID_RULE));
        assert!(checked_rule(serde_json::json!({"FIND": {"a": "b"}})).is_ok());
    }
}
