#!/usr/bin/env python3
"""`make bench-serve`: SPARQL endpoint throughput and latency of `osce-kg serve` against `oxigraph serve`.

In one run, over the same generated graph (Benchmarks/query/generate_graph.py,
N-Triples, the export's shapes; made once in Benchmarks/out/ and reused):

  * starts `osce-kg serve --data G.nt --host 127.0.0.1 --port P` (endpoint
    /sparql) and `oxigraph serve --bind 127.0.0.1:P` (PyPI oxigraph, in-memory
    store, the file PUT into its default graph through /store; endpoint
    /query), each on a free port, and waits until each answers a query;
  * sends every query of the mix (Examples/queries/*.rq and the bench shapes
    Benchmarks/query/q*.rq) once to each server: every answer must be 200 and
    the two servers' results must agree (row counts, and the rows themselves,
    in order under ORDER BY); a disagreement is printed and makes the exit
    status 1;
  * then, for 1, 8 and 32 concurrent clients (--clients), runs wrk
    (Debian's `wrk`, Benchmarks/serve/mix.lua) for --duration seconds against
    each server in turn: each connection POSTs the mix in a loop
    (application/sparql-query; SPARQL JSON results), and wrk reports
    requests/s and the p50 and p99 latency. An answer other than 200 during
    the timing is counted and reported (and fails the run).

The report (printed, and written to Benchmarks/out/bench-serve.md) is a
Markdown table per client count with both servers and the ratio
osce-kg/Oxigraph (requests/s: above 1.0 is osce-kg faster; latency: below 1.0
is osce-kg faster). wrk runs on the same machine as the servers, so read the
ratios rather than the absolute figures.

`--candidate oxigraph` puts a second Oxigraph in osce-kg's place (to check
the harness where `osce-kg serve` is not built); the report then says so.

usage: bench_serve.py [--triples 100k] [--duration 10] [--clients 1,8,32]
                      [--binary .build/release/osce-kg] [--oxigraph .venv/bin/oxigraph]
                      [--candidate osce-kg|oxigraph] [--report FILE]
"""
import argparse
import glob
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Benchmarks", "out")
sys.path.insert(0, os.path.join(ROOT, "Benchmarks", "query"))
import bench_query as bq  # noqa: E402  (graph generation, size labels, canonical result terms)

FORM = re.compile(r"^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE | re.MULTILINE)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post_query(url, query, accept, timeout=600):
    """POSTs a query; returns (status, body text)."""
    req = urllib.request.Request(url, data=query.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/sparql-query", "Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


class Server:
    """A SPARQL server process on 127.0.0.1, stopped by stop() (always called, see main)."""

    def __init__(self, label, cmd, port, path, log):
        self.label, self.port, self.path = label, port, path
        self.url = f"http://127.0.0.1:{port}{path}"
        self.log = open(log, "w")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"bench-serve: {self.label} exited with status {self.proc.returncode} (log: {self.log.name})")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    pass
                status, _ = post_query(self.url, "ASK { ?s ?p ?o }", "application/sparql-results+json", timeout=30)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"bench-serve: {self.label} did not answer on {self.url} within {timeout} s (log: {self.log.name})")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def start_oxigraph(exe, data, label, tmp):
    port = free_port()
    server = Server(label, [exe, "serve", "--bind", f"127.0.0.1:{port}"], port, "/query",
                    os.path.join(tmp, f"{label.replace(' ', '-')}.log"))
    deadline = time.time() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if time.time() > deadline or server.proc.poll() is not None:
                server.stop()
                raise SystemExit(f"bench-serve: {label} did not start (log: {server.log.name})")
            time.sleep(0.1)
    with open(data, "rb") as fh:
        req = urllib.request.Request(f"http://127.0.0.1:{port}/store?default", data=fh, method="PUT",
                                     headers={"Content-Type": "application/n-triples",
                                              "Content-Length": str(os.path.getsize(data))})
        with urllib.request.urlopen(req, timeout=3600) as r:
            if r.status // 100 != 2:
                raise SystemExit(f"bench-serve: loading {data} into {label} answered {r.status}")
    return server


def start_osce(binary, data, tmp):
    port = free_port()
    return Server("osce-kg", [binary, "serve", "--data", data, "--host", "127.0.0.1", "--port", str(port)],
                  port, "/sparql", os.path.join(tmp, "osce-kg.log"))


def load_mix():
    files = sorted(glob.glob(os.path.join(ROOT, "Examples", "queries", "*.rq"))) \
        + sorted(glob.glob(os.path.join(ROOT, "Benchmarks", "query", "q*.rq")))
    mix = []
    for f in files:
        text = open(f, encoding="utf-8").read()
        body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("#"))
        m = FORM.search(body)
        form = m.group(1).upper() if m else "SELECT"
        accept = "application/n-triples" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json"
        order = re.search(r"\bORDER\s+BY\b(.*?)(\bLIMIT\b|\bOFFSET\b|$)", body, re.IGNORECASE | re.DOTALL)
        keys = re.findall(r"\?(\w+)", order.group(1)) if order else []
        mix.append({"name": os.path.relpath(f, ROOT), "query": text, "form": form, "accept": accept, "order_keys": keys})
    return mix


def result_rows(form, body):
    """Canonical rows of an answer (bench_query's term form), or None when it is no results document."""
    if form in ("CONSTRUCT", "DESCRIBE"):
        return sorted(l.strip() for l in body.splitlines() if l.strip())
    try:
        doc = json.loads(body)
    except ValueError:
        return None
    if "boolean" in doc:
        return [(("boolean", str(doc["boolean"]).lower()),)]
    bindings = doc.get("results", {}).get("bindings")
    if bindings is None:
        return None
    return [tuple(bq.canonical_term(v, b[v]) for v in sorted(b)) for b in bindings]


def rows_agree(a, b, order_keys):
    """The same rows (as multisets); under ORDER BY also the same sequence of the ordering
    variables' values (rows that tie on them may come in any order: SPARQL 1.1 §15.1)."""
    if sorted(a) != sorted(b):
        return False
    if not order_keys:
        return True
    def keys(rows):
        return [tuple(next((t[1:] for t in row if t[0] == k), None) for k in order_keys) for row in rows]
    return keys(a) == keys(b)


def check(mix, servers):
    """Each query once on each server: status 200 and agreeing results. Returns (lines, ok)."""
    lines, ok = [], True
    for q in mix:
        got = []
        for s in servers:
            started = time.perf_counter()
            status, body = post_query(s.url, q["query"], q["accept"])
            elapsed = time.perf_counter() - started
            rows = result_rows(q["form"], body) if status == 200 else None
            got.append((status, rows, elapsed))
        statuses = [g[0] for g in got]
        counts = [len(g[1]) if g[1] is not None else None for g in got]
        verdict = "ok"
        if any(st != 200 for st in statuses):
            verdict = "status " + "/".join(map(str, statuses))
        elif counts[0] != counts[1]:
            verdict = "counts differ"
        elif not rows_agree(got[0][1], got[1][1], q["order_keys"]):
            verdict = "rows differ"
        if verdict != "ok":
            ok = False
            print(f"bench-serve: DISAGREEMENT on {q['name']}: {verdict} "
                  f"({servers[0].label}: {statuses[0]}, {counts[0]} rows; {servers[1].label}: {statuses[1]}, {counts[1]} rows)",
                  file=sys.stderr)
        lines.append((q["name"], q["form"], counts, [g[2] for g in got], verdict))
    return lines, ok


def write_mix(mix, path, out):
    def lua_string(s):
        level = "=" * 3
        while f"]{level}]" in s:
            level += "="
        return f"[{level}[\n{s}]{level}]"
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(f"path = {lua_string(path)}\nqueries = {{\n")
        for q in mix:
            fh.write(f"  {{ body = {lua_string(q['query'])}, accept = {lua_string(q['accept'])} }},\n")
        fh.write("}\n")


def run_wrk(server, clients, duration, mix_file):
    threads = max(1, min(clients, os.cpu_count() or 1))
    cmd = ["wrk", "-t", str(threads), "-c", str(clients), "-d", f"{duration}s", "--timeout", "30s",
           "-s", os.path.join(HERE, "mix.lua"), f"http://127.0.0.1:{server.port}{server.path}"]
    env = dict(os.environ, BENCH_MIX=mix_file)
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    stats = None
    for line in r.stdout.splitlines():
        if line.startswith("{"):
            stats = json.loads(line)
    if r.returncode != 0 or stats is None:
        raise SystemExit(f"bench-serve: wrk failed against {server.label}: {r.stderr.strip() or r.stdout.strip()}")
    stats["rps"] = stats["requests"] / stats["seconds"] if stats["seconds"] else 0.0
    return stats


def ratio(a, b):
    return f"{a / b:.2f}" if a and b else "–"


def ms(us):
    return f"{us / 1000:.1f}"


def version(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", default=os.environ.get("TRIPLES", "100k"), help="graph size (100k, 1M, ...)")
    ap.add_argument("--duration", type=int, default=int(os.environ.get("DURATION", "10")), help="seconds per wrk run")
    ap.add_argument("--clients", default=os.environ.get("CLIENTS", "1,8,32"), help="concurrent clients, comma-separated")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "osce-kg"))
    ap.add_argument("--oxigraph", default=os.path.join(ROOT, ".venv", "bin", "oxigraph"))
    ap.add_argument("--candidate", choices=["osce-kg", "oxigraph"], default="osce-kg",
                    help="the server measured against Oxigraph (oxigraph: a second Oxigraph, to check the harness)")
    ap.add_argument("--ready-timeout", type=float, default=900.0, help="seconds a server may take to load and answer")
    ap.add_argument("--report", default=os.path.join(OUT, "bench-serve.md"))
    args = ap.parse_args()

    triples = bq.parse_size(args.triples)
    clients = [int(c) for c in args.clients.split(",") if c.strip()]
    for tool, hint in (("wrk", "apt-get install wrk"), (args.oxigraph, "make venv installs PyPI oxigraph")):
        if not (os.path.isfile(tool) and os.access(tool, os.X_OK)) and subprocess.run(["sh", "-c", f"command -v {tool}"], capture_output=True).returncode != 0:
            raise SystemExit(f"bench-serve: {tool} not found ({hint})")
    if args.candidate == "osce-kg":
        probe = subprocess.run([args.binary, "serve", "--help"], capture_output=True, text=True)
        if probe.returncode != 0:
            raise SystemExit(f"bench-serve: {args.binary} has no working 'serve' command ({(probe.stderr or probe.stdout).strip().splitlines()[:1]}); "
                             "build it, or give --candidate oxigraph to check the harness alone")
    os.makedirs(OUT, exist_ok=True)
    data = bq.ensure_graph(triples, args.seed)
    mix = load_mix()
    tmp = tempfile.mkdtemp(prefix="bench-serve-")
    servers = []
    try:
        print(f"bench-serve: starting the servers over {data} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        if args.candidate == "osce-kg":
            candidate = start_osce(args.binary, data, tmp)
        else:
            candidate = start_oxigraph(args.oxigraph, data, "oxigraph (stand-in)", tmp)
        servers.append(candidate)
        candidate.wait_ready(args.ready_timeout)
        candidate_ready = time.perf_counter() - started
        started = time.perf_counter()
        baseline = start_oxigraph(args.oxigraph, data, "Oxigraph", tmp)
        servers.append(baseline)
        baseline.wait_ready(args.ready_timeout)
        baseline_ready = time.perf_counter() - started

        checks, agree = check(mix, servers)
        results = {}
        for c in clients:
            for s in servers:
                path = os.path.join(tmp, f"mix-{s.port}.lua")
                write_mix(mix, s.path, path)
                print(f"bench-serve: {s.label}, {c} client(s), {args.duration:g} s ...", file=sys.stderr, flush=True)
                results[(c, s.label)] = run_wrk(s, c, args.duration, path)
    finally:
        for s in servers:
            s.stop()

    cand, base = servers[0].label, servers[1].label
    failed = not agree
    out = []
    out.append("# bench-serve: SPARQL endpoint, osce-kg serve vs Oxigraph\n")
    out.append(f"Graph: {bq.size_label(triples)} triples (`{os.path.relpath(data, ROOT)}`, generate_graph.py seed {args.seed}); "
               f"query mix: {len(mix)} queries ({', '.join(q['name'] for q in mix)}), POSTed in turn by each connection "
               f"(application/sparql-query, SPARQL JSON results); wrk {args.duration:g} s per cell, "
               f"threads = min(clients, {os.cpu_count()} cores), on the same machine as the servers.\n")
    out.append(f"Servers: {cand} = `{version([args.binary, '--version']) if args.candidate == 'osce-kg' else version([args.oxigraph, '--version'])}`"
               f"{' serve --data' if args.candidate == 'osce-kg' else ' serve (in-memory, a stand-in for osce-kg serve)'}"
               f" (ready in {candidate_ready:.1f} s); {base} = `{version([args.oxigraph, '--version'])}` serve, in-memory store, "
               f"the graph PUT into its default graph (ready in {baseline_ready:.1f} s).\n")
    out.append("| clients | " + cand + " req/s | " + base + " req/s | ratio req/s | "
               + cand + " p50 ms | " + base + " p50 ms | " + cand + " p99 ms | " + base + " p99 ms | ratio p99 | non-200 |")
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for c in clients:
        a, b = results[(c, cand)], results[(c, base)]
        bad = a["not_200"] + b["not_200"] + a["timeouts"] + b["timeouts"]
        failed = failed or bad > 0
        out.append(f"| {c} | {a['rps']:.1f} | {b['rps']:.1f} | {ratio(a['rps'], b['rps'])} | {ms(a['p50_us'])} | {ms(b['p50_us'])} | "
                   f"{ms(a['p99_us'])} | {ms(b['p99_us'])} | {ratio(a['p99_us'], b['p99_us'])} | "
                   f"{a['not_200']}+{a['timeouts']} / {b['not_200']}+{b['timeouts']} |")
    out.append("\nratio req/s = " + cand + " / " + base + " (above 1.0: " + cand + " serves more); ratio p99 = "
               + cand + " / " + base + " (below 1.0: " + cand + " answers faster). non-200: answers other than 200 + timeouts, per server.\n")
    out.append("Check before timing (each query once on each server: status, result rows, seconds):\n")
    out.append(f"| query | form | {cand} rows | {base} rows | {cand} s | {base} s | agree |")
    out.append("|---|---|---:|---:|---:|---:|---|")
    for name, form, counts, secs, verdict in checks:
        out.append(f"| {name} | {form} | {counts[0]} | {counts[1]} | {secs[0]:.3f} | {secs[1]:.3f} | {verdict} |")
    report = "\n".join(out) + "\n"
    print(report)
    with open(args.report, "w", encoding="utf-8") as fh:
        fh.write(report)
    print(f"bench-serve: wrote {os.path.relpath(args.report, ROOT)}", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
