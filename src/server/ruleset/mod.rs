//! The ruleset as a manager lays it out, as real files under the data dir: the default rules,
//! decoders and lists in `ruleset/` (read-only through the API), the user's in `etc/rules`,
//! `etc/decoders` and `etc/lists`. [`ensure`] writes the demo ruleset at first start (a
//! directory that exists is left as it is); [`Ruleset::load`] reads and parses every file
//! once, so requests read the ruleset from memory: the rules, decoders and lists as the API
//! shows them, the files with their content and JSON view, the groups and the compliance
//! requirements, and the analysis engine compiled from them ([`Ruleset::engine`]). [`write`]
//! changes the user's files, checked first (an engine that compiles with the change included)
//! and written atomically.
//!
//! Imports the server's `xml`, `collection`, `atomic`, `error` and `demo` modules.

pub mod decoders;
mod document;
pub mod lists;
pub mod rules;
pub mod write;

use crate::server::atomic;
use crate::server::collection::Label;
use crate::server::demo::ruleset as demo;
use crate::server::engine::{Engine, SourceFile, Sources};
use crate::server::xml::{self, XmlError};
use serde_json::{json, Map, Value};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// What a file's status is: every file of the ruleset directories is enabled (the lab's
/// configuration excludes none).
pub const ENABLED: &str = "enabled";

/// The three kinds of ruleset files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Rule files (XML).
    Rules,
    /// Decoder files (XML).
    Decoders,
    /// CDB lists (`key:value` text).
    Lists,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 3] = [Kind::Rules, Kind::Decoders, Kind::Lists];

    /// The directory of the default files, relative to the data dir (read-only).
    pub const fn default_dir(self) -> &'static str {
        match self {
            Kind::Rules => "ruleset/rules",
            Kind::Decoders => "ruleset/decoders",
            Kind::Lists => "ruleset/lists",
        }
    }

    /// The directory of the user's files, relative to the data dir (writable).
    pub const fn user_dir(self) -> &'static str {
        match self {
            Kind::Rules => "etc/rules",
            Kind::Decoders => "etc/decoders",
            Kind::Lists => "etc/lists",
        }
    }

    /// Whether its files are XML.
    pub const fn is_xml(self) -> bool {
        !matches!(self, Kind::Lists)
    }

    /// Whether a directory entry is one of its files: not hidden, `.xml` for XML kinds, not
    /// a compiled `.cdb` for lists.
    pub fn is_file_name(self, name: &str) -> bool {
        !name.starts_with('.')
            && match self.is_xml() {
                true => name.ends_with(".xml"),
                false => !name.ends_with(".cdb"),
            }
    }

    /// The demo files of its default and user directories.
    fn demo(self) -> [(&'static str, &'static [(&'static str, &'static str)]); 2] {
        let (default, user) = match self {
            Kind::Rules => (demo::RULE_FILES, demo::USER_RULE_FILES),
            Kind::Decoders => (demo::DECODER_FILES, demo::USER_DECODER_FILES),
            Kind::Lists => (demo::LIST_FILES, demo::USER_LIST_FILES),
        };
        [(self.default_dir(), default), (self.user_dir(), user)]
    }
}

/// Writes the demo ruleset into a data dir that has none yet: each directory is written
/// whole into a temporary directory and renamed into place, so a crash leaves no half tree.
/// The temp files of writes a crash cut short are removed.
pub fn ensure(data_dir: &Path) -> io::Result<()> {
    for kind in Kind::ALL {
        for (dir, files) in kind.demo() {
            write_once(data_dir, dir, files)?;
            atomic::remove_unfinished(&data_dir.join(dir))?;
        }
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
        .prefix(atomic::TEMP_PREFIX)
        .tempdir_in(parent)?;
    for (name, content) in files {
        fs::write(staging.path().join(name), content)?;
    }
    fs::rename(staging.keep(), &target)
}

/// Why the ruleset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum RulesetError {
    /// A directory or file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// A file is not valid: where and why.
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
    /// The files are valid one by one, but the engine cannot compile them together (a rule
    /// that names a list no file holds, ...).
    #[error("cannot compile the ruleset: {0}")]
    Engine(String),
}

/// Where the items of a file come from.
pub struct Source<'s> {
    /// The file name.
    pub filename: &'s str,
    /// Its directory, relative to the data dir.
    pub relative_dirname: &'s str,
    /// `enabled` or `disabled`.
    pub status: &'s str,
}

/// What kind of fault a file has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Not well-formed XML.
    Xml,
    /// Well-formed, but not as Wazuh reads the kind (a rule without a number id, ...).
    Syntax,
    /// A CDB list line that is not `key:value`.
    List,
}

/// What is wrong with a file, and where.
#[derive(Debug, PartialEq)]
pub struct Wrong {
    /// The byte offset of the element or line at fault.
    pub offset: u64,
    /// What is wrong.
    pub detail: String,
    /// The kind of fault.
    pub fault: Fault,
}

impl Wrong {
    /// A fault of Wazuh's syntax at `offset`.
    pub fn syntax(offset: u64, detail: String) -> Wrong {
        let fault = Fault::Syntax;
        Wrong {
            offset,
            detail,
            fault,
        }
    }

    /// A bad CDB list line at `offset`.
    pub fn list(offset: u64, detail: String) -> Wrong {
        let fault = Fault::List;
        Wrong {
            offset,
            detail,
            fault,
        }
    }
}

/// A file's content read as its kind: the JSON view of `GET .../files/{filename}` and its
/// items (rules, decoders, or the one list).
#[derive(Debug)]
pub struct Parsed {
    /// The content as JSON: the elements as xmltodict shows them, a list's pairs as an object.
    pub document: Value,
    /// The rules or decoders of the file, or the list as `GET /lists` shows it.
    pub items: Vec<Value>,
}

/// Reads a file's content as its kind.
pub fn parse(kind: Kind, source: &Source, content: &str) -> Result<Parsed, Wrong> {
    if !kind.is_xml() {
        let pairs = lists::pairs(content)?;
        let items: Vec<Value> = pairs
            .iter()
            .map(|(key, value)| json!({"key": key, "value": value}))
            .collect();
        let document: Map<String, Value> = pairs
            .into_iter()
            .map(|(key, value)| (key, Value::String(value)))
            .collect();
        let list = json!({
            "items": items,
            "relative_dirname": source.relative_dirname,
            "filename": source.filename,
        });
        return Ok(Parsed {
            document: Value::Object(document),
            items: vec![list],
        });
    }
    let xml_fault = |offset, detail| Wrong {
        offset,
        detail,
        fault: Fault::Xml,
    };
    let roots = xml::parse(content).map_err(|err| match err {
        XmlError::Malformed { detail, offset } => xml_fault(offset, detail),
        XmlError::StrayText { offset } => xml_fault(offset, "text outside the elements".into()),
    })?;
    let items = match kind {
        Kind::Rules => rules::rules_of(source, &roots)?,
        _ => decoders::decoders_of(source, &roots)?,
    };
    Ok(Parsed {
        document: document::json(&roots),
        items,
    })
}

/// One ruleset file, as read at start.
#[derive(Debug)]
pub struct RulesetFile {
    /// Its name.
    pub filename: String,
    /// Its directory, relative to the data dir (`ruleset/rules`).
    pub relative_dirname: &'static str,
    /// Its content.
    pub content: String,
    /// Its content as `GET .../files/{filename}` shows it.
    pub document: Value,
}

/// The files of one kind and their items.
#[derive(Debug, Default)]
struct Files {
    files: Vec<RulesetFile>,
    listing: Vec<Value>,
    items: Vec<Value>,
}

impl Files {
    /// Reads and parses every file of the kind's directories, by name.
    fn load(data_dir: &Path, kind: Kind) -> Result<Files, RulesetError> {
        let mut files = Vec::new();
        let mut items = Vec::new();
        for dir in [kind.default_dir(), kind.user_dir()] {
            for path in file_paths(&data_dir.join(dir), kind)? {
                let (file, mut parsed) = read_file(&path, dir, kind)?;
                files.push(file);
                items.append(&mut parsed);
            }
        }
        files.sort_by(|left, right| left.filename.cmp(&right.filename));
        let listing = files.iter().map(|file| listing_item(kind, file)).collect();
        Ok(Files {
            files,
            listing,
            items,
        })
    }

    /// The files as the engine reads them, in load order (the default directory's first,
    /// each directory by name), with `change` applied when it is of this kind.
    fn sources<'a>(&'a self, kind: Kind, change: Option<&Change<'a>>) -> Vec<SourceFile<'a>> {
        let change = change.filter(|change| change.kind == kind);
        let changed = |file: &RulesetFile| {
            change.is_some_and(|c| c.dir == file.relative_dirname && c.filename == file.filename)
        };
        let mut files: Vec<(&str, SourceFile)> = self
            .files
            .iter()
            .filter(|file| !changed(file))
            .map(|file| {
                (
                    file.relative_dirname,
                    source_file(&file.filename, &file.content),
                )
            })
            .collect();
        if let Some(Change {
            dir,
            filename,
            content: Some(content),
            ..
        }) = change
        {
            files.push((dir, source_file(filename, content)));
        }
        files.sort_by_key(|(dir, file)| (*dir != kind.default_dir(), file.name));
        files.into_iter().map(|(_, file)| file).collect()
    }
}

fn source_file<'a>(name: &'a str, content: &'a str) -> SourceFile<'a> {
    SourceFile { name, content }
}

/// A change of one user file the engine is compiled with before it is made.
#[derive(Debug, Clone, Copy)]
pub struct Change<'a> {
    /// The file's kind.
    pub kind: Kind,
    /// Its directory, relative to the data dir.
    pub dir: &'a str,
    /// Its name.
    pub filename: &'a str,
    /// Its new content, or `None` when it is removed.
    pub content: Option<&'a str>,
}

/// The ruleset in memory.
#[derive(Debug, Default)]
pub struct Ruleset {
    rules: Files,
    decoders: Files,
    lists: Files,
    groups: Vec<Label>,
    requirements: Vec<(&'static str, Vec<Label>)>,
    engine: Engine,
}

impl Ruleset {
    /// Reads and parses every file of the data dir's ruleset directories. Blocking.
    pub fn load(data_dir: &Path) -> Result<Ruleset, RulesetError> {
        let mut rules = Files::load(data_dir, Kind::Rules)?;
        rules.items.sort_by_key(rules::id_of);
        let groups = labels(&rules.items, "groups");
        let requirements = rules::REQUIREMENTS
            .iter()
            .map(|requirement| (*requirement, labels(&rules.items, requirement)))
            .collect();
        let mut lists = Files::load(data_dir, Kind::Lists)?;
        lists.items.sort_by(|left, right| {
            let key = |list: &Value| {
                (
                    list["relative_dirname"].to_string(),
                    list["filename"].to_string(),
                )
            };
            key(left).cmp(&key(right))
        });
        let mut ruleset = Ruleset {
            rules,
            decoders: Files::load(data_dir, Kind::Decoders)?,
            lists,
            groups,
            requirements,
            engine: Engine::default(),
        };
        ruleset.engine = ruleset.compile(None).map_err(RulesetError::Engine)?;
        Ok(ruleset)
    }

    /// Compiles the engine from the files in memory, with `change` applied.
    pub fn compile(&self, change: Option<&Change>) -> Result<Engine, String> {
        Engine::compile(&Sources {
            decoders: self.decoders.sources(Kind::Decoders, change),
            rules: self.rules.sources(Kind::Rules, change),
            lists: self.lists.sources(Kind::Lists, change),
        })
    }

    /// The analysis engine compiled from the ruleset's files.
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    fn of(&self, kind: Kind) -> &Files {
        match kind {
            Kind::Rules => &self.rules,
            Kind::Decoders => &self.decoders,
            Kind::Lists => &self.lists,
        }
    }

    /// Every rule as `GET /rules` shows it, by id.
    pub fn rules(&self) -> &[Value] {
        &self.rules.items
    }

    /// The items of a kind: rules by id, decoders in file order, lists by path.
    pub fn items(&self, kind: Kind) -> &[Value] {
        &self.of(kind).items
    }

    /// Every file of a kind as `GET .../files` shows it, by name.
    pub fn listing(&self, kind: Kind) -> &[Value] {
        &self.of(kind).listing
    }

    /// The file of a kind of that name, in that directory when one is given (its trailing
    /// `/` ignored); among files of the same name, the one with the shortest directory.
    pub fn file(
        &self,
        kind: Kind,
        filename: &str,
        relative_dirname: Option<&str>,
    ) -> Option<&RulesetFile> {
        let dirname = relative_dirname.map(|dir| dir.trim_end_matches('/'));
        self.of(kind)
            .files
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

/// The files of a kind in a directory, by name (none when it does not exist).
fn file_paths(dir: &Path, kind: Kind) -> Result<Vec<PathBuf>, RulesetError> {
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
        let entry = entry.map_err(unreadable)?;
        let named = entry
            .file_name()
            .to_str()
            .map(|name| kind.is_file_name(name));
        if named == Some(true) && entry.file_type().map_err(unreadable)?.is_file() {
            paths.push(entry.path());
        }
    }
    paths.sort();
    Ok(paths)
}

/// Reads one file: the file and its items, or where it is wrong.
fn read_file(
    path: &Path,
    relative_dirname: &'static str,
    kind: Kind,
) -> Result<(RulesetFile, Vec<Value>), RulesetError> {
    let content = fs::read_to_string(path).map_err(|source| RulesetError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let filename = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let source = Source {
        filename: &filename,
        relative_dirname,
        status: ENABLED,
    };
    let parsed = parse(kind, &source, &content).map_err(|wrong| {
        let (line, column) = xml::line_column(&content, wrong.offset);
        RulesetError::Invalid {
            path: path.to_path_buf(),
            line,
            column,
            detail: wrong.detail,
        }
    })?;
    let file = RulesetFile {
        filename,
        relative_dirname,
        content,
        document: parsed.document,
    };
    Ok((file, parsed.items))
}

/// A file as `GET .../files` lists it (lists have no status).
fn listing_item(kind: Kind, file: &RulesetFile) -> Value {
    match kind {
        Kind::Lists => json!({
            "filename": file.filename,
            "relative_dirname": file.relative_dirname,
        }),
        _ => json!({
            "filename": file.filename,
            "relative_dirname": file.relative_dirname,
            "status": ENABLED,
        }),
    }
}

#[cfg(test)]
mod tests;
