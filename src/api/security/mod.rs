//! Security operations (spec tag `Security`): login (plain and run_as), logout, revocation,
//! the current user, users, roles, policies, security rules, their links, and the security
//! settings.

pub mod rbac_views;

use crate::api::fields::Field;
use crate::api::params;
use crate::api::{query, Param};
use crate::api::{Endpoint, Method, NoQuery, Spec};
use serde::{Deserialize, Serialize};

/// Query of the login operations.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct LoginQuery {
    /// Return the bare token as `text/plain`.
    pub raw: Option<bool>,
}

/// `POST /security/user/authenticate`: HTTP Basic credentials for a JWT.
pub struct Login;

impl Endpoint for Login {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/user/authenticate",
        operation_id: "api.controllers.security_controller.login_user",
        actions: &[],
        query: &[Param::boolean("raw")],
    };
    type Query = LoginQuery;
}

/// `GET /security/user/authenticate`: the deprecated login form.
pub struct LoginDeprecated;

impl Endpoint for LoginDeprecated {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/user/authenticate",
        operation_id: "api.controllers.security_controller.deprecated_login_user",
        actions: &[],
        query: &[Param::boolean("raw")],
    };
    type Query = LoginQuery;
}

/// `DELETE /security/user/authenticate`: revoke the caller's tokens (logout).
pub struct Logout;

impl Endpoint for Logout {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/user/authenticate",
        operation_id: "api.controllers.security_controller.logout_user",
        actions: &[],
        query: &[],
    };
    type Query = NoQuery;
}

/// `PUT /security/user/revoke`: revoke every token.
pub struct RevokeAll;

impl Endpoint for RevokeAll {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/security/user/revoke",
        operation_id: "api.controllers.security_controller.revoke_all_tokens",
        actions: &["security:revoke"],
        query: &[],
    };
    type Query = NoQuery;
}

/// `GET /security/users/me`: the current user with its roles expanded.
pub struct GetUserMe;

impl Endpoint for GetUserMe {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/users/me",
        operation_id: "api.controllers.security_controller.get_user_me",
        actions: &[],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `POST /security/user/authenticate/run_as`: HTTP Basic credentials plus an authorization
/// context (the JSON body, any object, see [`RunAsContext`]) for a JWT whose roles are those
/// whose security rules match the context.
pub struct RunAsLogin;

impl Endpoint for RunAsLogin {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/user/authenticate/run_as",
        operation_id: "api.controllers.security_controller.run_as_login",
        actions: &[],
        query: &[Param::boolean("raw")],
    };
    type Query = LoginQuery;
}

/// Body of `POST /security/user/authenticate/run_as`: the authorization context, any JSON
/// object, e.g. `{"username": "elastic"}`.
pub type RunAsContext = serde_json::Map<String, serde_json::Value>;

/// A user as the Security list operations show it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UserItem {
    /// User id (1 and 2 are the default users; created users start at 100).
    pub id: i64,
    /// User name.
    pub username: String,
    /// Whether the user may log in with an authorization context (run_as).
    pub allow_run_as: bool,
    /// Ids of the user's roles, in link order.
    pub roles: Vec<i64>,
}

/// A role as the Security list operations show it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RoleItem {
    /// Role id.
    pub id: i64,
    /// Role name.
    pub name: String,
    /// Ids of the role's policies, in link order.
    pub policies: Vec<i64>,
    /// Ids of the users holding the role.
    pub users: Vec<i64>,
    /// Ids of the role's security rules, in link order.
    pub rules: Vec<i64>,
}

/// The body of a policy: which actions on which resources it allows or denies.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PolicyDocument {
    /// Actions, e.g. `agent:read`.
    pub actions: Vec<String>,
    /// Resources, e.g. `agent:id:001`, `agent:group:web`, `*:*:*` (two may be joined by `&`).
    pub resources: Vec<String>,
    /// `allow` or `deny`.
    pub effect: String,
}

/// A policy as the Security list operations show it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PolicyItem {
    /// Policy id.
    pub id: i64,
    /// Policy name.
    pub name: String,
    /// Its actions, resources and effect.
    pub policy: PolicyDocument,
    /// Ids of the roles holding the policy.
    pub roles: Vec<i64>,
}

/// A security rule as the Security list operations show it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RuleItem {
    /// Security rule id.
    pub id: i64,
    /// Security rule name.
    pub name: String,
    /// The rule body in the security-rule language, e.g. `{"FIND": {"username": "elastic"}}`.
    pub rule: serde_json::Value,
    /// Ids of the roles the rule maps to.
    pub roles: Vec<i64>,
}

/// Query of the operations taking user ids (`user_ids`: comma-separated ids; `all` where the
/// spec allows it).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UserIdsQuery {
    /// Comma-separated user ids (required by `DELETE /security/users`, where `all` also works).
    pub user_ids: Option<String>,
}

/// Query of the operations taking role ids.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RoleIdsQuery {
    /// Comma-separated role ids (required when deleting or unlinking, where `all` also works).
    pub role_ids: Option<String>,
}

/// Query of the operations taking policy ids.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PolicyIdsQuery {
    /// Comma-separated policy ids (required when deleting or unlinking, where `all` also works).
    pub policy_ids: Option<String>,
}

/// Query of the operations taking security rule ids.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RuleIdsQuery {
    /// Comma-separated security rule ids (required when deleting, linking or unlinking; `all`
    /// where the spec allows it).
    pub rule_ids: Option<String>,
}

/// Query of `POST /security/users/{user_id}/roles`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AddUserRolesQuery {
    /// Comma-separated role ids to link (required).
    pub role_ids: Option<String>,
    /// Where to insert the roles in the user's role order (0-based; appended when absent).
    pub position: Option<u64>,
}

/// Query of `POST /security/roles/{role_id}/policies`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AddRolePoliciesQuery {
    /// Comma-separated policy ids to link (required).
    pub policy_ids: Option<String>,
    /// Where to insert the policies in the role's policy order (0-based; appended when absent).
    pub position: Option<u64>,
}

/// Query of `PUT /security/users/{user_id}/run_as`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct RunAsFlagQuery {
    /// The new value of the user's `allow_run_as` flag (false when absent).
    pub allow_run_as: Option<bool>,
}

/// Body of `POST /security/users`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateUserBody {
    /// User name (4–64 characters).
    pub username: String,
    /// Password (8–64 characters with upper and lower case letters, a digit and a symbol).
    pub password: String,
}

/// Body of `PUT /security/users/{user_id}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateUserBody {
    /// The new password (same rules as on creation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// Body of `POST /security/roles`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateRoleBody {
    /// Role name (at most 64 characters).
    pub name: String,
}

/// Body of `PUT /security/roles/{role_id}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateRoleBody {
    /// The new role name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Body of `POST /security/policies`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreatePolicyBody {
    /// Policy name (at most 64 characters).
    pub name: String,
    /// Its actions, resources and effect.
    pub policy: PolicyDocument,
}

/// Body of `PUT /security/policies/{policy_id}`: at least one of the fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdatePolicyBody {
    /// The new policy name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The new actions, resources and effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<PolicyDocument>,
}

/// Body of `POST /security/rules`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CreateRuleBody {
    /// Security rule name (at most 64 characters).
    pub name: String,
    /// The rule body in the security-rule language (a JSON object).
    pub rule: serde_json::Value,
}

/// Body of `PUT /security/rules/{rule_id}`: at least one of the fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct UpdateRuleBody {
    /// The new security rule name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The new rule body (a JSON object).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<serde_json::Value>,
}

/// The security settings as `GET /security/config` answers them (its `data`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SecurityConfigData {
    /// Token lifetime in seconds (default 900).
    pub auth_token_exp_timeout: u64,
    /// RBAC mode: `white` (default) or `black`.
    pub rbac_mode: String,
}

/// Body of `PUT /security/config`: at least one of the fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SecurityConfigBody {
    /// Token lifetime in seconds (at least 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_token_exp_timeout: Option<u64>,
    /// RBAC mode: `white` or `black`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rbac_mode: Option<String>,
}

/// `PUT /security/users/{user_id}/run_as`: set a user's `allow_run_as` flag.
pub struct EditRunAs;

impl Endpoint for EditRunAs {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/security/users/{user_id}/run_as",
        operation_id: "api.controllers.security_controller.edit_run_as",
        actions: &["security:edit_run_as"],
        query: query!([Param::boolean("allow_run_as")]),
    };
    type Query = RunAsFlagQuery;
}

/// The fields of a user, as `GET /security/users` lists them.
pub const USER_FIELDS: &[Field] = &[
    Field::number("id"),
    Field::text("username"),
    Field::text("allow_run_as"),
    Field::number("roles"),
];

/// `GET /security/users`: list users.
pub struct ListUsers;

impl Endpoint for ListUsers {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/users",
        operation_id: "api.controllers.security_controller.get_users",
        actions: &["security:read"],
        query: query!(list, [Param::text("user_ids")]),
    };
    type Query = UserIdsQuery;
}

/// `POST /security/users`: create a user (body [`CreateUserBody`]).
pub struct CreateUser;

impl Endpoint for CreateUser {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/users",
        operation_id: "api.controllers.security_controller.create_user",
        actions: &["security:create_user"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `DELETE /security/users`: delete users by id (`user_ids` required, `all` allowed).
pub struct DeleteUsers;

impl Endpoint for DeleteUsers {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/users",
        operation_id: "api.controllers.security_controller.delete_users",
        actions: &["security:delete"],
        query: query!([Param::text("user_ids").required()]),
    };
    type Query = UserIdsQuery;
}

/// `PUT /security/users/{user_id}`: change a user's password (body [`UpdateUserBody`]).
pub struct UpdateUser;

impl Endpoint for UpdateUser {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/security/users/{user_id}",
        operation_id: "api.controllers.security_controller.update_user",
        actions: &["security:update"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The fields of a role, as `GET /security/roles` lists them.
pub const ROLE_FIELDS: &[Field] = &[
    Field::number("id"),
    Field::text("name"),
    Field::number("policies"),
    Field::number("users"),
    Field::number("rules"),
];

/// `GET /security/roles`: list roles.
pub struct ListRoles;

impl Endpoint for ListRoles {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/roles",
        operation_id: "api.controllers.security_controller.get_roles",
        actions: &["security:read"],
        query: query!(list, [Param::text("role_ids")]),
    };
    type Query = RoleIdsQuery;
}

/// `POST /security/roles`: create a role (body [`CreateRoleBody`]).
pub struct CreateRole;

impl Endpoint for CreateRole {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/roles",
        operation_id: "api.controllers.security_controller.add_role",
        actions: &["security:create"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `DELETE /security/roles`: delete roles by id (`role_ids` required, `all` allowed).
pub struct DeleteRoles;

impl Endpoint for DeleteRoles {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/roles",
        operation_id: "api.controllers.security_controller.remove_roles",
        actions: &["security:delete"],
        query: query!([Param::text("role_ids").required()]),
    };
    type Query = RoleIdsQuery;
}

/// `PUT /security/roles/{role_id}`: rename a role (body [`UpdateRoleBody`]).
pub struct UpdateRole;

impl Endpoint for UpdateRole {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/security/roles/{role_id}",
        operation_id: "api.controllers.security_controller.update_role",
        actions: &["security:update"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The fields of a security rule, as `GET /security/rules` lists them.
pub const RULE_FIELDS: &[Field] = &[
    Field::number("id"),
    Field::text("name"),
    Field::text("rule"),
    Field::number("roles"),
];

/// `GET /security/rules`: list security rules.
pub struct ListRules;

impl Endpoint for ListRules {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/rules",
        operation_id: "api.controllers.security_controller.get_rules",
        actions: &["security:read"],
        query: query!(list, [Param::text("rule_ids")]),
    };
    type Query = RuleIdsQuery;
}

/// `POST /security/rules`: create a security rule (body [`CreateRuleBody`]).
pub struct CreateRule;

impl Endpoint for CreateRule {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/rules",
        operation_id: "api.controllers.security_controller.add_rule",
        actions: &["security:create"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `DELETE /security/rules`: delete security rules by id (`rule_ids` required, `all` allowed).
pub struct DeleteRules;

impl Endpoint for DeleteRules {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/rules",
        operation_id: "api.controllers.security_controller.remove_rules",
        actions: &["security:delete"],
        query: query!([Param::text("rule_ids").required()]),
    };
    type Query = RuleIdsQuery;
}

/// `PUT /security/rules/{rule_id}`: change a security rule (body [`UpdateRuleBody`]).
pub struct UpdateRule;

impl Endpoint for UpdateRule {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/security/rules/{rule_id}",
        operation_id: "api.controllers.security_controller.update_rule",
        actions: &["security:update"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The fields of a policy, as `GET /security/policies` lists them.
pub const POLICY_FIELDS: &[Field] = &[
    Field::number("id"),
    Field::text("name"),
    Field::text("policy.actions"),
    Field::text("policy.resources"),
    Field::text("policy.effect"),
    Field::number("roles"),
];

/// `GET /security/policies`: list policies.
pub struct ListPolicies;

impl Endpoint for ListPolicies {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/policies",
        operation_id: "api.controllers.security_controller.get_policies",
        actions: &["security:read"],
        query: query!(list, [Param::text("policy_ids")]),
    };
    type Query = PolicyIdsQuery;
}

/// `POST /security/policies`: create a policy (body [`CreatePolicyBody`]).
pub struct CreatePolicy;

impl Endpoint for CreatePolicy {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/policies",
        operation_id: "api.controllers.security_controller.add_policy",
        actions: &["security:create"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `DELETE /security/policies`: delete policies by id (`policy_ids` required, `all` allowed).
pub struct DeletePolicies;

impl Endpoint for DeletePolicies {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/policies",
        operation_id: "api.controllers.security_controller.remove_policies",
        actions: &["security:delete"],
        query: query!([Param::text("policy_ids").required()]),
    };
    type Query = PolicyIdsQuery;
}

/// `PUT /security/policies/{policy_id}`: change a policy (body [`UpdatePolicyBody`]).
pub struct UpdatePolicy;

impl Endpoint for UpdatePolicy {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/security/policies/{policy_id}",
        operation_id: "api.controllers.security_controller.update_policy",
        actions: &["security:update"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `POST /security/users/{user_id}/roles`: link roles to a user.
pub struct AddUserRoles;

impl Endpoint for AddUserRoles {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/users/{user_id}/roles",
        operation_id: "api.controllers.security_controller.set_user_role",
        actions: &["security:update"],
        query: query!([
            Param::text("role_ids").required(),
            Param::integer("position")
        ]),
    };
    type Query = AddUserRolesQuery;
}

/// `DELETE /security/users/{user_id}/roles`: unlink roles from a user (`all` allowed).
pub struct RemoveUserRoles;

impl Endpoint for RemoveUserRoles {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/users/{user_id}/roles",
        operation_id: "api.controllers.security_controller.remove_user_role",
        actions: &["security:delete"],
        query: query!([Param::text("role_ids").required()]),
    };
    type Query = RoleIdsQuery;
}

/// `POST /security/roles/{role_id}/policies`: link policies to a role.
pub struct AddRolePolicies;

impl Endpoint for AddRolePolicies {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/roles/{role_id}/policies",
        operation_id: "api.controllers.security_controller.set_role_policy",
        actions: &["security:update"],
        query: query!([
            Param::text("policy_ids").required(),
            Param::integer("position")
        ]),
    };
    type Query = AddRolePoliciesQuery;
}

/// `DELETE /security/roles/{role_id}/policies`: unlink policies from a role (`all` allowed).
pub struct RemoveRolePolicies;

impl Endpoint for RemoveRolePolicies {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/roles/{role_id}/policies",
        operation_id: "api.controllers.security_controller.remove_role_policy",
        actions: &["security:delete"],
        query: query!([Param::text("policy_ids").required()]),
    };
    type Query = PolicyIdsQuery;
}

/// `POST /security/roles/{role_id}/rules`: link security rules to a role.
pub struct AddRoleRules;

impl Endpoint for AddRoleRules {
    const SPEC: Spec = Spec {
        method: Method::Post,
        path: "/security/roles/{role_id}/rules",
        operation_id: "api.controllers.security_controller.set_role_rule",
        actions: &["security:update"],
        query: query!([Param::text("rule_ids").required()]),
    };
    type Query = RuleIdsQuery;
}

/// `DELETE /security/roles/{role_id}/rules`: unlink security rules from a role (`all` allowed).
pub struct RemoveRoleRules;

impl Endpoint for RemoveRoleRules {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/roles/{role_id}/rules",
        operation_id: "api.controllers.security_controller.remove_role_rule",
        actions: &["security:delete"],
        query: query!([Param::text("rule_ids").required()]),
    };
    type Query = RuleIdsQuery;
}

/// `GET /security/config`: the security settings ([`SecurityConfigData`]).
pub struct GetSecurityConfig;

impl Endpoint for GetSecurityConfig {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/security/config",
        operation_id: "api.controllers.security_controller.get_security_config",
        actions: &["security:read_config"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `PUT /security/config`: change the security settings (body [`SecurityConfigBody`]);
/// revokes every token.
pub struct PutSecurityConfig;

impl Endpoint for PutSecurityConfig {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/security/config",
        operation_id: "api.controllers.security_controller.put_security_config",
        actions: &["security:update_config"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// `DELETE /security/config`: restore the default security settings; revokes every token.
pub struct ResetSecurityConfig;

impl Endpoint for ResetSecurityConfig {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/security/config",
        operation_id: "api.controllers.security_controller.delete_security_config",
        actions: &["security:update_config"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    GetUserMe::SPEC,
    Login::SPEC,
    LoginDeprecated::SPEC,
    Logout::SPEC,
    RevokeAll::SPEC,
    EditRunAs::SPEC,
    RunAsLogin::SPEC,
    ListUsers::SPEC,
    CreateUser::SPEC,
    DeleteUsers::SPEC,
    UpdateUser::SPEC,
    ListRoles::SPEC,
    CreateRole::SPEC,
    DeleteRoles::SPEC,
    UpdateRole::SPEC,
    ListRules::SPEC,
    CreateRule::SPEC,
    DeleteRules::SPEC,
    UpdateRule::SPEC,
    ListPolicies::SPEC,
    CreatePolicy::SPEC,
    DeletePolicies::SPEC,
    UpdatePolicy::SPEC,
    AddUserRoles::SPEC,
    RemoveUserRoles::SPEC,
    AddRolePolicies::SPEC,
    RemoveRolePolicies::SPEC,
    AddRoleRules::SPEC,
    RemoveRoleRules::SPEC,
    GetSecurityConfig::SPEC,
    PutSecurityConfig::SPEC,
    ResetSecurityConfig::SPEC,
];
