//! `wazuh-ctl decoders ...`: the decoders of the manager's ruleset with the API's filters, the
//! parent decoders, and the decoder files (the shared `ruleset_files` verbs).
//!
//! Imports `api::decoders` for the endpoints and the `verbs` runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::ruleset_files::{FileCommand, FileEndpoints, FilesArgs};
use super::verbs::{self, ListArgs};
use crate::api::decoders::{
    DecoderFilters, DeleteDecoderFile, GetDecoderFile, ListDecoderFiles, ListDecoders,
    ListParentDecoders, PutDecoderFile,
};
use crate::api::NoQuery;
use crate::output::{Column, Format};
use crate::server::ruleset::Kind;

/// Columns of decoder tables.
const DECODERS: &[Column] = &[
    Column::new("NAME", "name"),
    Column::new("PARENT", "details.parent"),
    Column::new("POSITION", "position").drop_rank(2),
    Column::new("FILE", "filename").drop_rank(1),
];

/// Decoders verbs.
#[derive(Debug, clap::Subcommand)]
pub enum DecodersCommand {
    /// List decoders, with filters by file, directory and status.
    List {
        /// Only decoders of this file (repeatable).
        #[arg(long = "filename", value_name = "FILE")]
        filenames: Vec<String>,
        /// Only decoders of files whose directory contains this text, e.g. etc/decoders.
        #[arg(long, value_name = "DIR")]
        relative_dirname: Option<String>,
        /// Only decoders with this status: enabled, disabled or all.
        #[arg(long, value_name = "STATUS")]
        status: Option<String>,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show decoders by name.
    Get {
        /// Decoder names.
        #[arg(value_name = "NAME", required = true, num_args = 1..)]
        names: Vec<String>,
    },
    /// List the parent decoders (those without a parent).
    Parents {
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// List the decoder files with their directory and status.
    Files(FilesArgs),
    /// Show, upload or delete decoder files.
    #[command(subcommand)]
    File(FileCommand),
}

/// The endpoints of decoder files.
pub struct DecoderFiles;

impl FileEndpoints for DecoderFiles {
    const KIND: Kind = Kind::Decoders;
    const DIRNAME: bool = true;
    type List = ListDecoderFiles;
    type Get = GetDecoderFile;
    type Put = PutDecoderFile;
    type Delete = DeleteDecoderFile;
}

impl DecodersCommand {
    /// The output format when `-o` is not given: the file verbs', else the usual default.
    pub fn default_format(&self) -> Option<Format> {
        match self {
            DecodersCommand::File(command) => command.default_format(),
            _ => None,
        }
    }

    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            DecodersCommand::List {
                filenames,
                relative_dirname,
                status,
                list,
            } => {
                let filters = DecoderFilters {
                    filename: (!filenames.is_empty()).then(|| filenames.join(",")),
                    relative_dirname: relative_dirname.clone(),
                    status: status.clone(),
                    decoder_names: None,
                };
                verbs::list::<ListDecoders>(ctx, [], list, &filters, DECODERS).await
            }
            DecodersCommand::Get { names } => {
                let filters = DecoderFilters {
                    decoder_names: Some(names.join(",")),
                    ..DecoderFilters::default()
                };
                verbs::get::<ListDecoders>(ctx, [], &[&filters], DECODERS).await
            }
            DecodersCommand::Parents { list } => {
                verbs::list::<ListParentDecoders>(ctx, [], list, &NoQuery {}, DECODERS).await
            }
            DecodersCommand::Files(args) => args.run::<DecoderFiles>(ctx).await,
            DecodersCommand::File(command) => command.run::<DecoderFiles>(ctx).await,
        }
    }
}
