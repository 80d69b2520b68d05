//! Lists handlers (spec tag `Lists`), read from the ruleset in memory (`server::ruleset`):
//! the CDB lists with their pairs, and the list files, listed, read as key/value JSON or as
//! they are, uploaded or deleted (the shared `routes::ruleset_files` handlers). Every read is limited to the list
//! files (`list:file`) the caller may read.

use super::list::{self, ListSpec, Messages, Source};
use super::op;
use super::ruleset_files::{self, permitted, FileKind, FileOps, Filenames, FILES};
use crate::api::codes::LIST_FILE_NOT_FOUND;
use crate::api::lists::LIST_FIELDS;
use crate::api::lists::{DeleteListFile, GetListFile, ListListFiles, ListLists, PutListFile};
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::ruleset::Kind;
use crate::server::state::AppState;
use axum::extract::State;
use axum::response::Response;
use axum::Router;

/// The RBAC resource kind of list files.
const LIST_FILE: &str = "list:file";

/// The lists collection.
const LISTS: Collection = Collection {
    fields: LIST_FIELDS,
    mandatory: &["filename"],
    default_sort: "relative_dirname",
    date_filters_skip_id: None,
};

/// `GET /lists`.
const LIST_LIST: ListSpec = ListSpec {
    collection: &LISTS,
    messages: Messages {
        all: "All specified lists were returned",
        some: "Some lists were not returned",
        none: "No list was returned",
    },
    key: "filename",
    names: None,
    equalities: &[("relative_dirname", "relative_dirname")],
};

/// The file operations of CDB list files.
static LIST_FILES: FileOps = FileOps {
    kind: Kind::Lists,
    resource: LIST_FILE,
    listing: ListSpec {
        collection: &FILES,
        messages: Messages {
            all: "All specified paths were returned",
            some: "Some paths were not returned",
            none: "No path was returned",
        },
        key: "filename",
        names: None,
        equalities: &[("relative_dirname", "relative_dirname")],
    },
    content: Messages {
        all: "CDB list was returned",
        some: "CDB list was returned",
        none: "No CDB list was returned",
    },
    not_found: LIST_FILE_NOT_FOUND,
    raw_type: "text/plain",
    name_format: "cdb_filename_path",
    upload: Messages {
        all: "CDB list file uploaded successfully",
        some: "CDB list file uploaded successfully",
        none: "Could not upload CDB list file",
    },
    delete: Messages {
        all: "CDB list file was successfully deleted",
        some: "CDB list file was successfully deleted",
        none: "Could not delete CDB list file",
    },
};

/// CDB list files, as the shared file handlers take them.
struct ListFiles;

impl FileKind for ListFiles {
    const OPS: &'static FileOps = &LIST_FILES;
}

/// `GET /lists`: each list with its pairs; `filename` one of the names.
pub async fn lists(
    State(state): State<AppState>,
    guard: Guarded<ListLists>,
    query: WazuhQuery<ListLists>,
) -> Result<Response, ApiError> {
    let filenames = Filenames::parse(query.query.filename.as_deref());
    let ruleset = state.ruleset();
    let lists = permitted(ruleset.items(Kind::Lists), &guard.scope(LIST_FILE));
    let source = lists.as_ref().keeping(move |list| filenames.admits(list));
    list::serve(&LIST_LIST, &query, None, source)
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListLists, lists))
        .merge(op(
            ListListFiles,
            ruleset_files::files::<ListListFiles, ListFiles>,
        ))
        .merge(op(
            GetListFile,
            ruleset_files::file::<GetListFile, ListFiles>,
        ))
        .merge(op(
            PutListFile,
            ruleset_files::put_file::<PutListFile, ListFiles>,
        ))
        .merge(op(
            DeleteListFile,
            ruleset_files::delete_file::<DeleteListFile, ListFiles>,
        ))
}
