//! RBAC enforcement (NOTES.md §6), in the handler's signature (the meilisearch `GuardedData`
//! pattern): a handler of operation `E` takes a [`Guarded<E>`] instead of a bare `Caller`, so
//! it cannot be reached without the check of `E::SPEC.actions`.
//!
//! Extracting a `Guarded<E>`:
//! 1. authenticates the caller (`auth::authenticate`, the Bearer JWT);
//! 2. reads the policies of the token's `rbac_roles` (frozen in the token) from the store, in
//!    role order then policy order, and processes them last-writer-wins (`policy`);
//! 3. for every **resourceless** action of `E` (catalogue kind `*:*`), refuses the request
//!    with 403 / 4000 `Resource type: *:*` unless the token's mode and policies permit it;
//! 4. for every **resource** action, folds the permitted values of each of its kinds
//!    (`scope`), `agent:group` entries expanded to the group's agents.
//!
//! The handler then asks for the [`Scope`] of the kind it deals with — [`Guarded::agents`],
//! [`Guarded::groups`], [`Guarded::nodes`], [`Guarded::scope`] for security kinds (`user:id`,
//! `role:id`, `policy:id`, `rule:id`, integer ids) — and applies one of two outcomes:
//! - **no explicit ids** (a list, "all agents"): [`Scope::filter`] / [`Scope::retain`]
//!   silently keep the permitted items before counting, so totals count only them;
//! - **explicit ids**: [`Scope::split`] keeps the permitted ids and adds the others to the bulk
//!   `Failures` as 4000 items (200, `error: 2`), or fails the whole request with 403 / 4000 and
//!   `dapi_errors` when none is permitted; [`Scope::check`] does the same for one id.
//!
//! A scope of a kind none of `E`'s actions covers permits nothing (a wrong kind fails closed).
//! When several actions of `E` share a kind, a value must be permitted by all of them.
//! Imports `api` and the server's `auth`, `state`, `store`, `error`, `routes::bulk`.

pub mod policy;
pub mod scope;

use crate::api::rbac;
use crate::api::Endpoint;
use crate::server::auth::{self, Caller};
use crate::server::error::ApiError;
use crate::server::routes::bulk::Failures;
use crate::server::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use policy::{Mode, Permissions, Policy};
use scope::{normalize, Permitted, AGENT_GROUP, AGENT_ID, RESOURCELESS};
use serde_json::Value;
use std::marker::PhantomData;

/// Error code of every RBAC refusal.
pub const PERMISSION_DENIED: u32 = 4000;
/// The group resource kind.
pub const GROUP_ID: &str = "group:id";
/// The cluster-node resource kind.
pub const NODE_ID: &str = "node:id";

/// An authenticated caller of operation `E` whose resourceless actions are permitted, with
/// the permitted values of each resource kind of `E`'s other actions.
pub struct Guarded<E: Endpoint> {
    caller: Caller,
    grants: Vec<Grant>,
    endpoint: PhantomData<fn() -> E>,
}

/// What one action of the operation permits on one resource kind.
#[derive(Debug, Clone)]
struct Grant {
    kind: &'static str,
    permitted: Permitted,
}

impl<E: Endpoint> Guarded<E> {
    /// The authenticated caller.
    pub fn caller(&self) -> &Caller {
        &self.caller
    }

    /// The agents (`agent:id`, with `agent:group` expanded) the operation may touch.
    pub fn agents(&self) -> Scope {
        self.scope(AGENT_ID)
    }

    /// The groups (`group:id`) the operation may touch.
    pub fn groups(&self) -> Scope {
        self.scope(GROUP_ID)
    }

    /// The cluster nodes (`node:id`) the operation may touch.
    pub fn nodes(&self) -> Scope {
        self.scope(NODE_ID)
    }

    /// The values of a resource kind the operation may touch (nothing when no action of the
    /// operation has that kind).
    pub fn scope(&self, kind: &'static str) -> Scope {
        let permitted: Vec<Permitted> = self
            .grants
            .iter()
            .filter(|grant| grant.kind == kind)
            .map(|grant| grant.permitted.clone())
            .collect();
        Scope { kind, permitted }
    }
}

impl<E: Endpoint> FromRequestParts<AppState> for Guarded<E> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let caller = auth::authenticate(state, parts.headers.get(AUTHORIZATION)).await?;
        let permissions = permissions_of(state, &caller.claims.rbac_roles).await?;
        let mode = Mode::from_claim(&caller.claims.rbac_mode);
        let agents = state.agents();
        let members = |group: &str| group_members(&agents, group);
        let mut grants = Vec::new();
        for action in E::SPEC.actions {
            let entries = permissions.entries(action);
            for &kind in action_kinds(action)
                .iter()
                .filter(|kind| **kind != AGENT_GROUP)
            {
                let permitted = Permitted::fold(entries, kind, mode, &members);
                if kind == RESOURCELESS && !permitted.permits("*") {
                    return Err(denied(RESOURCELESS));
                }
                grants.push(Grant { kind, permitted });
            }
        }
        Ok(Guarded {
            caller,
            grants,
            endpoint: PhantomData,
        })
    }
}

/// The processed permissions of a list of roles (a token's `rbac_roles`).
pub async fn permissions_of(state: &AppState, roles: &[i64]) -> Result<Permissions, ApiError> {
    let roles = roles.to_vec();
    let documents = state
        .store(move |store| store.role_policies(&roles))
        .await?;
    let policies: Vec<Policy> = documents.iter().filter_map(Policy::from_json).collect();
    Ok(Permissions::process(&policies))
}

/// The resource kinds an action is checked against (resourceless when the catalogue does not
/// know it).
fn action_kinds(action: &str) -> &'static [&'static str] {
    rbac::action(action).map_or(&[RESOURCELESS], |action| action.resources)
}

/// The agent ids of a group (`*`: of every group), from the agents snapshot.
fn group_members(agents: &[Value], group: &str) -> Vec<String> {
    agents
        .iter()
        .filter(|agent| {
            agent["group"].as_array().is_some_and(|groups| {
                !groups.is_empty() && (group == "*" || groups.iter().any(|g| g == group))
            })
        })
        .filter_map(|agent| agent["id"].as_str().map(str::to_string))
        .collect()
}

/// The 403 of a request none of whose resources of `kind` is permitted.
pub fn denied(kind: &str) -> ApiError {
    ApiError::code_with(PERMISSION_DENIED, format!("Resource type: {kind}"))
}

/// The permitted values of one resource kind for one request.
#[derive(Debug, Clone)]
pub struct Scope {
    kind: &'static str,
    permitted: Vec<Permitted>,
}

impl Scope {
    /// Whether the value is permitted (by every action of the operation with this kind).
    pub fn permits(&self, value: &str) -> bool {
        let value = normalize(self.kind, value);
        !self.permitted.is_empty() && self.permitted.iter().all(|p| p.permits(&value))
    }

    /// Silent filtering: the items whose `key` field (a string, or an integer for security
    /// objects) is permitted.
    pub fn filter<'a>(
        &'a self,
        items: impl IntoIterator<Item = &'a Value> + 'a,
        key: &'a str,
    ) -> impl Iterator<Item = &'a Value> + 'a {
        items
            .into_iter()
            .filter(move |item| item.get(key).is_some_and(|value| self.permits_json(value)))
    }

    /// Silent filtering of ids (an operation on "all" items): the permitted ones.
    pub fn retain<T: ToString>(&self, ids: Vec<T>) -> Vec<T> {
        ids.into_iter()
            .filter(|id| self.permits(&id.to_string()))
            .collect()
    }

    /// Explicit ids: the permitted ones; the others become 4000 failed items. When ids were
    /// given and none is permitted, the whole request fails with 403 / 4000.
    pub fn split<T: ToString + Into<Value>>(
        &self,
        ids: Vec<T>,
        failures: &mut Failures,
    ) -> Result<Vec<T>, ApiError> {
        if ids.is_empty() {
            return Ok(ids);
        }
        let (permitted, refused): (Vec<T>, Vec<T>) = ids
            .into_iter()
            .partition(|id| self.permits(&id.to_string()));
        if permitted.is_empty() {
            return Err(self.denied());
        }
        let error = self.denied();
        for id in refused {
            failures.add(id, &error);
        }
        Ok(permitted)
    }

    /// One explicit id: `Ok` when permitted, else the 403 / 4000.
    pub fn check(&self, id: &str) -> Result<(), ApiError> {
        if self.permits(id) {
            Ok(())
        } else {
            Err(self.denied())
        }
    }

    /// The 403 / 4000 naming this scope's kind.
    pub fn denied(&self) -> ApiError {
        denied(self.kind)
    }

    fn permits_json(&self, value: &Value) -> bool {
        match value {
            Value::String(text) => self.permits(text),
            Value::Number(number) => self.permits(&number.to_string()),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn only(values: &[&str]) -> Permitted {
        Permitted::Only(values.iter().map(|v| v.to_string()).collect())
    }

    fn scope(kind: &'static str, permitted: Vec<Permitted>) -> Scope {
        Scope { kind, permitted }
    }

    #[test]
    fn explicit_ids_split_into_permitted_and_4000_items() {
        let agents = scope(AGENT_ID, vec![only(&["001", "003"])]);
        let mut failures = Failures::default();
        let kept = agents
            .split(
                vec!["001".to_string(), "2".to_string(), "3".to_string()],
                &mut failures,
            )
            .unwrap();
        assert_eq!(kept, ["001", "3"]);
        let groups = failures.into_groups();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].error.code, 4000);
        assert_eq!(
            groups[0].error.message,
            "Permission denied: Resource type: agent:id"
        );
        assert_eq!(groups[0].id, vec![json!("2")]);
    }

    #[test]
    fn explicit_ids_none_permitted_fail_the_request_with_dapi_errors() {
        let users = scope("user:id", vec![only(&["100"])]);
        let err = users
            .split(vec![1_i64, 2], &mut Failures::default())
            .unwrap_err();
        assert_eq!(err.status, axum::http::StatusCode::FORBIDDEN);
        assert_eq!(err.body.error, Some(4000));
        assert_eq!(err.body.detail, "Permission denied: Resource type: user:id");
        assert!(err.body.dapi_errors.is_some());
        assert_eq!(
            users
                .split(vec![100_i64], &mut Failures::default())
                .unwrap(),
            [100]
        );
        assert!(users
            .split(Vec::<i64>::new(), &mut Failures::default())
            .unwrap()
            .is_empty());
    }

    #[test]
    fn filtering_keeps_permitted_items_silently() {
        let groups = scope(
            GROUP_ID,
            vec![Permitted::AllExcept(["web".to_string()].into())],
        );
        let items = [
            json!({"name": "default"}),
            json!({"name": "web"}),
            json!({}),
        ];
        let kept: Vec<&Value> = groups.filter(&items, "name").collect();
        assert_eq!(kept, [&items[0]]);
        assert_eq!(groups.retain(vec!["web", "db"]), ["db"]);
    }

    #[test]
    fn every_action_of_a_kind_must_permit_and_no_action_permits_nothing() {
        let both = scope(
            AGENT_ID,
            vec![
                only(&["001", "002"]),
                Permitted::AllExcept(["002".to_string()].into()),
            ],
        );
        assert!(both.permits("1"));
        assert!(!both.permits("002"));
        let none = scope(AGENT_ID, vec![]);
        assert!(!none.permits("001"));
        assert_eq!(none.check("001").unwrap_err().body.error, Some(4000));
    }

    #[test]
    fn group_members_come_from_the_agents_snapshot() {
        let agents = [
            json!({"id": "000"}),
            json!({"id": "001", "group": ["default", "web"]}),
            json!({"id": "002", "group": ["default"]}),
        ];
        assert_eq!(group_members(&agents, "web"), ["001"]);
        assert_eq!(group_members(&agents, "*"), ["001", "002"]);
        assert!(group_members(&agents, "db").is_empty());
    }

    #[test]
    fn every_catalogue_kind_is_known_to_the_guard() {
        for action in rbac::ACTIONS {
            for kind in action.resources {
                assert!(
                    [RESOURCELESS, AGENT_ID, AGENT_GROUP, GROUP_ID, NODE_ID].contains(kind)
                        || kind.ends_with(":id")
                        || kind.ends_with(":file"),
                    "{kind}"
                );
            }
        }
    }
}
