//! What the inventory handlers share, without handlers of its own: the collections of the
//! syscollector inventories and of CIS-CAT results, the [`Inventory`] each syscollector
//! operation reads, and their list specs — read by the per-agent handlers (`syscollector`,
//! `ciscat`) and the fleet-wide ones (`experimental`).

use super::list::{ListSpec, Messages};
use crate::api::ciscat::CISCAT_FIELDS;
use crate::api::syscollector::{
    GetHardware, GetOs, ListHotfixes, ListNetaddr, ListNetiface, ListNetproto, ListPackages,
    ListPorts, ListProcesses,
};
use crate::api::Endpoint;
use crate::server::collection::{Collection, Field};
use crate::server::inventory::Kind;

/// The messages of every syscollector answer.
pub const MESSAGES: Messages = Messages {
    all: "All specified syscollector information was returned",
    some: "Some syscollector information was not returned",
    none: "No syscollector information was returned",
};

/// A collection of inventory items with these fields (every item has `agent_id` and `scan`).
macro_rules! inventory {
    ($($field:expr),* $(,)?) => {
        Collection {
            fields: &[
                $($field,)*
                Field::text("agent_id"),
                Field::number("scan.id"),
                Field::date("scan.time"),
            ],
            mandatory: &[],
            default_sort: "",
            date_filters_skip_id: None,
        }
    };
}

const HARDWARE: Collection = inventory![
    Field::text("board_serial"),
    Field::text("cpu.name"),
    Field::number("cpu.cores"),
    Field::number("cpu.mhz"),
    Field::number("ram.total"),
    Field::number("ram.free"),
    Field::number("ram.usage"),
];

const OS: Collection = inventory![
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

const HOTFIXES: Collection = inventory![Field::text("hotfix")];

const NETADDR: Collection = inventory![
    Field::text("iface"),
    Field::text("proto"),
    Field::text("address"),
    Field::text("netmask"),
    Field::text("broadcast"),
];

const NETIFACE: Collection = inventory![
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

const NETPROTO: Collection = inventory![
    Field::text("iface"),
    Field::text("type"),
    Field::text("gateway"),
    Field::text("dhcp"),
    Field::number("metric"),
];

const PACKAGES: Collection = inventory![
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

const PORTS: Collection = inventory![
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

const PROCESSES: Collection = inventory![
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

/// A syscollector operation: the inventory it reads and the fields of its items.
pub trait Inventory: Endpoint {
    /// The kind of inventory.
    const KIND: Kind;
    /// The fields of its items.
    const COLLECTION: &'static Collection;
}

/// Declares the [`Inventory`] of an operation.
macro_rules! reads {
    ($endpoint:ty, $kind:ident, $collection:ident) => {
        impl Inventory for $endpoint {
            const KIND: Kind = Kind::$kind;
            const COLLECTION: &'static Collection = &$collection;
        }
    };
}

reads!(GetHardware, Hardware, HARDWARE);
reads!(GetOs, Os, OS);
reads!(ListHotfixes, Hotfixes, HOTFIXES);
reads!(ListNetaddr, Netaddr, NETADDR);
reads!(ListNetiface, Netiface, NETIFACE);
reads!(ListNetproto, Netproto, NETPROTO);
reads!(ListPackages, Packages, PACKAGES);
reads!(ListPorts, Ports, PORTS);
reads!(ListProcesses, Processes, PROCESSES);

/// CIS-CAT results (the fleet-wide ones carry their `agent_id`).
const RESULTS: Collection = Collection {
    fields: CISCAT_FIELDS,
    mandatory: &[],
    default_sort: "",
    date_filters_skip_id: None,
};

/// The list of CIS-CAT results.
pub const RESULT_LIST: ListSpec = ListSpec {
    collection: &RESULTS,
    messages: Messages {
        all: "All CISCAT results were returned",
        some: "Some CISCAT results were not returned",
        none: "No CISCAT results were returned",
    },
    key: "benchmark",
    names: None,
    equalities: &[],
};
