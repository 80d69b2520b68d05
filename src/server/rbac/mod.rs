//! RBAC enforcement (NOTES.md §6), in the handler's signature (the meilisearch `GuardedData`
//! pattern): a handler of operation `E` takes a [`Guarded<E>`] instead of a bare `Caller`, so
//! it cannot be reached without the check of `E::SPEC.actions`.
//!
//! Extracting a `Guarded<E>`:
//! 1. authenticates the caller (`auth::authenticate`, the Bearer JWT);
//! 2. takes the processed permissions of the token's `rbac_roles` (frozen in the token) in its
//!    mode from the security snapshot (`processed`: computed once per roles, mode and
//!    snapshot generation — the policies in role order then policy order, last writer wins,
//!    every catalogue action folded per resource kind);
//! 3. for every **resourceless** action of `E` (catalogue kind `*:*`), refuses the request
//!    with 403 / 4000 `Resource type: *:*` unless the token's mode and policies permit it;
//! 4. for every **resource** action, keeps what it permits on each of its kinds (`scope`);
//!    `agent:group` entries stay symbolic rules over an agent's groups, never expanded.
//!
//! The handler then asks for the [`Scope`] of the kind it deals with — [`Guarded::agents`],
//! [`Guarded::groups`], [`Guarded::nodes`], [`Guarded::scope`] for security kinds (`user:id`,
//! `role:id`, `policy:id`, `rule:id`, integer ids) — and applies one of two outcomes:
//! - **no explicit ids** (a list, "all agents"): [`Scope::filter`] / [`Scope::retain`]
//!   silently keep the permitted items before counting, so totals count only them
//!   ([`Scope::permits_everything`] lets a list skip the walk; [`Scope::permits_agent`] judges
//!   an agent by its id and groups);
//! - **explicit ids**: [`Scope::split`] keeps the permitted ids and adds the others to the bulk
//!   `Failures` as 4000 items (200, `error: 2`), or fails the whole request with 403 / 4000 and
//!   `dapi_errors` when none is permitted; [`Scope::check`] does the same for one id.
//!
//! A scope of a kind none of `E`'s actions covers permits nothing (a wrong kind fails closed).
//! When several actions of `E` share a kind, a value must be permitted by all of them.
//! Explicit agent ids are judged with the groups the fleet gives them when a group rule
//! applies (the fleet is ordered by id: a binary search, no index to keep).
//! Imports `api` and the server's `auth`, `fleet`, `state`, `store`, `error`, `bulk`.

pub mod processed;

pub use crate::api::rbac::{policy, scope};

use crate::api::codes::PERMISSION_DENIED;
use crate::api::Endpoint;
use crate::server::auth::{self, Caller};
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::fleet::{Agent, Fleet, Subset};
use crate::server::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use policy::Mode;
use processed::{Grant, Processed};
use scope::{normalize, Permitted, AGENT_ID, RESOURCELESS};
use serde_json::Value;
use std::marker::PhantomData;
use std::sync::Arc;

/// The group resource kind.
pub const GROUP_ID: &str = "group:id";
/// The cluster-node resource kind.
pub const NODE_ID: &str = "node:id";

/// An authenticated caller of operation `E` whose resourceless actions are permitted, with
/// the permitted values of each resource kind of `E`'s other actions.
pub struct Guarded<E: Endpoint> {
    caller: Caller,
    grants: Vec<Grant>,
    /// The fleet when some grant has group rules (to find an agent's groups).
    fleet: Option<Arc<Fleet>>,
    endpoint: PhantomData<fn() -> E>,
}

impl<E: Endpoint> Guarded<E> {
    /// The authenticated caller.
    pub fn caller(&self) -> &Caller {
        &self.caller
    }

    /// The agents (`agent:id`, `agent:group` rules included) the operation may touch.
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
        let fleet = self
            .fleet
            .clone()
            .filter(|_| permitted.iter().any(Permitted::has_group_rules));
        Scope {
            kind,
            permitted,
            fleet,
        }
    }
}

impl<E: Endpoint> FromRequestParts<AppState> for Guarded<E> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let caller = auth::authenticate(state, parts.headers.get(AUTHORIZATION)).await?;
        let mut grants = Vec::new();
        if !E::SPEC.actions.is_empty() {
            let claims = &caller.claims;
            let processed = processed_of(state, &claims.rbac_roles, &claims.rbac_mode);
            for action in E::SPEC.actions {
                for grant in processed.grants(action) {
                    if grant.kind == RESOURCELESS && !grant.permitted.permits("*") {
                        return Err(denied(RESOURCELESS));
                    }
                    grants.push(grant);
                }
            }
        }
        let grouped = grants.iter().any(|grant| grant.permitted.has_group_rules());
        Ok(Guarded {
            caller,
            grants,
            fleet: grouped.then(|| state.fleet()),
            endpoint: PhantomData,
        })
    }
}

/// The processed permissions of a token's roles in its RBAC mode claim (from the security
/// snapshot in force, computed once per snapshot).
pub fn processed_of(state: &AppState, roles: &[i64], mode: &str) -> Arc<Processed> {
    state.security().processed(roles, Mode::from_claim(mode))
}

/// The names of an agent's groups.
fn agent_groups(agent: &Agent) -> impl Iterator<Item = &str> + Clone {
    agent.group_names().iter().map(|name| &**name)
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
    /// The fleet, when a group rule needs an explicit agent id's groups.
    fleet: Option<Arc<Fleet>>,
}

impl Scope {
    /// Whether the value is permitted (by every action of the operation with this kind); an
    /// agent id is judged with the groups the agents snapshot gives it.
    pub fn permits(&self, value: &str) -> bool {
        let value = normalize(self.kind, value);
        let agent = self.fleet.as_ref().and_then(|fleet| fleet.find(&value));
        match agent {
            Some(agent) => self.permits_agent(&value, agent_groups(agent)),
            None => self.permits_agent(&value, std::iter::empty()),
        }
    }

    /// Whether an agent is permitted, judged by its id and its group names.
    pub fn permits_agent<'g, G>(&self, id: &str, groups: G) -> bool
    where
        G: IntoIterator<Item = &'g str>,
        G::IntoIter: Clone,
    {
        let id = normalize(self.kind, id);
        let groups = groups.into_iter();
        !self.permitted.is_empty()
            && self
                .permitted
                .iter()
                .all(|permitted| permitted.permits_agent(&id, groups.clone()))
    }

    /// Whether every value is permitted: a list may then skip filtering.
    pub fn permits_everything(&self) -> bool {
        !self.permitted.is_empty() && self.permitted.iter().all(Permitted::is_everything)
    }

    /// Silent filtering: the items whose `key` field (a string, or an integer for security
    /// objects) is permitted.
    pub fn filter<'s, 'i: 's>(
        &'s self,
        items: impl IntoIterator<Item = &'i Value> + 's,
        key: &'s str,
    ) -> impl Iterator<Item = &'i Value> + 's {
        let everything = self.permits_everything();
        items.into_iter().filter(move |item| {
            let Some(value) = item.get(key) else {
                return false;
            };
            match value {
                Value::String(_) | Value::Number(_) if everything => true,
                Value::String(text) => self.permits(text),
                Value::Number(number) => self.permits(&number.to_string()),
                _ => false,
            }
        })
    }

    /// Silent filtering of agents (an `agent:id` scope), each judged by its id and groups:
    /// the permitted agents of the fleet, by id. Worked out once per fleet snapshot for each
    /// set of permissions (the fleet remembers it), so a list's page costs the page.
    pub fn filter_agents<'f>(&self, fleet: &'f Fleet) -> Subset<'f> {
        if self.permits_everything() {
            return fleet.all();
        }
        let key = (self.kind, self.permitted.clone());
        fleet.subset(&key, |agent| self.permits_listed(agent))
    }

    /// Whether an agent of the fleet is permitted (judged by its id and groups).
    pub fn permits_listed(&self, agent: &Agent) -> bool {
        self.permits_everything() || self.permits_agent(&agent.id_text, agent_groups(agent))
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::rbac;
    use scope::AGENT_GROUP;
    use serde_json::json;

    fn only(values: &[&str]) -> Permitted {
        Permitted::Only(values.iter().map(|v| v.to_string()).collect())
    }

    fn scope(kind: &'static str, permitted: Vec<Permitted>) -> Scope {
        Scope {
            kind,
            permitted,
            fleet: None,
        }
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
    fn explicit_agent_ids_are_judged_with_their_groups_from_the_fleet() {
        let fleet = Fleet::new(vec![
            Agent::sample(0, &[]),
            Agent::sample(1, &["default", "web"]),
            Agent::sample(2, &["default"]),
            Agent::sample(1000, &["web"]),
        ]);
        let entries = [policy::Entry {
            resource: "agent:group:web".into(),
            effect: policy::Effect::Allow,
        }];
        let web = Permitted::fold(&entries, AGENT_ID, Mode::White);
        let scope = Scope {
            kind: AGENT_ID,
            permitted: vec![web],
            fleet: Some(Arc::new(fleet.clone())),
        };
        assert!(scope.permits("1"));
        assert!(!scope.permits("002"));
        assert!(!scope.permits("000"), "an agent in no group");
        assert!(scope.permits_agent("7", ["web"]));
        let kept: Vec<u32> = scope.filter_agents(&fleet).map(|a| a.id).collect();
        assert_eq!(kept, [1, 1000]);
        assert!(!scope.permits_everything());
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
