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

/// The module path (below `server`) of a source file under `src/server`: `routes/agents/mod.rs`
/// is `routes::agents`, `routes/groups.rs` is `routes::groups`.
fn module_of(file: &Path, server: &Path) -> Vec<String> {
    let relative = file.strip_prefix(server).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|last| last == "mod") {
        parts.pop();
    }
    parts
}

/// The modules a file's `use` lines import from, as paths below `server` (`super::` resolved
/// against the file's own module).
fn imported_modules(text: &str, module: &[String]) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.trim().strip_prefix("use "))
        .filter_map(|path| {
            let path = path.split("::{").next()?.trim_end_matches(';');
            let mut resolved: Vec<String> = match path.strip_prefix("crate::server::") {
                Some(rest) => rest.split("::").map(String::from).collect(),
                None if path.starts_with("super::") => {
                    let mut base = module[..module.len() - 1].to_vec();
                    let mut rest = path;
                    while let Some(after) = rest.strip_prefix("super::") {
                        rest = after;
                        if rest.starts_with("super::") {
                            base.pop();
                        }
                    }
                    base.extend(rest.split("::").map(String::from));
                    base
                }
                None => return None,
            };
            resolved.retain(|part| part != "self");
            Some(resolved.join("::"))
        })
        .collect()
}

/// A handler module (one that states operations in its `routes()`) imports no other: what
/// handlers share lives in modules without handlers (`list`, `body`, `dispatch`,
/// `agents::common`, `security::objects`, ...). And `rbac` imports nothing from `routes`.
#[test]
fn no_handler_file_imports_another_and_rbac_imports_no_route() {
    let server = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/server");
    let files: Vec<PathBuf> = sources(&server.join("routes"))
        .into_iter()
        .filter(|file| {
            let name = file.file_name().unwrap().to_string_lossy();
            !name.ends_with("tests.rs") && name != "test_server.rs"
        })
        .collect();
    let handler_modules: Vec<String> = files
        .iter()
        .filter(|file| {
            let text = std::fs::read_to_string(file).unwrap();
            text.contains("pub fn routes()") && text.contains("op(")
        })
        .map(|file| module_of(file, &server).join("::"))
        .collect();
    assert!(handler_modules.contains(&"routes::agents::listing".to_string()));
    let mut broken = Vec::new();
    for file in &files {
        let module = module_of(file, &server);
        let own = module.join("::");
        if !handler_modules.contains(&own) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for imported in imported_modules(&text, &module) {
            let from_handler = handler_modules.iter().find(|handler| {
                **handler != own
                    && (imported == **handler || imported.starts_with(&format!("{handler}::")))
            });
            if let Some(handler) = from_handler {
                broken.push(format!(
                    "{own} imports {imported} (a handler module: {handler})"
                ));
            }
        }
    }
    for file in sources(&server.join("rbac")) {
        let text = std::fs::read_to_string(&file).unwrap();
        if text.contains("server::routes") {
            broken.push(format!("{} imports from routes", file.display()));
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
