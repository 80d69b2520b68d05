#!/usr/bin/env bash
# The load benchmark, one command: `bash benches/load.sh [--seconds N] [--agents N]`.
# Builds the release binary and the bare axum + rustls baseline (benches/bare.rs), installs wrk
# from Debian's packages when it is missing, then runs benches/load.py, which starts the servers
# on loopback, drives them for a bounded time, stops them and prints one Markdown table.
# See docs/performance.md for what each row measures and the targets.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
  echo "load.sh: installing wrk (Debian package)" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi

build_log=$(mktemp)
trap 'rm -f "$build_log"' EXIT
echo "load.sh: building the release binaries" >&2
cargo build --release --locked --bin wazuh-ctl --bench bare \
  --message-format=json-render-diagnostics >"$build_log"
bare=$(python3 -c '
import json, sys
for line in open(sys.argv[1]):
    message = json.loads(line)
    if message.get("reason") == "compiler-artifact" and message["target"]["name"] == "bare" \
            and message.get("executable"):
        print(message["executable"])
' "$build_log")

python3 benches/load.py --wazuh-ctl target/release/wazuh-ctl --bare "$bare" "$@"
