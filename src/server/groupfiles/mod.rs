//! The shared files of agent groups, as real files under the data dir:
//! `<data_dir>/shared/<group>/agent.conf` and any other file placed there. Owns creating a
//! group's directory (with an empty `<agent_config>` block), removing it, listing files with
//! their checksums (md5 by default through the `md-5` crate, the SHA family through aws-lc-rs), reading one file, and
//! replacing `agent.conf` atomically (temp file + rename) once [`xml`] has validated it.
//!
//! Imports only the server's `error` and `atomic` modules.

pub mod xml;

use crate::api::codes::FILE_NOT_FOUND;
use crate::server::atomic;
use crate::server::error::ApiError;
use aws_lc_rs::digest;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The group configuration file.
pub const AGENT_CONF: &str = "agent.conf";

/// What a new group's `agent.conf` holds.
pub const EMPTY_AGENT_CONF: &str = "<agent_config>\n\n</agent_config>\n";

/// The `hash` values Wazuh accepts that this server cannot compute (no implementation here).
const UNSUPPORTED_HASHES: &[&str] = &["sha3_224", "blake2b", "blake2s"];

/// The shared-files tree of every group.
#[derive(Debug, Clone)]
pub struct GroupFiles {
    root: PathBuf,
}

/// One file of a group.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupFile {
    /// File name inside the group directory.
    pub name: String,
    /// The content.
    pub content: Vec<u8>,
}

impl GroupFiles {
    /// The tree under `<data_dir>/shared`.
    pub fn new(data_dir: &Path) -> GroupFiles {
        GroupFiles {
            root: data_dir.join("shared"),
        }
    }

    fn dir(&self, group: &str) -> PathBuf {
        self.root.join(group)
    }

    /// Creates the group's directory and an empty `agent.conf` when they are missing.
    pub fn ensure(&self, group: &str) -> io::Result<()> {
        let dir = self.dir(group);
        fs::create_dir_all(&dir)?;
        let conf = dir.join(AGENT_CONF);
        if !conf.exists() {
            atomic::write(&dir, &conf, EMPTY_AGENT_CONF.as_bytes())?;
        }
        Ok(())
    }

    /// Removes the group's directory and everything in it (nothing to do when absent).
    pub fn remove(&self, group: &str) -> io::Result<()> {
        match fs::remove_dir_all(self.dir(group)) {
            Err(err) if err.kind() != io::ErrorKind::NotFound => Err(err),
            _ => Ok(()),
        }
    }

    /// Deletes the temp files of writes a crash cut short; for start-up, before any write.
    pub fn remove_unfinished_writes(&self, group: &str) -> io::Result<()> {
        atomic::remove_unfinished(&self.dir(group))
    }

    /// Every regular file of the group, sorted by name (the directory is created if missing).
    pub fn files(&self, group: &str) -> io::Result<Vec<GroupFile>> {
        self.ensure(group)?;
        let mut files = Vec::new();
        for entry in fs::read_dir(self.dir(group))? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type()?.is_file() && !name.starts_with('.') {
                files.push(GroupFile {
                    content: fs::read(entry.path())?,
                    name,
                });
            }
        }
        files.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(files)
    }

    /// One file of the group; 1006 when it does not exist (or the name leaves the directory).
    pub fn read(&self, group: &str, file_name: &str) -> Result<Vec<u8>, ApiError> {
        if !is_plain_file_name(file_name) {
            return Err(ApiError::code_with(FILE_NOT_FOUND, file_name));
        }
        self.ensure(group).map_err(ApiError::internal)?;
        match fs::read(self.dir(group).join(file_name)) {
            Ok(content) => Ok(content),
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                Err(ApiError::code_with(FILE_NOT_FOUND, file_name))
            }
            Err(err) => Err(ApiError::internal(err)),
        }
    }

    /// Replaces `agent.conf` atomically: readers see the old file or the new one, never a mix.
    pub fn write_agent_conf(&self, group: &str, document: &str) -> io::Result<()> {
        let dir = self.dir(group);
        fs::create_dir_all(&dir)?;
        atomic::write(&dir, &dir.join(AGENT_CONF), document.as_bytes())
    }

    /// The group's (mergedSum, configSum) in md5, as the store keeps them.
    pub fn checksums(&self, group: &str) -> io::Result<(String, String)> {
        let (merged, config) = self.merged_and_config(group)?;
        Ok((md5_hex(&merged), md5_hex(&config)))
    }

    /// The group's (mergedSum, configSum) with a `hash` algorithm.
    pub fn checksums_with(
        &self,
        group: &str,
        algorithm: &str,
    ) -> Result<(String, String), ApiError> {
        let (merged, config) = self.merged_and_config(group).map_err(ApiError::internal)?;
        Ok((
            hex_digest(algorithm, &merged)?,
            hex_digest(algorithm, &config)?,
        ))
    }

    /// The files merged as `merged.mg` lays them out (`!<size> <name>` then the content, per
    /// file), and the content of `agent.conf`.
    fn merged_and_config(&self, group: &str) -> io::Result<(Vec<u8>, Vec<u8>)> {
        let mut merged = Vec::new();
        let mut config = Vec::new();
        for file in self.files(group)? {
            merged.extend_from_slice(format!("!{} {}\n", file.content.len(), file.name).as_bytes());
            merged.extend_from_slice(&file.content);
            if file.name == AGENT_CONF {
                config = file.content;
            }
        }
        Ok((merged, config))
    }
}

/// A name that stays inside the group directory: no separators, not `.` or `..`.
fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty() && name != "." && name != ".." && !name.contains(['/', '\\', '\0'])
}

/// The MD5 digest of `data` as 32 lower-case hex digits: the checksum Wazuh uses for group
/// files (`configSum`, `mergedSum`, the default `hash`). A fingerprint, not a security measure.
pub fn md5_hex(data: &[u8]) -> String {
    use md5::Digest;
    hex(&md5::Md5::digest(data))
}

/// Bytes as lower-case hex digits.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The hex digest of `data` with a `hash` algorithm name; a clear 400 for the ones Wazuh
/// accepts but this server does not compute.
pub fn hex_digest(algorithm: &str, data: &[u8]) -> Result<String, ApiError> {
    let algorithm = match algorithm {
        "md5" => return Ok(md5_hex(data)),
        "sha1" => &digest::SHA1_FOR_LEGACY_USE_ONLY,
        "sha224" => &digest::SHA224,
        "sha256" => &digest::SHA256,
        "sha384" => &digest::SHA384,
        "sha512" => &digest::SHA512,
        "sha3_256" => &digest::SHA3_256,
        "sha3_384" => &digest::SHA3_384,
        "sha3_512" => &digest::SHA3_512,
        other => {
            return Err(ApiError::bad_request(format!(
                "hash algorithm '{other}' is not supported by wazuh-ctl serve (unsupported: {})",
                UNSUPPORTED_HASHES.join(", ")
            )))
        }
    };
    Ok(hex(digest::digest(algorithm, data).as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md5_matches_the_rfc_1321_test_vectors() {
        assert_eq!(md5_hex(b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(md5_hex(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
    }

    #[test]
    fn a_new_group_has_an_empty_agent_conf_and_checksums_follow_its_content() {
        let dir = tempfile::tempdir().unwrap();
        let files = GroupFiles::new(dir.path());
        let (merged, config) = files.checksums("web").unwrap();
        assert_eq!(config, md5_hex(EMPTY_AGENT_CONF.as_bytes()));
        files
            .write_agent_conf("web", "<agent_config os=\"Linux\"></agent_config>")
            .unwrap();
        let (merged_after, config_after) = files.checksums("web").unwrap();
        assert_ne!((merged, config), (merged_after.clone(), config_after));
        assert_eq!(
            files.read("web", AGENT_CONF).unwrap(),
            b"<agent_config os=\"Linux\"></agent_config>"
        );
        files.remove("web").unwrap();
        assert!(!dir.path().join("shared/web").exists());
    }

    #[test]
    fn the_temp_files_of_cut_short_writes_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let files = GroupFiles::new(dir.path());
        files.ensure("web").unwrap();
        let group = dir.path().join("shared/web");
        let unfinished = group.join(format!("{}a1b2", atomic::TEMP_PREFIX));
        fs::write(&unfinished, "<agent_con").unwrap();
        fs::write(group.join(".hidden"), "kept").unwrap();
        files.remove_unfinished_writes("web").unwrap();
        files.remove_unfinished_writes("no-such-group").unwrap();
        assert!(!unfinished.exists());
        assert!(group.join(".hidden").exists() && group.join(AGENT_CONF).exists());
    }

    #[test]
    fn file_names_cannot_leave_the_group_directory() {
        let dir = tempfile::tempdir().unwrap();
        let files = GroupFiles::new(dir.path());
        for name in ["..", "../web/agent.conf", "missing.txt"] {
            let err = files.read("web", name).unwrap_err();
            assert_eq!(err.body.error, Some(FILE_NOT_FOUND.code), "{name}");
        }
    }

    #[test]
    fn digests_by_algorithm() {
        assert_eq!(
            hex_digest("sha256", b"abc").unwrap(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(hex_digest("md5", b"abc").unwrap(), md5_hex(b"abc"));
        let err = hex_digest("blake2b", b"abc").unwrap_err();
        assert_eq!(err.status, axum::http::StatusCode::BAD_REQUEST);
        assert!(err.body.detail.contains("blake2b"), "{}", err.body.detail);
    }
}
