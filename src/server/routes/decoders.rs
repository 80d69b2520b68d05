//! Decoders handlers (spec tag `Decoders`), read from the ruleset in memory
//! (`server::ruleset`): the decoders with the spec's filters, the parent decoders, and the
//! decoder files, listed, read as JSON or as they are, uploaded or deleted (the shared
//! `routes::ruleset_files` handlers). Every read is limited to the decoder files (`decoder:file`) the
//! caller may read.

use super::list::{self, ListSpec, Messages, NameKind, Names, Source};
use super::op;
use super::ruleset_files::{self, permitted, text, FileKind, FileOps, Filenames, Status, FILES};
use crate::api::codes::{DECODER_FILE_NOT_FOUND, DECODER_NOT_FOUND};
use crate::api::decoders::DECODER_FIELDS;
use crate::api::decoders::{
    DeleteDecoderFile, GetDecoderFile, ListDecoderFiles, ListDecoders, ListParentDecoders,
    PutDecoderFile,
};
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::ruleset::decoders::parent_of;
use crate::server::ruleset::Kind;
use crate::server::state::AppState;
use axum::extract::State;
use axum::response::Response;
use axum::Router;

/// The RBAC resource kind of decoder files.
const DECODER_FILE: &str = "decoder:file";

/// The decoders collection.
const DECODERS: Collection = Collection {
    fields: DECODER_FIELDS,
    mandatory: &["name"],
    default_sort: "",
    date_filters_skip_id: None,
};

/// The messages of the decoder lists.
const DECODER_MESSAGES: Messages = Messages {
    all: "All selected decoders were returned",
    some: "Some decoders were not returned",
    none: "No decoder was returned",
};

/// `GET /decoders`: decoders named by `decoder_names`, unknown ones failing with 1504.
const DECODER_LIST: ListSpec = ListSpec {
    collection: &DECODERS,
    messages: DECODER_MESSAGES,
    key: "name",
    names: Some(Names {
        param: "decoder_names",
        kind: NameKind::Text,
        missing_code: DECODER_NOT_FOUND,
    }),
    equalities: &[],
};

/// `GET /decoders/parents`.
const PARENT_LIST: ListSpec = ListSpec {
    names: None,
    ..DECODER_LIST
};

/// The file operations of decoder files.
static DECODER_FILES: FileOps = FileOps {
    kind: Kind::Decoders,
    resource: DECODER_FILE,
    listing: ListSpec {
        collection: &FILES,
        messages: Messages {
            all: "All decoder files were returned",
            some: "Some decoder files were not returned",
            none: "No decoder files were returned",
        },
        key: "filename",
        names: None,
        equalities: &[("relative_dirname", "relative_dirname")],
    },
    content: Messages {
        all: "Selected decoder was returned",
        some: "Selected decoder was returned",
        none: "No decoder was returned",
    },
    not_found: DECODER_FILE_NOT_FOUND,
    raw_type: "application/xml",
    name_format: "xml_filename_path",
    upload: Messages {
        all: "Decoder was successfully uploaded",
        some: "Decoder was successfully uploaded",
        none: "Could not upload decoder",
    },
    delete: Messages {
        all: "Decoder file was successfully deleted",
        some: "Decoder file was successfully deleted",
        none: "Could not delete decoder file",
    },
};

/// Decoder files, as the shared file handlers take them.
struct DecoderFiles;

impl FileKind for DecoderFiles {
    const OPS: &'static FileOps = &DECODER_FILES;
}

/// `GET /decoders`: `filename` one of the names, `relative_dirname` a part of the decoder's
/// directory, `status`.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListDecoders>,
    query: WazuhQuery<ListDecoders>,
) -> Result<Response, ApiError> {
    let filters = &query.query;
    let status = Status::parse(filters.status.as_deref())?;
    let filenames = Filenames::parse(filters.filename.as_deref());
    let dirname = filters.relative_dirname.clone();
    let ruleset = state.ruleset();
    let decoders = permitted(ruleset.items(Kind::Decoders), &guard.scope(DECODER_FILE));
    let source = decoders.as_ref().keeping(move |decoder| {
        status.admits(decoder)
            && filenames.admits(decoder)
            && dirname
                .as_deref()
                .is_none_or(|dir| text(decoder, "relative_dirname").contains(dir))
    });
    list::serve(&DECODER_LIST, &query, None, source)
}

/// `GET /decoders/parents`: the decoders without a `parent`.
pub async fn parents(
    State(state): State<AppState>,
    guard: Guarded<ListParentDecoders>,
    query: WazuhQuery<ListParentDecoders>,
) -> Result<Response, ApiError> {
    let ruleset = state.ruleset();
    let decoders = permitted(ruleset.items(Kind::Decoders), &guard.scope(DECODER_FILE));
    let source = decoders
        .as_ref()
        .keeping(|decoder| parent_of(decoder).is_none());
    list::serve(&PARENT_LIST, &query, None, source)
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListDecoders, list))
        .merge(op(ListParentDecoders, parents))
        .merge(op(
            ListDecoderFiles,
            ruleset_files::files::<ListDecoderFiles, DecoderFiles>,
        ))
        .merge(op(
            GetDecoderFile,
            ruleset_files::file::<GetDecoderFile, DecoderFiles>,
        ))
        .merge(op(
            PutDecoderFile,
            ruleset_files::put_file::<PutDecoderFile, DecoderFiles>,
        ))
        .merge(op(
            DeleteDecoderFile,
            ruleset_files::delete_file::<DeleteDecoderFile, DecoderFiles>,
        ))
}
