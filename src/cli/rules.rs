//! `wazuh-ctl rules ...`: the rules of the manager's ruleset with the API's filters, their
//! groups and compliance requirements, and the rule files (the shared `ruleset_files` verbs).
//!
//! Imports `api::rules` for the endpoints and the `verbs` runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::ruleset_files::{FileCommand, FileEndpoints, FilesArgs};
use super::verbs::{self, ListArgs};
use crate::api::rules::{
    DeleteRuleFile, GetRuleFile, ListRuleFiles, ListRuleGroups, ListRuleRequirement, ListRules,
    PutRuleFile, RuleFilters,
};
use crate::api::NoQuery;
use crate::output::{Column, Format};
use crate::server::ruleset::Kind;

/// Columns of rule tables.
const RULES: &[Column] = &[
    Column::new("ID", "id"),
    Column::new("LEVEL", "level"),
    Column::new("DESCRIPTION", "description"),
    Column::new("GROUPS", "groups").drop_rank(2),
    Column::new("FILE", "filename").drop_rank(1),
];

/// The column of rule group lists.
const GROUPS: &[Column] = &[Column::new("GROUP", "")];

/// The column of requirement lists.
const REQUIREMENTS: &[Column] = &[Column::new("REQUIREMENT", "")];

/// Rules verbs.
#[derive(Debug, clap::Subcommand)]
pub enum RulesCommand {
    /// List rules, with filters by level, group, file and compliance requirement.
    List {
        /// The rule filters.
        #[command(flatten)]
        filters: Box<RuleFilterArgs>,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show rules by id.
    Get {
        /// Rule ids.
        #[arg(value_name = "ID", required = true, num_args = 1..)]
        ids: Vec<u64>,
    },
    /// List the groups the rules belong to.
    Groups {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// List the values of a compliance requirement in the rules: pci_dss, gdpr, hipaa,
    /// nist-800-53, gpg13, tsc or mitre.
    Requirement {
        /// The requirement.
        #[arg(value_name = "REQUIREMENT")]
        requirement: String,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// List the rule files with their directory and status.
    Files(FilesArgs),
    /// Show, upload or delete rule files.
    #[command(subcommand)]
    File(FileCommand),
}

/// The endpoints of rule files.
pub struct RuleFiles;

impl FileEndpoints for RuleFiles {
    const KIND: Kind = Kind::Rules;
    const DIRNAME: bool = true;
    type List = ListRuleFiles;
    type Get = GetRuleFile;
    type Put = PutRuleFile;
    type Delete = DeleteRuleFile;
}

/// The filters of `rules list`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RuleFilterArgs {
    /// Only rules of this level, or of a range of levels such as 12-15.
    #[arg(long, value_name = "LEVEL")]
    pub level: Option<String>,
    /// Only rules in this group.
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Only rules of this file (repeatable).
    #[arg(long = "filename", value_name = "FILE")]
    pub filenames: Vec<String>,
    /// Only rules of files whose directory contains this text, e.g. etc/rules.
    #[arg(long, value_name = "DIR")]
    pub relative_dirname: Option<String>,
    /// Only rules with this status: enabled, disabled or all.
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only rules mapped to this PCI DSS requirement, e.g. 10.2.4.
    #[arg(long, value_name = "REQ")]
    pub pci_dss: Option<String>,
    /// Only rules mapped to this GDPR requirement.
    #[arg(long, value_name = "REQ")]
    pub gdpr: Option<String>,
    /// Only rules mapped to this GPG13 requirement.
    #[arg(long, value_name = "REQ")]
    pub gpg13: Option<String>,
    /// Only rules mapped to this HIPAA requirement.
    #[arg(long, value_name = "REQ")]
    pub hipaa: Option<String>,
    /// Only rules mapped to this NIST 800-53 requirement, e.g. AU.14.
    #[arg(long = "nist-800-53", value_name = "REQ")]
    pub nist_800_53: Option<String>,
    /// Only rules mapped to this TSC requirement, e.g. CC6.1.
    #[arg(long, value_name = "REQ")]
    pub tsc: Option<String>,
    /// Only rules mapped to this MITRE ATT&CK technique, e.g. T1110.
    #[arg(long, value_name = "ID")]
    pub mitre: Option<String>,
}

impl RuleFilterArgs {
    /// The API filters these flags ask for.
    pub fn filters(&self) -> RuleFilters {
        RuleFilters {
            level: self.level.clone(),
            group: self.group.clone(),
            filename: joined(&self.filenames),
            relative_dirname: self.relative_dirname.clone(),
            status: self.status.clone(),
            pci_dss: self.pci_dss.clone(),
            gdpr: self.gdpr.clone(),
            gpg13: self.gpg13.clone(),
            hipaa: self.hipaa.clone(),
            nist_800_53: self.nist_800_53.clone(),
            tsc: self.tsc.clone(),
            mitre: self.mitre.clone(),
            rule_ids: None,
        }
    }
}

/// Values joined with commas, when there are any.
fn joined(values: &[String]) -> Option<String> {
    (!values.is_empty()).then(|| values.join(","))
}

impl RulesCommand {
    /// The output format when `-o` is not given: the file verbs' (JSON for a file's
    /// content), else the usual default.
    pub fn default_format(&self) -> Option<Format> {
        match self {
            RulesCommand::File(command) => command.default_format(),
            _ => None,
        }
    }

    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            RulesCommand::List { filters, list } => {
                verbs::list::<ListRules>(ctx, [], list, &filters.filters(), RULES).await
            }
            RulesCommand::Get { ids } => {
                let ids: Vec<String> = ids.iter().map(u64::to_string).collect();
                let filters = RuleFilters {
                    rule_ids: joined(&ids),
                    ..RuleFilters::default()
                };
                verbs::get::<ListRules>(ctx, [], &[&filters], RULES).await
            }
            RulesCommand::Groups { list } => {
                verbs::list::<ListRuleGroups>(ctx, [], list, &NoQuery {}, GROUPS).await
            }
            RulesCommand::Requirement { requirement, list } => {
                let path = [requirement.as_str()];
                verbs::list::<ListRuleRequirement>(ctx, path, list, &NoQuery {}, REQUIREMENTS).await
            }
            RulesCommand::Files(args) => args.run::<RuleFiles>(ctx).await,
            RulesCommand::File(command) => command.run::<RuleFiles>(ctx).await,
        }
    }
}
