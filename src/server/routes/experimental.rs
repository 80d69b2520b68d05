//! Experimental handlers (spec tag `Experimental`), served only when the API configuration
//! enables `experimental_features` (else 404 / 1122, as Wazuh answers). The fleet-wide reads
//! gather the per-agent inventories (`server::inventory`, the same items and fields as
//! `routes::syscollector` and `routes::ciscat`) of the agents the caller's `agent:id` scope
//! permits — or of those `agents_list` names, refused ones failing with 4000 and unknown ones
//! with 1701 — narrowed by the operation's field filters, through the list pipeline. A page
//! in the agents' order without field filters makes only its agents' items and counts the
//! others' (`Machine::count`, no item made); a field filter, `sort`, `search` or `distinct`
//! reads every permitted agent's inventory of that kind (generated when read), so its cost
//! follows the fleet: those run off the async threads unless `agents_list` names the agents. The bulk clearings follow the per-agent ones
//! (`routes::agent_data::clear_scans`): syscheck results of agents 3.12 or newer fail with 1760.

use super::agent_data;
use super::inventory_lists::{Inventory, MESSAGES, RESULT_LIST};
use super::list::{self, ListSpec};
use super::op;
use crate::api::codes::{Code, AGENT_NOT_FOUND, EXPERIMENTAL_DISABLED};
use crate::api::experimental::{
    ClearFleetRootcheck, ClearFleetSyscheck, FleetCiscatResults, FleetHardware, FleetHotfixes,
    FleetNetaddr, FleetNetiface, FleetNetproto, FleetOs, FleetPackages, FleetPorts, FleetProcesses,
};
use crate::api::params::split_list;
use crate::api::syscollector::{
    GetHardware, GetOs, ListHotfixes, ListNetaddr, ListNetiface, ListNetproto, ListPackages,
    ListPorts, ListProcesses, DHCP_VALUES,
};
use crate::api::{AgentId, Endpoint};
use crate::server::bulk::Failures;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::fleet::{Agent, Fleet};
use crate::server::inventory::Machine;
use crate::server::query::Plan;
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::state::{off_thread, AppState};
use crate::server::store::Scan;
use axum::extract::State;
use axum::response::Response;
use axum::Router;
use chrono::Utc;
use serde_json::{json, Value};
use std::ops::Range;

/// The keyword of `agents_list` naming every agent.
const ALL: &str = "all";

/// 404 / 1122 unless the API configuration enables experimental features.
fn enabled(state: &AppState) -> Result<(), ApiError> {
    match state.api_config().experimental_features {
        true => Ok(()),
        false => Err(ApiError::code(EXPERIMENTAL_DISABLED)),
    }
}

/// A fleet-wide read: what it lists and what it reads of each agent's machine.
pub trait FleetRead: Endpoint {
    /// The list of its items (their fields include `agent_id`).
    const LIST: ListSpec;
    /// One agent's items, each with the agent's id.
    fn read(machine: &Machine, agent: &Agent) -> Vec<Value>;
    /// How many items [`FleetRead::read`] gives for the agent.
    fn count(machine: &Machine, agent: &Agent) -> usize;
}

/// Declares the [`FleetRead`] of a fleet-wide syscollector read: the per-agent operation whose
/// inventory and fields it gathers.
macro_rules! gathers {
    ($fleet:ty, $agent:ty) => {
        impl FleetRead for $fleet {
            const LIST: ListSpec = ListSpec {
                collection: <$agent as Inventory>::COLLECTION,
                messages: MESSAGES,
                key: "agent_id",
                names: None,
                equalities: &[],
            };

            fn read(machine: &Machine, _: &Agent) -> Vec<Value> {
                machine.items(<$agent as Inventory>::KIND)
            }

            fn count(machine: &Machine, _: &Agent) -> usize {
                machine.count(<$agent as Inventory>::KIND)
            }
        }
    };
}

gathers!(FleetHardware, GetHardware);
gathers!(FleetOs, GetOs);
gathers!(FleetHotfixes, ListHotfixes);
gathers!(FleetNetaddr, ListNetaddr);
gathers!(FleetNetiface, ListNetiface);
gathers!(FleetNetproto, ListNetproto);
gathers!(FleetPackages, ListPackages);
gathers!(FleetPorts, ListPorts);
gathers!(FleetProcesses, ListProcesses);

impl FleetRead for FleetCiscatResults {
    const LIST: ListSpec = RESULT_LIST;

    fn read(machine: &Machine, agent: &Agent) -> Vec<Value> {
        let mut items = machine.ciscat_results();
        for item in &mut items {
            item["agent_id"] = json!(&*agent.id_text);
        }
        items
    }

    fn count(machine: &Machine, agent: &Agent) -> usize {
        Self::read(machine, agent).len()
    }
}

/// `GET /experimental/syscollector/*`, `GET /experimental/ciscat/results`: a page of the
/// items of every agent the caller may read (or of the agents `agents_list` names).
pub async fn fleet_read<E: FleetRead + 'static>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    enabled(&state)?;
    if let Some(dhcp) = query.param("dhcp") {
        check_one_of("dhcp", dhcp, DHCP_VALUES)?;
    }
    let scope = guard.agents();
    let fleet = state.fleet();
    // The agents listed cost their inventories; every agent's is worth a thread hand-off.
    match query.param("agents_list").is_some() {
        true => gather(&fleet, &scope, &query),
        false => off_thread(move || gather(&fleet, &scope, &query)).await,
    }
}

/// The page of the items of the agents `query` asks for that `scope` permits.
fn gather<E: FleetRead>(
    fleet: &Fleet,
    scope: &Scope,
    query: &WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let plan = Plan::parse(E::LIST.collection, &query.list, Utc::now())?;
    let mut failures = Failures::default();
    let agents: Vec<&Agent> = match query.param("agents_list") {
        Some(list) => listed(fleet, scope, list, &mut failures)?,
        None => scope.filter_agents(fleet).collect(),
    };
    let machines = agents
        .into_iter()
        .filter_map(|agent| Some((Machine::of(agent)?, agent)));
    let filtered = |(machine, agent): (Machine, &Agent)| {
        list::keep_field_filters(&E::LIST, query, E::read(&machine, agent))
    };
    // Without sort, search or select of distinct rows, only the page's items are kept: the
    // others are counted and dropped, so memory follows the page, not the fleet; without a
    // field filter either, only the page's agents' items are made, the others only counted.
    let filler = Value::Null;
    let (kept, cut) = match list::cuts_pages_only(&E::LIST, query) {
        true => {
            let offset = usize::try_from(query.list.offset.unwrap_or(0)).unwrap_or(usize::MAX);
            let range = offset..plan.needed();
            let (window, total) = match list::has_no_field_filter(&E::LIST, query) {
                true => counted_window::<E>(machines, range),
                false => window(machines.flat_map(filtered), range),
            };
            let skipped = std::iter::repeat_n(&filler, offset.min(total));
            (window, Some((skipped, total)))
        }
        false => (machines.flat_map(filtered).collect(), None),
    };
    let page = match cut {
        Some((skipped, total)) => plan.page_of(skipped.chain(&kept).collect(), total),
        None => plan.page(&kept),
    };
    let envelope = list::envelope(
        page.rows(),
        page.total,
        failures.into_groups(),
        &E::LIST.messages,
    );
    Ok(respond::ok(&envelope, query.pretty()))
}

/// The items at the positions of `range` of every item of `machines`, and how many there
/// are: each machine's items counted, only those of the machines the range covers made.
fn counted_window<'a, E: FleetRead>(
    machines: impl Iterator<Item = (Machine<'a>, &'a Agent)>,
    range: Range<usize>,
) -> (Vec<Value>, usize) {
    let mut total = 0;
    let mut kept = Vec::new();
    for (machine, agent) in machines {
        let count = E::count(&machine, agent);
        let (start, end) = (total, total + count);
        if start < range.end && range.start < end {
            let from = range.start.saturating_sub(start);
            let to = (range.end - start).min(count);
            let items = E::read(&machine, agent).into_iter();
            kept.extend(items.take(to).skip(from));
        }
        total = end;
    }
    (kept, total)
}

/// The items at the positions of `range`, and how many items there are.
fn window(items: impl Iterator<Item = Value>, range: Range<usize>) -> (Vec<Value>, usize) {
    let mut total = 0;
    let mut kept = Vec::new();
    for item in items {
        if range.contains(&total) {
            kept.push(item);
        }
        total += 1;
    }
    (kept, total)
}

/// The agents of `agents_list` the scope permits (403 when none is), the others failing
/// with 4000; a malformed or unknown id fails with 1701.
fn listed<'f>(
    fleet: &'f Fleet,
    scope: &Scope,
    list: &str,
    failures: &mut Failures,
) -> Result<Vec<&'f Agent>, ApiError> {
    let ids = split_list(list).iter().map(|id| AgentId::pad(id)).collect();
    let permitted = scope.split(ids, failures)?;
    let mut agents = Vec::new();
    for id in permitted {
        match fleet.find(&id) {
            Some(agent) => agents.push(agent),
            None => failures.add(id, &ApiError::code(AGENT_NOT_FOUND)),
        }
    }
    Ok(agents)
}

/// Clears the `scan` results of the agents `agents_list` names (`all`: every agent the caller
/// may clear) with the per-agent rules, and answers the bulk envelope.
async fn clear_fleet<E: Endpoint>(
    state: &AppState,
    (guard, agents_list): (&Guarded<E>, &str),
    (scan, messages): (Scan, &list::Messages),
    pretty: bool,
    refuse: impl Fn(&Agent) -> Option<Code>,
) -> Result<Response, ApiError> {
    let scope = guard.agents();
    let mut failures = Failures::default();
    let names = split_list(agents_list);
    let ids = match names.iter().any(|name| name == ALL) {
        true => scope
            .filter_agents(&state.fleet())
            .map(|agent| agent.id_text.to_string())
            .collect(),
        false => {
            let ids = names.iter().map(|id| AgentId::pad(id)).collect();
            scope.split(ids, &mut failures)?
        }
    };
    agent_data::clear_scans(state, (ids, scan), failures, (messages, pretty), refuse).await
}

/// `DELETE /experimental/syscheck`: clears the FIM results of the listed agents; only agents
/// before 3.12 can be cleared (1760 for the others).
pub async fn clear_syscheck(
    State(state): State<AppState>,
    guard: Guarded<ClearFleetSyscheck>,
    query: WazuhQuery<ClearFleetSyscheck>,
) -> Result<Response, ApiError> {
    enabled(&state)?;
    let targets = (&guard, query.required("agents_list")?);
    let scan = (Scan::Syscheck, &agent_data::SYSCHECK_CLEAR_MESSAGES);
    clear_fleet(
        &state,
        targets,
        scan,
        query.pretty(),
        agent_data::fim_unclearable,
    )
    .await
}

/// `DELETE /experimental/rootcheck`: clears the rootcheck results of the listed agents.
pub async fn clear_rootcheck(
    State(state): State<AppState>,
    guard: Guarded<ClearFleetRootcheck>,
    query: WazuhQuery<ClearFleetRootcheck>,
) -> Result<Response, ApiError> {
    enabled(&state)?;
    let targets = (&guard, query.required("agents_list")?);
    let scan = (Scan::Rootcheck, &agent_data::ROOTCHECK_CLEAR_MESSAGES);
    clear_fleet(&state, targets, scan, query.pretty(), |_| None).await
}

/// The experimental routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(FleetHardware, fleet_read::<FleetHardware>))
        .merge(op(FleetOs, fleet_read::<FleetOs>))
        .merge(op(FleetHotfixes, fleet_read::<FleetHotfixes>))
        .merge(op(FleetNetaddr, fleet_read::<FleetNetaddr>))
        .merge(op(FleetNetiface, fleet_read::<FleetNetiface>))
        .merge(op(FleetNetproto, fleet_read::<FleetNetproto>))
        .merge(op(FleetPackages, fleet_read::<FleetPackages>))
        .merge(op(FleetPorts, fleet_read::<FleetPorts>))
        .merge(op(FleetProcesses, fleet_read::<FleetProcesses>))
        .merge(op(FleetCiscatResults, fleet_read::<FleetCiscatResults>))
        .merge(op(ClearFleetSyscheck, clear_syscheck))
        .merge(op(ClearFleetRootcheck, clear_rootcheck))
}
