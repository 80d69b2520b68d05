//! What the inventory handlers share, without handlers of its own: the collections of the
//! syscollector inventories and of CIS-CAT results, the [`Inventory`] each syscollector
//! operation reads, and their list specs — read by the per-agent handlers (`syscollector`,
//! `ciscat`) and the fleet-wide ones (`experimental`).

use super::list::{ListSpec, Messages};
use crate::api::ciscat::CISCAT_FIELDS;
use crate::api::syscollector::{
    GetHardware, GetOs, ListHotfixes, ListNetaddr, ListNetiface, ListNetproto, ListPackages,
    ListPorts, ListProcesses, HARDWARE_FIELDS, HOTFIXES_FIELDS, NETADDR_FIELDS, NETIFACE_FIELDS,
    NETPROTO_FIELDS, OS_FIELDS, PACKAGES_FIELDS, PORTS_FIELDS, PROCESSES_FIELDS,
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

/// A collection of inventory items with these fields.
const fn inventory(fields: &'static [Field]) -> Collection {
    Collection {
        fields,
        mandatory: &[],
        default_sort: "",
        date_filters_skip_id: None,
    }
}

const HARDWARE: Collection = inventory(HARDWARE_FIELDS);

const OS: Collection = inventory(OS_FIELDS);

const HOTFIXES: Collection = inventory(HOTFIXES_FIELDS);

const NETADDR: Collection = inventory(NETADDR_FIELDS);

const NETIFACE: Collection = inventory(NETIFACE_FIELDS);

const NETPROTO: Collection = inventory(NETPROTO_FIELDS);

const PACKAGES: Collection = inventory(PACKAGES_FIELDS);

const PORTS: Collection = inventory(PORTS_FIELDS);

const PROCESSES: Collection = inventory(PROCESSES_FIELDS);

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
