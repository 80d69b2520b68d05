//! The file operations the tags `Rules`, `Decoders` and `Lists` share, written once: one
//! [`FileOps`] constant per kind (a [`FileKind`]) says its RBAC resource, messages and codes,
//! and the same generic handlers list the files, answer one as JSON or as it is, upload and
//! delete one (checked, written atomically, the ruleset reloaded so reads see it at once).
//! Each tag's module states them in its `routes()` with its own endpoints; this module states
//! no operation.

use super::list::{self, ListSpec, Messages, Source};
use crate::api::codes::Code;
use crate::api::ruleset::RULESET_FILE_FIELDS;
use crate::api::ruleset::{DeleteFileQuery, FileFilters, FileQuery, PutFileQuery};
use crate::api::Endpoint;
use crate::server::bulk::Failures;
use crate::server::collection::Collection;
use crate::server::error::ApiError;
use crate::server::extract::{check_one_of, WazuhQuery};
use crate::server::rbac::{Guarded, Scope};
use crate::server::respond;
use crate::server::ruleset::write::{self, Target};
use crate::server::ruleset::{Kind, Ruleset};
use crate::server::state::AppState;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::Value;
use std::borrow::Cow;

/// The values of `status`.
const STATUSES: &[&str] = &["enabled", "disabled", "all"];

/// The files collection.
pub(super) const FILES: Collection = Collection {
    fields: RULESET_FILE_FIELDS,
    mandatory: &["filename"],
    default_sort: "filename",
    date_filters_skip_id: None,
};

/// The file operations of one kind of ruleset file.
pub(super) struct FileOps {
    /// The kind.
    pub kind: Kind,
    /// Its RBAC resource kind (`rule:file`).
    pub resource: &'static str,
    /// `GET .../files`.
    pub listing: ListSpec,
    /// The messages of `GET .../files/{filename}`.
    pub content: Messages,
    /// The code of a file no directory has (1415, 1503, 1802).
    pub not_found: Code,
    /// The media type of the file as it is.
    pub raw_type: &'static str,
    /// The spec's format of the `filename` path parameter.
    pub name_format: &'static str,
    /// The messages of an upload.
    pub upload: Messages,
    /// The messages of a deletion.
    pub delete: Messages,
}

/// A kind of ruleset file, as the generic handlers take it.
pub(super) trait FileKind: 'static {
    /// Its file operations.
    const OPS: &'static FileOps;
}

/// `GET .../files`: the files of the kind, with `status`, `filename` and `relative_dirname`.
pub(super) async fn files<E: Endpoint<Query = FileFilters>, K: FileKind>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let filters = &query.query;
    let status = Status::parse(filters.status.as_deref())?;
    let filenames = Filenames::parse(filters.filename.as_deref());
    let ruleset = state.ruleset();
    let source = ruleset
        .listing(K::OPS.kind)
        .keeping(move |file| status.admits(file) && filenames.admits(file));
    let scope = guard.scope(K::OPS.resource);
    list::serve(&K::OPS.listing, &query, Some(&scope), source)
}

/// `GET .../files/{filename}`: the file as it is with `raw=true`, else as JSON; a file no
/// directory has is a failed item.
pub(super) async fn file<E: Endpoint<Query = FileQuery>, K: FileKind>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    Path(filename): Path<String>,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let ops = K::OPS;
    guard.scope(ops.resource).check(&filename)?;
    check_filename(ops, &filename)?;
    let ruleset = state.ruleset();
    let dirname = query.query.relative_dirname.as_deref();
    let Some(file) = ruleset.file(ops.kind, &filename, dirname) else {
        let error = ApiError::code_with(ops.not_found, filename.as_str());
        return Ok(failed(filename, &error, &ops.content, &query));
    };
    if query.query.raw == Some(true) {
        return Ok(respond::raw(file.content.clone(), ops.raw_type));
    }
    let envelope = list::envelope(vec![&file.document], 1, Vec::new(), &ops.content);
    Ok(respond::ok(&envelope, query.pretty()))
}

/// `PUT .../files/{filename}`: the body (`application/octet-stream`) checked and written as
/// the user file (overwriting needs the file's delete permission); a refusal is a failed item
/// naming the file's path, the file left as it was.
pub(super) async fn put_file<E: Endpoint<Query = PutFileQuery>, K: FileKind>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    Path(filename): Path<String>,
    query: WazuhQuery<E>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let ops = K::OPS;
    let overwrite = query.query.overwrite == Some(true);
    if overwrite {
        guard.scope(ops.resource).check(&filename)?;
    }
    super::body::require_content_type(&headers, "application/octet-stream")?;
    let request = FileRequest {
        filename,
        relative_dirname: query.query.relative_dirname.clone(),
    };
    let path = request.checked_path(ops)?;
    let written = state
        .write_ruleset(move |data_dir, ruleset| {
            let target = request.target(ruleset, ops)?;
            write::upload(data_dir, ruleset, &target, &body, overwrite)
        })
        .await;
    outcome(written, path, &ops.upload, &query)
}

/// `DELETE .../files/{filename}`: removes the user file; a refusal is a failed item.
pub(super) async fn delete_file<E: Endpoint<Query = DeleteFileQuery>, K: FileKind>(
    State(state): State<AppState>,
    guard: Guarded<E>,
    Path(filename): Path<String>,
    query: WazuhQuery<E>,
) -> Result<Response, ApiError> {
    let ops = K::OPS;
    guard.scope(ops.resource).check(&filename)?;
    let request = FileRequest {
        filename,
        relative_dirname: query.query.relative_dirname.clone(),
    };
    let path = request.checked_path(ops)?;
    let deleted = state
        .write_ruleset(move |data_dir, ruleset| {
            let target = request.target(ruleset, ops)?;
            write::delete(data_dir, ruleset, &target)
        })
        .await;
    outcome(deleted, path, &ops.delete, &query)
}

/// What a `PUT` or `DELETE` names: the file and its directory.
struct FileRequest {
    /// The `filename` path parameter.
    filename: String,
    /// `relative_dirname`, when the operation takes it.
    relative_dirname: Option<String>,
}

impl FileRequest {
    /// The path the request names, relative to the data dir, once the name is of the spec's
    /// format and the directory has no `..` (connexion's 400 otherwise).
    fn checked_path(&self, ops: &FileOps) -> Result<String, ApiError> {
        check_filename(ops, &self.filename)?;
        let dir = self.relative_dirname.as_deref();
        if let Some(dir) = dir.filter(|dir| dir.split('/').any(|part| part == "..")) {
            return Err(ApiError::bad_request(format!(
                "'{dir}' is not a 'get_dirnames_path' - 'relative_dirname'"
            )));
        }
        let dir = dir.unwrap_or(ops.kind.user_dir()).trim_end_matches('/');
        Ok(format!("{dir}/{}", self.filename))
    }

    /// The user file the request changes (the kind's read-only and directory codes).
    fn target(&self, ruleset: &Ruleset, ops: &FileOps) -> Result<Target, ApiError> {
        let dirname = self.relative_dirname.as_deref();
        Target::resolve(ruleset, ops.kind, &self.filename, dirname)
    }
}

/// connexion's 400 for a file name that is not of the spec's format: a plain name (no
/// separator, not `.` or `..`), ending in `.xml` for XML kinds.
fn check_filename(ops: &FileOps, filename: &str) -> Result<(), ApiError> {
    let plain =
        !filename.is_empty() && !filename.starts_with('.') && !filename.contains(['/', '\\', '\0']);
    if plain && (!ops.kind.is_xml() || filename.ends_with(".xml")) {
        return Ok(());
    }
    Err(ApiError::bad_request(format!(
        "'{filename}' is not a '{}' - 'filename'",
        ops.name_format
    )))
}

/// The answer of a write: the path as the affected item, or a failed item with the refusal
/// (an internal failure stays one).
fn outcome<E: Endpoint>(
    result: Result<(), ApiError>,
    path: String,
    messages: &Messages,
    query: &WazuhQuery<E>,
) -> Result<Response, ApiError> {
    match result {
        Ok(()) => {
            let envelope = list::envelope(vec![path], 1, Vec::new(), messages);
            Ok(respond::ok(&envelope, query.pretty()))
        }
        Err(error) if error.status == StatusCode::BAD_REQUEST => {
            Ok(failed(path, &error, messages, query))
        }
        Err(error) => Err(error),
    }
}

/// A 200 answer with nothing affected and one failed item.
fn failed<E: Endpoint>(
    id: String,
    error: &ApiError,
    messages: &Messages,
    query: &WazuhQuery<E>,
) -> Response {
    let mut failures = Failures::default();
    failures.add(id, error);
    let envelope = list::envelope(Vec::<Value>::new(), 0, failures.into_groups(), messages);
    respond::ok(&envelope, query.pretty())
}

/// The items of the files `scope` permits (by their `filename`): the whole slice when it
/// permits every file.
pub(super) fn permitted<'i>(items: &'i [Value], scope: &Scope) -> Cow<'i, [Value]> {
    match scope.permits_everything() {
        true => Cow::Borrowed(items),
        false => Cow::Owned(scope.filter(items, "filename").cloned().collect()),
    }
}

/// The text of a field of a JSON item ("" when absent).
pub(super) fn text<'v>(item: &'v Value, field: &str) -> &'v str {
    item.get(field).and_then(Value::as_str).unwrap_or_default()
}

/// `status`: `enabled`, `disabled`, or `all` (the default).
#[derive(Debug, Clone)]
pub(super) struct Status(Option<String>);

impl Status {
    /// The parameter's value, checked (connexion's 400).
    pub(super) fn parse(status: Option<&str>) -> Result<Status, ApiError> {
        match status {
            Some(status) => {
                check_one_of("status", status, STATUSES)?;
                Ok(Status((status != "all").then(|| status.to_string())))
            }
            None => Ok(Status(None)),
        }
    }

    /// Whether an item has the wanted status.
    pub(super) fn admits(&self, item: &Value) -> bool {
        self.0
            .as_deref()
            .is_none_or(|wanted| text(item, "status") == wanted)
    }
}

/// `filename`: the items of those files (comma-separated), every item when not given.
#[derive(Debug, Clone)]
pub(super) struct Filenames(Option<Vec<String>>);

impl Filenames {
    /// The parameter's value.
    pub(super) fn parse(filename: Option<&str>) -> Filenames {
        Filenames(filename.map(crate::api::params::split_list))
    }

    /// Whether an item is of one of the files.
    pub(super) fn admits(&self, item: &Value) -> bool {
        self.0
            .as_ref()
            .is_none_or(|names| names.iter().any(|name| text(item, "filename") == name))
    }
}
