//! `wazuh-ctl mitre ...`: the MITRE ATT&CK knowledge of the manager (tactics, techniques,
//! groups, software, mitigations, references, and the database's versions), with the usual
//! list flags. Objects are named by their API ids (`attack-pattern--...`); to find one by its
//! ATT&CK id, query it: `-q external_id=T1110`.
//!
//! Imports `api::mitre` for the endpoints and the `verbs` runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::verbs::{self, ListArgs};
use crate::api::mitre::{
    GetMitreMetadata, ListMitreGroups, ListMitreMitigations, ListMitreReferences,
    ListMitreSoftware, ListMitreTactics, ListMitreTechniques, MitreIds,
};
use crate::api::Endpoint;
use crate::output::Column;

/// Columns of tactic tables.
const TACTICS: &[Column] = &[
    Column::new("ID", "external_id"),
    Column::new("NAME", "name"),
    Column::new("SHORT NAME", "short_name").drop_rank(1),
];

/// Columns of technique, group and software tables.
const VERSIONED: &[Column] = &[
    Column::new("ID", "external_id"),
    Column::new("NAME", "name"),
    Column::new("VERSION", "mitre_version").drop_rank(2),
    Column::new("MODIFIED", "modified_time").drop_rank(1),
];

/// Columns of mitigation tables.
const MITIGATIONS: &[Column] = &[
    Column::new("ID", "external_id"),
    Column::new("NAME", "name"),
    Column::new("DESCRIPTION", "description").drop_rank(1),
];

/// Columns of reference tables.
const REFERENCES: &[Column] = &[
    Column::new("SOURCE", "source"),
    Column::new("TYPE", "type"),
    Column::new("URL", "url").drop_rank(1),
];

/// Columns of the metadata table.
const METADATA: &[Column] = &[Column::new("KEY", "key"), Column::new("VALUE", "value")];

/// MITRE verbs.
#[derive(Debug, clap::Subcommand)]
pub enum MitreCommand {
    /// List ATT&CK tactics (-q short_name=credential-access).
    Tactics(MitreList),
    /// List ATT&CK techniques and sub-techniques (-q external_id=T1110).
    Techniques(MitreList),
    /// List the threat groups ATT&CK tracks (-q name=APT28).
    Groups(MitreList),
    /// List the malware and tools ATT&CK tracks.
    Software(MitreList),
    /// List ATT&CK mitigations.
    Mitigations(MitreList),
    /// List the references ATT&CK objects cite; --id keeps those of these objects.
    References(MitreList),
    /// Show the MITRE database's version and ATT&CK version.
    Metadata,
}

/// The flags of a MITRE list.
#[derive(Debug, clap::Args)]
pub struct MitreList {
    /// Only the objects with this API id, e.g. attack-pattern--... (repeatable).
    #[arg(long = "id", value_name = "ID")]
    ids: Vec<String>,
    /// The list flags.
    #[command(flatten)]
    list: ListArgs,
}

impl MitreList {
    /// Lists the objects of `E`, those with the ids given when there are.
    async fn run<E: Endpoint<Query = MitreIds>>(
        &self,
        ctx: &Ctx,
        columns: &[Column],
    ) -> Result<(), CliError> {
        let joined = (!self.ids.is_empty()).then(|| self.ids.join(","));
        let ids = MitreIds::of(&E::SPEC, joined);
        verbs::list::<E>(ctx, [], &self.list, &ids, columns).await
    }
}

impl MitreCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            MitreCommand::Tactics(args) => args.run::<ListMitreTactics>(ctx, TACTICS).await,
            MitreCommand::Techniques(args) => args.run::<ListMitreTechniques>(ctx, VERSIONED).await,
            MitreCommand::Groups(args) => args.run::<ListMitreGroups>(ctx, VERSIONED).await,
            MitreCommand::Software(args) => args.run::<ListMitreSoftware>(ctx, VERSIONED).await,
            MitreCommand::Mitigations(args) => {
                args.run::<ListMitreMitigations>(ctx, MITIGATIONS).await
            }
            MitreCommand::References(args) => {
                args.run::<ListMitreReferences>(ctx, REFERENCES).await
            }
            MitreCommand::Metadata => verbs::get::<GetMitreMetadata>(ctx, [], &[], METADATA).await,
        }
    }
}
