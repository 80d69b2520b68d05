//! `wazuh-ctl security ...`: users, roles, policies and security rules, their links, the
//! security configuration, token revocation and the RBAC catalogue.
//!
//! Imports `api::security` for the endpoints, `verbs` for the runners; each object kind has
//! its own file under `security/`.

mod can;
mod document;
mod objects;
mod password;
mod policies;
mod policy;
mod roles;
mod users;
mod views;

pub use views::permissions;

use super::confirm::confirm;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs;
use crate::api::security::{
    GetSecurityConfig, PutSecurityConfig, ResetSecurityConfig, RevokeAll, SecurityConfigBody,
};
use crate::api::NoQuery;
use crate::output::columns;
use policies::{PoliciesCommand, RulesCommand};
use roles::RolesCommand;
use users::UsersCommand;

/// The smallest token lifetime the API accepts, in seconds.
const MIN_TOKEN_LIFETIME: u64 = 30;

/// `security` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum SecurityCommand {
    /// API users: list, create, change passwords, delete, give roles, allow run_as.
    #[command(subcommand)]
    Users(UsersCommand),
    /// Roles: list, create, rename, delete, link policies and security rules.
    #[command(subcommand)]
    Roles(RolesCommand),
    /// Policies (actions allowed or denied on resources): list, create, update, delete.
    #[command(subcommand)]
    Policies(PoliciesCommand),
    /// Security rules (which run_as contexts get which roles): list, create, update, delete.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Show or change the token lifetime and the RBAC mode.
    #[command(subcommand)]
    Config(SecurityConfigCommand),
    /// Revoke every token of every user, yours included (asks first; `--yes` without a
    /// terminal).
    Revoke,
    /// List the RBAC actions with their resource types and the operations that check them.
    Actions {
        /// Only the actions one operation checks, e.g. 'GET /agents'.
        #[arg(long, value_name = "'METHOD /PATH'")]
        endpoint: Option<String>,
    },
    /// Whether a user (default: you) may do an action on a resource, as the manager decides
    /// it: yes (exit 0) or no (exit 1), with the deciding policy.
    #[command(
        after_help = "Examples:\n  wazuh-ctl security can agent:read agent:id:001\n  \
                      wazuh-ctl security can alice group:modify_assignments group:id:web --explain\n  \
                      wazuh-ctl security can alice cluster:status\n  \
                      wazuh-ctl security can --list alice"
    )]
    Can {
        /// [USER] ACTION [RESOURCE], e.g. `alice agent:read agent:id:001`.
        #[arg(value_name = "WORDS", required_unless_present = "list", num_args = 1..=3)]
        words: Vec<String>,
        /// Every entry of the user's policies for the action, in order, and which decides.
        #[arg(long, conflicts_with = "list")]
        explain: bool,
        /// What the user may do for every action (`*`, some values, nothing); USER optional.
        #[arg(long)]
        list: bool,
    },
    /// List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...).
    Resources {
        /// Only this resource type, e.g. agent:group.
        #[arg(long, value_name = "TYPE")]
        resource: Option<String>,
    },
}

/// `security config` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum SecurityConfigCommand {
    /// Show the token lifetime and the RBAC mode.
    Get,
    /// Change the token lifetime or the RBAC mode; every token is revoked (asks first;
    /// `--yes` without a terminal).
    #[command(group(clap::ArgGroup::new("change").required(true).multiple(true)))]
    Set {
        /// Token lifetime in seconds (at least 30).
        #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(MIN_TOKEN_LIFETIME..), group = "change")]
        token_lifetime: Option<u64>,
        /// RBAC mode: white (nothing is allowed unless a policy allows it) or black
        /// (everything is allowed unless a policy denies it).
        #[arg(long, value_name = "MODE", value_parser = ["white", "black"], group = "change")]
        rbac_mode: Option<String>,
    },
    /// Restore the default token lifetime (900 s) and RBAC mode (white); every token is
    /// revoked (asks first; `--yes` without a terminal).
    Reset,
}

impl SecurityCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            SecurityCommand::Users(command) => command.run(ctx).await,
            SecurityCommand::Roles(command) => command.run(ctx).await,
            SecurityCommand::Policies(command) => command.run(ctx).await,
            SecurityCommand::Rules(command) => command.run(ctx).await,
            SecurityCommand::Config(command) => command.run(ctx).await,
            SecurityCommand::Revoke => {
                confirm(ctx, "Revoke every token of every user (yours too)?")?;
                verbs::get::<RevokeAll>(ctx, [], &[&NoQuery {}], &[]).await
            }
            SecurityCommand::Actions { endpoint } => views::actions(ctx, endpoint.as_deref()).await,
            SecurityCommand::Can {
                words, list: true, ..
            } => {
                if words.len() > 1 {
                    return Err(CliError::usage("--list takes at most a user", None));
                }
                can::list(ctx, words.first().map(String::as_str)).await
            }
            SecurityCommand::Can { words, explain, .. } => can::can(ctx, words, *explain).await,
            SecurityCommand::Resources { resource } => {
                views::resources(ctx, resource.as_deref()).await
            }
        }
    }
}

impl SecurityConfigCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            SecurityConfigCommand::Get => {
                let request = verbs::request::<GetSecurityConfig>([], &[])?;
                verbs::record(ctx, &request, columns::SECURITY_CONFIG).await
            }
            SecurityConfigCommand::Set {
                token_lifetime,
                rbac_mode,
            } => {
                confirm(
                    ctx,
                    "Change the security configuration and revoke every token?",
                )?;
                let body = SecurityConfigBody {
                    auth_token_exp_timeout: *token_lifetime,
                    rbac_mode: rbac_mode.clone(),
                };
                let request = verbs::request_with_body::<PutSecurityConfig>([], &[], &body)?;
                verbs::act(ctx, &request, &[]).await
            }
            SecurityConfigCommand::Reset => {
                confirm(
                    ctx,
                    "Restore the default security configuration and revoke every token?",
                )?;
                verbs::get::<ResetSecurityConfig>(ctx, [], &[], &[]).await
            }
        }
    }
}
