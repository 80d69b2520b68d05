//! The ruleset as a manager lays it out, as real files under the data dir: the default rules
//! in `ruleset/rules` (read-only through the API), the user's in `etc/rules`, beside
//! `ruleset/decoders`, `ruleset/lists`, `etc/decoders` and `etc/lists`. [`ensure`] writes the
//! demo ruleset at first start (a directory that exists is left as it is); [`Ruleset::load`]
//! reads and parses every rule file once, so requests read the ruleset from memory: the rules
//! as `GET /rules` shows them, the files with their content and JSON view, the groups and the
//! compliance requirements.
//!
//! Imports the server's `xml`, `collection` and `demo` modules.

mod document;
pub mod rules;

use crate::server::collection::Label;
use crate::server::demo::ruleset::{RULE_FILES, USER_RULE_FILES};
use crate::server::xml::{self, XmlError};
use serde_json::{json, Value};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The default rules, relative to the data dir.
pub const DEFAULT_RULES: &str = "ruleset/rules";
/// The user's rules, relative to the data dir.
pub const USER_RULES: &str = "etc/rules";
/// The directories of decoders and lists, created empty for now.
const OTHER_DIRS: &[&str] = &[
    "ruleset/decoders",
    "ruleset/lists",
    "etc/decoders",
    "etc/lists",
];
/// The extension of rule files.
const RULE_EXTENSION: &str = ".xml";
/// What a rule file's status is: every file of the rule directories is enabled (the lab's
/// configuration excludes none).
pub const ENABLED: &str = "enabled";

/// Writes the demo ruleset into a data dir that has none yet: each rule directory is written
/// whole into a temporary directory and renamed into place, so a crash leaves no half tree.
pub fn ensure(data_dir: &Path) -> io::Result<()> {
    write_once(data_dir, DEFAULT_RULES, RULE_FILES)?;
    write_once(data_dir, USER_RULES, USER_RULE_FILES)?;
    for dir in OTHER_DIRS {
        fs::create_dir_all(data_dir.join(dir))?;
    }
    Ok(())
}

/// Writes `files` into `dir` (relative to the data dir) unless it exists.
fn write_once(data_dir: &Path, dir: &str, files: &[(&str, &str)]) -> io::Result<()> {
    let target = data_dir.join(dir);
    if target.exists() {
        return Ok(());
    }
    let parent = target.parent().unwrap_or(data_dir);
    fs::create_dir_all(parent)?;
    let staging = tempfile::Builder::new()
        .prefix(".tmp-wazuh-ctl-")
        .tempdir_in(parent)?;
    for (name, content) in files {
        fs::write(staging.path().join(name), content)?;
    }
    fs::rename(staging.keep(), &target)
}

/// Why the ruleset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RulesetError {
    /// A rule directory or file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// A rule file is not valid: where and why.
    #[error("{path}:{line}:{column}: {detail}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        detail: String,
    },
}

/// One rule file, as read at start.
#[derive(Debug)]
pub struct RuleFile {
    /// Its name.
    pub filename: String,
    /// Its directory, relative to the data dir (`ruleset/rules`).
    pub relative_dirname: &'static str,
    /// Its content.
    pub content: String,
    /// Its content as `GET /rules/files/{filename}` shows it (the elements as JSON).
    pub document: Value,
}

/// The ruleset in memory.
#[derive(Debug, Default)]
pub struct Ruleset {
    rules: Vec<Value>,
    files: Vec<RuleFile>,
    listing: Vec<Value>,
    groups: Vec<Label>,
    requirements: Vec<(&'static str, Vec<Label>)>,
}

impl Ruleset {
    /// Reads and parses every rule file of the data dir's rule directories. Blocking.
    pub fn load(data_dir: &Path) -> Result<Ruleset, RulesetError> {
        let mut files = Vec::new();
        let mut rules = Vec::new();
        for dir in [DEFAULT_RULES, USER_RULES] {
            for path in rule_paths(&data_dir.join(dir))? {
                let (file, mut parsed) = read_rule_file(&path, dir)?;
                files.push(file);
                rules.append(&mut parsed);
            }
        }
        files.sort_by(|left, right| left.filename.cmp(&right.filename));
        rules.sort_by_key(rules::id_of);
        let listing = files.iter().map(listing_item).collect();
        let groups = labels(&rules, "groups");
        let requirements = rules::REQUIREMENTS
            .iter()
            .map(|requirement| (*requirement, labels(&rules, requirement)))
            .collect();
        Ok(Ruleset {
            rules,
            files,
            listing,
            groups,
            requirements,
        })
    }

    /// Every rule as `GET /rules` shows it, by id.
    pub fn rules(&self) -> &[Value] {
        &self.rules
    }

    /// Every rule file as `GET /rules/files` shows it, by name.
    pub fn listing(&self) -> &[Value] {
        &self.listing
    }

    /// The file of that name, in that directory when one is given (its trailing `/` ignored);
    /// among files of the same name, the one with the shortest directory.
    pub fn file(&self, filename: &str, relative_dirname: Option<&str>) -> Option<&RuleFile> {
        let dirname = relative_dirname.map(|dir| dir.trim_end_matches('/'));
        self.files
            .iter()
            .filter(|file| file.filename == filename)
            .filter(|file| dirname.is_none_or(|dir| file.relative_dirname == dir))
            .min_by_key(|file| file.relative_dirname.len())
    }

    /// Every group of the rules, sorted, once each.
    pub fn groups(&self) -> &[Label] {
        &self.groups
    }

    /// Every value of a requirement (`pci_dss`, `mitre`, ...), sorted, once each.
    pub fn requirement(&self, name: &str) -> &[Label] {
        self.requirements
            .iter()
            .find(|(requirement, _)| *requirement == name)
            .map_or(&[], |(_, labels)| labels.as_slice())
    }
}

/// The distinct values of a list field of the rules, sorted.
pub fn labels<'r>(rules: impl IntoIterator<Item = &'r Value>, field: &str) -> Vec<Label> {
    let mut values: Vec<&str> = rules
        .into_iter()
        .filter_map(|rule| rule.get(field)?.as_array())
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    values.sort_unstable();
    values.dedup();
    values.into_iter().map(Label::new).collect()
}

/// The rule files of a directory, by name (none when it does not exist).
fn rule_paths(dir: &Path) -> Result<Vec<PathBuf>, RulesetError> {
    let unreadable = |source| RulesetError::Read {
        path: dir.to_path_buf(),
        source,
    };
    let entries = match fs::read_dir(dir) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        entries => entries.map_err(unreadable)?,
    };
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(unreadable)?.path();
        let named = path.file_name().and_then(|name| name.to_str());
        if named.is_some_and(|name| name.ends_with(RULE_EXTENSION) && !name.starts_with('.')) {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// Reads one rule file: the file and its rules, or where it is wrong.
fn read_rule_file(
    path: &Path,
    relative_dirname: &'static str,
) -> Result<(RuleFile, Vec<Value>), RulesetError> {
    let content = fs::read_to_string(path).map_err(|source| RulesetError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let invalid = |offset: u64, detail: String| {
        let (line, column) = xml::line_column(&content, offset);
        RulesetError::Invalid {
            path: path.to_path_buf(),
            line,
            column,
            detail,
        }
    };
    let roots = xml::parse(&content).map_err(|err| match err {
        XmlError::Malformed { detail, offset } => invalid(offset, detail),
        XmlError::StrayText { offset } => invalid(offset, "text outside the elements".into()),
    })?;
    let filename = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = rules::Source {
        filename: &filename,
        relative_dirname,
        status: ENABLED,
    };
    let parsed =
        rules::rules_of(&source, &roots).map_err(|wrong| invalid(wrong.offset, wrong.detail))?;
    let document = document::json(&roots);
    let file = RuleFile {
        filename,
        relative_dirname,
        content,
        document,
    };
    Ok((file, parsed))
}

/// A file as `GET /rules/files` lists it.
fn listing_item(file: &RuleFile) -> Value {
    json!({
        "filename": file.filename,
        "relative_dirname": file.relative_dirname,
        "status": ENABLED,
    })
}

#[cfg(test)]
mod tests;
