//! `wazuh-ctl lists ...`: the CDB lists of the manager's ruleset, one list's key/value pairs,
//! and the list files (the shared `ruleset_files` verbs).
//!
//! Imports `api::lists` for the endpoints and the `verbs` runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::ruleset_files::{FileCommand, FileEndpoints, FilesArgs};
use super::verbs::{self, ListArgs};
use crate::api::lists::{
    DeleteListFile, GetListFile, ListFilters, ListListFiles, ListLists, PutListFile,
};
use crate::api::ruleset::FileQuery;
use crate::output::{Column, Format};
use crate::server::ruleset::Kind;
use serde_json::{json, Value};

/// Columns of list tables.
const LISTS: &[Column] = &[
    Column::new("FILE", "filename"),
    Column::new("DIRECTORY", "relative_dirname"),
];

/// Columns of one list's pairs.
const PAIRS: &[Column] = &[Column::new("KEY", "key"), Column::new("VALUE", "value")];

/// Lists verbs.
#[derive(Debug, clap::Subcommand)]
pub enum ListsCommand {
    /// List the CDB lists (with their pairs in JSON).
    List {
        /// Only this list (repeatable).
        #[arg(long = "filename", value_name = "FILE")]
        filenames: Vec<String>,
        /// Only lists in this directory, e.g. etc/lists.
        #[arg(long, value_name = "DIR")]
        relative_dirname: Option<String>,
        /// The list flags.
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show the key/value pairs of a list.
    Get {
        /// The list's file name, e.g. admin-users.
        #[arg(value_name = "FILE")]
        filename: String,
    },
    /// List the list files with their directory.
    Files(FilesArgs),
    /// Show, upload or delete list files.
    #[command(subcommand)]
    File(FileCommand),
}

/// The endpoints of CDB list files.
pub struct ListFiles;

impl FileEndpoints for ListFiles {
    const KIND: Kind = Kind::Lists;
    const DIRNAME: bool = false;
    type List = ListListFiles;
    type Get = GetListFile;
    type Put = PutListFile;
    type Delete = DeleteListFile;
}

impl ListsCommand {
    /// The output format when `-o` is not given: the file verbs', else the usual default.
    pub fn default_format(&self) -> Option<Format> {
        match self {
            ListsCommand::File(command) => command.default_format(),
            _ => None,
        }
    }

    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            ListsCommand::List {
                filenames,
                relative_dirname,
                list,
            } => {
                let filters = ListFilters {
                    filename: (!filenames.is_empty()).then(|| filenames.join(",")),
                    relative_dirname: relative_dirname.clone(),
                };
                verbs::list::<ListLists>(ctx, [], list, &filters, LISTS).await
            }
            ListsCommand::Get { filename } => {
                let query = FileQuery::default();
                let path = [filename.as_str()];
                verbs::get_rows::<GetListFile>(ctx, path, &[&query], PAIRS, pair_rows).await
            }
            ListsCommand::Files(args) => args.run::<ListFiles>(ctx).await,
            ListsCommand::File(command) => command.run::<ListFiles>(ctx).await,
        }
    }
}

/// A list answer (its pairs as one object) as a list answer of one `{key, value}` row each.
fn pair_rows(envelope: &Value) -> Value {
    let pairs = envelope["data"]["affected_items"][0].as_object();
    let rows: Vec<Value> = pairs
        .into_iter()
        .flatten()
        .map(|(key, value)| json!({"key": key, "value": value}))
        .collect();
    json!({"data": {"affected_items": rows, "total_affected_items": rows.len()}})
}
