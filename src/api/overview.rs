//! Overview operations (spec tag `Overview`).

use super::params;
use super::query;
use super::{Endpoint, Method, NoQuery, Spec};

/// `GET /overview/agents`: the dashboard summary of the fleet.
pub struct OverviewAgents;

impl Endpoint for OverviewAgents {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/overview/agents",
        operation_id: "api.controllers.overview_controller.get_overview_agents",
        actions: &["group:read", "agent:read"],
        query: query!([]),
    };
    type Query = NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[OverviewAgents::SPEC];
