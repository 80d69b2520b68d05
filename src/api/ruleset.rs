//! The query parameters the ruleset file operations of the tags `Rules`, `Decoders` and
//! `Lists` share (listing files, reading, uploading and deleting one).

use crate::api::fields::Field;
use serde::{Deserialize, Serialize};

/// The fields of a rules, decoders or lists file, as their `files` operations list them.
pub const RULESET_FILE_FIELDS: &[Field] = &[
    Field::text("filename"),
    Field::text("relative_dirname"),
    Field::text("status"),
];

/// Filters of `GET .../files` (besides the list parameters).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FileFilters {
    /// `enabled`, `disabled` or `all` (rules and decoders).
    pub status: Option<String>,
    /// Comma-separated file names.
    pub filename: Option<String>,
    /// The files' directory (`etc/rules`).
    pub relative_dirname: Option<String>,
}

/// Query of `GET .../files/{filename}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct FileQuery {
    /// Answer the file as it is instead of as JSON.
    pub raw: Option<bool>,
    /// The file's directory, when files of that name are in several.
    pub relative_dirname: Option<String>,
}

/// Query of `PUT .../files/{filename}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PutFileQuery {
    /// Replace the file when it exists.
    pub overwrite: Option<bool>,
    /// The file's directory (the user's, `etc/rules`, by default).
    pub relative_dirname: Option<String>,
}

/// Query of `DELETE .../files/{filename}`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeleteFileQuery {
    /// The file's directory (the user's, `etc/rules`, by default).
    pub relative_dirname: Option<String>,
}
