//! What users, roles, policies and security rules share: `list`, `get` (by ids, through the
//! list operation), `delete` (confirmed, in batches) and the link verbs (`add-role`,
//! `remove-policy`, ...), each one generic runner over the kind's endpoints.
//!
//! Imports `api::security` for the endpoints and id queries, `verbs` for the runners.

use super::super::bulk::BATCH_SIZE;
use super::super::confirm::{confirm, describe};
use super::super::ctx::Ctx;
use super::super::error::CliError;
use super::super::input;
use super::super::verbs::{self, ListArgs};
use crate::api::security::{
    DeletePolicies, DeleteRoles, DeleteRules, DeleteUsers, ListPolicies, ListRoles, ListRules,
    ListUsers, PolicyIdsQuery, RoleIdsQuery, RuleIdsQuery, UserIdsQuery,
};
use crate::api::Endpoint;
use crate::output::{columns, Column};
use serde::Serialize;
use serde_json::Value;

/// One kind of security object: its list and delete operations, its id query, its columns.
pub trait Kind {
    /// The id query (`user_ids`, `role_ids`, ...).
    type Ids: Default + Serialize;
    /// The list operation.
    type List: Endpoint<Query = Self::Ids>;
    /// The delete operation.
    type Delete: Endpoint<Query = Self::Ids>;
    /// The noun in questions, e.g. `user`.
    const NOUN: &'static str;
    /// The table columns.
    const COLUMNS: &'static [Column];
    /// The id query of comma-separated ids.
    fn ids(ids: String) -> Self::Ids;
}

/// API users.
pub struct Users;
/// Roles.
pub struct Roles;
/// Policies.
pub struct Policies;
/// Security rules.
pub struct Rules;

impl Kind for Users {
    type Ids = UserIdsQuery;
    type List = ListUsers;
    type Delete = DeleteUsers;
    const NOUN: &'static str = "user";
    const COLUMNS: &'static [Column] = columns::USERS;
    fn ids(ids: String) -> UserIdsQuery {
        UserIdsQuery {
            user_ids: Some(ids),
        }
    }
}

impl Kind for Roles {
    type Ids = RoleIdsQuery;
    type List = ListRoles;
    type Delete = DeleteRoles;
    const NOUN: &'static str = "role";
    const COLUMNS: &'static [Column] = columns::ROLES;
    fn ids(ids: String) -> RoleIdsQuery {
        RoleIdsQuery {
            role_ids: Some(ids),
        }
    }
}

impl Kind for Policies {
    type Ids = PolicyIdsQuery;
    type List = ListPolicies;
    type Delete = DeletePolicies;
    const NOUN: &'static str = "policy";
    const COLUMNS: &'static [Column] = columns::POLICIES;
    fn ids(ids: String) -> PolicyIdsQuery {
        PolicyIdsQuery {
            policy_ids: Some(ids),
        }
    }
}

impl Kind for Rules {
    type Ids = RuleIdsQuery;
    type List = ListRules;
    type Delete = DeleteRules;
    const NOUN: &'static str = "security rule";
    const COLUMNS: &'static [Column] = columns::SECURITY_RULES;
    fn ids(ids: String) -> RuleIdsQuery {
        RuleIdsQuery {
            rule_ids: Some(ids),
        }
    }
}

/// Lists every object of a kind, with the list flags.
pub async fn list<K: Kind>(ctx: &Ctx, list: &ListArgs) -> Result<(), CliError> {
    verbs::list::<K::List>(ctx, [], list, &K::Ids::default(), K::COLUMNS).await
}

/// Shows objects by id (unknown ids are failed items).
pub async fn get<K: Kind>(ctx: &Ctx, ids: &[String]) -> Result<(), CliError> {
    get_shown::<K>(ctx, ids, |_| {}).await
}

/// [`get`], with `present` applied to the answer before it is printed.
pub async fn get_shown<K: Kind>(
    ctx: &Ctx,
    ids: &[String],
    present: impl Fn(&mut Value),
) -> Result<(), CliError> {
    let ids = input::ids(ids)?;
    let batch_request = |batch: &[String]| {
        let fields = ctx.global.fields.as_deref();
        let params = ListArgs::default().params(fields);
        verbs::request::<K::List>([], &[&params, &K::ids(batch.join(","))])
    };
    verbs::bulk_shown(ctx, &ids, BATCH_SIZE, batch_request, K::COLUMNS, present).await
}

/// Deletes objects by id (or `all`) after a confirmation.
pub async fn delete<K: Kind>(ctx: &Ctx, ids: &[String]) -> Result<(), CliError> {
    let ids = input::ids(ids)?;
    confirm(ctx, &format!("Delete {}?", describe(&ids, K::NOUN)))?;
    let batch_request =
        |batch: &[String]| verbs::request::<K::Delete>([], &[&K::ids(batch.join(","))]);
    verbs::bulk(ctx, &ids, BATCH_SIZE, batch_request, K::COLUMNS).await
}

/// Links objects to an owner (`POST /security/users/{id}/roles`, ...); `query` builds the
/// operation's query from comma-separated ids. Prints the owner as the answer shows it.
pub async fn link<E: Endpoint>(
    ctx: &Ctx,
    owner: &str,
    ids: &[String],
    query: impl Fn(String) -> E::Query,
    columns: &[Column],
) -> Result<(), CliError> {
    let ids = input::ids(ids)?;
    let batch_request = |batch: &[String]| verbs::request::<E>([owner], &[&query(batch.join(","))]);
    verbs::bulk(ctx, &ids, BATCH_SIZE, batch_request, columns).await
}

/// Unlinks objects of kind `K` from an owner (its noun and id, e.g. `("user", "100")`) after
/// a confirmation.
pub async fn unlink<K: Kind, E: Endpoint<Query = K::Ids>>(
    ctx: &Ctx,
    owner: (&str, &str),
    ids: &[String],
    columns: &[Column],
) -> Result<(), CliError> {
    let (noun, id) = owner;
    let listed = input::ids(ids)?;
    confirm(
        ctx,
        &format!("Remove {} from {noun} {id}?", describe(&listed, K::NOUN)),
    )?;
    link::<E>(ctx, id, &listed, K::ids, columns).await
}
