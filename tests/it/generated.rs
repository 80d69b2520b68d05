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
