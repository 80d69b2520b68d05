//! Syscollector operations (spec tag `Syscollector`): what one agent's inventory holds —
//! hardware, operating system, network interfaces, addresses and protocols, packages, ports,
//! processes and Windows hotfixes.

use super::fields::Field;
use super::params;
use super::{query, Param};
use super::{Endpoint, Method, Spec};
use params::FieldFilters;

/// The fields of an inventory item: its own, then `agent_id` and the `scan` (every item has
/// them).
macro_rules! item_fields {
    ($($field:expr),* $(,)?) => {
        &[
            $($field,)*
            Field::text("agent_id"),
            Field::number("scan.id"),
            Field::date("scan.time"),
        ]
    };
}

/// The fields of an agent's hardware items.
pub const HARDWARE_FIELDS: &[Field] = item_fields![
    Field::text("board_serial"),
    Field::text("cpu.name"),
    Field::number("cpu.cores"),
    Field::number("cpu.mhz"),
    Field::number("ram.total"),
    Field::number("ram.free"),
    Field::number("ram.usage"),
];

/// The fields of an agent's operating system items.
pub const OS_FIELDS: &[Field] = item_fields![
    Field::text("hostname"),
    Field::text("architecture"),
    Field::text("sysname"),
    Field::text("release"),
    Field::text("version"),
    Field::text("os.name"),
    Field::text("os.platform"),
    Field::text("os.version"),
    Field::text("os.codename"),
    Field::text("os.major"),
    Field::text("os.minor"),
    Field::text("os.build"),
];

/// The fields of an agent's hotfix items.
pub const HOTFIXES_FIELDS: &[Field] = item_fields![Field::text("hotfix")];

/// The fields of an agent's network address items.
pub const NETADDR_FIELDS: &[Field] = item_fields![
    Field::text("iface"),
    Field::text("proto"),
    Field::text("address"),
    Field::text("netmask"),
    Field::text("broadcast"),
];

/// The fields of an agent's network interface items.
pub const NETIFACE_FIELDS: &[Field] = item_fields![
    Field::text("name"),
    Field::text("adapter"),
    Field::text("type"),
    Field::text("state"),
    Field::number("mtu"),
    Field::text("mac"),
    Field::number("tx.packets"),
    Field::number("rx.packets"),
    Field::number("tx.bytes"),
    Field::number("rx.bytes"),
    Field::number("tx.errors"),
    Field::number("rx.errors"),
    Field::number("tx.dropped"),
    Field::number("rx.dropped"),
];

/// The fields of an agent's network protocol items.
pub const NETPROTO_FIELDS: &[Field] = item_fields![
    Field::text("iface"),
    Field::text("type"),
    Field::text("gateway"),
    Field::text("dhcp"),
    Field::number("metric"),
];

/// The fields of an agent's package items.
pub const PACKAGES_FIELDS: &[Field] = item_fields![
    Field::text("name"),
    Field::text("version"),
    Field::text("vendor"),
    Field::text("architecture"),
    Field::text("format"),
    Field::text("description"),
    Field::text("section"),
    Field::number("size"),
    Field::text("priority"),
    Field::text("location"),
    Field::text("install_time"),
];

/// The fields of an agent's port items.
pub const PORTS_FIELDS: &[Field] = item_fields![
    Field::text("local.ip"),
    Field::number("local.port"),
    Field::text("remote.ip"),
    Field::number("remote.port"),
    Field::text("protocol"),
    Field::text("state"),
    Field::number("pid"),
    Field::text("process"),
    Field::number("inode"),
    Field::number("tx_queue"),
    Field::number("rx_queue"),
];

/// The fields of an agent's process items.
pub const PROCESSES_FIELDS: &[Field] = item_fields![
    Field::number("pid"),
    Field::text("name"),
    Field::text("state"),
    Field::number("ppid"),
    Field::text("cmd"),
    Field::text("argvs"),
    Field::text("euser"),
    Field::text("ruser"),
    Field::text("suser"),
    Field::text("egroup"),
    Field::text("rgroup"),
    Field::text("sgroup"),
    Field::text("fgroup"),
    Field::number("priority"),
    Field::number("nice"),
    Field::number("size"),
    Field::number("vm_size"),
    Field::number("resident"),
    Field::number("share"),
    Field::number("start_time"),
    Field::number("utime"),
    Field::number("stime"),
    Field::number("pgrp"),
    Field::number("session"),
    Field::number("nlwp"),
    Field::number("tgid"),
    Field::number("tty"),
    Field::number("processor"),
];

/// The RBAC action of every syscollector read.
const READ: &[&str] = &["syscollector:read"];

/// Declares a syscollector operation on one agent: its type, inventory, controller function
/// and parameters.
macro_rules! inventory {
    ($(#[$doc:meta])* $name:ident, $path:literal, $function:literal, $query:expr) => {
        $(#[$doc])*
        pub struct $name;

        impl Endpoint for $name {
            const SPEC: Spec = Spec {
                method: Method::Get,
                path: $path,
                operation_id: concat!("api.controllers.syscollector_controller.", $function),
                actions: READ,
                query: $query,
            };
            type Query = FieldFilters;
        }
    };
}

/// Declares an inventory that is a list: the list parameters and its equality filters.
macro_rules! inventory_list {
    ($(#[$doc:meta])* $name:ident, $path:literal, $function:literal, $filters:expr) => {
        inventory!($(#[$doc])* $name, $path, $function, params::join!(
            &[params::PRETTY, params::WAIT_FOR_COMPLETE, params::OFFSET, params::LIMIT,
              params::SORT, params::SEARCH, params::SELECT],
            $filters,
            &[params::Q, params::DISTINCT],
        ));
    };
}

/// The filters of the hotfix lists.
pub const HOTFIX_FILTERS: &[Param] = &[Param::text("hotfix")];

/// The filters of the network interface lists.
pub const NETIFACE_FILTERS: &[Param] = &[
    Param::text("name"),
    Param::text("adapter"),
    Param::text("type"),
    Param::text("state"),
    Param::integer("mtu"),
    Param::integer("tx.packets"),
    Param::integer("rx.packets"),
    Param::integer("tx.bytes"),
    Param::integer("rx.bytes"),
    Param::integer("tx.errors"),
    Param::integer("rx.errors"),
    Param::integer("tx.dropped"),
    Param::integer("rx.dropped"),
];

/// The filters of the package lists.
pub const PACKAGE_FILTERS: &[Param] = &[
    Param::text("vendor"),
    Param::text("name"),
    Param::text("architecture"),
    Param::text("format"),
    Param::text("version"),
];

/// The filters of the port lists.
pub const PORT_FILTERS: &[Param] = &[
    Param::text("pid"),
    Param::text("protocol"),
    Param::text("local.ip"),
    Param::text("local.port"),
    Param::text("remote.ip"),
    Param::text("tx_queue"),
    Param::text("state"),
    Param::text("process"),
];

/// The filters of the process lists.
pub const PROCESS_FILTERS: &[Param] = &[
    Param::text("pid"),
    Param::text("state"),
    Param::text("ppid"),
    Param::text("egroup"),
    Param::text("euser"),
    Param::text("fgroup"),
    Param::text("name"),
    Param::text("nlwp"),
    Param::text("pgrp"),
    Param::text("priority"),
    Param::text("rgroup"),
    Param::text("ruser"),
    Param::text("sgroup"),
    Param::text("suser"),
];

/// The filters of the network protocol lists.
pub const NETPROTO_FILTERS: &[Param] = &[
    Param::text("iface"),
    Param::text("type"),
    Param::text("gateway"),
    Param::enumeration("dhcp"),
];

inventory!(
    /// `GET /syscollector/{agent_id}/hardware`: the agent's CPU, memory and board serial.
    GetHardware, "/syscollector/{agent_id}/hardware", "get_hardware_info",
    query!([params::SELECT])
);
inventory!(
    /// `GET /syscollector/{agent_id}/os`: the agent's operating system.
    GetOs, "/syscollector/{agent_id}/os", "get_os_info", query!([params::SELECT])
);
inventory_list!(
    /// `GET /syscollector/{agent_id}/hotfixes`: the Windows updates the agent has.
    ListHotfixes, "/syscollector/{agent_id}/hotfixes", "get_hotfix_info", HOTFIX_FILTERS
);
inventory_list!(
    /// `GET /syscollector/{agent_id}/netaddr`: the addresses of the agent's interfaces.
    ListNetaddr, "/syscollector/{agent_id}/netaddr", "get_network_address_info",
    &[
        Param::text("iface"), Param::text("proto"), Param::text("address"),
        Param::text("broadcast"), Param::text("netmask"),
    ]
);
inventory_list!(
    /// `GET /syscollector/{agent_id}/netiface`: the agent's network interfaces.
    ListNetiface, "/syscollector/{agent_id}/netiface", "get_network_interface_info",
    NETIFACE_FILTERS
);
inventory_list!(
    /// `GET /syscollector/{agent_id}/netproto`: the protocol settings of the agent's interfaces.
    ListNetproto, "/syscollector/{agent_id}/netproto", "get_network_protocol_info",
    NETPROTO_FILTERS
);
inventory_list!(
    /// `GET /syscollector/{agent_id}/packages`: the packages installed on the agent.
    ListPackages, "/syscollector/{agent_id}/packages", "get_packages_info", PACKAGE_FILTERS
);
inventory_list!(
    /// `GET /syscollector/{agent_id}/ports`: the agent's open ports.
    ListPorts, "/syscollector/{agent_id}/ports", "get_ports_info", PORT_FILTERS
);
inventory_list!(
    /// `GET /syscollector/{agent_id}/processes`: the processes running on the agent.
    ListProcesses, "/syscollector/{agent_id}/processes", "get_processes_info", PROCESS_FILTERS
);

/// The values of `dhcp` (`GET /syscollector/{agent_id}/netproto`), lower-cased.
pub const DHCP_VALUES: &[&str] = &["enabled", "disabled", "unknown", "bootp"];

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    GetHardware::SPEC,
    ListHotfixes::SPEC,
    ListNetaddr::SPEC,
    ListNetiface::SPEC,
    ListNetproto::SPEC,
    GetOs::SPEC,
    ListPackages::SPEC,
    ListPorts::SPEC,
    ListProcesses::SPEC,
];
