//! Security users: list, create, delete, change the password, the `allow_run_as` flag, and the
//! user↔role links. Ids ≤ 99 are Wazuh's own users (5004; only they may change their own
//! password, 5011); passwords need 8–64 characters (5009) of every class (5007). Changes
//! revoke the user's tokens (a deleted user's name too).

use super::objects::{
    self as objects, check_name, internal, path_id, position_index, required_ids, to_value,
    to_values, BulkMessages, Outcome, ROLE_ID, USER_ID,
};
use crate::api::codes::{
    ADMIN_ONLY_SELF, CURRENT_USER, EMPTY_BODY, PASSWORD_LENGTH, RESERVED, RESERVED_USER,
    ROLE_LINK_EXISTS, ROLE_LINK_MISSING, ROLE_NOT_FOUND, USER_NOT_CREATED, USER_NOT_FOUND,
    WEAK_PASSWORD,
};
use crate::api::security::USER_FIELDS;
use crate::api::security::{
    AddUserRoles, CreateUser, CreateUserBody, DeleteUsers, EditRunAs, ListUsers, RemoveUserRoles,
    UpdateUser, UpdateUserBody, UserItem,
};
use crate::server::auth::{hash_password, unix_now};
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::routes::body::require_content_type;
use crate::server::routes::list::{self, ListSpec, Messages, NameKind, Names};
use crate::server::routes::op;
use crate::server::state::AppState;
use crate::server::store::{Kind, Link, SecurityTx, MAX_RESERVED_ID};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;

/// The users as `GET /security/users` lists them.
pub const USERS: Collection = Collection {
    fields: USER_FIELDS,
    mandatory: &["id"],
    default_sort: "id",
    date_filters_skip_id: None,
};

/// `GET /security/users`: users named by `user_ids`, unknown ones failing with 5001.
const LIST: ListSpec = ListSpec {
    collection: &USERS,
    key: "id",
    names: Some(Names {
        param: "user_ids",
        kind: NameKind::Integer,
        missing_code: USER_NOT_FOUND,
    }),
    equalities: &[],
    messages: Messages {
        all: "All specified users were returned",
        some: "Some users were not returned",
        none: "No user was returned",
    },
};

/// `GET /security/users`.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListUsers>,
    query: WazuhQuery<ListUsers>,
) -> Result<Response, ApiError> {
    let users = to_values(objects::read(&state, |tx| tx.users()).await?)?;
    let scope = guard.scope(USER_ID);
    list::serve(&LIST, &query, Some(&scope), &users[..])
}

/// `POST /security/users`: a new user (id from 100), without roles, run_as disabled.
pub async fn create(
    State(state): State<AppState>,
    _: Guarded<CreateUser>,
    query: WazuhQuery<CreateUser>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_content_type(&headers, "application/json")?;
    let body: CreateUserBody = crate::server::routes::body::json_body(
        &body,
        &["username", "password"],
        &["username", "password"],
    )?;
    check_name(&body.username, "username", 4)?;
    check_password(&body.password)?;
    let hash = hash_password(body.password.clone()).await?;
    let now = unix_now();
    let outcome = objects::write(&state, move |tx| {
        let mut outcome = Outcome::default();
        if internal(tx.id_named(Kind::User, &body.username, 0))?.is_some() {
            outcome.fail(body.username, USER_NOT_CREATED);
            return Ok(outcome);
        }
        let id = internal(tx.insert_user(&body.username, &hash, now))?;
        outcome.affect(to_value(user(tx, id)?)?);
        Ok(outcome)
    })
    .await?;
    let messages = BulkMessages::new(
        "User was successfully created",
        "User was successfully created",
        "User could not be created",
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `DELETE /security/users`: Wazuh's users (5004) and the caller (5008) stay.
pub async fn delete(
    State(state): State<AppState>,
    guard: Guarded<DeleteUsers>,
    query: WazuhQuery<DeleteUsers>,
) -> Result<Response, ApiError> {
    let ids = required_ids(query.query.user_ids.as_deref(), "user_ids", true)?;
    let current = guard.caller().user.id;
    let scope = guard.scope(USER_ID);
    let now = unix_now();
    let outcome = objects::write(&state, move |tx| {
        let users = internal(tx.users())?;
        let mut outcome = Outcome::default();
        let existing = users.iter().map(|user| user.id);
        for id in ids.permitted(existing, &scope, &mut outcome.failures)? {
            let Some(found) = users.iter().find(|user| user.id == id) else {
                outcome.fail(id, USER_NOT_FOUND);
                continue;
            };
            if id == current && id > MAX_RESERVED_ID {
                outcome.fail(id, CURRENT_USER);
            } else if id <= MAX_RESERVED_ID {
                outcome.fail(id, RESERVED_USER);
            } else {
                internal(tx.delete(Kind::User, id))?;
                internal(tx.revoke_username(&found.username, now))?;
                outcome.affect(to_value(found)?);
            }
        }
        if ids.is_all() {
            outcome
                .failures
                .forget_codes(&[USER_NOT_FOUND, RESERVED_USER, CURRENT_USER]);
        }
        Ok(outcome)
    })
    .await?;
    let messages = BulkMessages::new(
        "Users were successfully deleted",
        "Some users were not deleted",
        "No user was deleted",
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `PUT /security/users/{user_id}`: a new password; revokes the user's tokens.
pub async fn update(
    State(state): State<AppState>,
    guard: Guarded<UpdateUser>,
    Path(user_id): Path<String>,
    query: WazuhQuery<UpdateUser>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    require_content_type(&headers, "application/json")?;
    let user_id = path_id(&user_id, "user_id")?;
    guard.scope(USER_ID).check(&user_id.to_string())?;
    let body: UpdateUserBody = crate::server::routes::body::json_body(&body, &[], &["password"])?;
    let new_password = body.password.ok_or_else(|| ApiError::code(EMPTY_BODY))?;
    check_password(&new_password)?;
    if user_id <= MAX_RESERVED_ID && guard.caller().user.id > MAX_RESERVED_ID {
        return Err(ApiError::code(ADMIN_ONLY_SELF));
    }
    let hash = hash_password(new_password).await?;
    let now = unix_now();
    let outcome = objects::write(&state, move |tx| {
        let mut outcome = Outcome::default();
        if !internal(tx.exists(Kind::User, user_id))? {
            outcome.fail(user_id, USER_NOT_FOUND);
            return Ok(outcome);
        }
        internal(tx.set_password(user_id, &hash))?;
        internal(tx.revoke_user(user_id, now))?;
        outcome.affect(to_value(user(tx, user_id)?)?);
        Ok(outcome)
    })
    .await?;
    let messages = BulkMessages::new(
        "User was successfully updated",
        "User was successfully updated",
        "User could not be updated",
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `PUT /security/users/{user_id}/run_as`: sets `allow_run_as` (false when absent); revokes
/// the user's tokens.
pub async fn edit_run_as(
    State(state): State<AppState>,
    _: Guarded<EditRunAs>,
    Path(user_id): Path<String>,
    query: WazuhQuery<EditRunAs>,
) -> Result<Response, ApiError> {
    let user_id = path_id(&user_id, "user_id")?;
    let allow = query.query.allow_run_as.unwrap_or(false);
    let now = unix_now();
    let outcome = objects::write(&state, move |tx| {
        let mut outcome = Outcome::default();
        if !internal(tx.exists(Kind::User, user_id))? {
            outcome.fail(user_id, USER_NOT_FOUND);
            return Ok(outcome);
        }
        internal(tx.set_allow_run_as(user_id, allow))?;
        internal(tx.revoke_user(user_id, now))?;
        outcome.affect(to_value(user(tx, user_id)?)?);
        Ok(outcome)
    })
    .await?;
    let state_word = if allow { "enabled" } else { "disabled" };
    let done = format!("Parameter allow_run_as has been {state_word} for the user");
    let messages = BulkMessages::new(
        done.clone(),
        done,
        format!("The parameter allow_run_as could not be {state_word} for the user"),
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `POST /security/users/{user_id}/roles`: links roles (at `position`); revokes the user's
/// tokens.
pub async fn add_roles(
    State(state): State<AppState>,
    guard: Guarded<AddUserRoles>,
    Path(user_id): Path<String>,
    query: WazuhQuery<AddUserRoles>,
) -> Result<Response, ApiError> {
    let user_id = path_id(&user_id, "user_id")?;
    guard.scope(USER_ID).check(&user_id.to_string())?;
    let role_ids = required_ids(query.query.role_ids.as_deref(), "role_ids", true)?;
    let scope = guard.scope(ROLE_ID);
    let position = query.query.position.map(position_index);
    let now = unix_now();
    let (username, outcome) = objects::write(&state, move |tx| {
        let mut outcome = Outcome::default();
        let Some(found) = find_user(tx, user_id)? else {
            outcome.fail(user_id, USER_NOT_FOUND);
            return Ok((None, outcome));
        };
        let existing = internal(tx.roles())?.into_iter().map(|role| role.id);
        let mut at = position;
        for role_id in role_ids.permitted(existing, &scope, &mut outcome.failures)? {
            if user_id <= MAX_RESERVED_ID {
                outcome.fail(user_id, RESERVED);
            } else if !internal(tx.exists(Kind::Role, role_id))? {
                outcome.fail(role_id, ROLE_NOT_FOUND);
            } else if internal(tx.members(Link::UserRole, user_id))?.contains(&role_id) {
                outcome.fail(role_id, ROLE_LINK_EXISTS);
            } else {
                internal(tx.link(Link::UserRole, user_id, role_id, at, now))?;
                at = at.map(|at| at + 1);
                outcome.total += 1;
            }
        }
        finish_user_links(tx, user_id, &mut outcome, now)?;
        Ok((Some(found.username), outcome))
    })
    .await?;
    let username = username.unwrap_or_else(|| "unknown".into());
    let messages = BulkMessages::new(
        format!("All roles were linked to user {username}"),
        format!("Some roles were not linked to user {username}"),
        format!("No link was created to user {username}"),
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// `DELETE /security/users/{user_id}/roles`: unlinks roles (404 for an unknown user);
/// revokes the user's tokens.
pub async fn remove_roles(
    State(state): State<AppState>,
    guard: Guarded<RemoveUserRoles>,
    Path(user_id): Path<String>,
    query: WazuhQuery<RemoveUserRoles>,
) -> Result<Response, ApiError> {
    let user_id = path_id(&user_id, "user_id")?;
    guard.scope(USER_ID).check(&user_id.to_string())?;
    let role_ids = required_ids(query.query.role_ids.as_deref(), "role_ids", true)?;
    let scope = guard.scope(ROLE_ID);
    let now = unix_now();
    let (username, outcome) = objects::write(&state, move |tx| {
        let found = find_user(tx, user_id)?.ok_or_else(|| ApiError::code(USER_NOT_FOUND))?;
        let mut outcome = Outcome::default();
        let existing = internal(tx.roles())?.into_iter().map(|role| role.id);
        for role_id in role_ids.permitted(existing, &scope, &mut outcome.failures)? {
            if user_id <= MAX_RESERVED_ID {
                outcome.fail(user_id, RESERVED);
            } else if !internal(tx.exists(Kind::Role, role_id))? {
                outcome.fail(role_id, ROLE_NOT_FOUND);
            } else if !found.roles.contains(&role_id) {
                outcome.fail(role_id, ROLE_LINK_MISSING);
            } else {
                internal(tx.unlink(Link::UserRole, user_id, role_id))?;
                outcome.total += 1;
            }
        }
        if role_ids.is_all() {
            outcome
                .failures
                .forget_codes(&[ROLE_NOT_FOUND, ROLE_LINK_MISSING, RESERVED]);
        }
        finish_user_links(tx, user_id, &mut outcome, now)?;
        Ok((found.username, outcome))
    })
    .await?;
    let messages = BulkMessages::new(
        format!("All roles were unlinked from user {username}"),
        format!("Some roles were not unlinked from user {username}"),
        format!("No role was unlinked from user {username}"),
    );
    Ok(objects::answer(outcome, &messages, query.pretty()))
}

/// After a link change: the user as it is now, and its tokens revoked, when anything changed.
fn finish_user_links(
    tx: &SecurityTx,
    user_id: i64,
    outcome: &mut Outcome,
    now: i64,
) -> Result<(), ApiError> {
    if outcome.total > 0 {
        internal(tx.revoke_user(user_id, now))?;
        outcome.affected.push(to_value(user(tx, user_id)?)?);
    }
    Ok(())
}

fn find_user(tx: &SecurityTx, user_id: i64) -> Result<Option<UserItem>, ApiError> {
    Ok(internal(tx.users())?
        .into_iter()
        .find(|user| user.id == user_id))
}

fn user(tx: &SecurityTx, user_id: i64) -> Result<UserItem, ApiError> {
    find_user(tx, user_id)?.ok_or_else(|| ApiError::code(USER_NOT_FOUND))
}

/// 8–64 characters (5009) with a lower and an upper case letter, a digit and a symbol (5007).
fn check_password(password: &str) -> Result<(), ApiError> {
    let length = password.chars().count();
    if !(8..=64).contains(&length) {
        return Err(ApiError::code(PASSWORD_LENGTH));
    }
    let has = |class: fn(&char) -> bool| password.chars().any(|c| class(&c));
    let strong = has(char::is_ascii_lowercase)
        && has(char::is_ascii_uppercase)
        && has(char::is_ascii_digit)
        && has(|c| !c.is_ascii_alphanumeric());
    if strong {
        Ok(())
    } else {
        Err(ApiError::code(WEAK_PASSWORD))
    }
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListUsers, list))
        .merge(op(CreateUser, create))
        .merge(op(DeleteUsers, delete))
        .merge(op(UpdateUser, update))
        .merge(op(EditRunAs, edit_run_as))
        .merge(op(AddUserRoles, add_roles))
        .merge(op(RemoveUserRoles, remove_roles))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_need_length_and_every_character_class() {
        let code = |password: &str| check_password(password).err().and_then(|e| e.body.error);
        assert_eq!(code("Aa1!aaaa"), None);
        assert_eq!(code("Aa1!"), Some(PASSWORD_LENGTH.code));
        assert_eq!(
            code(&format!("Aa1!{}", "a".repeat(61))),
            Some(PASSWORD_LENGTH.code)
        );
        assert_eq!(code("aa1!aaaa"), Some(WEAK_PASSWORD.code));
        assert_eq!(code("AA1!AAAA"), Some(WEAK_PASSWORD.code));
        assert_eq!(code("Aaa!aaaa"), Some(WEAK_PASSWORD.code));
        assert_eq!(code("Aa1aaaaa"), Some(WEAK_PASSWORD.code));
    }
}
