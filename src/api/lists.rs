//! Lists operations (spec tag `Lists`): the CDB lists of the ruleset with their pairs, and
//! the list files (read, uploaded, deleted).

use super::params;
use super::ruleset::{DeleteFileQuery, FileFilters, FileQuery, PutFileQuery};
use super::{query, Param};
use super::{Endpoint, Method, Spec};
use crate::api::fields::Field;
use serde::{Deserialize, Serialize};

/// The fields of a CDB list, as `GET /lists` lists them.
pub const LIST_FIELDS: &[Field] = &[
    Field::text("filename"),
    Field::text("relative_dirname"),
    Field::text("items"),
];

/// The RBAC action of every lists read.
const READ: &[&str] = &["lists:read"];

/// Filters of `GET /lists` (besides the list parameters).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ListFilters {
    /// Comma-separated list file names.
    pub filename: Option<String>,
    /// The lists' directory (`etc/lists`).
    pub relative_dirname: Option<String>,
}

/// `GET /lists`: the CDB lists with their pairs.
pub struct ListLists;

impl Endpoint for ListLists {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/lists",
        operation_id: "api.controllers.cdb_list_controller.get_lists",
        actions: READ,
        query: query!(
            list,
            [Param::text("relative_dirname"), Param::text("filename")]
        ),
    };
    type Query = ListFilters;
}

/// `GET /lists/files`: the list files with their directory.
pub struct ListListFiles;

impl Endpoint for ListListFiles {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/lists/files",
        operation_id: "api.controllers.cdb_list_controller.get_lists_files",
        actions: READ,
        query: query!([
            params::OFFSET,
            params::LIMIT,
            params::SORT,
            params::SEARCH,
            Param::text("relative_dirname"),
            Param::text("filename"),
        ]),
    };
    type Query = FileFilters;
}

/// `GET /lists/files/{filename}`: one list, its pairs as JSON or the file as it is.
pub struct GetListFile;

impl Endpoint for GetListFile {
    const SPEC: Spec = Spec {
        method: Method::Get,
        path: "/lists/files/{filename}",
        operation_id: "api.controllers.cdb_list_controller.get_file",
        actions: READ,
        query: query!([Param::boolean("raw")]),
    };
    type Query = FileQuery;
}

/// `PUT /lists/files/{filename}`: uploads a list into `etc/lists`.
pub struct PutListFile;

impl Endpoint for PutListFile {
    const SPEC: Spec = Spec {
        method: Method::Put,
        path: "/lists/files/{filename}",
        operation_id: "api.controllers.cdb_list_controller.put_file",
        actions: &["lists:update", "lists:delete"],
        query: query!([Param::boolean("overwrite")]),
    };
    type Query = PutFileQuery;
}

/// `DELETE /lists/files/{filename}`: deletes a list of `etc/lists`.
pub struct DeleteListFile;

impl Endpoint for DeleteListFile {
    const SPEC: Spec = Spec {
        method: Method::Delete,
        path: "/lists/files/{filename}",
        operation_id: "api.controllers.cdb_list_controller.delete_file",
        actions: &["lists:delete"],
        query: query!([]),
    };
    type Query = DeleteFileQuery;
}

/// The operations of this group the server implements and the CLI calls.
pub const ENDPOINTS: &[Spec] = &[
    ListLists::SPEC,
    ListListFiles::SPEC,
    GetListFile::SPEC,
    PutListFile::SPEC,
    DeleteListFile::SPEC,
];
