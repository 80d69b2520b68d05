//! Every route of the API, in one table: the implemented operations (one handler file per
//! spec tag), the spec operations not implemented yet (501 after authentication), known paths
//! with a method the spec does not have (405), unknown paths (404), and the security headers
//! every answer carries.
//!
//! Every handler takes `rbac::Guarded<E>` (see `server::rbac`); `enforcement_tests` proves it.
//! Imports `api` and the server's `extract`, `auth`, `state`, `store`, `query`, `wql`,
//! `respond`, `error`.

mod active_response;
mod agent_distinct;
mod agent_registration;
mod agent_runtime;
pub mod agents;
mod assignments;
mod body;
pub mod bulk;
mod commands;
mod events;
pub mod groups;
mod info;
mod list;
mod overview;
mod rbac_views;
mod run_as;
mod security;
mod security_objects;
mod security_policies;
mod security_roles;
mod security_users;
mod upgrade;

use crate::api::agent_runtime as runtime_ops;
use crate::api::events::ForwardEvents;
use crate::api::not_yet::NOT_YET;
use crate::api::rbac_views as rbac_view_ops;
use crate::api::{self, agents as agent_ops, groups as group_ops, Endpoint};
use crate::api::{active_response as ar_ops, rootcheck as rootcheck_ops, syscheck as syscheck_ops};
use crate::api::{info as info_ops, overview as overview_ops, security as security_ops};
use crate::server::auth;
use crate::server::error::ApiError;
use crate::server::limits;
use crate::server::state::AppState;
use axum::extract::{DefaultBodyLimit, MatchedPath, State};
use axum::http::header::{self, HeaderName, HeaderValue, AUTHORIZATION};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put, MethodRouter};
use axum::Router;

/// Headers added to every answer, as the Wazuh API's middleware does.
const SECURITY_HEADERS: &[(HeaderName, &str)] = &[
    (header::SERVER, "Wazuh"),
    (header::CONTENT_SECURITY_POLICY, "none"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::CACHE_CONTROL, "no-store"),
];

/// The router over every route of the API.
pub fn router(state: AppState) -> Router {
    let implemented = Router::new()
        .route(info_ops::GetApiInfo::SPEC.path, get(info::api_info))
        .route(
            agent_ops::ListAgents::SPEC.path,
            get(agents::list)
                .post(agent_registration::add)
                .delete(agents::delete),
        )
        .route(
            agent_ops::InsertAgent::SPEC.path,
            post(agent_registration::insert),
        )
        .route(
            agent_ops::InsertAgentQuick::SPEC.path,
            post(agent_registration::insert_quick),
        )
        .route(agent_ops::GetAgentKey::SPEC.path, get(agents::key))
        .route(
            agent_ops::ListAgentsWithoutGroup::SPEC.path,
            get(agents::no_group),
        )
        .route(
            agent_ops::ListOutdatedAgents::SPEC.path,
            get(agents::outdated),
        )
        .route(
            agent_ops::DistinctAgentFields::SPEC.path,
            get(agent_distinct::distinct_fields),
        )
        .route(agent_ops::GetAgentSync::SPEC.path, get(agents::is_sync))
        .route(
            runtime_ops::GetAgentConfig::SPEC.path,
            get(agent_runtime::config),
        )
        .route(
            runtime_ops::GetAgentDaemonStats::SPEC.path,
            get(agent_runtime::daemon_stats),
        )
        .route(
            runtime_ops::GetAgentComponentStats::SPEC.path,
            get(agent_runtime::component_stats),
        )
        .route(
            agent_ops::CheckUninstallPermission::SPEC.path,
            get(agents::uninstall_permission),
        )
        .route(agent_ops::SummaryOs::SPEC.path, get(agents::summary_os))
        .route(
            agent_ops::SummaryStatus::SPEC.path,
            get(agents::summary_status),
        )
        .route(
            group_ops::ListGroups::SPEC.path,
            get(groups::list)
                .post(groups::create)
                .delete(groups::delete),
        )
        .route(
            group_ops::GetGroupConfig::SPEC.path,
            get(groups::config).put(groups::put_config),
        )
        .route(group_ops::ListGroupFiles::SPEC.path, get(groups::files))
        .route(group_ops::GetGroupFile::SPEC.path, get(groups::file))
        .route(
            agent_ops::AssignAgentsToGroup::SPEC.path,
            put(assignments::assign_many).delete(assignments::remove_many),
        )
        .route(
            agent_ops::AssignAgentToGroup::SPEC.path,
            put(assignments::assign_one).delete(assignments::remove_one),
        )
        .route(
            agent_ops::RemoveAgentFromGroups::SPEC.path,
            delete(assignments::remove_from_groups),
        )
        .route(
            agent_ops::RestartAgents::SPEC.path,
            put(commands::restart_many),
        )
        .route(
            agent_ops::RestartAgent::SPEC.path,
            put(commands::restart_one),
        )
        .route(
            agent_ops::RestartAgentsByGroup::SPEC.path,
            put(commands::restart_group),
        )
        .route(
            agent_ops::RestartAgentsByNode::SPEC.path,
            put(commands::restart_node),
        )
        .route(
            agent_ops::ReconnectAgents::SPEC.path,
            put(commands::reconnect),
        )
        .route(
            api::upgrade::UpgradeAgents::SPEC.path,
            put(upgrade::upgrade),
        )
        .route(
            api::upgrade::UpgradeAgentsCustom::SPEC.path,
            put(upgrade::upgrade_custom),
        )
        .route(
            api::upgrade::GetUpgradeResult::SPEC.path,
            get(upgrade::upgrade_result),
        )
        .route(api::tasks::ListTasks::SPEC.path, get(upgrade::task_status))
        .route(group_ops::ListGroupAgents::SPEC.path, get(groups::agents))
        .route(
            overview_ops::OverviewAgents::SPEC.path,
            get(overview::agents),
        )
        .route(security_ops::GetUserMe::SPEC.path, get(security::me))
        .route(security_ops::Login::SPEC.path, post(security::login))
        .route(
            security_ops::LoginDeprecated::SPEC.path,
            get(security::login_deprecated),
        )
        .route(
            security_ops::RunAsLogin::SPEC.path,
            post(run_as::run_as_login),
        )
        .route(security_ops::Logout::SPEC.path, delete(security::logout))
        .route(security_ops::RevokeAll::SPEC.path, put(security::revoke))
        .merge(security_routes())
        .route(
            rbac_view_ops::GetUserMePolicies::SPEC.path,
            get(rbac_views::my_policies),
        )
        .route(
            rbac_view_ops::ListRbacActions::SPEC.path,
            get(rbac_views::actions),
        )
        .route(
            rbac_view_ops::ListRbacResources::SPEC.path,
            get(rbac_views::resources),
        )
        .route(
            ar_ops::RunCommand::SPEC.path,
            put(active_response::run_command),
        )
        .route(ForwardEvents::SPEC.path, post(events::forward_events))
        .route(
            syscheck_ops::RunSyscheck::SPEC.path,
            put(active_response::run_syscheck),
        )
        .route(
            rootcheck_ops::RunRootcheck::SPEC.path,
            put(active_response::run_rootcheck),
        );
    NOT_YET
        .iter()
        .fold(implemented, |router, (_, path)| {
            router.route(path, MethodRouter::new())
        })
        .method_not_allowed_fallback(not_yet_or_not_allowed)
        .fallback(route_not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            limits::enforce,
        ))
        .layer(axum::middleware::from_fn(refuse_unknown_expectations))
        .layer(axum::middleware::map_response_with_state(
            state.clone(),
            finish,
        ))
        .layer(body_limit(state.api_config().max_upload_size))
        .with_state(state)
}

/// 417 for an `Expect` header other than `100-continue` (which the HTTP layer answers), as
/// HTTP wants and Wazuh's server does, before anything else looks at the request.
async fn refuse_unknown_expectations(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let expectation = request.headers().get(axum::http::header::EXPECT);
    match expectation.map(|value| value.to_str().unwrap_or_default()) {
        Some(value) if !value.trim().eq_ignore_ascii_case("100-continue") => {
            ApiError::expectation_failed(value).into_response()
        }
        _ => next.run(request).await,
    }
}

/// The routes of users, roles, policies, security rules, their links and the security config.
fn security_routes() -> Router<AppState> {
    use security_ops as ops;
    use security_policies as policies;
    use security_roles as roles;
    use security_users as users;
    Router::new()
        .route(
            ops::ListUsers::SPEC.path,
            get(users::list).post(users::create).delete(users::delete),
        )
        .route(ops::UpdateUser::SPEC.path, put(users::update))
        .route(ops::EditRunAs::SPEC.path, put(users::edit_run_as))
        .route(
            ops::AddUserRoles::SPEC.path,
            post(users::add_roles).delete(users::remove_roles),
        )
        .route(
            ops::ListRoles::SPEC.path,
            get(roles::list).post(roles::create).delete(roles::delete),
        )
        .route(ops::UpdateRole::SPEC.path, put(roles::update))
        .route(
            ops::AddRolePolicies::SPEC.path,
            post(roles::add_policies).delete(roles::remove_policies),
        )
        .route(
            ops::AddRoleRules::SPEC.path,
            post(roles::add_rules).delete(roles::remove_rules),
        )
        .route(
            ops::ListPolicies::SPEC.path,
            get(policies::list_policies)
                .post(policies::create_policy)
                .delete(policies::delete_policies),
        )
        .route(ops::UpdatePolicy::SPEC.path, put(policies::update_policy))
        .route(
            ops::ListRules::SPEC.path,
            get(policies::list_rules)
                .post(policies::create_rule)
                .delete(policies::delete_rules),
        )
        .route(ops::UpdateRule::SPEC.path, put(policies::update_rule))
        .route(
            ops::GetSecurityConfig::SPEC.path,
            get(security::get_config)
                .put(security::put_config)
                .delete(security::reset_config),
        )
}

/// A known path with a method no handler serves: 501 (after authentication) for spec
/// operations not implemented yet, else 405.
async fn not_yet_or_not_allowed(
    State(state): State<AppState>,
    method: Method,
    path: Option<MatchedPath>,
    headers: HeaderMap,
) -> ApiError {
    let template = path.as_ref().map_or("", MatchedPath::as_str);
    let not_yet = api::Method::parse(method.as_str()).is_some_and(|method| {
        NOT_YET
            .iter()
            .any(|(not_yet, path)| *not_yet == method && *path == template)
    });
    if !not_yet {
        return ApiError::method_not_allowed();
    }
    match auth::authenticate(&state, headers.get(AUTHORIZATION)).await {
        Ok(_) => ApiError::not_implemented(method.as_str(), template),
        Err(unauthorized) => unauthorized,
    }
}

/// The request body limit of `max_upload_size` (0 = unlimited).
fn body_limit(max_upload_size: usize) -> DefaultBodyLimit {
    match max_upload_size {
        0 => DefaultBodyLimit::disable(),
        limit => DefaultBodyLimit::max(limit),
    }
}

async fn route_not_found() -> ApiError {
    ApiError::route_not_found()
}

/// The last touch on every answer: the security headers, and Wazuh's problem body for a
/// request body over the upload limit (axum's own rejection is plain text).
async fn finish(State(state): State<AppState>, response: Response) -> Response {
    let mut response = if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::too_large(state.api_config().max_upload_size).into_response()
    } else {
        response
    };
    let headers = response.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        headers.insert(name.clone(), HeaderValue::from_static(value));
    }
    response
}

#[cfg(test)]
mod enforcement_tests;
#[cfg(test)]
mod group_tests;
#[cfg(test)]
mod limits_tests;
#[cfg(test)]
mod rbac_tests;
#[cfg(test)]
mod run_as_tests;
#[cfg(test)]
mod security_crud_tests;
#[cfg(test)]
mod security_revocation_tests;
#[cfg(test)]
mod test_server;
#[cfg(test)]
mod tests;
