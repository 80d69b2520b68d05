//! Files written so that a crash never leaves half of one: the content goes to a hidden temp
//! file in the same directory, is fsynced, renamed over the target, and the directory fsynced;
//! start-up removes the temp files of writes a crash cut short. Used by the group files and
//! the ruleset.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

/// How the temp files of [`write`] begin (hidden, so listings skip them).
pub const TEMP_PREFIX: &str = ".tmp-wazuh-ctl-";

/// Writes `content` as `target`, a file of `dir`, atomically.
pub fn write(dir: &Path, target: &Path, content: &[u8]) -> io::Result<()> {
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    temp.write_all(content)?;
    temp.as_file().sync_all()?;
    temp.persist(target).map_err(|err| err.error)?;
    sync_dir(dir)
}

/// Flushes a directory's entries (a rename or a removal) to disk.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    fs::File::open(dir)?.sync_all()
}

/// Removes the temp files of writes a crash cut short from `dir` (nothing to do when it does
/// not exist); for start-up, before any write.
pub fn remove_unfinished(dir: &Path) -> io::Result<()> {
    let entries = match fs::read_dir(dir) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
        entries => entries?,
    };
    for entry in entries {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}
