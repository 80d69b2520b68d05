//! Decoders handlers (spec tag `Decoders`), read from the ruleset in memory
//! (`server::ruleset`): the decoders with the spec's filters, the parent decoders, and the
//! decoder files, listed, read as JSON or as they are, uploaded or deleted
//! (`routes::ruleset_files`). Every read is limited to the decoder files (`decoder:file`) the
//! caller may read.

use super::list::{self, ListSpec, Messages, NameKind, Names, Source};
use super::op;
use super::ruleset_files::{self, permitted, text, FileOps, FileRequest, Status, FILES};
use crate::api::codes::{DECODER_FILE_NOT_FOUND, DECODER_NOT_FOUND};
use crate::api::decoders::{
    DeleteDecoderFile, GetDecoderFile, ListDecoderFiles, ListDecoders, ListParentDecoders,
    PutDecoderFile,
};
use crate::server::collection::{Collection, Field};
use crate::server::error::ApiError;
use crate::server::extract::WazuhQuery;
use crate::server::rbac::Guarded;
use crate::server::ruleset::decoders::parent_of;
use crate::server::ruleset::Kind;
use crate::server::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Router;

/// The RBAC resource kind of decoder files.
const DECODER_FILE: &str = "decoder:file";

/// The decoders collection.
const DECODERS: Collection = Collection {
    fields: &[
        Field::text("name"),
        Field::number("position"),
        Field::text("filename"),
        Field::text("relative_dirname"),
        Field::text("status"),
        Field::text("details"),
    ],
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

/// `GET /decoders`: `filename` one of the names, `relative_dirname` a part of the decoder's
/// directory, `status`.
pub async fn list(
    State(state): State<AppState>,
    guard: Guarded<ListDecoders>,
    query: WazuhQuery<ListDecoders>,
) -> Result<Response, ApiError> {
    let filters = &query.query;
    let status = Status::parse(filters.status.as_deref())?;
    let filenames = filters
        .filename
        .as_deref()
        .map(crate::api::params::split_list);
    let dirname = filters.relative_dirname.clone();
    let ruleset = state.ruleset();
    let decoders = permitted(ruleset.items(Kind::Decoders), &guard.scope(DECODER_FILE));
    let source = decoders.as_ref().keeping(move |decoder| {
        status.admits(decoder)
            && filenames
                .as_ref()
                .is_none_or(|names| names.iter().any(|name| text(decoder, "filename") == name))
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

/// `GET /decoders/files`.
pub async fn files(
    State(state): State<AppState>,
    guard: Guarded<ListDecoderFiles>,
    query: WazuhQuery<ListDecoderFiles>,
) -> Result<Response, ApiError> {
    let scope = guard.scope(DECODER_FILE);
    ruleset_files::files(&state, &DECODER_FILES, &scope, &query, &query.query)
}

/// `GET /decoders/files/{filename}`: the file as it is with `raw=true` (`application/xml`),
/// else its elements as JSON; a file no decoder directory has is a failed item (1503).
pub async fn file(
    State(state): State<AppState>,
    guard: Guarded<GetDecoderFile>,
    Path(filename): Path<String>,
    query: WazuhQuery<GetDecoderFile>,
) -> Result<Response, ApiError> {
    guard.scope(DECODER_FILE).check(&filename)?;
    let dirname = query.query.relative_dirname.as_deref();
    let raw = query.query.raw == Some(true);
    ruleset_files::file(&state, &DECODER_FILES, &query, &filename, dirname, raw)
}

/// `PUT /decoders/files/{filename}`: uploads a decoder file into `etc/decoders` (1506 for the
/// default decoders, 1905 without `overwrite` when it exists, 1113/1114 for what does not
/// load, a parent no decoder has included).
pub async fn put_file(
    State(state): State<AppState>,
    guard: Guarded<PutDecoderFile>,
    Path(filename): Path<String>,
    query: WazuhQuery<PutDecoderFile>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let overwrite = query.query.overwrite == Some(true);
    if overwrite {
        guard.scope(DECODER_FILE).check(&filename)?;
    }
    let request = FileRequest {
        filename,
        relative_dirname: query.query.relative_dirname.clone(),
        overwrite,
    };
    ruleset_files::upload(&state, &DECODER_FILES, &query, request, &headers, body).await
}

/// `DELETE /decoders/files/{filename}`: deletes a decoder file of `etc/decoders` (1506 for
/// the default decoders, 1906 when there is none).
pub async fn delete_file(
    State(state): State<AppState>,
    guard: Guarded<DeleteDecoderFile>,
    Path(filename): Path<String>,
    query: WazuhQuery<DeleteDecoderFile>,
) -> Result<Response, ApiError> {
    guard.scope(DECODER_FILE).check(&filename)?;
    let request = FileRequest {
        filename,
        relative_dirname: query.query.relative_dirname.clone(),
        overwrite: false,
    };
    ruleset_files::delete(&state, &DECODER_FILES, &query, request).await
}

/// The routes of this module's operations.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(op(ListDecoders, list))
        .merge(op(ListParentDecoders, parents))
        .merge(op(ListDecoderFiles, files))
        .merge(op(GetDecoderFile, file))
        .merge(op(PutDecoderFile, put_file))
        .merge(op(DeleteDecoderFile, delete_file))
}
