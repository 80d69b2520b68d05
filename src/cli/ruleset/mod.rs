//! `wazuh-ctl ruleset push|pull DIR`: the ruleset as code. A local directory holds the
//! user's rules, decoders and CDB lists (`DIR/rules/*.xml`, `DIR/decoders/*.xml`,
//! `DIR/lists/*`), as the manager keeps them in `etc/rules`, `etc/decoders` and `etc/lists`.
//! `push` checks every local file with the server's own parser before anything is sent,
//! shows a unified diff of each file that differs from the manager's, checks the changed
//! files against the manager's rule ids and decoder names, asks, uploads them in an order the
//! manager accepts ([`plan`]) and can restart the manager; `pull` writes the manager's
//! user files into the directory (atomically, never over a differing local file without
//! `--force`). The default, read-only files of the manager are never pulled nor pushed.
//!
//! Imports the `ruleset_files` kinds and local check, `verbs` requests, `confirm`, `diff`,
//! `api::ruleset` for the queries and `server::ruleset::Kind`; `plan` orders the uploads.

mod plan;

use super::confirm::{confirm, describe};
use super::ctx::Ctx;
use super::decoders::DecoderFiles;
use super::diff;
use super::error::CliError;
use super::input;
use super::lists::ListFiles;
use super::rules::RuleFiles;
use super::ruleset_files::{check_locally, FileEndpoints};
use super::verbs;
use crate::api::decoders::{DecoderFilters, ListDecoders};
use crate::api::manager::RestartManager;
use crate::api::params::ListParams;
use crate::api::rules::{ListRules, RuleFilters};
use crate::api::ruleset::{FileFilters, FileQuery, PutFileQuery};
use crate::api::Endpoint;
use crate::client::paginate::PAGE_SIZE;
use crate::client::Body;
use crate::output::Terminal;
use crate::server::ruleset::Kind;
use plan::{Defined, Links, Step};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Ruleset verbs.
#[derive(Debug, clap::Subcommand)]
pub enum RulesetCommand {
    /// Upload the rules, decoders and lists of DIR (DIR/rules/*.xml, DIR/decoders/*.xml,
    /// DIR/lists/*) that differ from the manager's user files. Every file is checked here
    /// first (one bad file: nothing is sent, exit 2); each change is shown as a unified diff;
    /// on a terminal it asks first, `--yes` without one; `--dry-run` shows the diffs and
    /// sends nothing. Files only on the manager are left alone.
    Push {
        /// The local ruleset directory.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Restart the manager after the upload, so that it loads the new ruleset (not when
        /// nothing was uploaded).
        #[arg(long)]
        restart: bool,
    },
    /// Write the manager's user rules, decoders and lists (etc/rules, etc/decoders,
    /// etc/lists; not its default files) into DIR/rules, DIR/decoders and DIR/lists. A local
    /// file that differs is kept unless --force.
    Pull {
        /// The local ruleset directory (created if missing).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Replace local files that differ from the manager's.
        #[arg(long)]
        force: bool,
    },
}

impl RulesetCommand {
    /// Runs the verb.
    pub async fn run(&self, ctx: &Ctx) -> Result<(), CliError> {
        match self {
            RulesetCommand::Push { dir, restart } => push(ctx, dir, *restart).await,
            RulesetCommand::Pull { dir, force } => pull(ctx, dir, *force).await,
        }
    }
}

/// The subdirectory of a ruleset directory that holds a kind's files.
fn subdir(kind: Kind) -> &'static str {
    match kind {
        Kind::Rules => "rules",
        Kind::Decoders => "decoders",
        Kind::Lists => "lists",
    }
}

/// The kinds in upload order: lists and decoders before the rules that use them.
const UPLOAD_ORDER: [Kind; 3] = [Kind::Lists, Kind::Decoders, Kind::Rules];

/// One file of a kind: its name and content.
#[derive(Debug, Clone, PartialEq)]
struct RulesetFile {
    kind: Kind,
    name: String,
    content: String,
}

impl RulesetFile {
    /// How messages name it: `rules/local_rules.xml`.
    fn label(&self) -> String {
        format!("{}/{}", subdir(self.kind), self.name)
    }

    /// Its path on the manager: `etc/rules/local_rules.xml`.
    fn path(&self) -> String {
        format!("{}/{}", self.kind.user_dir(), self.name)
    }
}

/// The files of a kind in `DIR/<kind>`, by name (none when the directory does not exist).
fn local_files(dir: &Path, kind: Kind) -> Result<Vec<(PathBuf, RulesetFile)>, CliError> {
    let folder = dir.join(subdir(kind));
    let unreadable =
        |err: io::Error| CliError::usage(format!("cannot read {}: {err}", folder.display()), None);
    let entries = match fs::read_dir(&folder) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        entries => entries.map_err(unreadable)?,
    };
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(unreadable)?;
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if !kind.is_file_name(&name) || !entry.file_type().map_err(unreadable)?.is_file() {
            continue;
        }
        let path = entry.path();
        let content = input::read_text(&path)?;
        files.push((
            path,
            RulesetFile {
                kind,
                name,
                content,
            },
        ));
    }
    files.sort_by(|(left, _), (right, _)| left.cmp(right));
    Ok(files)
}

/// Every local file of the directory with its links, each checked with the server's parser:
/// the first bad one is a usage error naming it, before anything is sent.
fn checked_local_files(dir: &Path) -> Result<Vec<(RulesetFile, Links)>, CliError> {
    if !dir.is_dir() {
        return Err(CliError::usage(
            format!("{} is not a directory", dir.display()),
            None,
        ));
    }
    let mut files = Vec::new();
    for kind in UPLOAD_ORDER {
        for (path, file) in local_files(dir, kind)? {
            let parsed = check_locally(kind, &path, &file.name, &file.content)?;
            files.push((file, Links::of(kind, &parsed.items)));
        }
    }
    if files.is_empty() {
        return Err(CliError::usage(
            format!(
                "{} has no ruleset files (rules/*.xml, decoders/*.xml, lists/*)",
                dir.display()
            ),
            Some("`wazuh-ctl ruleset pull DIR` writes the manager's files there"),
        ));
    }
    Ok(files)
}

/// The manager's user files of a kind (name → content): read even under `--dry-run`.
async fn remote_files(ctx: &Ctx, kind: Kind) -> Result<BTreeMap<String, String>, CliError> {
    match kind {
        Kind::Rules => remote::<RuleFiles>(ctx).await,
        Kind::Decoders => remote::<DecoderFiles>(ctx).await,
        Kind::Lists => remote::<ListFiles>(ctx).await,
    }
}

/// The files of `F` in its kind's user directory, with their content (`raw=true`).
async fn remote<F: FileEndpoints>(ctx: &Ctx) -> Result<BTreeMap<String, String>, CliError> {
    let dir = F::KIND.user_dir();
    let filters = FileFilters {
        relative_dirname: Some(dir.to_string()),
        ..FileFilters::default()
    };
    let params = ListParams::default();
    let listing = verbs::request::<F::List>([], &[&params, &filters])?;
    let listing = verbs::every_page(ctx, &listing, PAGE_SIZE).await?;
    let items = listing
        .pointer("/data/affected_items")
        .and_then(Value::as_array);
    let names = items
        .into_iter()
        .flatten()
        .filter(|item| item["relative_dirname"].as_str() == Some(dir))
        .filter_map(|item| item["filename"].as_str());
    let mut files = BTreeMap::new();
    for name in names {
        let query = FileQuery {
            raw: Some(true),
            relative_dirname: F::DIRNAME.then(|| dir.to_string()),
        };
        let request = verbs::request::<F::Get>([name], &[&query])?;
        let content = ctx.client()?.send_text(&request).await?;
        files.insert(name.to_string(), content);
    }
    Ok(files)
}

/// A local file that differs from the manager's, whether the manager has one of its name,
/// and its links.
struct Change {
    file: RulesetFile,
    exists: bool,
    links: Links,
}

/// Where the manager defines its rule ids and decoder names (those of the kinds the changes
/// touch), read even under `--dry-run`.
async fn defined_on_manager(ctx: &Ctx, changes: &[Change]) -> Result<Defined, CliError> {
    let mut defined = Defined::default();
    let touches = |kind| changes.iter().any(|change| change.file.kind == kind);
    if touches(Kind::Rules) {
        let items = every_item::<ListRules>(ctx, &RuleFilters::default(), "id").await?;
        for item in &items {
            let id = match &item["id"] {
                Value::String(id) => id.clone(),
                id => id.to_string(),
            };
            defined.add(Kind::Rules, id, item_path(item));
        }
    }
    if touches(Kind::Decoders) {
        let filters = DecoderFilters::default();
        for item in every_item::<ListDecoders>(ctx, &filters, "name").await? {
            let name = item["name"].as_str().unwrap_or_default().to_string();
            defined.add(Kind::Decoders, name, item_path(&item));
        }
    }
    Ok(defined)
}

/// Every item of a list endpoint, with only `field` and its file selected.
async fn every_item<E: Endpoint>(
    ctx: &Ctx,
    filters: &E::Query,
    field: &str,
) -> Result<Vec<Value>, CliError> {
    let params = ListParams {
        select: Some(format!("{field},filename,relative_dirname")),
        ..ListParams::default()
    };
    let request = verbs::request::<E>([], &[&params, filters])?;
    let mut answer = verbs::every_page(ctx, &request, PAGE_SIZE).await?;
    match answer["data"]["affected_items"].take() {
        Value::Array(items) => Ok(items),
        _ => Ok(Vec::new()),
    }
}

/// The path of a rule's or decoder's file: `ruleset/rules/0010-base_rules.xml`.
fn item_path(item: &Value) -> String {
    let text = |key: &str| item[key].as_str().unwrap_or_default().to_string();
    format!("{}/{}", text("relative_dirname"), text("filename"))
}

/// The order the changes can be uploaded in, or a usage error naming the file the manager
/// would refuse whatever the order.
async fn upload_order(ctx: &Ctx, changes: &[Change]) -> Result<Vec<usize>, CliError> {
    let steps: Vec<Step> = changes
        .iter()
        .map(|change| Step {
            kind: change.file.kind,
            path: change.file.path(),
            label: change.file.label(),
            links: change.links.clone(),
        })
        .collect();
    let defined = defined_on_manager(ctx, changes).await?;
    plan::upload_order(&steps, defined).map_err(|why| {
        CliError::usage(
            why,
            Some("nothing was sent; the manager would refuse this file"),
        )
    })
}

/// `ruleset push DIR`: checks, diffs, asks, uploads, and restarts when asked.
async fn push(ctx: &Ctx, dir: &Path, restart: bool) -> Result<(), CliError> {
    let local = checked_local_files(dir)?;
    let total = local.len();
    let mut remote = BTreeMap::new();
    for kind in UPLOAD_ORDER {
        remote.insert(subdir(kind), remote_files(ctx, kind).await?);
    }
    let color = Terminal::of_stdout(ctx.global.no_color).is_some_and(|t| t.color);
    let mut changes = Vec::new();
    for (file, links) in local {
        let current = remote[subdir(file.kind)].get(&file.name);
        let before = current.map_or("", String::as_str);
        if let Some(diff) = diff::unified(&file.label(), before, &file.content, color) {
            print!("{diff}");
            let exists = current.is_some();
            changes.push(Change {
                file,
                exists,
                links,
            });
        }
    }
    let unchanged = total - changes.len();
    if changes.is_empty() {
        let skipped = if restart { " (not restarted)" } else { "" };
        return ctx.out(&format!(
            "0 uploaded, {unchanged} unchanged: the manager already has this ruleset{skipped}"
        ));
    }
    let order = upload_order(ctx, &changes).await?;
    if ctx.global.dry_run {
        return ctx.out(&format!(
            "dry run: {} to upload, {unchanged} unchanged; nothing was sent",
            changes.len()
        ));
    }
    let labels: Vec<String> = changes.iter().map(|change| change.file.label()).collect();
    let then = if restart { " and restart it" } else { "" };
    confirm(
        ctx,
        &format!("Upload {} to the manager{then}?", describe(&labels, "file")),
    )?;
    for (done, change) in order.iter().map(|&at| &changes[at]).enumerate() {
        if let Err(err) = upload(ctx, change).await {
            ctx.note(&format!(
                "{done} of {} files uploaded before {} was refused",
                changes.len(),
                change.file.label()
            ));
            return Err(err);
        }
    }
    ctx.out(&format!(
        "{} uploaded, {unchanged} unchanged",
        changes.len()
    ))?;
    if restart {
        let request = verbs::request::<RestartManager>([], &[])?;
        verbs::act(ctx, &request, &[]).await?;
    }
    Ok(())
}

/// Uploads one changed file (replacing the manager's when it has one).
async fn upload(ctx: &Ctx, change: &Change) -> Result<(), CliError> {
    match change.file.kind {
        Kind::Rules => put::<RuleFiles>(ctx, change).await,
        Kind::Decoders => put::<DecoderFiles>(ctx, change).await,
        Kind::Lists => put::<ListFiles>(ctx, change).await,
    }
}

/// `PUT .../files/{filename}` of `F` with the file's content; failed items are an error.
async fn put<F: FileEndpoints>(ctx: &Ctx, change: &Change) -> Result<(), CliError> {
    let query = PutFileQuery {
        overwrite: change.exists.then_some(true),
        relative_dirname: None,
    };
    let mut request = verbs::request::<F::Put>([change.file.name.as_str()], &[&query])?;
    request.body = Some(Body::Octet(change.file.content.clone()));
    let answer = ctx.client()?.send(&request).await?;
    match verbs::outcome(&answer.body) {
        0 => Ok(()),
        code => {
            let detail = answer.body["data"]["failed_items"][0]["error"]["message"]
                .as_str()
                .unwrap_or("refused")
                .to_string();
            ctx.warn(&format!("{}: {detail}", change.file.label()));
            Err(CliError::Items { code })
        }
    }
}

/// `ruleset pull DIR`: fetches the manager's user files, refuses to replace differing local
/// files without `force` (before writing any), then writes the others.
async fn pull(ctx: &Ctx, dir: &Path, force: bool) -> Result<(), CliError> {
    let mut fetched = Vec::new();
    for kind in UPLOAD_ORDER {
        for (name, content) in remote_files(ctx, kind).await? {
            fetched.push(RulesetFile {
                kind,
                name,
                content,
            });
        }
    }
    let total = fetched.len();
    let mut to_write = Vec::new();
    let mut clobbered = Vec::new();
    for file in fetched {
        let path = dir.join(subdir(file.kind)).join(&file.name);
        match fs::read(&path) {
            Ok(local) if local == file.content.as_bytes() => {}
            Ok(_) if !force => clobbered.push(file.label()),
            _ => to_write.push((path, file)),
        }
    }
    if !clobbered.is_empty() {
        let verb = if clobbered.len() == 1 {
            "differs"
        } else {
            "differ"
        };
        return Err(CliError::usage(
            format!(
                "{} {verb} from the manager's: nothing was written",
                describe(&clobbered, "local file")
            ),
            Some("pass --force to replace them, or push your changes first"),
        ));
    }
    let written = to_write.len();
    for (path, file) in to_write {
        write_atomically(&path, file.content.as_bytes()).map_err(|err| {
            CliError::local(format!("cannot write {}: {err}", path.display()), None)
        })?;
    }
    ctx.out(&format!("{written} written, {} unchanged", total - written))
}

/// Writes `content` as `path` whole or not at all: a hidden temp file beside it (created
/// with the mode the user's umask gives), fsynced, renamed over it, the directory fsynced.
fn write_atomically(path: &Path, content: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temp = dir.join(format!(".{name}.wazuh-ctl-{}.tmp", std::process::id()));
    let written = (|| {
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(content)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written?;
    fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_kinds_own_files_are_taken() {
        assert!(Kind::Rules.is_file_name("local_rules.xml"));
        assert!(!Kind::Rules.is_file_name("notes.txt"));
        assert!(!Kind::Decoders.is_file_name(".local_decoder.xml.swp.xml"));
        assert!(Kind::Lists.is_file_name("admin-users"));
        assert!(!Kind::Lists.is_file_name("admin-users.cdb"));
    }

    #[test]
    fn files_are_replaced_whole_with_the_mode_a_plain_write_gets() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules/local_rules.xml");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "two");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, ["local_rules.xml"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let plain = dir.path().join("plain");
            fs::write(&plain, b"x").unwrap();
            let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), mode(&plain));
        }
    }
}
