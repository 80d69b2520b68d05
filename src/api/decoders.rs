//! Decoders operations (spec tag `Decoders`): the decoders of the ruleset with their
//! filters, the parent decoders, and the decoder files (read, uploaded, deleted).

use super::params;
use super::ruleset::{DeleteFileQuery, FileFilters, FileQuery, PutFileQuery};
use super::{query, Param};
use super::{Endpoint, Method, Spec};
use crate::api::fields::Field;
use serde::{Deserialize, Serialize};

/// The fields of a decoder, as `GET /decoders` (and `/decoders/parents`) list them.
pub const DECODER_FIELDS: &[Field] = &[
    Field::text("name"),
    Field::number("position"),
    Field::text("filename"),
    Field::text("relative_dirname"),
    Field::text("status"),
    Field::text("details"),
];

/// The RBAC action of every decoders read.
const READ: &[&str] = &["decoders:read"];

/// Filters of `GET /decoders` (besides the list parameters).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DecoderFilters {
    /// Comma-separated decoder names.
    pub decoder_names: Option<String>,
    /// Comma-separated file names.
    pub filename: Option<String>,
    /// Part of the directory of the decoders' files (`ruleset/decoders`).
    pub relative_dirname: Option<String>,
    /// `enabled`, `disabled` or `all`.
    pub status: Option<String>,
}

/// `GET /decoders`: the decoders, with their filters and the list parameters.
pub struct ListDecoders;

impl Endpoint for ListDecoders {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/decoders",
        operation_id: "api.controllers.decoder_controller.get_decoders",
        actions: READ,
        query: query!(
            list,
            [
                Param::text("decoder_names"),
                Param::text("filename"),
                Param::text("relative_dirname"),
                Param::enumeration("status"),
            ]
        ),
    };
    type Query = DecoderFilters;
}

/// `GET /decoders/files`: the decoder files with their directory and status.
pub struct ListDecoderFiles;

impl Endpoint for ListDecoderFiles {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/decoders/files",
        operation_id: "api.controllers.decoder_controller.get_decoders_files",
        actions: READ,
        query: query!(
            list,
            [
                Param::text("filename"),
                Param::text("relative_dirname"),
                Param::enumeration("status"),
            ]
        ),
    };
    type Query = FileFilters;
}

/// `GET /decoders/files/{filename}`: one decoder file, as JSON or as it is.
pub struct GetDecoderFile;

impl Endpoint for GetDecoderFile {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/decoders/files/{filename}",
        operation_id: "api.controllers.decoder_controller.get_file",
        actions: READ,
        query: query!([Param::boolean("raw"), Param::text("relative_dirname")]),
    };
    type Query = FileQuery;
}

/// `PUT /decoders/files/{filename}`: uploads a decoder file into `etc/decoders`.
pub struct PutDecoderFile;

impl Endpoint for PutDecoderFile {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/decoders/files/{filename}",
        operation_id: "api.controllers.decoder_controller.put_file",
        actions: &["decoders:update", "decoders:delete"],
        query: query!([Param::boolean("overwrite"), Param::text("relative_dirname")]),
    };
    type Query = PutFileQuery;
}

/// `DELETE /decoders/files/{filename}`: deletes a decoder file of `etc/decoders`.
pub struct DeleteDecoderFile;

impl Endpoint for DeleteDecoderFile {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/decoders/files/{filename}",
        operation_id: "api.controllers.decoder_controller.delete_file",
        actions: &["decoders:delete"],
        query: query!([Param::text("relative_dirname")]),
    };
    type Query = DeleteFileQuery;
}

/// `GET /decoders/parents`: the decoders without a parent.
pub struct ListParentDecoders;

impl Endpoint for ListParentDecoders {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/decoders/parents",
        operation_id: "api.controllers.decoder_controller.get_decoders_parents",
        actions: READ,
        query: query!(list_without_q, []),
    };
    type Query = super::NoQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    ListDecoders::SPEC,
    ListDecoderFiles::SPEC,
    GetDecoderFile::SPEC,
    PutDecoderFile::SPEC,
    DeleteDecoderFile::SPEC,
    ListParentDecoders::SPEC,
];
