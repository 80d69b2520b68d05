//! `wazuh-ctl security users ...`: API users, their roles and their run_as flag.
//!
//! Imports `api::security` for the endpoints, `objects` for the shared verbs.

use super::super::ctx::Ctx;
use super::super::error::CliError;
use super::super::verbs::{self, ListArgs};
use super::objects::{self, Roles, Users};
use super::password::{self, NewPasswordArgs};
use crate::api::params::MAX_LIMIT;
use crate::api::security::{
    AddUserRoles, AddUserRolesQuery, CreateUser, CreateUserBody, EditRunAs, ListRoles, ListUsers,
    RemoveUserRoles, RoleIdsQuery, RunAsFlagQuery, UpdateUser, UpdateUserBody, UserIdsQuery,
};
use crate::client::Request;
use crate::output::{self, columns, Format};
use serde_json::Value;
use std::collections::HashMap;

/// Lists users; a table (no `--jq`) shows their roles by name, which takes one more request
/// for the roles. JSON keeps the API's role ids.
async fn list_users(ctx: &Ctx, list: &ListArgs) -> Result<(), CliError> {
    if !shows_role_names(ctx) {
        return objects::list::<Users>(ctx, list).await;
    }
    let names = role_names(ctx).await;
    let request = verbs::list_request::<ListUsers>(ctx, [], list, &UserIdsQuery::default())?;
    let mut users = match list.all {
        true => verbs::every_page(ctx, &request, list.limit.unwrap_or(MAX_LIMIT)).await?,
        false => match ctx.send(&request).await? {
            Some(users) => users,
            None => return Ok(()),
        },
    };
    name_roles(&mut users, &names);
    verbs::show_page(ctx, &users, columns::USERS, "users")
}

/// Shows users by id; a table (no `--jq`) shows their roles by name, as the list does.
async fn get_users(ctx: &Ctx, ids: &[String]) -> Result<(), CliError> {
    if !shows_role_names(ctx) {
        return objects::get::<Users>(ctx, ids).await;
    }
    let names = role_names(ctx).await;
    objects::get_shown::<Users>(ctx, ids, |users| name_roles(users, &names)).await
}

/// Whether the output is a table for people (no `--jq`, something is sent), where role ids
/// are shown as names.
fn shows_role_names(ctx: &Ctx) -> bool {
    ctx.printer.format() == Format::Table && ctx.global.jq.is_none() && !ctx.global.dry_run
}

/// The names of the roles by id (one request: the API allows up to 100,000 roles a page);
/// none when the user may not read roles, so the ids are shown instead.
async fn role_names(ctx: &Ctx) -> HashMap<u64, String> {
    let roles_page = ListArgs {
        limit: Some(MAX_LIMIT),
        ..ListArgs::default()
    };
    let parts = [
        &roles_page.params(None),
        &RoleIdsQuery::default() as &dyn verbs::QueryPart,
    ];
    let Ok(request) = verbs::request::<ListRoles>([], &parts) else {
        return HashMap::new();
    };
    match ctx.send(&request).await {
        Ok(Some(roles)) => names_by_id(&roles),
        Ok(None) | Err(_) => HashMap::new(),
    }
}

/// Role names by id, from a list of roles.
fn names_by_id(roles: &Value) -> HashMap<u64, String> {
    let items = output::payload(roles)
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    items
        .iter()
        .filter_map(|role| Some((role["id"].as_u64()?, role["name"].as_str()?.to_string())))
        .collect()
}

/// Replaces the role ids of each user in a list answer by their names (ids with no name stay).
fn name_roles(users: &mut Value, names: &HashMap<u64, String>) {
    let Some(items) = users
        .pointer_mut("/data/affected_items")
        .and_then(Value::as_array_mut)
    else {
        return;
    };
    let roles = items
        .iter_mut()
        .filter_map(|user| user.get_mut("roles").and_then(Value::as_array_mut));
    for role in roles.flatten() {
        if let Some(name) = role.as_u64().and_then(|id| names.get(&id)) {
            *role = Value::String(name.clone());
        }
    }
}

/// `security users` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum UsersCommand {
    /// List users with their roles.
    #[command(visible_alias = "ls")]
    List {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show users by id.
    Get {
        /// User ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Create a user; the password comes from a prompt, --password-stdin or
    /// WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol).
    Create {
        /// The user name (4-64 characters).
        #[arg(value_name = "USERNAME")]
        username: String,
        /// Where the password comes from.
        #[command(flatten)]
        password: NewPasswordArgs,
    },
    /// Change a user's password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the
    /// user's tokens are revoked.
    Update {
        /// The user id.
        #[arg(value_name = "ID")]
        id: String,
        /// Where the password comes from.
        #[command(flatten)]
        password: NewPasswordArgs,
    },
    /// Delete users (asks first; `--yes` without a terminal).
    Delete {
        /// User ids, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Give roles to a user (its tokens are revoked).
    AddRole {
        /// The user id.
        #[arg(value_name = "USER_ID")]
        user_id: String,
        /// Role ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ROLE_ID")]
        roles: Vec<String>,
        /// Where to insert the roles in the user's role order (0 first; default: last).
        #[arg(long, value_name = "N")]
        position: Option<u64>,
    },
    /// Take roles from a user (asks first; `--yes` without a terminal).
    RemoveRole {
        /// The user id.
        #[arg(value_name = "USER_ID")]
        user_id: String,
        /// Role ids, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ROLE_ID")]
        roles: Vec<String>,
    },
    /// Allow or forbid a user to log in with an authorization context (`login --run-as`).
    RunAs {
        /// The user id.
        #[arg(value_name = "ID")]
        id: String,
        /// `true` to allow run_as, `false` to forbid it (also yes/no, on/off).
        #[arg(value_name = "ALLOW", action = clap::ArgAction::Set, value_parser = clap::builder::BoolishValueParser::new())]
        allow: bool,
    },
}

impl UsersCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            UsersCommand::List { list } => list_users(ctx, list).await,
            UsersCommand::Get { ids } => get_users(ctx, ids).await,
            UsersCommand::Create { username, password } => {
                let password = new_password(ctx, password, username)?;
                let body = CreateUserBody {
                    username: username.clone(),
                    password,
                };
                let request = verbs::request_with_body::<CreateUser>([], &[], &body)?;
                verbs::act(ctx, &request, columns::USERS).await
            }
            UsersCommand::Update { id, password } => {
                let request = update_request(id, new_password(ctx, password, id)?)?;
                verbs::act(ctx, &request, columns::USERS).await
            }
            UsersCommand::Delete { ids } => objects::delete::<Users>(ctx, ids).await,
            UsersCommand::AddRole {
                user_id,
                roles,
                position,
            } => {
                let query = |role_ids| AddUserRolesQuery {
                    role_ids: Some(role_ids),
                    position: *position,
                };
                objects::link::<AddUserRoles>(ctx, user_id, roles, query, columns::USERS).await
            }
            UsersCommand::RemoveRole { user_id, roles } => {
                objects::unlink::<Roles, RemoveUserRoles>(
                    ctx,
                    ("user", user_id),
                    roles,
                    columns::USERS,
                )
                .await
            }
            UsersCommand::RunAs { id, allow } => {
                let query = RunAsFlagQuery {
                    allow_run_as: Some(*allow),
                };
                verbs::get::<EditRunAs>(ctx, [id.as_str()], &[&query], columns::USERS).await
            }
        }
    }
}

/// The new password, or (with `--dry-run`, which sends nothing) a mask in its place.
fn new_password(ctx: &Ctx, args: &NewPasswordArgs, user: &str) -> Result<String, CliError> {
    if ctx.global.dry_run {
        return Ok(password::MASK.to_string());
    }
    password::new_password(args, user)
}

/// The `PUT /security/users/{user_id}` request setting a password.
fn update_request(id: &str, password: String) -> Result<Request, CliError> {
    let body = UpdateUserBody {
        password: Some(password),
    };
    verbs::request_with_body::<UpdateUser>([id], &[], &body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn role_ids_become_names_and_unknown_ids_stay() {
        let roles = json!({"data": {"affected_items": [
            {"id": 1, "name": "administrator"}, {"id": 100, "name": "analyst"}]}});
        let mut users = json!({"data": {"affected_items": [
            {"id": 1, "username": "wazuh", "roles": [1]},
            {"id": 100, "username": "ana", "roles": [100, 7]},
            {"id": 101, "username": "none"}]}});
        name_roles(&mut users, &names_by_id(&roles));
        let items = &users["data"]["affected_items"];
        assert_eq!(items[0]["roles"], json!(["administrator"]));
        assert_eq!(items[1]["roles"], json!(["analyst", 7]));
        assert_eq!(items[2].get("roles"), None);
    }
}
