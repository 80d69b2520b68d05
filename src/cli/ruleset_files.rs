//! The file verbs rules, decoders and lists share: `files` (listing) and `file get|put|delete`,
//! one generic set over the three kinds' endpoints ([`FileEndpoints`]). `file put` reads a
//! file or stdin and checks it first with the server's own ruleset parser (XML, Wazuh's
//! syntax, CDB list lines), so a bad file is refused before anything is sent.
//!
//! Imports `api::ruleset` for the queries, `server::ruleset` for the parser and the `verbs`
//! runners.

use super::ctx::Ctx;
use super::error::CliError;
use super::input;
use super::verbs::{self, ListArgs};
use crate::api::ruleset::{DeleteFileQuery, FileFilters, FileQuery, PutFileQuery};
use crate::api::Endpoint;
use crate::client::Body;
use crate::output::{Column, Format};
use crate::server::ruleset::{self, Kind, Parsed, Source, ENABLED};
use std::path::{Path, PathBuf};

/// Columns of file tables.
pub const FILES: &[Column] = &[
    Column::new("FILE", "filename"),
    Column::new("DIRECTORY", "relative_dirname"),
    Column::new("STATUS", "status").drop_rank(1),
];

/// The column of upload and deletion answers (the files' paths).
const PATHS: &[Column] = &[Column::new("PATH", "")];

/// The endpoints of one kind of ruleset file.
pub trait FileEndpoints {
    /// Its kind (for the local check).
    const KIND: Kind;
    /// Whether its writes take `relative_dirname`.
    const DIRNAME: bool;
    /// `GET .../files`.
    type List: Endpoint<Query = FileFilters>;
    /// `GET .../files/{filename}`.
    type Get: Endpoint<Query = FileQuery>;
    /// `PUT .../files/{filename}`.
    type Put: Endpoint<Query = PutFileQuery>;
    /// `DELETE .../files/{filename}`.
    type Delete: Endpoint<Query = DeleteFileQuery>;
}

/// `files`: the flags of a file listing.
#[derive(Debug, clap::Args)]
pub struct FilesArgs {
    /// Only files with this status: enabled, disabled or all (rules and decoders).
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only this file (repeatable).
    #[arg(long = "filename", value_name = "FILE")]
    pub filenames: Vec<String>,
    /// Only files in this directory, e.g. etc/rules.
    #[arg(long, value_name = "DIR")]
    pub relative_dirname: Option<String>,
    /// The list flags.
    #[command(flatten)]
    pub list: ListArgs,
}

impl FilesArgs {
    /// Lists the files of a kind.
    pub async fn run<F: FileEndpoints>(&self, ctx: &Ctx) -> Result<(), CliError> {
        let filters = FileFilters {
            status: self.status.clone(),
            filename: (!self.filenames.is_empty()).then(|| self.filenames.join(",")),
            relative_dirname: self.relative_dirname.clone(),
        };
        verbs::list::<F::List>(ctx, [], &self.list, &filters, FILES).await
    }
}

/// `file` verbs.
#[derive(Debug, clap::Subcommand)]
pub enum FileCommand {
    /// Show a file: as JSON, or as it is with --raw.
    Get {
        /// The file name, e.g. local_rules.xml.
        #[arg(value_name = "FILE")]
        filename: String,
        /// Print the file as it is instead of as JSON.
        #[arg(long)]
        raw: bool,
        /// The file's directory, when files of that name are in several (e.g. etc/rules).
        #[arg(long, value_name = "DIR")]
        relative_dirname: Option<String>,
    },
    /// Upload a file (or stdin with -) into the user's directory, checked locally first.
    Put {
        /// The local file, or - for stdin.
        #[arg(value_name = "FILE")]
        source: PathBuf,
        /// The name on the manager (by default the local file's name; required with -).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Replace the file when it exists.
        #[arg(long)]
        overwrite: bool,
        /// The directory to write into (rules and decoders; the user's by default).
        #[arg(long, value_name = "DIR")]
        relative_dirname: Option<String>,
    },
    /// Delete a file of the user's directory.
    Delete {
        /// The file name.
        #[arg(value_name = "FILE")]
        filename: String,
        /// The file's directory (rules and decoders; the user's by default).
        #[arg(long, value_name = "DIR")]
        relative_dirname: Option<String>,
    },
}

impl FileCommand {
    /// The output format when `-o` is not given: JSON for a file's content (a nested
    /// document a table cannot show), else the usual default.
    pub fn default_format(&self) -> Option<Format> {
        matches!(self, FileCommand::Get { .. }).then_some(Format::Json)
    }

    /// Runs the verb on a kind's endpoints.
    pub async fn run<F: FileEndpoints>(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            FileCommand::Get {
                filename,
                raw,
                relative_dirname,
            } => {
                let query = FileQuery {
                    raw: raw.then_some(true),
                    relative_dirname: relative_dirname.clone(),
                };
                verbs::get::<F::Get>(ctx, [filename.as_str()], &[&query], &[]).await
            }
            FileCommand::Put {
                source,
                name,
                overwrite,
                relative_dirname,
            } => {
                check_dirname::<F>(relative_dirname)?;
                let name = remote_name(source, name.as_deref())?;
                let text = input::read_text(source)?;
                check_locally(F::KIND, source, &name, &text)?;
                let query = PutFileQuery {
                    overwrite: overwrite.then_some(true),
                    relative_dirname: relative_dirname.clone(),
                };
                let mut request = verbs::request::<F::Put>([name.as_str()], &[&query])?;
                request.body = Some(Body::Octet(text));
                verbs::act(ctx, &request, PATHS).await
            }
            FileCommand::Delete {
                filename,
                relative_dirname,
            } => {
                check_dirname::<F>(relative_dirname)?;
                let query = DeleteFileQuery {
                    relative_dirname: relative_dirname.clone(),
                };
                let request = verbs::request::<F::Delete>([filename.as_str()], &[&query])?;
                verbs::act(ctx, &request, PATHS).await
            }
        }
    }
}

/// A usage error when a kind whose writes take no directory is given one.
fn check_dirname<F: FileEndpoints>(relative_dirname: &Option<String>) -> Result<(), CliError> {
    match relative_dirname {
        Some(_) if !F::DIRNAME => Err(CliError::usage(
            "this kind of file takes no --relative-dirname",
            Some("lists are always written into etc/lists"),
        )),
        _ => Ok(()),
    }
}

/// The file's name on the manager: `--name`, else the local file's name.
fn remote_name(source: &Path, name: Option<&str>) -> Result<String, CliError> {
    if let Some(name) = name {
        return Ok(name.to_string());
    }
    let local = (source != Path::new(input::STDIN))
        .then(|| source.file_name())
        .flatten();
    local
        .map(|name| name.to_string_lossy().into_owned())
        .ok_or_else(|| CliError::usage("a file read from stdin needs --name", None))
}

/// Reads the content as the server will (the same parser), refusing what it would refuse
/// before anything is sent; the file as the server would read it.
pub fn check_locally(
    kind: Kind,
    source: &Path,
    name: &str,
    text: &str,
) -> Result<Parsed, CliError> {
    let file = Source {
        filename: name,
        relative_dirname: kind.user_dir(),
        status: ENABLED,
    };
    ruleset::parse(kind, &file, text).map_err(|wrong| {
        let (line, column) = crate::server::xml::line_column(text, wrong.offset);
        CliError::usage(
            format!(
                "{}:{line}:{column}: {}",
                input::display_name(source),
                wrong.detail
            ),
            Some("fix the file; nothing was sent and the manager's file is unchanged"),
        )
    })
}
