//! `GET /agents`, the agents without a group and the outdated ones: agent lists served from
//! the fleet snapshot (`list::Source` of the fleet, with its indexed path).

use super::common::*;
use crate::api::agents::{ListAgents, ListAgentsWithoutGroup, ListOutdatedAgents};
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
pub use crate::server::fleet::AGENTS;
use crate::server::fleet::{Agent, Fleet, Subset};
use crate::server::query::Plan;
use crate::server::rbac::{Guarded, Scope};
use crate::server::routes::list::{self, Source};
use crate::server::routes::op;
use crate::server::state::{off_thread, AppState};
use crate::server::wql;
use crate::server::wql::values::compare_versions;
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use chrono::{DateTime, Utc};

/// Up to how many matches an indexed agents list sorts by reading them; past it, by the
/// sort's remembered ranks (worked out once per fleet snapshot).
pub(super) const FEW_TO_SORT: usize = 4096;

/// `GET /agents`; its attribute filters (`status`, `os.platform`, ...) are the
/// [`AgentFilter`] the bulk agent operations share.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListAgents>,
    query: WazuhQuery<ListAgents>,
) -> Result<Response, ApiError> {
    let filter = AgentFilter::from_filters(&query.query)?;
    let permitted = guard.agents();
    let fleet = state.fleet();
    let unfiltered = filter.is_empty();
    let page_only = unfiltered && list::cuts_pages_only(&LIST, &query);
    let answer = move || {
        let now = Utc::now();
        let agents = fleet.as_ref();
        match unfiltered {
            // Unfiltered, the candidates keep their exact count: a page is cut without a walk.
            true => list::serve(&LIST, &query, Some(&permitted), agents),
            false => {
                let filtered = agents.keeping(|agent| filter.matches(agent, now));
                list::serve(&LIST, &query, Some(&permitted), filtered)
            }
        }
    };
    // A page cut out of the permitted agents costs the page (their subset is remembered by
    // the fleet snapshot): not worth a thread hand-off.
    if page_only {
        answer()
    } else {
        off_thread(answer).await
    }
}

/// The fleet as a list source: the agents a scope permits, narrowed by `q`'s equalities.
impl<'f> Source<'f> for &'f Fleet {
    type Item = Agent;

    fn permitted(
        self,
        scope: Option<&'f Scope>,
        _: &'static str,
        q: Option<&str>,
        now: DateTime<Utc>,
    ) -> Box<dyn Iterator<Item = &'f Agent> + 'f> {
        match scope {
            Some(scope) => candidates(self, scope, q, now),
            None => Box::new(self.all()),
        }
    }

    /// A `q` made only of text equalities, or a `sort`, from what the snapshot remembers: the
    /// agents of each equality and of the scope, intersected; the first of them in the sort
    /// order by their remembered ranks, or, when they are few, by sorting them. Only the
    /// page's agents are read. A request with neither is a page cut already.
    fn indexed(&self, plan: &Plan, scope: Option<&'f Scope>) -> Option<(Vec<&'f Agent>, usize)> {
        let (query, sort) = plan.indexable()?;
        if query.is_none() && sort.is_implicit() {
            return None;
        }
        let equalities = query.map_or(Some(Vec::new()), wql::Query::as_text_equalities)?;
        let fleet: &'f Fleet = self;
        let mut sets: Vec<Subset<'f>> = equalities
            .iter()
            .map(|equality| fleet.subset(equality, |agent| equality.matches(agent)))
            .collect();
        sets.extend(scope.map(|scope| scope.filter_agents(fleet)));
        let mut positions = fleet.intersection(&sets);
        let total = positions.len();
        let needed = plan.needed().min(total);
        if positions.len() <= FEW_TO_SORT {
            let agents: Vec<&Agent> = positions.iter().map(|&at| fleet.at(at)).collect();
            let first = sort.first_indexes(&agents, needed);
            return Some((
                first.into_iter().map(|index| agents[index]).collect(),
                total,
            ));
        }
        if !sort.is_implicit() {
            let ranks = fleet.ranks(&sort.key(), |agents| sort.first_indexes(agents, usize::MAX));
            let rank = |position: &u32| ranks[*position as usize];
            if needed < positions.len() {
                positions.select_nth_unstable_by_key(needed, rank);
            }
            positions.truncate(needed);
            positions.sort_unstable_by_key(rank);
        }
        positions.truncate(needed);
        Some((
            positions.into_iter().map(|at| fleet.at(at)).collect(),
            total,
        ))
    }

    /// The named agents in id order.
    fn named(self, _: &str, ids: &[String]) -> (Vec<&'f Agent>, Vec<String>) {
        let mut found: Vec<&Agent> = ids.iter().filter_map(|id| self.find(id)).collect();
        found.sort_by_key(|agent| agent.id);
        found.dedup_by_key(|agent| agent.id);
        let missing = ids
            .iter()
            .filter(|id| self.find(id).is_none())
            .cloned()
            .collect();
        (found, missing)
    }
}

/// The agents a list walks before its `q` is applied: those the scope permits, or, when `q`
/// requires a text equality (`status=active;...`) that fewer agents meet, those agents,
/// checked against the scope as they are walked. The agents of each equality, like the
/// scope's, are worked out once per fleet snapshot and remembered with it, so a query asked
/// again walks only its candidates; the pipeline still applies the whole `q`.
fn candidates<'f>(
    fleet: &'f Fleet,
    permitted: &'f Scope,
    q: Option<&str>,
    now: DateTime<Utc>,
) -> Box<dyn Iterator<Item = &'f Agent> + 'f> {
    let scoped = permitted.filter_agents(fleet);
    let query = q.and_then(|q| wql::parse(q, &AGENTS, now).ok());
    let equalities = query.iter().flat_map(wql::Query::required_equalities);
    let narrowest = equalities
        .map(|equality| fleet.subset(&equality, |agent| equality.matches(agent)))
        .min_by_key(ExactSizeIterator::len);
    match narrowest {
        Some(fewer) if fewer.len() < scoped.len() => {
            Box::new(fewer.filter(|agent| permitted.permits_listed(agent)))
        }
        _ => Box::new(scoped),
    }
}

/// `GET /agents/no_group`: the agents that belong to no group (the manager excluded).
pub async fn no_group(
    State(state): State<AppState>,
    guard: Guarded<ListAgentsWithoutGroup>,
    query: WazuhQuery<ListAgentsWithoutGroup>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    off_thread(move || {
        let permitted = guard.agents();
        let ungrouped = fleet
            .as_ref()
            .keeping(|agent| agent.id != 0 && agent.group_names().is_empty());
        list::serve(&UNNAMED_LIST, &query, Some(&permitted), ungrouped)
    })
    .await
}

/// `GET /agents/outdated`: the agents whose version differs from the manager's, whatever
/// their status.
pub async fn outdated(
    State(state): State<AppState>,
    guard: Guarded<ListOutdatedAgents>,
    query: WazuhQuery<ListOutdatedAgents>,
) -> Result<Response, ApiError> {
    let fleet = state.fleet();
    off_thread(move || {
        let manager = fleet.get(0).and_then(version_of);
        let permitted = guard.agents();
        let outdated = fleet
            .as_ref()
            .keeping(|agent| is_outdated(agent, manager.as_deref()));
        list::serve(&UNNAMED_LIST, &query, Some(&permitted), outdated)
    })
    .await
}

/// An agent (not the manager) with a known version other than the manager's, whatever its
/// status; never true without a manager.
fn is_outdated(agent: &Agent, manager: Option<&[u64]>) -> bool {
    let (Some(manager), Some(version)) = (manager, version_of(agent)) else {
        return false;
    };
    agent.id != 0 && compare_versions(&version, manager).is_ne()
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListAgents, list))
        .merge(op(ListAgentsWithoutGroup, no_group))
        .merge(op(ListOutdatedAgents, outdated))
}
