//! The dependency rule of docs/architecture.md, checked on the sources: `api` imports nothing
//! from the crate, `client` and `output` only `api`, `server` only `api`.

use std::path::{Path, PathBuf};

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

/// Lines of a layer's sources that name a module the layer must not import.
fn violations(layer: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    sources(&root)
        .iter()
        .flat_map(|file| {
            let text = std::fs::read_to_string(file).unwrap();
            text.lines()
                .enumerate()
                .filter(|(_, line)| {
                    forbidden
                        .iter()
                        .any(|module| line.contains(&format!("crate::{module}")))
                })
                .map(|(number, line)| format!("{}:{}: {}", file.display(), number + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn layers_import_only_what_the_dependency_rule_allows() {
    let rules: [(&str, &[&str]); 4] = [
        ("api", &["cli", "client", "output", "server"]),
        ("client", &["cli", "output", "server"]),
        ("output", &["cli", "client", "server"]),
        ("server", &["cli", "client", "output"]),
    ];
    let broken: Vec<String> = rules
        .iter()
        .flat_map(|(layer, forbidden)| violations(layer, forbidden))
        .collect();
    assert!(
        broken.is_empty(),
        "the dependency rule is broken:\n{}",
        broken.join("\n")
    );
}
