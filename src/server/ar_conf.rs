//! The manager's active-response commands, as a real file: `<data_dir>/etc/shared/ar.conf`,
//! one line per command in Wazuh's format `<name><timeout> - <executable> - <timeout>` (e.g.
//! `restart-wazuh0 - restart-wazuh - 0`). `serve` writes the demo manager's file at start-up
//! when there is none (an edited file is kept), and `PUT /active-response` reads it on every
//! request, as Wazuh does, to decide whether a command is defined.
//!
//! Imports nothing from the crate.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Where the file lives, under the data dir.
const AR_CONF: &str = "etc/shared/ar.conf";

/// The demo manager's commands: Wazuh's built-in restart commands (Linux and Windows
/// executables), plus one configured active response (`firewall-drop`, 600 s timeout).
const DEMO_AR_CONF: &str = "\
restart-ossec0 - restart-ossec.sh - 0
restart-ossec0 - restart-ossec.cmd - 0
restart-wazuh0 - restart-ossec.sh - 0
restart-wazuh0 - restart-ossec.cmd - 0
restart-wazuh0 - restart-wazuh - 0
restart-wazuh0 - restart-wazuh.exe - 0
firewall-drop600 - firewall-drop - 600
";

/// The path of `ar.conf` under a data dir.
pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(AR_CONF)
}

/// Start-up: writes the demo `ar.conf` unless the data dir already has one. Blocking.
pub fn ensure(data_dir: &Path) -> io::Result<()> {
    let file = path(data_dir);
    if file.exists() {
        return Ok(());
    }
    if let Some(dir) = file.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(file, DEMO_AR_CONF)
}

/// The command names the file defines: the text of each line before its first ` - `.
pub fn commands(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| line.split(" - ").next())
        .filter(|name| !name.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_file_is_written_once_and_names_its_commands() {
        let dir = tempfile::tempdir().unwrap();
        ensure(dir.path()).unwrap();
        let text = fs::read_to_string(path(dir.path())).unwrap();
        let names = commands(&text);
        assert!(names.contains(&"restart-wazuh0"));
        assert!(names.contains(&"firewall-drop600"));
        assert!(!names.contains(&"restart-wazuh"));
        fs::write(path(dir.path()), "custom0 - custom.sh - 0\n").unwrap();
        ensure(dir.path()).unwrap();
        let kept = fs::read_to_string(path(dir.path())).unwrap();
        assert_eq!(commands(&kept), ["custom0"]);
    }
}
