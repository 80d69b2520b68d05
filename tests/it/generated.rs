//! The committed `completions/` and `man/` must match what the binary generates.

use crate::common::cli;
use std::collections::BTreeMap;
use std::path::Path;

fn read_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|entry| {
            (
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(entry.path()).unwrap(),
            )
        })
        .collect()
}

fn assert_fresh(kind: &str) {
    let home = tempfile::TempDir::new().unwrap();
    let out = home.path().join(kind);
    let generator = if kind == "man" { "man" } else { "completions" };
    cli(home.path())
        .args(["generate", generator, "--out"])
        .arg(&out)
        .assert()
        .success();
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join(kind);
    let fresh = read_dir(&out);
    assert!(!fresh.is_empty(), "generate wrote nothing");
    let stale = read_dir(&committed) != fresh;
    assert!(
        !stale,
        "{kind}/ is stale: run `cargo run -- generate {generator} --out {kind}` and commit the result"
    );
}

#[test]
fn completions_are_fresh() {
    assert_fresh("completions");
}

#[test]
fn man_pages_are_fresh() {
    assert_fresh("man");
}

#[test]
fn the_committed_bash_completion_offers_agent_ids_not_file_names() {
    let server = crate::common::Server::start();
    let workdir = tempfile::TempDir::new().unwrap();
    std::fs::write(workdir.path().join("notes.txt"), "").unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/wazuh-ctl.bash");
    let binary = assert_cmd::cargo::cargo_bin("wazuh-ctl");
    let bin_dir = binary.parent().expect("the binary's directory");
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let shell = format!(
        "source '{}'; COMP_WORDS=(wazuh-ctl agents get ''); COMP_CWORD=3; COMP_TYPE=9; \
         _clap_complete_wazuh_ctl wazuh-ctl '' get; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let output = std::process::Command::new("bash")
        .args(["-c", &shell])
        .envs(crate::common::clean_env(server.home.path()))
        .env("WAZUH_CTL_CACHE_DIR", workdir.path().join("cache"))
        .env("PATH", path)
        .current_dir(workdir.path())
        .output()
        .expect("run bash");
    let offered = String::from_utf8_lossy(&output.stdout);
    let offered: Vec<&str> = offered.lines().collect();
    assert!(offered.contains(&"001"), "{offered:?} {output:?}");
    assert!(!offered.contains(&"notes.txt"), "{offered:?}");
}
