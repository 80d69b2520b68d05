//! Changes to the user's ruleset files (`etc/rules`, `etc/decoders`, `etc/lists`), as the
//! API's `PUT` and `DELETE .../files/{filename}` make them: the target is resolved (default
//! files and other directories refused with Wazuh's codes), new content is checked against
//! the ruleset in memory (well-formed XML, Wazuh's syntax, rule ids not defined elsewhere,
//! `if_sid` and decoder parents that exist, CDB list lines), then written atomically (a temp
//! file in the same directory, fsync, rename), so a refused or cut-short write leaves the file
//! as it was.

use super::{decoders, parse, rules, Change, Fault, Kind, Ruleset, Source, ENABLED};
use crate::api::codes::{
    Code, BODY_NOT_UTF8, CDB_LIST_BAD_FORMAT, DECODER_DIR_INVALID, DEFAULT_DECODERS_READ_ONLY,
    DEFAULT_RULES_READ_ONLY, EMPTY_FILE, FILE_DOES_NOT_EXIST, FILE_EXISTS, RULE_DIR_INVALID,
    WAZUH_SYNTAX_ERROR, XML_SYNTAX_ERROR,
};
use crate::server::atomic;
use crate::server::error::ApiError;
use crate::server::xml;
use serde_json::Value;
use std::collections::HashSet;
use std::fs;
use std::path::Path;

/// A user file a request changes: its kind, directory and name.
#[derive(Debug, Clone)]
pub struct Target {
    /// Its kind.
    pub kind: Kind,
    /// Its directory, relative to the data dir (the kind's user directory).
    pub dir: &'static str,
    /// Its name.
    pub filename: String,
}

impl Target {
    /// The file a request names: in the kind's user directory, or the one `relative_dirname`
    /// names; the default directory (or a default file's name) is refused with the kind's
    /// read-only code, another directory with its invalid-directory code.
    pub fn resolve(
        ruleset: &Ruleset,
        kind: Kind,
        filename: &str,
        relative_dirname: Option<&str>,
    ) -> Result<Target, ApiError> {
        let target = Target {
            kind,
            dir: kind.user_dir(),
            filename: filename.to_string(),
        };
        let (read_only, invalid_dir) = match kind {
            Kind::Rules => (DEFAULT_RULES_READ_ONLY, RULE_DIR_INVALID),
            Kind::Decoders => (DEFAULT_DECODERS_READ_ONLY, DECODER_DIR_INVALID),
            Kind::Lists => return Ok(target),
        };
        let refused = |code: Code| Err(ApiError::code(code));
        match relative_dirname.map(|dir| dir.trim_end_matches('/')) {
            Some(dir) if dir == kind.default_dir() => refused(read_only),
            Some(dir) if dir != kind.user_dir() => refused(invalid_dir),
            _ if ruleset
                .file(kind, filename, Some(kind.default_dir()))
                .is_some() =>
            {
                refused(read_only)
            }
            _ => Ok(target),
        }
    }

    /// Its path relative to the data dir, as Wazuh names it in answers.
    pub fn relative_path(&self) -> String {
        format!("{}/{}", self.dir, self.filename)
    }

    /// The change of this file to `content` (`None`: removed).
    fn change<'a>(&'a self, content: Option<&'a str>) -> Change<'a> {
        Change {
            kind: self.kind,
            dir: self.dir,
            filename: &self.filename,
            content,
        }
    }

    /// Whether the ruleset's engine compiles with the change made: 1114 naming what is wrong.
    fn compiles(&self, ruleset: &Ruleset, content: Option<&str>) -> Result<(), ApiError> {
        let at = self.relative_path();
        match ruleset.compile(Some(&self.change(content))) {
            Ok(_) => Ok(()),
            Err(err) => Err(ApiError::code_with(
                WAZUH_SYNTAX_ERROR,
                format!("{at}: {err}"),
            )),
        }
    }

    fn exists(&self, ruleset: &Ruleset) -> bool {
        ruleset
            .file(self.kind, &self.filename, Some(self.dir))
            .is_some()
    }
}

/// Checks `content` as the target's new content and writes it atomically: 1905 when the file
/// exists and `overwrite` is not set, 1911/1112 for a body that is not UTF-8 or empty, then
/// the content checks. Blocking.
pub fn upload(
    data_dir: &Path,
    ruleset: &Ruleset,
    target: &Target,
    content: &[u8],
    overwrite: bool,
) -> Result<(), ApiError> {
    if target.exists(ruleset) && !overwrite {
        return Err(ApiError::code(FILE_EXISTS));
    }
    let content = std::str::from_utf8(content).map_err(|_| ApiError::code(BODY_NOT_UTF8))?;
    if content.trim().is_empty() {
        return Err(ApiError::code(EMPTY_FILE));
    }
    check(ruleset, target, content)?;
    let dir = data_dir.join(target.dir);
    fs::create_dir_all(&dir).map_err(ApiError::internal)?;
    let path = dir.join(&target.filename);
    atomic::write(&dir, &path, content.as_bytes()).map_err(ApiError::internal)
}

/// Removes the target: 1906 when it does not exist, 1114 when the ruleset would not compile
/// without it (a rule names the list). Blocking.
pub fn delete(data_dir: &Path, ruleset: &Ruleset, target: &Target) -> Result<(), ApiError> {
    if !target.exists(ruleset) {
        return Err(ApiError::code(FILE_DOES_NOT_EXIST));
    }
    target.compiles(ruleset, None)?;
    let path = data_dir.join(target.dir).join(&target.filename);
    fs::remove_file(&path).map_err(ApiError::internal)?;
    atomic::sync_dir(&data_dir.join(target.dir)).map_err(ApiError::internal)
}

/// Whether `content` may replace the target: read as its kind (1113 for XML that is not
/// well-formed, 1114 for Wazuh's syntax, 1800 for a list), checked against the other files
/// of the ruleset, then compiled with them by the engine (1114).
pub fn check(ruleset: &Ruleset, target: &Target, content: &str) -> Result<(), ApiError> {
    let source = Source {
        filename: &target.filename,
        relative_dirname: target.dir,
        status: ENABLED,
    };
    let parsed = parse(target.kind, &source, content).map_err(|wrong| {
        let (line, column) = xml::line_column(content, wrong.offset);
        let code = match wrong.fault {
            Fault::Xml => XML_SYNTAX_ERROR,
            Fault::Syntax => WAZUH_SYNTAX_ERROR,
            Fault::List => CDB_LIST_BAD_FORMAT,
        };
        let at = target.relative_path();
        ApiError::code_with(code, format!("{at}:{line}:{column}: {}", wrong.detail))
    })?;
    let others = ruleset
        .items(target.kind)
        .iter()
        .filter(|item| !is_in(item, target));
    let problem = match target.kind {
        Kind::Rules => rule_problem(others, &parsed.items),
        Kind::Decoders => decoder_problem(others, &parsed.items),
        Kind::Lists => None,
    };
    match problem {
        Some(problem) => Err(ApiError::code_with(
            WAZUH_SYNTAX_ERROR,
            format!("{}: {problem}", target.relative_path()),
        )),
        None => target.compiles(ruleset, Some(content)),
    }
}

/// Whether an item comes from the target file.
fn is_in(item: &Value, target: &Target) -> bool {
    item["filename"] == target.filename.as_str() && item["relative_dirname"] == target.dir
}

/// A rule id defined twice (but by an `overwrite="yes"` rule), or an `if_sid` no rule has.
fn rule_problem<'r>(others: impl Iterator<Item = &'r Value>, new: &[Value]) -> Option<String> {
    let mut known: HashSet<i64> = HashSet::new();
    for rule in others {
        known.insert(rules::id_of(rule));
    }
    for rule in new {
        let id = rules::id_of(rule);
        if !known.insert(id) && !rules::overwrites(rule) {
            return Some(format!("rule id {id} is already defined"));
        }
    }
    new.iter().find_map(|rule| {
        let missing = rules::if_sid_parents(rule)
            .into_iter()
            .find(|parent| parent.parse().map_or(true, |id| !known.contains(&id)))?;
        let id = rules::id_of(rule);
        Some(format!("rule {id}: if_sid {missing} names no rule"))
    })
}

/// A decoder whose `parent` no decoder has.
fn decoder_problem<'d>(
    others: impl Iterator<Item = &'d Value>,
    new: &'d [Value],
) -> Option<String> {
    let names: HashSet<&str> = others
        .chain(new)
        .filter_map(|decoder| decoder["name"].as_str())
        .collect();
    new.iter().find_map(|decoder| {
        let parent = decoders::parent_of(decoder)?;
        let name = decoder["name"].as_str().unwrap_or_default();
        (!names.contains(parent))
            .then(|| format!("decoder {name}: parent {parent} names no decoder"))
    })
}
