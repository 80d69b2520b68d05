//! Experimental operations (spec tag `Experimental`): the fleet-wide forms of the syscollector
//! and CIS-CAT reads (every item carries its `agent_id`, `agents_list` narrows the agents) and
//! the bulk clearing of syscheck and rootcheck results. Served only when the API
//! configuration enables `experimental_features`.

use super::agents::AgentCommandQuery;
use super::ciscat::RESULT_FILTERS;
use super::params::{self, FieldFilters};
use super::syscollector::{
    HOTFIX_FILTERS, NETIFACE_FILTERS, NETPROTO_FILTERS, PACKAGE_FILTERS, PORT_FILTERS,
    PROCESS_FILTERS,
};
use super::Param;
use super::{Endpoint, Method, Spec};

/// Declares a fleet-wide read: its type, path, controller function, RBAC action and filters.
macro_rules! fleet_read {
    ($(#[$doc:meta])* $name:ident, $path:expr, $function:literal, $action:literal,
     $filters:expr) => {
        $(#[$doc])*
        pub struct $name;

        impl Endpoint for $name {
            const SPEC: Spec = Spec {
                method: Method::Get,
                path: $path,
                operation_id: concat!("api.controllers.experimental_controller.", $function),
                actions: &[$action],
                query: params::join!(
                    &[params::PRETTY, params::WAIT_FOR_COMPLETE, Param::text("agents_list"),
                      params::OFFSET, params::LIMIT, params::SORT, params::SEARCH,
                      params::SELECT],
                    $filters,
                ),
            };
            type Query = FieldFilters;
        }
    };
}

/// Declares a fleet-wide syscollector read.
macro_rules! fleet_inventory {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $function:literal, $filters:expr) => {
        fleet_read!($(#[$doc])* $name, concat!("/experimental/syscollector/", $kind),
            $function, "syscollector:read", $filters);
    };
}

fleet_inventory!(
    /// `GET /experimental/syscollector/hardware`: the hardware of every agent.
    FleetHardware, "hardware", "get_hardware_info",
    &[
        Param::integer("ram.free"), Param::integer("ram.total"), Param::integer("cpu.cores"),
        Param::text("cpu.mhz"), Param::text("cpu.name"), Param::text("board_serial"),
    ]
);
fleet_inventory!(
    /// `GET /experimental/syscollector/hotfixes`: the Windows updates of every agent.
    FleetHotfixes, "hotfixes", "get_hotfixes_info", HOTFIX_FILTERS
);
fleet_inventory!(
    /// `GET /experimental/syscollector/netaddr`: the interface addresses of every agent.
    FleetNetaddr, "netaddr", "get_network_address_info",
    &[
        Param::text("proto"), Param::text("address"), Param::text("broadcast"),
        Param::text("netmask"),
    ]
);
fleet_inventory!(
    /// `GET /experimental/syscollector/netiface`: the network interfaces of every agent.
    FleetNetiface, "netiface", "get_network_interface_info", NETIFACE_FILTERS
);
fleet_inventory!(
    /// `GET /experimental/syscollector/netproto`: the interface protocols of every agent.
    FleetNetproto, "netproto", "get_network_protocol_info", NETPROTO_FILTERS
);
fleet_inventory!(
    /// `GET /experimental/syscollector/os`: the operating system of every agent.
    FleetOs, "os", "get_os_info",
    &[
        Param::text("os.name"), Param::text("architecture"), Param::text("os.version"),
        Param::text("version"), Param::text("release"),
    ]
);
fleet_inventory!(
    /// `GET /experimental/syscollector/packages`: the packages of every agent.
    FleetPackages, "packages", "get_packages_info", PACKAGE_FILTERS
);
fleet_inventory!(
    /// `GET /experimental/syscollector/ports`: the open ports of every agent.
    FleetPorts, "ports", "get_ports_info", PORT_FILTERS
);
fleet_inventory!(
    /// `GET /experimental/syscollector/processes`: the processes of every agent.
    FleetProcesses, "processes", "get_processes_info", PROCESS_FILTERS
);
fleet_read!(
    /// `GET /experimental/ciscat/results`: the CIS-CAT results of every agent.
    FleetCiscatResults, "/experimental/ciscat/results", "get_cis_cat_results", "ciscat:read",
    RESULT_FILTERS
);

/// Declares a bulk clearing of scan results: `agents_list` (ids or `all`) is mandatory.
macro_rules! fleet_clear {
    ($(#[$doc:meta])* $name:ident, $path:literal, $function:literal, $action:literal) => {
        $(#[$doc])*
        pub struct $name;

        impl Endpoint for $name {
            const SPEC: Spec = Spec {
                method: Method::Delete,
                path: $path,
                operation_id: concat!("api.controllers.experimental_controller.", $function),
                actions: &[$action],
                query: &[
                    params::PRETTY, params::WAIT_FOR_COMPLETE,
                    Param::text("agents_list").required(),
                ],
            };
            type Query = AgentCommandQuery;
        }
    };
}

fleet_clear!(
    /// `DELETE /experimental/syscheck`: clear the FIM results of the listed agents (or `all`).
    ClearFleetSyscheck, "/experimental/syscheck", "clear_syscheck_database", "syscheck:clear"
);
fleet_clear!(
    /// `DELETE /experimental/rootcheck`: clear the rootcheck results of the listed agents.
    ClearFleetRootcheck, "/experimental/rootcheck", "clear_rootcheck_database", "rootcheck:clear"
);

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    ClearFleetRootcheck::SPEC,
    ClearFleetSyscheck::SPEC,
    FleetCiscatResults::SPEC,
    FleetHardware::SPEC,
    FleetNetaddr::SPEC,
    FleetNetiface::SPEC,
    FleetNetproto::SPEC,
    FleetOs::SPEC,
    FleetPackages::SPEC,
    FleetPorts::SPEC,
    FleetProcesses::SPEC,
    FleetHotfixes::SPEC,
];
