//! `wazuh-ctl syscollector AGENT ...`: what one agent's inventory holds — hardware, OS,
//! packages, processes, ports, network interfaces, addresses and protocols, hotfixes — with
//! the usual list flags and the operation's field filters (`--filter vendor=Canonical`).
//! `syscollector fleet ...` asks the same of every agent (or of `--agents`) through the
//! experimental endpoints, each item with its agent's id.
//!
//! Imports `api::syscollector` and `api::experimental` for the endpoints and the `verbs`
//! runners.

use super::agents::agent_id;
use super::complete;
use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use crate::api::experimental::{
    FleetHardware, FleetHotfixes, FleetNetaddr, FleetNetiface, FleetNetproto, FleetOs,
    FleetPackages, FleetPorts, FleetProcesses,
};
use crate::api::params::{FieldFilters, ListParams};
use crate::api::syscollector::{
    GetHardware, GetOs, ListHotfixes, ListNetaddr, ListNetiface, ListNetproto, ListPackages,
    ListPorts, ListProcesses,
};
use crate::api::Endpoint;
use crate::output::Column;
use clap_complete::engine::ArgValueCompleter;

/// Columns of the hardware table.
const HARDWARE: &[Column] = &[
    Column::new("CPU", "cpu.name"),
    Column::new("CORES", "cpu.cores"),
    Column::new("RAM (KB)", "ram.total"),
    Column::new("RAM USED %", "ram.usage").drop_rank(1),
    Column::new("BOARD SERIAL", "board_serial").drop_rank(2),
];

/// Columns of the OS table.
const OS: &[Column] = &[
    Column::new("HOSTNAME", "hostname"),
    Column::new("OS", "os.name"),
    Column::new("VERSION", "os.version"),
    Column::new("KERNEL", "release").drop_rank(2),
    Column::new("ARCH", "architecture").drop_rank(1),
];

/// Columns of package tables.
const PACKAGES: &[Column] = &[
    Column::new("NAME", "name"),
    Column::new("VERSION", "version"),
    Column::new("VENDOR", "vendor").drop_rank(2),
    Column::new("ARCH", "architecture").drop_rank(1),
];

/// Columns of process tables.
const PROCESSES: &[Column] = &[
    Column::new("PID", "pid"),
    Column::new("NAME", "name"),
    Column::new("USER", "euser"),
    Column::new("STATE", "state").drop_rank(1),
    Column::new("COMMAND", "cmd").drop_rank(2),
];

/// Columns of port tables.
const PORTS: &[Column] = &[
    Column::new("LOCAL ADDRESS", "local.ip"),
    Column::new("PORT", "local.port"),
    Column::new("PROTOCOL", "protocol"),
    Column::new("STATE", "state"),
    Column::new("PROCESS", "process").drop_rank(1),
];

/// Columns of interface tables.
const NETIFACE: &[Column] = &[
    Column::new("NAME", "name"),
    Column::new("TYPE", "type"),
    Column::new("STATE", "state"),
    Column::new("MTU", "mtu").drop_rank(1),
    Column::new("MAC", "mac").drop_rank(2),
];

/// Columns of address tables.
const NETADDR: &[Column] = &[
    Column::new("INTERFACE", "iface"),
    Column::new("PROTOCOL", "proto"),
    Column::new("ADDRESS", "address"),
    Column::new("NETMASK", "netmask").drop_rank(1),
    Column::new("BROADCAST", "broadcast").drop_rank(2),
];

/// Columns of protocol tables.
const NETPROTO: &[Column] = &[
    Column::new("INTERFACE", "iface"),
    Column::new("TYPE", "type"),
    Column::new("GATEWAY", "gateway"),
    Column::new("DHCP", "dhcp"),
];

/// Columns of hotfix tables.
const HOTFIXES: &[Column] = &[
    Column::new("HOTFIX", "hotfix"),
    Column::new("SCANNED", "scan.time").drop_rank(1),
];

/// The AGENT of the verbs that read every agent through the experimental endpoints.
pub const FLEET: &str = "fleet";

/// The column naming each item's agent in fleet-wide tables.
const AGENT: Column = Column::new("AGENT", "agent_id");

/// `syscollector AGENT WHAT`.
#[derive(Debug, clap::Args)]
pub struct SyscollectorArgs {
    /// The agent, e.g. 001, or `fleet` for every agent (Wazuh's experimental endpoints,
    /// enabled by `experimental_features` in the API configuration).
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
    /// What to show.
    #[command(subcommand)]
    what: Inventory,
}

/// The parts of an agent's inventory.
#[derive(Debug, clap::Subcommand)]
pub enum Inventory {
    /// The agent's CPU, memory and board serial (with `fleet`: the list flags and filters
    /// ram.free, ram.total, cpu.cores, cpu.mhz, cpu.name, board_serial).
    Hardware(InventoryList),
    /// The agent's operating system (with `fleet`: the list flags and filters os.name,
    /// architecture, os.version, version, release).
    Os(InventoryList),
    /// Installed packages (--filter vendor=... name=... architecture=... format=... version=...).
    Packages(InventoryList),
    /// Running processes (--filter name=... euser=... pid=... state=...).
    Processes(InventoryList),
    /// Open ports (--filter local.port=22 protocol=tcp state=listening process=...).
    Ports(InventoryList),
    /// Network interfaces (--filter name=... type=... state=... mtu=...).
    Netiface(InventoryList),
    /// Interface addresses (--filter iface=... proto=... address=...).
    Netaddr(InventoryList),
    /// Interface protocol settings (--filter iface=... type=... gateway=... dhcp=...).
    Netproto(InventoryList),
    /// Installed Windows updates (--filter hotfix=KB...).
    Hotfixes(InventoryList),
}

/// The flags of an inventory list.
#[derive(Debug, clap::Args)]
pub struct InventoryList {
    /// Only items whose FIELD equals VALUE (repeatable); the fields are those the command's
    /// help names.
    #[arg(long = "filter", short = 'f', value_name = "FIELD=VALUE")]
    filters: Vec<String>,
    /// With `fleet`: only these agents (comma-separated ids).
    #[arg(long, value_name = "IDS")]
    agents: Option<String>,
    /// The list flags.
    #[command(flatten)]
    list: ListArgs,
}

impl InventoryList {
    /// Lists the items of `E` for an agent, or of `F` for the fleet (`agent` is `fleet`).
    pub async fn run<E, F>(
        &self,
        ctx: &Ctx,
        agent: &str,
        columns: &[Column],
    ) -> Result<(), CliError>
    where
        E: Endpoint<Query = FieldFilters>,
        F: Endpoint<Query = FieldFilters>,
    {
        if agent == FLEET {
            return self.fleet::<F>(ctx, columns).await;
        }
        self.only_fleet()?;
        let filters = verbs::field_filters::<E>(&self.filters)?;
        verbs::list::<E>(ctx, [agent], &self.list, &filters, columns).await
    }

    /// Lists the items of `F` for every agent (or `--agents`), each row naming its agent.
    pub async fn fleet<F>(&self, ctx: &Ctx, columns: &[Column]) -> Result<(), CliError>
    where
        F: Endpoint<Query = FieldFilters>,
    {
        let mut filters = verbs::field_filters::<F>(&self.filters)?;
        if let Some(agents) = &self.agents {
            let ids: Vec<String> = agents.split(',').map(agent_id).collect();
            filters.0.insert("agents_list".into(), ids.join(","));
        }
        let columns: Vec<Column> = [AGENT].iter().chain(columns).copied().collect();
        verbs::list::<F>(ctx, [], &self.list, &filters, &columns).await
    }

    /// A usage error when `--agents` is given without `fleet`.
    pub fn only_fleet(&self) -> Result<(), CliError> {
        match self.agents {
            Some(_) => Err(CliError::usage(
                format!("--agents lists agents only with AGENT `{FLEET}`"),
                None,
            )),
            None => Ok(()),
        }
    }

    /// A usage error when a flag of lists is given for a one-item inventory of one agent.
    fn one_item(&self, what: &str) -> Result<(), CliError> {
        let list = &self.list;
        let given = !self.filters.is_empty()
            || list.all
            || [&list.query, &list.search, &list.sort]
                .iter()
                .any(|flag| flag.is_some())
            || list.limit.or(list.offset).is_some();
        match given {
            true => Err(CliError::usage(
                format!("the {what} of one agent is one item: only --fields applies"),
                None,
            )),
            false => self.only_fleet(),
        }
    }
}

impl SyscollectorArgs {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let agent = target(&self.agent);
        let agent = agent.as_str();
        match &self.what {
            Inventory::Hardware(list) if agent == FLEET => {
                list.fleet::<FleetHardware>(ctx, HARDWARE).await
            }
            Inventory::Hardware(list) => {
                list.one_item("hardware")?;
                one::<GetHardware>(ctx, agent, HARDWARE).await
            }
            Inventory::Os(list) if agent == FLEET => list.fleet::<FleetOs>(ctx, OS).await,
            Inventory::Os(list) => {
                list.one_item("OS")?;
                one::<GetOs>(ctx, agent, OS).await
            }
            Inventory::Packages(list) => {
                list.run::<ListPackages, FleetPackages>(ctx, agent, PACKAGES)
                    .await
            }
            Inventory::Processes(list) => {
                list.run::<ListProcesses, FleetProcesses>(ctx, agent, PROCESSES)
                    .await
            }
            Inventory::Ports(list) => list.run::<ListPorts, FleetPorts>(ctx, agent, PORTS).await,
            Inventory::Netiface(list) => {
                list.run::<ListNetiface, FleetNetiface>(ctx, agent, NETIFACE)
                    .await
            }
            Inventory::Netaddr(list) => {
                list.run::<ListNetaddr, FleetNetaddr>(ctx, agent, NETADDR)
                    .await
            }
            Inventory::Netproto(list) => {
                list.run::<ListNetproto, FleetNetproto>(ctx, agent, NETPROTO)
                    .await
            }
            Inventory::Hotfixes(list) => {
                list.run::<ListHotfixes, FleetHotfixes>(ctx, agent, HOTFIXES)
                    .await
            }
        }
    }
}

/// An AGENT argument as given to the verbs taking `fleet`: `fleet`, or a padded agent id.
pub fn target(agent: &str) -> String {
    match agent {
        FLEET => FLEET.to_string(),
        id => agent_id(id),
    }
}

/// Shows a one-item inventory (hardware, OS), `--fields` as its `select`.
async fn one<E: Endpoint>(ctx: &Ctx, agent: &str, columns: &[Column]) -> Result<(), CliError> {
    let select = ListParams {
        select: verbs::select(ctx.global.fields.as_deref()),
        ..ListParams::default()
    };
    verbs::get::<E>(ctx, [agent], &[&select], columns).await
}
