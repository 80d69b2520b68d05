//! Security roles: list, create, delete, rename, and the role↔policy and role↔rule links.
//! Ids ≤ 99 are Wazuh's own roles (4008). A renamed or deleted role, and a role whose policies
//! or rules change, has its tokens revoked; a role↔rule link change also revokes every run_as
//! token.

use super::objects::{
    self as objects, check_name, internal, path_id, required_ids, to_value, to_values,
    BulkMessages, Ids, Outcome,
};
use super::objects::{position_index, ROLE_ID};
use crate::api::codes::{
    Code, EMPTY_BODY, NAME_OR_RULE_EXISTS, POLICY_LINK_EXISTS, POLICY_LINK_MISSING,
    POLICY_NOT_FOUND, RESERVED, ROLE_NOT_FOUND, RULE_LINK_EXISTS, RULE_LINK_MISSING,
    RULE_NOT_FOUND,
};
use crate::api::security::ROLE_FIELDS;
use crate::api::security::{
    AddRolePolicies, AddRoleRules, CreateRole, CreateRoleBody, DeleteRoles, ListRoles,
    RemoveRolePolicies, RemoveRoleRules, RoleItem, UpdateRole, UpdateRoleBody,
};
use crate::server::auth::unix_now;
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::{Guarded, Scope};
use crate::server::routes::list::{self, ListSpec, Messages, NameKind, Names};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::{Kind, Link, SecurityTx, MAX_RESERVED_ID};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;

/// The roles as `GET /security/roles` lists them.
pub const ROLES: Collection = Collection {
    fields: ROLE_FIELDS,
    mandatory: &["id"],
    default_sort: "id",
    date_filters_skip_id: None,
};

/// `GET /security/roles`: roles named by `role_ids`, unknown ones failing with 4002.
const LIST: ListSpec = ListSpec {
    collection: &ROLES,
    key: "id",
    names: Some(Names {
        param: "role_ids",
        kind: NameKind::Integer,
        missing_code: ROLE_NOT_FOUND,
    }),
    equalities: &[],
    messages: Messages {
        all: "All specified roles were returned",
        some: "Some roles were not returned",
        none: "No role was returned",
    },
};

/// `GET /security/roles`.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListRoles>,
    query: WazuhQuery<ListRoles>,
) -> Result<Response, ApiError> {
    let roles = to_values(objects::read(&state, |tx| tx.roles()).await?)?;
    let scope = guard.scope(ROLE_ID);
    list::serve(&LIST, &query, Some(&scope), &roles[..])
}

/// `POST /security/roles`: a new role (id from 100); 4005 for a taken name.
pub async fn create(
    State(state): State<AppState>,
    _: Guarded<CreateRole>,
    query: WazuhQuery<CreateRole>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let body: CreateRoleBody =
        crate::server::routes::body::json_request(&headers, &body, &["name"], &["name"])?;
    check_name(&body.name, "name", 1)?;
    let now = unix_now();
    let outcome = objects::write(&state, move |tx| {
        let mut outcome = Outcome::default();
        if internal(tx.id_named(Kind::Role, &body.name, 0))?.is_some() {
            outcome.fail(body.name, NAME_OR_RULE_EXISTS);
            return Ok(outcome);
        }
        let id = internal(tx.insert_role(&body.name, now))?;
        outcome.affect(to_value(role(tx, id)?)?);
        Ok(outcome)
    })
    .await?;
    let messages = BulkMessages::new(
        "Role was successfully created",
        "Role was successfully created",
        "Role was not created",
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `DELETE /security/roles`: Wazuh's roles stay (4008); revokes the roles' tokens.
pub async fn delete(
    State(state): State<AppState>,
    guard: Guarded<DeleteRoles>,
    query: WazuhQuery<DeleteRoles>,
) -> Result<Response, ApiError> {
    let ids = required_ids(query.query.role_ids.as_deref(), "role_ids", true)?;
    let scope = guard.scope(ROLE_ID);
    let now = unix_now();
    let outcome = objects::write(&state, move |tx| {
        let roles = internal(tx.roles())?;
        let mut outcome = Outcome::default();
        let existing = roles.iter().map(|role| role.id);
        for id in ids.permitted(existing, &scope, &mut outcome.failures)? {
            let found = roles.iter().find(|role| role.id == id);
            match found {
                _ if id <= MAX_RESERVED_ID => outcome.fail(id, RESERVED),
                None => outcome.fail(id, ROLE_NOT_FOUND),
                Some(found) => {
                    internal(tx.delete(Kind::Role, id))?;
                    internal(tx.revoke_roles(&[id], now))?;
                    outcome.affect(to_value(found)?);
                }
            }
        }
        if ids.is_all() {
            outcome.failures.forget_codes(&[ROLE_NOT_FOUND, RESERVED]);
        }
        Ok(outcome)
    })
    .await?;
    let messages = BulkMessages::new(
        "All specified roles were deleted",
        "Some roles were not deleted",
        "No role was deleted",
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `PUT /security/roles/{role_id}`: renames a role; revokes its tokens.
pub async fn update(
    State(state): State<AppState>,
    guard: Guarded<UpdateRole>,
    Path(role_id): Path<String>,
    query: WazuhQuery<UpdateRole>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    crate::server::routes::body::require_content_type(&headers, "application/json")?;
    let role_id = path_id(&role_id, "role_id")?;
    guard.scope(ROLE_ID).check(&role_id.to_string())?;
    let body: UpdateRoleBody = crate::server::routes::body::json_body(&body, &[], &["name"])?;
    let name = body.name.ok_or_else(|| ApiError::code(EMPTY_BODY))?;
    check_name(&name, "name", 1)?;
    let now = unix_now();
    let outcome = objects::write(&state, move |tx| {
        let mut outcome = Outcome::default();
        if role_id <= MAX_RESERVED_ID {
            outcome.fail(role_id, RESERVED);
        } else if !internal(tx.exists(Kind::Role, role_id))? {
            outcome.fail(role_id, ROLE_NOT_FOUND);
        } else if internal(tx.id_named(Kind::Role, &name, role_id))?.is_some() {
            outcome.fail(role_id, NAME_OR_RULE_EXISTS);
        } else {
            internal(tx.rename(Kind::Role, role_id, &name))?;
            internal(tx.revoke_roles(&[role_id], now))?;
            outcome.affect(to_value(role(tx, role_id)?)?);
        }
        Ok(outcome)
    })
    .await?;
    let messages = BulkMessages::new(
        "Role was successfully updated",
        "Role was successfully updated",
        "Role was not updated",
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// What a role's links to one kind of member are: their table, resource kind, the member kind, and the
/// codes of a missing member, an existing link and a missing link.
struct MemberLinks {
    link: Link,
    resource: &'static str,
    member: Kind,
    not_found: Code,
    exists: Code,
    missing: Code,
}

const POLICY_LINKS: MemberLinks = MemberLinks {
    link: Link::RolePolicy,
    resource: "policy:id",
    member: Kind::Policy,
    not_found: POLICY_NOT_FOUND,
    exists: POLICY_LINK_EXISTS,
    missing: POLICY_LINK_MISSING,
};

const RULE_LINKS: MemberLinks = MemberLinks {
    link: Link::RoleRule,
    resource: "rule:id",
    member: Kind::Rule,
    not_found: RULE_NOT_FOUND,
    exists: RULE_LINK_EXISTS,
    missing: RULE_LINK_MISSING,
};

/// `POST /security/roles/{role_id}/policies`.
pub async fn add_policies(
    State(state): State<AppState>,
    guard: Guarded<AddRolePolicies>,
    Path(role_id): Path<String>,
    query: WazuhQuery<AddRolePolicies>,
) -> Result<Response, ApiError> {
    let role_id = path_id(&role_id, "role_id")?;
    guard.scope(ROLE_ID).check(&role_id.to_string())?;
    let scope = guard.scope(POLICY_LINKS.resource);
    let ids = required_ids(query.query.policy_ids.as_deref(), "policy_ids", false)?;
    let position = query.query.position.map(position_index);
    let outcome = link_members(&state, &POLICY_LINKS, role_id, (ids, scope), position).await?;
    let messages = BulkMessages::new(
        format!("All policies were linked to role {role_id}"),
        format!("Some policies were not linked to role {role_id}"),
        format!("No link was created to role {role_id}"),
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `DELETE /security/roles/{role_id}/policies` (404 for an unknown role).
pub async fn remove_policies(
    State(state): State<AppState>,
    guard: Guarded<RemoveRolePolicies>,
    Path(role_id): Path<String>,
    query: WazuhQuery<RemoveRolePolicies>,
) -> Result<Response, ApiError> {
    let role_id = path_id(&role_id, "role_id")?;
    guard.scope(ROLE_ID).check(&role_id.to_string())?;
    let scope = guard.scope(POLICY_LINKS.resource);
    let ids = required_ids(query.query.policy_ids.as_deref(), "policy_ids", true)?;
    let outcome = unlink_members(&state, &POLICY_LINKS, role_id, (ids, scope)).await?;
    let messages = BulkMessages::new(
        format!("All policies were unlinked from role {role_id}"),
        format!("Some policies were not unlinked from role {role_id}"),
        format!("No policy was unlinked from role {role_id}"),
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `POST /security/roles/{role_id}/rules`.
pub async fn add_rules(
    State(state): State<AppState>,
    guard: Guarded<AddRoleRules>,
    Path(role_id): Path<String>,
    query: WazuhQuery<AddRoleRules>,
) -> Result<Response, ApiError> {
    let role_id = path_id(&role_id, "role_id")?;
    guard.scope(ROLE_ID).check(&role_id.to_string())?;
    let scope = guard.scope(RULE_LINKS.resource);
    let ids = required_ids(query.query.rule_ids.as_deref(), "rule_ids", false)?;
    let outcome = link_members(&state, &RULE_LINKS, role_id, (ids, scope), None).await?;
    let messages = BulkMessages::new(
        format!("All security rules were linked to role {role_id}"),
        format!("Some security rules were not linked to role {role_id}"),
        format!("No link was created to role {role_id}"),
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `DELETE /security/roles/{role_id}/rules` (404 for an unknown role).
pub async fn remove_rules(
    State(state): State<AppState>,
    guard: Guarded<RemoveRoleRules>,
    Path(role_id): Path<String>,
    query: WazuhQuery<RemoveRoleRules>,
) -> Result<Response, ApiError> {
    let role_id = path_id(&role_id, "role_id")?;
    guard.scope(ROLE_ID).check(&role_id.to_string())?;
    let scope = guard.scope(RULE_LINKS.resource);
    let ids = required_ids(query.query.rule_ids.as_deref(), "rule_ids", true)?;
    let outcome = unlink_members(&state, &RULE_LINKS, role_id, (ids, scope)).await?;
    let messages = BulkMessages::new(
        format!("All security rules were unlinked from role {role_id}"),
        format!("Some security rules were not unlinked from role {role_id}"),
        format!("No security rule was unlinked from role {role_id}"),
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// Links members to a role (at `position` for policies).
async fn link_members(
    state: &AppState,
    links: &'static MemberLinks,
    role_id: i64,
    (ids, scope): (Ids, Scope),
    position: Option<usize>,
) -> Result<Outcome, ApiError> {
    let now = unix_now();
    objects::write(state, move |tx| {
        let mut outcome = Outcome::default();
        let mut at = position;
        for member in ids.permitted([], &scope, &mut outcome.failures)? {
            if !internal(tx.exists(Kind::Role, role_id))? {
                outcome.fail(role_id, ROLE_NOT_FOUND);
            } else if role_id <= MAX_RESERVED_ID {
                outcome.fail(role_id, RESERVED);
            } else if !internal(tx.exists(links.member, member))? {
                outcome.fail(member, links.not_found);
            } else if internal(tx.members(links.link, role_id))?.contains(&member) {
                outcome.fail(member, links.exists);
            } else {
                internal(tx.link(links.link, role_id, member, at, now))?;
                at = at.map(|at| at + 1);
                outcome.total += 1;
            }
        }
        finish_role_links(tx, links, role_id, &mut outcome, now)?;
        Ok(outcome)
    })
    .await
}

/// Unlinks members from a role; 404 (4002) when the role does not exist.
async fn unlink_members(
    state: &AppState,
    links: &'static MemberLinks,
    role_id: i64,
    (ids, scope): (Ids, Scope),
) -> Result<Outcome, ApiError> {
    let now = unix_now();
    objects::write(state, move |tx| {
        if !internal(tx.exists(Kind::Role, role_id))? {
            return Err(ApiError::code(ROLE_NOT_FOUND));
        }
        let linked = internal(tx.members(links.link, role_id))?;
        let mut outcome = Outcome::default();
        let existing = linked.iter().copied();
        for member in ids.permitted(existing, &scope, &mut outcome.failures)? {
            if role_id <= MAX_RESERVED_ID {
                outcome.fail(role_id, RESERVED);
            } else if !internal(tx.exists(links.member, member))? {
                outcome.fail(member, links.not_found);
            } else if !linked.contains(&member) {
                outcome.fail(member, links.missing);
            } else {
                internal(tx.unlink(links.link, role_id, member))?;
                outcome.total += 1;
            }
        }
        if ids.is_all() {
            outcome
                .failures
                .forget_codes(&[links.not_found, links.missing, RESERVED]);
        }
        finish_role_links(tx, links, role_id, &mut outcome, now)?;
        Ok(outcome)
    })
    .await
}

/// After a link change: the role as it is now, its tokens revoked, and for rule links every
/// run_as token too.
fn finish_role_links(
    tx: &SecurityTx,
    links: &MemberLinks,
    role_id: i64,
    outcome: &mut Outcome,
    now: i64,
) -> Result<(), ApiError> {
    if outcome.total == 0 {
        return Ok(());
    }
    internal(tx.revoke_roles(&[role_id], now))?;
    if links.link == Link::RoleRule {
        internal(tx.revoke_run_as(now))?;
    }
    outcome.affected.push(to_value(role(tx, role_id)?)?);
    Ok(())
}

fn role(tx: &SecurityTx, role_id: i64) -> Result<RoleItem, ApiError> {
    internal(tx.roles())?
        .into_iter()
        .find(|role| role.id == role_id)
        .ok_or_else(|| ApiError::code(ROLE_NOT_FOUND))
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListRoles, list))
        .merge(op(CreateRole, create))
        .merge(op(DeleteRoles, delete))
        .merge(op(UpdateRole, update))
        .merge(op(AddRolePolicies, add_policies))
        .merge(op(RemoveRolePolicies, remove_policies))
        .merge(op(AddRoleRules, add_rules))
        .merge(op(RemoveRoleRules, remove_rules))
}
