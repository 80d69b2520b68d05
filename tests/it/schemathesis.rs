//! The spec as an oracle: schemathesis generates requests (valid and invalid) for every
//! implemented operation from `../shared/wazuh-api/spec.yaml` and checks each answer of a real
//! `serve` — no server error, a documented status, content type and body schema. Operations
//! still answering 501 are left out, so each joins the day it is implemented.
//!
//! Runs when `WAZUH_CTL_SCHEMATHESIS` names a schemathesis binary (`.ci/run` installs a pinned
//! one under `target/`); skipped otherwise, so a plain `cargo test` needs no Python.

use crate::common::{Server, REVOKING};
use std::path::{Path, PathBuf};
use std::process::Command;
use wazuh_ctl::api::{endpoints, Method, Spec};

/// Test cases per operation and phase: enough to find drift, few enough for CI.
const EXAMPLES: &str = "5";

/// A fixed seed, so a failure in CI comes back the same way on a laptop.
const SEED: &str = "1";

/// The checks every answer must pass.
const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,\
                      response_schema_conformance";

#[test]
fn every_implemented_operation_answers_as_the_spec_says() {
    let Ok(schemathesis) = std::env::var("WAZUH_CTL_SCHEMATHESIS") else {
        eprintln!("schemathesis: skipped, WAZUH_CTL_SCHEMATHESIS is not set (.ci/run sets it)");
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = root.join("../shared/wazuh-api/spec.yaml");
    assert!(source.exists(), "{} is missing", source.display());
    let work = tempfile::tempdir().unwrap();
    let spec = corrected_spec(&schemathesis, &source, work.path());
    let config = work.path().join("api.toml");
    // Experimental operations on, so they are tested too (off, they all answer 1122).
    let unlimited = "experimental_features = true\n\
                     [access]\nmax_request_per_minute = 0\nmax_login_attempts = 1000000\n";
    std::fs::write(&config, unlimited).unwrap();
    let server = Server::start_with(&["--config", config.to_str().unwrap()]);
    // The operations that revoke the run's token go in a second pass of their own, after
    // everything else (their 401s must conform too).
    let revoking = |method: Method, path: &str| REVOKING.contains(&(method, path));
    let (last, first): (Vec<&Spec>, Vec<&Spec>) =
        endpoints().partition(|spec| revoking(spec.method, spec.path));
    assert_eq!(
        last.len(),
        REVOKING.len(),
        "every revoking operation is implemented"
    );
    for pass in [first, last] {
        let ids: Vec<&str> = pass.iter().map(|spec| spec.operation_id).collect();
        let token = server.token("wazuh", "wazuh");
        run(&schemathesis, &spec, &server.url, &token, &ids);
    }
}

/// The spec with the corrections of `tests/spec_corrections.json` applied
/// (`tests/schemathesis/spec_for_serve.py`).
fn corrected_spec(schemathesis: &str, source: &Path, work: &Path) -> PathBuf {
    let python = Path::new(schemathesis).with_file_name("python");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemathesis/spec_for_serve.py");
    let target = work.join("spec.yaml");
    let status = Command::new(python)
        .arg(script)
        .arg(source)
        .arg(&target)
        .status()
        .expect("run the schemathesis venv's python");
    assert!(status.success(), "spec_for_serve.py failed");
    target
}

/// One schemathesis run over the operations `ids`; fails the test with its report.
fn run(schemathesis: &str, spec: &Path, url: &str, token: &str, ids: &[&str]) {
    let mut command = Command::new(schemathesis);
    // Its example database goes beside the corrected spec, in the run's temporary dir.
    command
        .current_dir(spec.parent().unwrap())
        .arg("run")
        .arg(spec)
        .args(["--url", url, "--tls-verify", "false", "--no-color"])
        .args(["--header", &format!("Authorization: Bearer {token}")])
        .args([
            "--checks",
            CHECKS,
            "--max-examples",
            EXAMPLES,
            "--seed",
            SEED,
        ]);
    for id in ids {
        command.args(["--include-operation-id", id]);
    }
    let output = command.output().expect("run schemathesis");
    let report = String::from_utf8_lossy(&output.stdout);
    let summary = report.lines().rev().take(4).collect::<Vec<_>>();
    eprintln!("schemathesis over {} operations: {summary:?}", ids.len());
    assert!(
        output.status.success(),
        "schemathesis found problems:\n{report}"
    );
}
