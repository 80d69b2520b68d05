//! `wazuh-ctl security roles ...`: roles and the policies and security rules linked to them.
//!
//! Imports `api::security` for the endpoints, `objects` for the shared verbs.

use super::super::ctx::Ctx;
use super::super::error::CliError;
use super::super::verbs::{self, ListArgs};
use super::objects::{self, Kind, Policies, Roles, Rules};
use crate::api::security::{
    AddRolePolicies, AddRolePoliciesQuery, AddRoleRules, CreateRole, CreateRoleBody,
    RemoveRolePolicies, RemoveRoleRules, UpdateRole, UpdateRoleBody,
};
use crate::output::columns;

/// `security roles` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum RolesCommand {
    /// List roles with their policies, users and security rules.
    #[command(visible_alias = "ls")]
    List {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show roles by id.
    Get {
        /// Role ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Create a role (link policies to it with `add-policy`).
    Create {
        /// The role name (at most 64 characters).
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Rename a role (its users' tokens are revoked).
    Update {
        /// The role id.
        #[arg(value_name = "ID")]
        id: String,
        /// The new name.
        #[arg(long, required = true, value_name = "NAME")]
        name: String,
    },
    /// Delete roles (asks first; `--yes` without a terminal).
    Delete {
        /// Role ids, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Link policies to a role.
    AddPolicy {
        /// The role id.
        #[arg(value_name = "ROLE_ID")]
        role: String,
        /// Policy ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "POLICY_ID")]
        policies: Vec<String>,
        /// Where to insert the policies in the role's order (0 first; default: last). Later
        /// policies win over earlier ones for the same resource.
        #[arg(long, value_name = "N")]
        position: Option<u64>,
    },
    /// Unlink policies from a role (asks first; `--yes` without a terminal).
    RemovePolicy {
        /// The role id.
        #[arg(value_name = "ROLE_ID")]
        role: String,
        /// Policy ids, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "POLICY_ID")]
        policies: Vec<String>,
    },
    /// Link security rules to a role (run_as logins whose context a rule matches get the role).
    AddRule {
        /// The role id.
        #[arg(value_name = "ROLE_ID")]
        role: String,
        /// Security rule ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "RULE_ID")]
        rules: Vec<String>,
    },
    /// Unlink security rules from a role (asks first; `--yes` without a terminal).
    RemoveRule {
        /// The role id.
        #[arg(value_name = "ROLE_ID")]
        role: String,
        /// Security rule ids, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "RULE_ID")]
        rules: Vec<String>,
    },
}

impl RolesCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            RolesCommand::List { list } => objects::list::<Roles>(ctx, list).await,
            RolesCommand::Get { ids } => objects::get::<Roles>(ctx, ids).await,
            RolesCommand::Create { name } => {
                let body = CreateRoleBody { name: name.clone() };
                let request = verbs::request_with_body::<CreateRole>([], &[], &body)?;
                verbs::act(ctx, &request, columns::ROLES).await
            }
            RolesCommand::Update { id, name } => {
                let body = UpdateRoleBody {
                    name: Some(name.clone()),
                };
                let request = verbs::request_with_body::<UpdateRole>([id.as_str()], &[], &body)?;
                verbs::act(ctx, &request, columns::ROLES).await
            }
            RolesCommand::Delete { ids } => objects::delete::<Roles>(ctx, ids).await,
            RolesCommand::AddPolicy {
                role,
                policies,
                position,
            } => {
                let query = |policy_ids| AddRolePoliciesQuery {
                    policy_ids: Some(policy_ids),
                    position: *position,
                };
                objects::link::<AddRolePolicies>(ctx, role, policies, query, columns::ROLES).await
            }
            RolesCommand::RemovePolicy { role, policies } => {
                let owner = ("role", role.as_str());
                objects::unlink::<Policies, RemoveRolePolicies>(
                    ctx,
                    owner,
                    policies,
                    columns::ROLES,
                )
                .await
            }
            RolesCommand::AddRule { role, rules } => {
                objects::link::<AddRoleRules>(ctx, role, rules, Rules::ids, columns::ROLES).await
            }
            RolesCommand::RemoveRule { role, rules } => {
                let owner = ("role", role.as_str());
                objects::unlink::<Rules, RemoveRoleRules>(ctx, owner, rules, columns::ROLES).await
            }
        }
    }
}
