//! `wazuh-ctl agents config`, `agents daemon-stats` and `agents stats component`: an agent's
//! active configuration (a document: JSON unless `-o` says otherwise) and the statistics
//! its daemons and the manager's daemons keep about it (tables).
//!
//! Imports `api::agents::runtime` for the endpoints and their value lists, `verbs` for the
//! runners.

use super::agent_id;
use crate::api::agents::runtime::{
    DaemonStatsQuery, GetAgentComponentStats, GetAgentConfig, GetAgentDaemonStats, AGENT_DAEMONS,
    CONFIG_COMPONENTS, CONFIG_SECTIONS, STATS_COMPONENTS,
};
use crate::api::NoQuery;
use crate::cli::complete;
use crate::cli::ctx::Ctx;
use crate::cli::error::CliError;
use crate::cli::verbs;
use crate::output::{columns, Format};
use clap::builder::PossibleValuesParser;
use clap_complete::engine::ArgValueCompleter;

/// `agents config`: one section of an agent's active configuration.
#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// The agent id (000 is the manager).
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
    /// The component, e.g. agent, logcollector, syscheck, com, wmodules.
    #[arg(value_name = "COMPONENT", value_parser = PossibleValuesParser::new(CONFIG_COMPONENTS.iter().copied()))]
    component: String,
    /// The component's section, e.g. client, labels, localfile, syscheck.
    #[arg(value_name = "CONFIGURATION", value_parser = PossibleValuesParser::new(CONFIG_SECTIONS.iter().copied()))]
    configuration: String,
}

impl ConfigArgs {
    /// The output format when `-o` is not given: JSON, as the section is a nested document.
    pub fn default_format() -> Option<Format> {
        Some(Format::Json)
    }

    /// Prints the section.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let path = [
            agent_id(&self.agent),
            self.component.clone(),
            self.configuration.clone(),
        ];
        let path = path.each_ref().map(String::as_str);
        verbs::get::<GetAgentConfig>(ctx, path, &[&NoQuery {}], &[]).await
    }
}

/// `agents daemon-stats`: what the manager's daemons count about an agent.
#[derive(Debug, clap::Args)]
pub struct DaemonStatsArgs {
    /// The agent id.
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
    /// Only this daemon (repeat or separate with commas; default: every daemon).
    #[arg(long = "daemon", value_name = "DAEMON", value_delimiter = ',', value_parser = PossibleValuesParser::new(AGENT_DAEMONS.iter().copied()))]
    daemons: Vec<String>,
}

impl DaemonStatsArgs {
    /// Prints one row per daemon.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let query = DaemonStatsQuery {
            daemons_list: (!self.daemons.is_empty()).then(|| self.daemons.join(",")),
        };
        let agent = agent_id(&self.agent);
        verbs::get::<GetAgentDaemonStats>(
            ctx,
            [agent.as_str()],
            &[&query],
            columns::AGENT_DAEMON_STATS,
        )
        .await
    }
}

/// `agents stats component`: the counters of one of the agent's own daemons.
#[derive(Debug, clap::Args)]
pub struct ComponentStatsArgs {
    /// The agent id (000 is the manager, which has logcollector statistics only).
    #[arg(value_name = "AGENT", add = ArgValueCompleter::new(complete::agent_ids))]
    agent: String,
    /// The daemon: logcollector (per file) or agent (connection and messages).
    #[arg(value_name = "COMPONENT", value_parser = PossibleValuesParser::new(STATS_COMPONENTS.iter().copied()))]
    component: String,
}

impl ComponentStatsArgs {
    /// The output format when `-o` is not given: JSON for logcollector's per-file document,
    /// else the usual default.
    pub fn default_format(&self) -> Option<Format> {
        (self.component == "logcollector").then_some(Format::Json)
    }

    /// Prints the counters.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        let agent = agent_id(&self.agent);
        let path = [agent.as_str(), self.component.as_str()];
        verbs::get::<GetAgentComponentStats>(ctx, path, &[&NoQuery {}], columns::AGENT_STATE).await
    }
}
