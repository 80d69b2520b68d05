"""The load benchmark's driver (run through `bash benches/load.sh`, which builds the binaries
and installs wrk first): starts the bare baseline and `wazuh-ctl serve` on loopback, drives
them with wrk and the CLI, and prints one Markdown table with each of issue 9's targets and
whether it was met. Every phase is bounded in time; every process it starts is stopped.

Usage: python3 benches/load.py --wazuh-ctl PATH --bare PATH [--seconds N] [--agents N]
"""

import argparse
import base64
import json
import os
import re
import selectors
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

BENCHES = os.path.dirname(os.path.abspath(__file__))
ADMIN = ("wazuh", "wazuh")
READER = ("bench_reader", "Bench-reader-1")
LIMIT_10 = "/agents?limit=10"
BIG_QUERY = "/agents?limit=500&q=status=active;os.platform=ubuntu&sort=-dateAdd"
SUMMARY = "/agents/summary/status"
START_TIMEOUT = 180
MB = 1024 * 1024


def tls():
    """The loopback TLS context: our own servers' self-signed certificates are not checked."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def http(url, path, method="GET", headers=None, body=None):
    """One request; (status, decoded JSON body or None)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url + path, data=data, method=method, headers=headers or {})
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, context=tls(), timeout=60) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as err:
        return err.code, None


def basic(user):
    """The Basic authorization header of a (name, password) pair."""
    return "Basic " + base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode()


def login(url, user):
    """A fresh token for the user."""
    status, body = http(url, "/security/user/authenticate", "POST", {"Authorization": basic(user)})
    if status != 200:
        sys.exit(f"load.py: login of {user[0]} failed with HTTP {status}")
    return body["data"]["token"]


class Process:
    """A started server whose first stdout line ends with its URL; stderr goes to a log."""

    def __init__(self, argv, env, log_path):
        self.started = time.monotonic()
        self.log = open(log_path, "ab")
        self.proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=self.log)
        self.url = self._first_line().split()[-1]

    def _first_line(self):
        selector = selectors.DefaultSelector()
        selector.register(self.proc.stdout, selectors.EVENT_READ)
        if not selector.select(timeout=START_TIMEOUT):
            self.stop()
            sys.exit(f"load.py: {self.proc.args[0]} printed no URL in {START_TIMEOUT} s")
        line = self.proc.stdout.readline().decode().strip()
        if not line:
            sys.exit(f"load.py: {self.proc.args[0]} exited; see {self.log.name}")
        return line

    def seconds_to_first_answer(self):
        """Seconds from the start of the process to its first HTTP answer (any status)."""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            try:
                http(self.url, "/")
                return time.monotonic() - self.started
            except OSError:
                time.sleep(0.01)
        sys.exit("load.py: the server never answered")

    def memory(self, field):
        """A /proc/PID/status memory field (VmRSS, VmHWM) in MB."""
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
        return None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def seconds(text):
    """A wrk duration (`635.00us`, `1.2ms`, `2.00s`, `1.5m`) in seconds."""
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def wrk(url, path, duration, connections, token=None, headers=(), script=None):
    """Runs wrk against url+path; (req/s, p50 s, p99 s, problems) from its report; the
    latencies are None when no request completed within the run."""
    argv = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{duration}s",
            "--timeout", "30s", "--latency"]
    if token:
        argv += ["-H", f"Authorization: Bearer {token}"]
    for header in headers:
        argv += ["-H", header]
    if script:
        argv += ["-s", os.path.join(BENCHES, "wrk", script)]
    report = subprocess.run(argv + [url + path], capture_output=True, text=True,
                            timeout=duration + 60, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1))
    problems = re.findall(r"(Non-2xx or 3xx responses: \d+|Socket errors: .*)", report)
    if int(re.search(r"(\d+) requests in", report).group(1)) == 0:
        return rps, None, None, problems + [f"no request completed within {duration} s"]
    p50 = seconds(re.search(r"\s50%\s+(\S+)", report).group(1))
    p99 = seconds(re.search(r"\s99%\s+(\S+)", report).group(1))
    return rps, p50, p99, problems


class Table:
    """The rows of the report and the bare handler's rate they are compared with."""

    def __init__(self):
        self.rows = []
        self.notes = []
        self.bare_rps = None

    def add(self, scenario, target, met, rps=None, p50=None, p99=None, rss=None, share=False):
        """One row; `share` adds the rate as a share of the bare handler's."""
        share = percent(100 * rps / self.bare_rps) if share and self.bare_rps else ""
        self.rows.append([scenario, rate(rps),
                          duration(p50), duration(p99), share,
                          f"{rss:.0f} MB" if rss is not None else "",
                          target, {True: "met", False: "missed", None: ""}[met]])

    def note(self, text):
        self.notes.append(text)

    def render(self):
        head = ["scenario", "req/s", "p50", "p99", "share of bare", "RSS", "target", ""]
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines + [""] + [f"- {note}" for note in self.notes])


def percent(value):
    """A share for the table: one decimal, two below 1 %."""
    return f"{value:.1f} %" if value >= 1 else f"{value:.2f} %"


def rate(rps):
    """Requests per second for the table: whole numbers, one decimal below 10."""
    if rps is None:
        return ""
    return f"{rps:.1f}" if rps < 10 else f"{rps:,.0f}"


def duration(value):
    """A duration in seconds as ms (or s past 10 s) for the table; empty for None."""
    if value is None:
        return ""
    return f"{value:.1f} s" if value >= 10 else f"{value * 1000:.1f} ms"


def load_row(table, server, args, label, path, connections, target, met, **options):
    """Drives one wrk scenario against the server (options: token, headers, script), adds its
    row, judged by met(rps, p50, p99) (and missed when any answer was an error); returns
    (req/s, p50, p99)."""
    rps, p50, p99, problems = wrk(server.url, path, args.seconds, connections, **options)
    for problem in problems:
        table.note(f"{label}: {problem}")
    verdict = met(rps, p50, p99) if p50 is not None else False
    if verdict is not None:
        verdict = verdict and not problems
    table.add(label, target, verdict, rps, p50, p99, server.memory("VmRSS"),
              share=path.startswith("/agents") and "script" not in options)
    return rps, p50, p99


def start_serve(args, env, work, *extra, agents=0):
    """Starts `wazuh-ctl serve` with the rate limit off."""
    argv = [args.wazuh_ctl, "serve", "--bind", "127.0.0.1:0", "--config", env["BENCH_CONFIG"]]
    if agents:
        argv += ["--agents", str(agents)]
    return Process(argv + list(extra), env, os.path.join(work, "serve.log"))


def cli(args, env, *argv, stdout=subprocess.PIPE):
    """Runs the CLI; (wall seconds, peak RSS MB, stdout text or None, CPU seconds)."""
    started = time.monotonic()
    proc = subprocess.Popen([args.wazuh_ctl, *argv], env=env, stdout=stdout)
    output = proc.stdout.read().decode() if stdout == subprocess.PIPE else None
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit(f"load.py: `wazuh-ctl {' '.join(argv)}` failed ({status})")
    cpu = usage.ru_utime + usage.ru_stime
    return time.monotonic() - started, usage.ru_maxrss / 1024, output, cpu


def bench_bare(table, args, env, work):
    bare = Process([args.bare, str(args.seconds * 3 + 60)], env, os.path.join(work, "bare.log"))
    try:
        rps, p50, p99, _ = wrk(bare.url, "/agents", args.seconds, 50)
        table.bare_rps = rps
        table.add("bare axum + rustls handler, 50 connections", "the reference", None,
                  rps, p50, p99, bare.memory("VmRSS"), share=True)
    finally:
        bare.stop()


def bench_demo(table, args, env, work):
    server = start_serve(args, env, work, "--ephemeral")
    try:
        token = login(server.url, ADMIN)
        rps, _, _ = load_row(table, server, args, "`GET /agents?limit=10`, 50 conn., 13 agents",
                             LIMIT_10, 50, "≥ 40 % of bare",
                             lambda rps, p50, p99: rps >= 0.4 * table.bare_rps, token=token)
    finally:
        server.stop()
    return rps


def make_reader(args, env):
    """A user allowed agent:read on agent:group:group1 only, made with the CLI (docs/rbac.md)."""
    policy = '{"actions": ["agent:read"], "resources": ["agent:group:group1"], "effect": "allow"}'
    jq = ["--jq", ".[0].id"]
    policy_id = cli(args, env, "security", "policies", "create", "bench_group1_read", policy,
                    *jq)[2].strip()
    role_id = cli(args, env, "security", "roles", "create", "bench_reader", *jq)[2].strip()
    cli(args, env, "security", "roles", "add-policy", role_id, policy_id)
    user_env = dict(env, WAZUH_NEW_PASSWORD=READER[1])
    user_id = cli(args, user_env, "security", "users", "create", READER[0], *jq)[2].strip()
    cli(args, env, "security", "users", "add-role", user_id, role_id)
    time.sleep(1.1)  # a token issued in the same second as a role change is refused


def bench_fleet(table, args, env, work, demo_rps):
    data_dir = os.path.join(work, "data")
    server = start_serve(args, env, work, "--data-dir", data_dir, agents=args.agents)
    try:
        seeded = server.seconds_to_first_answer()
        table.add(f"start-up seeding {args.agents:,} agents, to first answer", "≤ 5 s",
                  seeded <= 5, p50=seeded, rss=server.memory("VmRSS"))
        bench_fleet_reads(table, args, env, server, demo_rps)
        bench_fleet_writes(table, args, server)
        bench_client(table, args, env, work, server)
        hwm = server.memory("VmHWM")
        table.add("`serve` peak RSS (VmHWM) after all of the above", "≤ 250 MB under load",
                  hwm <= 250, rss=hwm)
    finally:
        server.stop()
    restarted = start_serve(args, env, work, "--data-dir", data_dir)
    try:
        ready = restarted.seconds_to_first_answer()
        idle = restarted.memory("VmRSS")
        table.add("start-up on the existing data dir, to first answer",
                  "≤ 1.5 s; RSS idle ≤ 150 MB", ready <= 1.5 and idle <= 150, p50=ready, rss=idle)
    finally:
        restarted.stop()


def bench_fleet_reads(table, args, env, server, demo_rps):
    token = login(server.url, ADMIN)
    share = lambda rps, p50, p99: rps >= 0.4 * table.bare_rps  # noqa: E731
    label = f"{args.agents:,} agents"
    load_row(table, server, args, f"`GET /agents?limit=10`, 50 conn., {label}", LIMIT_10, 50,
             "≥ 40 % of bare and ≥ ½ the 13-agent rate",
             lambda rps, p50, p99: share(rps, p50, p99) and rps >= demo_rps / 2, token=token)
    load_row(table, server, args, f"`GET {BIG_QUERY}`, 8 conn., {label}", BIG_QUERY, 8,
             "p50 ≤ 15 ms, p99 ≤ 40 ms",
             lambda rps, p50, p99: p50 <= 0.015 and p99 <= 0.040, token=token)
    load_row(table, server, args, f"`GET {SUMMARY}`, 1 conn., {label}", SUMMARY, 1,
             "p50 ≤ 2 ms", lambda rps, p50, p99: p50 <= 0.002, token=token)
    make_reader(args, env)
    reader = login(server.url, READER)
    status, body = http(server.url, LIMIT_10, headers={"Authorization": f"Bearer {reader}"})
    seen = body["data"]["total_affected_items"] if status == 200 else f"HTTP {status}"
    table.note(f"the restricted user (agent:read on agent:group:group1) sees {seen} agents")
    load_row(table, server, args,
             f"`GET /agents?limit=10` as the group1-only user, 50 conn., {label}", LIMIT_10, 50,
             "as the administrator: ≥ 40 % of bare", share, token=reader)
    load_row(table, server, args, "logins (`POST /security/user/authenticate`), 2 conn.",
             "/security/user/authenticate", 2, "", lambda *_: None,
             headers=[f"Authorization: {basic(ADMIN)}"], script="post.lua")
    with subprocess.Popen(["wrk", "-t1", "-c10", f"-d{args.seconds + 2}s", "-s",
                           os.path.join(BENCHES, "wrk", "post.lua"), "-H",
                           f"Authorization: {basic(ADMIN)}",
                           server.url + "/security/user/authenticate"],
                          stdout=subprocess.DEVNULL) as logins:
        time.sleep(1)
        load_row(table, server, args, "`GET /agents?limit=10`, 50 conn., while 10 clients log in",
                 LIMIT_10, 50, "p99 ≤ 10 ms", lambda rps, p50, p99: p99 <= 0.010, token=token)
        logins.wait(timeout=args.seconds + 60)


def bench_fleet_writes(table, args, server):
    token = login(server.url, ADMIN)
    load_row(table, server, args, "sequential `POST /agents` (1 conn.)", "/agents", 1,
             "≥ 300 /s", lambda rps, p50, p99: rps >= 300, token=token, script="new_agents.lua")
    ids = ",".join(f"{agent:03d}" for agent in range(13, 10013))
    started = time.monotonic()
    status, _ = http(server.url, f"/agents/group?group_id=group3&agents_list={ids}", "PUT",
                     {"Authorization": f"Bearer {token}"})
    took = time.monotonic() - started
    if status != 200:
        table.note(f"the bulk group assignment answered HTTP {status}")
    table.add("`PUT /agents/group` of 10,000 agents, one call", "≤ 1 s",
              status == 200 and took <= 1, p50=took, rss=server.memory("VmRSS"))


def bench_client(table, args, env, work, server):
    cli(args, env, "agents", "list", "--limit", "1")  # logs in once: the token is then cached
    took, rss, *_ = cli(args, env, "--version")
    table.add("`wazuh-ctl --version`", "≤ 5 ms", took <= 0.005, p50=took, rss=rss)
    took, rss, *_ = cli(args, env, "agents", "list", "--limit", "10")
    table.add("`wazuh-ctl agents list --limit 10`, cached token", "≤ 50 ms", took <= 0.050,
              p50=took, rss=rss)
    listing = os.path.join(work, "cli.ndjson")
    with open(listing, "wb") as out:
        took, rss, _, cpu = cli(args, env, "agents", "list", "--all", "-o", "ndjson", stdout=out)
    loop = os.path.join(work, "python.ndjson")
    started = time.monotonic()
    with open(loop, "wb") as out:
        subprocess.run([sys.executable, os.path.join(BENCHES, "page_loop.py"), server.url,
                        *ADMIN], stdout=out, check=True, timeout=600)
    python_took = time.monotonic() - started
    table.add(f"`wazuh-ctl agents list --all -o ndjson` (RSS: the client's peak; Python loop "
              f"{python_took:.1f} s)", "≤ 2.5 s, ≥ 5× the Python loop, RSS ≤ 100 MB",
              took <= 2.5 and took * 5 <= python_took and rss <= 100, p50=took, rss=rss)
    lines = [sum(1 for _ in open(path, "rb")) for path in (listing, loop)]
    table.note(f"agents listed: {lines[0]:,} by wazuh-ctl, {lines[1]:,} by the Python loop; "
               f"wazuh-ctl's own CPU time for it: {cpu:.2f} s")


def isolated_env(work):
    """The environment of every child: a private HOME and config (the `lab` context `serve`
    writes lands there), the file token store, and the rate-limit-free API config."""
    home = os.path.join(work, "home")
    os.makedirs(home)
    config = os.path.join(work, "api.toml")
    with open(config, "w") as out:
        out.write("[access]\nmax_request_per_minute = 0\n")
    env = {key: value for key, value in os.environ.items() if not key.startswith("WAZUH")}
    env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
               XDG_DATA_HOME=os.path.join(home, ".local", "share"),
               WAZUH_CTL_TOKEN_STORE="file", WAZUH_PASSWORD=ADMIN[1], BENCH_CONFIG=config)
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wazuh-ctl", required=True)
    parser.add_argument("--bare", required=True)
    parser.add_argument("--seconds", type=int, default=10, help="length of each wrk run")
    parser.add_argument("--agents", type=int, default=100_000)
    args = parser.parse_args()
    table = Table()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="wazuh-ctl-bench-") as work:
        env = isolated_env(work)
        bench_bare(table, args, env, work)
        demo_rps = bench_demo(table, args, env, work)
        bench_fleet(table, args, env, work, demo_rps)
    table.note(f"the whole run took {time.monotonic() - started:.0f} s; wrk runs last "
               f"{args.seconds} s each, 2 threads, keep-alive, on this machine's {os.cpu_count()} "
               "cores (load generator and server share them)")
    print(table.render())


if __name__ == "__main__":
    main()
