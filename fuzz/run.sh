#!/usr/bin/env bash
# Runs one fuzz target for a number of seconds: fuzz/run.sh TARGET SECONDS
# Targets: wql, query_string, run_as_rule, agent_conf, request_head (fuzz/Cargo.toml).
# The seeds in fuzz/seeds/TARGET are read, new inputs go to fuzz/corpus/TARGET (not kept in
# git), a crash to fuzz/artifacts/TARGET. cargo-fuzz needs nightly flags: RUSTC_BOOTSTRAP=1
# lets a stable toolchain accept them. Install it with `cargo install cargo-fuzz`.
set -euo pipefail
target=${1:?usage: fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
fuzz=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$fuzz/corpus/$target"
cd "$fuzz/.."
RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "$fuzz/corpus/$target" "$fuzz/seeds/$target" -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
