//! `wazuh-ctl security policies ...` and `security rules ...`: policies (checked against the
//! RBAC catalogue before they are sent) and security rules (run_as role mappings), both given
//! as inline JSON or a JSON/TOML file.
//!
//! Imports `api::security` for the endpoints, `objects` for the shared verbs.

use super::super::ctx::Ctx;
use super::super::error::CliError;
use super::super::verbs::{self, ListArgs};
use super::document::{self, DocumentArgs};
use super::objects::{self, Policies, Rules};
use super::policy;
use crate::api::security::{
    CreatePolicy, CreatePolicyBody, CreateRule, CreateRuleBody, PolicyDocument, UpdatePolicy,
    UpdatePolicyBody, UpdateRule, UpdateRuleBody,
};
use crate::output::columns;
use serde_json::Value;

/// `security policies` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum PoliciesCommand {
    /// List policies with their actions, resources and effect.
    #[command(visible_alias = "ls")]
    List {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show policies by id.
    Get {
        /// Policy ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Create a policy, e.g. `create web_read '{"actions": ["agent:read"], "resources":
    /// ["agent:group:webservers"], "effect": "allow"}'` (actions and resources are checked
    /// against the RBAC catalogue first).
    Create {
        /// The policy name (at most 64 characters).
        #[arg(value_name = "NAME")]
        name: String,
        /// The policy: {actions, resources, effect}.
        #[command(flatten)]
        document: DocumentArgs,
    },
    /// Rename a policy or replace its actions, resources and effect (the tokens of its roles'
    /// users are revoked).
    Update {
        /// The policy id.
        #[arg(value_name = "ID")]
        id: String,
        /// The new name.
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// The new policy: {actions, resources, effect}.
        #[command(flatten)]
        document: DocumentArgs,
    },
    /// Delete policies (asks first; `--yes` without a terminal).
    Delete {
        /// Policy ids, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
}

/// `security rules` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum RulesCommand {
    /// List security rules (which run_as contexts get which roles).
    #[command(visible_alias = "ls")]
    List {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show security rules by id.
    Get {
        /// Security rule ids, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
    /// Create a security rule, e.g. `create elastic_admins '{"FIND": {"username":
    /// "elastic"}}'` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r'regex' values).
    Create {
        /// The rule name (at most 64 characters).
        #[arg(value_name = "NAME")]
        name: String,
        /// The rule, a JSON object.
        #[command(flatten)]
        document: DocumentArgs,
    },
    /// Rename a security rule or replace its body.
    Update {
        /// The security rule id.
        #[arg(value_name = "ID")]
        id: String,
        /// The new name.
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// The new rule, a JSON object.
        #[command(flatten)]
        document: DocumentArgs,
    },
    /// Delete security rules (asks first; `--yes` without a terminal).
    Delete {
        /// Security rule ids, `all`, or `-` to read them from stdin (one per line).
        #[arg(required = true, value_name = "ID")]
        ids: Vec<String>,
    },
}

impl PoliciesCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            PoliciesCommand::List { list } => objects::list::<Policies>(ctx, list).await,
            PoliciesCommand::Get { ids } => objects::get::<Policies>(ctx, ids).await,
            PoliciesCommand::Create { name, document } => {
                let body = CreatePolicyBody {
                    name: name.clone(),
                    policy: checked_policy(document.read_required("policy")?)?,
                };
                let request = verbs::request_with_body::<CreatePolicy>([], &[], &body)?;
                verbs::act(ctx, &request, columns::POLICIES).await
            }
            PoliciesCommand::Update { id, name, document } => {
                let policy = document.read("policy")?.map(checked_policy).transpose()?;
                nothing_to_change(name.is_none() && policy.is_none(), "policy")?;
                let body = UpdatePolicyBody {
                    name: name.clone(),
                    policy,
                };
                let request = verbs::request_with_body::<UpdatePolicy>([id.as_str()], &[], &body)?;
                verbs::act(ctx, &request, columns::POLICIES).await
            }
            PoliciesCommand::Delete { ids } => objects::delete::<Policies>(ctx, ids).await,
        }
    }
}

impl RulesCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            RulesCommand::List { list } => objects::list::<Rules>(ctx, list).await,
            RulesCommand::Get { ids } => objects::get::<Rules>(ctx, ids).await,
            RulesCommand::Create { name, document } => {
                let body = CreateRuleBody {
                    name: name.clone(),
                    rule: rule_object(document.read_required("rule")?)?,
                };
                let request = verbs::request_with_body::<CreateRule>([], &[], &body)?;
                verbs::act(ctx, &request, columns::SECURITY_RULES).await
            }
            RulesCommand::Update { id, name, document } => {
                let rule = document.read("rule")?.map(rule_object).transpose()?;
                nothing_to_change(name.is_none() && rule.is_none(), "security rule")?;
                let body = UpdateRuleBody {
                    name: name.clone(),
                    rule,
                };
                let request = verbs::request_with_body::<UpdateRule>([id.as_str()], &[], &body)?;
                verbs::act(ctx, &request, columns::SECURITY_RULES).await
            }
            RulesCommand::Delete { ids } => objects::delete::<Rules>(ctx, ids).await,
        }
    }
}

/// A policy document of the right shape whose actions and resources the catalogue knows.
fn checked_policy(document: Value) -> Result<PolicyDocument, CliError> {
    let policy: PolicyDocument = document::typed(document, "policy")?;
    policy::check(&policy)?;
    Ok(policy)
}

/// A security rule body, which must be a JSON object.
fn rule_object(document: Value) -> Result<Value, CliError> {
    match document {
        Value::Object(_) => Ok(document),
        other => Err(CliError::usage(
            format!("a security rule is a JSON object, not `{other}`"),
            Some("e.g. {\"FIND\": {\"username\": \"elastic\"}}"),
        )),
    }
}

/// Refuses an update that changes nothing.
fn nothing_to_change(nothing: bool, what: &str) -> Result<(), CliError> {
    if nothing {
        return Err(CliError::usage(
            format!("nothing to change in the {what}"),
            Some("give --name, the new document as JSON, or --file"),
        ));
    }
    Ok(())
}
