#!/usr/bin/env python3
"""`make bench-query`: SPARQL load, query speed and memory of osce-kg against pyoxigraph.

Queries: the five shapes beside this script (q1..q5) and the example queries
of Examples/queries/. Graphs: generate_graph.py, N-Triples in Benchmarks/out/
(made once and reused while the generator and seed are unchanged), at each of
--sizes (default 100k, 1M, 10M triples).

For each size, in the same run and interleaved --repeat times:

  * osce-kg: one `query-bench` process (Benchmarks/query/QueryBench, built
    with the binary): it loads the graph as `osce-kg query --data` does
    (Raptor → IndexedDataset), then runs each query, an untimed first run
    writing its SPARQL JSON results for comparison, then timed runs (each:
    evaluation + writing the JSON results) until they have taken --min-time
    seconds (at most --max-runs); per query the median run.
  * pyoxigraph: a separate Python process doing the same with an in-memory
    Store (bulk_load by default): an untimed first run writing the JSON
    results, then timed runs of `store.query(q).serialize(format=JSON)`
    under the same rule.
  * Peak memory: each process's peak RSS (/usr/bin/time %M), so for both
    engines load plus every query.

The whole-process figure (at --process-size, default 100k): for each query, a
whole `osce-kg query --data G --query Q --results json` process (load, query,
print to a pipe) against a whole Python process that imports pyoxigraph,
loads G, runs Q and prints its JSON results; wall time, median of --repeat.

Results must agree: the row counts, and the rows themselves (as multisets;
for ORDER BY queries a different order is only noted, as ties may be ordered
differently). A disagreement is printed loudly and makes the exit status 1.

roqet (rasqal-utils) runs too, for reference, on --roqet-sizes (one process
per query; its load is the time of ASK { ?s ?p ?o }, a query's time is its
wall time minus that).

Report: Markdown, printed and written to Benchmarks/out/bench-query.md
(--report): per size, load, each query and peak RSS with the ratio
osce-kg / pyoxigraph and the goal of issue 9 (load ≤ 1.0×, every query ≤ 1.0×,
peak RSS ≤ 0.5× at 1M and 10M; whole process ≤ 1.0× at 100k), met or not.
The machine may be shared: read the ratios, from the same run, rather than
the absolute figures.

usage: bench_query.py [--sizes 100k,1M,10M] [--repeat 3] [--min-time 0.5]
                      [--process-size 100k] [--roqet-sizes 100k|none]
"""
import argparse
import glob
import hashlib
import json
import os
import re
import signal
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Benchmarks", "out")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
TIME_FMT = "BENCHTIME %e %M"
# Goals of issue 9 (ratios osce-kg / pyoxigraph), by the sizes they apply to.
GOAL_SIZES = ("1M", "10M")
GOAL_LOAD, GOAL_QUERY, GOAL_RSS, GOAL_PROCESS = 1.0, 1.0, 0.5, 1.0


# ---------------------------------------------------------------- helpers

def parse_size(text):
    t = text.strip().lower()
    mult = 1
    if t.endswith("k"):
        mult, t = 1000, t[:-1]
    elif t.endswith("m"):
        mult, t = 1000000, t[:-1]
    return int(float(t) * mult)


def size_label(n):
    if n % 1000000 == 0:
        return f"{n // 1000000}M"
    if n % 1000 == 0:
        return f"{n // 1000}k"
    return str(n)


def run_timed(cmd, timeout=None, stdout=subprocess.PIPE):
    """Runs cmd under /usr/bin/time in its own process group.

    Returns dict(rc, wall, rss_kib, stdout, stderr, timeout): wall from
    time.perf_counter around the process (the same overhead for every
    engine), peak RSS from /usr/bin/time. On timeout the whole group is
    killed and timeout=True.
    """
    full = ["/usr/bin/time", "-f", TIME_FMT] + cmd
    started = time.perf_counter()
    proc = subprocess.Popen(full, stdout=stdout, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        timed_out = True
    wall = time.perf_counter() - started
    rss = None
    kept = []
    for line in (err or "").splitlines():
        if line.startswith("Command exited with non-zero status") or line.startswith("Command terminated by signal"):
            continue
        if line.startswith("BENCHTIME "):
            rss = int(line.split()[2])
        else:
            kept.append(line)
    return {"rc": proc.returncode, "wall": wall, "rss_kib": rss, "stdout": out or "",
            "stderr": "\n".join(kept), "timeout": timed_out}


def canonical_term(var, t):
    kind = t.get("type")
    if kind == "uri":
        return (var, "uri", t["value"])
    if kind in ("literal", "typed-literal"):
        lang = (t.get("xml:lang") or "").lower()
        dt = t.get("datatype") or ""
        if lang or dt in (XSD_STRING, RDF_LANGSTRING):
            dt = ""
        return (var, "literal", t["value"], lang, dt)
    return (var, "bnode")


def json_rows(path):
    """Canonical rows of a SPARQL 1.1 Query Results JSON file, or None."""
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError):
        return None
    if "boolean" in doc:
        return [(("boolean", str(doc["boolean"]).lower()),)]
    bindings = doc.get("results", {}).get("bindings")
    if bindings is None:
        return None
    return [tuple(canonical_term(v, b[v]) for v in sorted(b)) for b in bindings]


def xml_rows(text):
    """Canonical rows of a SPARQL Query Results XML document, or None."""
    import xml.etree.ElementTree as ET
    ns = "{http://www.w3.org/2005/sparql-results#}"
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        return None
    boolean = root.find(ns + "boolean")
    if boolean is not None:
        return [(("boolean", boolean.text.strip().lower()),)]
    results = root.find(ns + "results")
    if results is None:
        return None
    rows = []
    for result in results.findall(ns + "result"):
        row = []
        for binding in result.findall(ns + "binding"):
            var = binding.get("name")
            term = next(iter(binding), None)
            if term is None or term.tag == ns + "unbound":
                continue
            if term.tag == ns + "uri":
                row.append((var, "uri", term.text or ""))
            elif term.tag == ns + "literal":
                lang = (term.get("{http://www.w3.org/XML/1998/namespace}lang") or "").lower()
                dt = term.get("datatype") or ""
                if lang or dt in (XSD_STRING, RDF_LANGSTRING):
                    dt = ""
                row.append((var, "literal", term.text or "", lang, dt))
            else:
                row.append((var, "bnode"))
        rows.append(tuple(sorted(row)))
    return rows


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


# ---------------------------------------------------------------- pyoxigraph (child processes)

def oxigraph_worker(data, queries, how, min_time, max_runs, results_dir):
    """Child process: load data, then per query an untimed run writing JSON
    results to results_dir and timed runs (query + JSON serialisation) until
    min_time has passed; prints a JSON report to stdout."""
    from pyoxigraph import QueryResultsFormat, RdfFormat, Store

    store = Store()
    t0 = time.perf_counter()
    if how == "bulk":
        store.bulk_load(path=data, format=RdfFormat.N_TRIPLES)
    else:
        store.load(path=data, format=RdfFormat.N_TRIPLES)
    load = time.perf_counter() - t0
    report = {"load": load, "triples": len(store), "queries": {}}
    for q in queries:
        name = os.path.basename(q)
        with open(q, encoding="utf-8") as fh:
            text = fh.read()
        try:
            store.query(text).serialize(os.path.join(results_dir, name + ".json"), format=QueryResultsFormat.JSON)
            times, total = [], 0.0
            while not times or (total < min_time and len(times) < max_runs):
                t0 = time.perf_counter()
                out = store.query(text).serialize(format=QueryResultsFormat.JSON)
                t = time.perf_counter() - t0
                if not out:
                    raise RuntimeError("no output")
                times.append(t)
                total += t
            times.sort()
            report["queries"][name] = {"runs": len(times), "median": times[len(times) // 2], "min": times[0]}
        except Exception as e:  # reported, not fatal: the other queries still run
            report["queries"][name] = {"error": f"{type(e).__name__}: {e}"}
    json.dump(report, sys.stdout)


OX_PROCESS = """import sys
from pyoxigraph import QueryResultsFormat, RdfFormat, Store
store = Store()
store.{load}(path=sys.argv[1], format=RdfFormat.N_TRIPLES)
with open(sys.argv[2], encoding="utf-8") as fh:
    text = fh.read()
store.query(text).serialize(sys.stdout.buffer, format=QueryResultsFormat.JSON)
"""


# ---------------------------------------------------------------- engines

def worker_report(cmd, args):
    """Runs a timing worker (query-bench or the pyoxigraph worker); its JSON report plus peak RSS,
    or an error entry on a timeout or a non-zero exit."""
    r = run_timed(cmd, timeout=args.timeout)
    if r["timeout"]:
        return {"error": "timeout", "rss_kib": r["rss_kib"]}
    if r["rc"] != 0:
        return {"error": f"exit {r['rc']}: " + (r["stderr"].strip().splitlines() or ["?"])[-1][:200],
                "rss_kib": r["rss_kib"]}
    rep = json.loads(r["stdout"])
    rep["rss_kib"] = r["rss_kib"]
    return rep


def run_query_bench(helper, data, queries, args, results_dir):
    cmd = [helper, "--data", data, "--min-time", str(args.min_time), "--max-runs", str(args.max_runs),
           "--results-dir", results_dir] + queries
    return worker_report(cmd, args)


def run_oxigraph(data, queries, args, results_dir):
    cmd = [sys.executable, os.path.abspath(__file__), "--oxigraph-worker", data, "--ox-load", args.ox_load,
           "--min-time", str(args.min_time), "--max-runs", str(args.max_runs), "--results-dir", results_dir] + queries
    return worker_report(cmd, args)


def run_roqet(data, query_args, timeout):
    cmd = ["roqet", "-q", "-i", "sparql", "-F", "ntriples", "-D", data, "-r", "xml"] + query_args
    r = run_timed(cmd, timeout=timeout)
    res = {"wall": r["wall"], "rss_kib": r["rss_kib"]}
    if r["timeout"]:
        res["error"] = "timeout"
        return res
    rows = xml_rows(r["stdout"])
    if rows is None:  # roqet exits 2 after warnings even when the results are complete
        lines = r["stderr"].strip().splitlines()
        msg = next((l for l in lines if "Error" in l), lines[0] if lines else f"exit {r['rc']}")
        res["error"] = "error: " + re.sub(r"URI file://\S+ - ", "", msg)[:160]
        return res
    res["rows"] = rows
    res["count"] = len(rows)
    return res


# ---------------------------------------------------------------- data

def ensure_graph(triples, seed):
    gen = os.path.join(HERE, "generate_graph.py")
    with open(gen, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()[:16]
    path = os.path.join(OUT, f"osce-{size_label(triples)}.nt")
    meta_path = path + ".meta"
    want = {"triples": triples, "seed": seed, "generator": digest}
    if os.path.exists(path) and os.path.exists(meta_path):
        with open(meta_path) as fh:
            try:
                if json.load(fh) == want:
                    return path
            except ValueError:
                pass
    print(f"generating {path} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, gen, str(triples), path, "--seed", str(seed)], check=True)
    print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    with open(meta_path, "w") as fh:
        json.dump(want, fh)
    return path


# ---------------------------------------------------------------- report

def fmt_s(x):
    if x is None:
        return "–"
    if isinstance(x, str):
        return x
    return f"{x:.3f}" if x < 10 else f"{x:.1f}"


def fmt_ms(x):
    """Milliseconds with three significant figures (never 0.000 for a measured time)."""
    if x is None:
        return "–"
    if isinstance(x, str):
        return x
    ms = x * 1000
    if ms >= 100:
        return f"{ms:.0f}"
    if ms >= 10:
        return f"{ms:.1f}"
    if ms >= 1:
        return f"{ms:.2f}"
    return f"{ms:.3g}"


def fmt_mb(kib):
    return "–" if kib is None else f"{kib / 1024:.0f}"


def ratio_of(a, b):
    if a is None or b is None or isinstance(a, str) or isinstance(b, str) or b <= 0:
        return None
    return a / b


def fmt_ratio(r):
    return "–" if r is None else f"{r:.2f}"


def verdict(r, goal, applies):
    if not applies:
        return "", ""
    if r is None:
        return f"≤ {goal:g}×", "not measured"
    return f"≤ {goal:g}×", "met" if r <= goal else "**not met**"


def compare_results(label, name, o_dir, x_dir, ordered, problems, notes):
    """Compares the JSON results of both engines; returns the row count shown."""
    o_rows = json_rows(os.path.join(o_dir, name + ".json"))
    x_rows = json_rows(os.path.join(x_dir, name + ".json"))
    if o_rows is None or x_rows is None:
        problems.append(f"{label} {name}: results missing or unreadable "
                        f"(osce-kg {'ok' if o_rows is not None else 'none'}, pyoxigraph {'ok' if x_rows is not None else 'none'})")
        return "–"
    if len(o_rows) != len(x_rows):
        problems.append(f"{label} {name}: RESULT COUNTS DISAGREE: osce-kg {len(o_rows)} vs pyoxigraph {len(x_rows)}")
        return f"**MISMATCH** {len(o_rows)} / {len(x_rows)}"
    if sorted(o_rows) != sorted(x_rows):
        problems.append(f"{label} {name}: RESULT ROWS DISAGREE between osce-kg and pyoxigraph (same count {len(o_rows)})")
        return f"**MISMATCH** {len(o_rows)}"
    if ordered and o_rows != x_rows:
        notes.append(f"{label} {name}: same rows, in a different order (ties of ORDER BY keys may be ordered either way)")
    return str(len(o_rows))


def bench_size(args, triples, queries, helper):
    data = ensure_graph(triples, args.seed)
    label = size_label(triples)
    names = [os.path.basename(q) for q in queries]
    ordered = {os.path.basename(q): "ORDER BY" in open(q, encoding="utf-8").read().upper() for q in queries}
    o_dir = os.path.join(OUT, f"results-{label}", "osce-kg")
    x_dir = os.path.join(OUT, f"results-{label}", "pyoxigraph")
    for d in (o_dir, x_dir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    repeat = args.repeat_10m if triples >= 10_000_000 and args.repeat_10m else args.repeat
    o_runs, x_runs = [], []
    for rep in range(repeat):
        print(f"[{label}] run {rep + 1}/{repeat}: osce-kg", file=sys.stderr, flush=True)
        o_runs.append(run_query_bench(helper, data, queries, args, o_dir))
        print(f"[{label}] run {rep + 1}/{repeat}: pyoxigraph", file=sys.stderr, flush=True)
        x_runs.append(run_oxigraph(data, queries, args, x_dir))

    problems, notes = [], []
    for eng, runs in (("osce-kg", o_runs), ("pyoxigraph", x_runs)):
        for r in runs:
            if "error" in r:
                problems.append(f"{label}: {eng} failed: {r['error']}")
    o_ok = [r for r in o_runs if "error" not in r]
    x_ok = [r for r in x_runs if "error" not in r]
    goals = label in GOAL_SIZES
    rows = []  # (measure, osce, ox, ratio, goal, met, results, formatter)
    o_load = median([r["load"] for r in o_ok])
    x_load = median([r["load"] for r in x_ok])
    r = ratio_of(o_load, x_load)
    rows.append(("load (s)", fmt_s(o_load), fmt_s(x_load), r, *verdict(r, GOAL_LOAD, goals), ""))
    o_mem = max([r["rss_kib"] for r in o_runs if r.get("rss_kib")], default=None)
    x_mem = max([r["rss_kib"] for r in x_runs if r.get("rss_kib")], default=None)
    r = ratio_of(o_mem, x_mem)
    rows.append(("peak RSS (MB)", fmt_mb(o_mem), fmt_mb(x_mem), r, *verdict(r, GOAL_RSS, goals), ""))
    o_triples = {r["triples"] for r in o_ok}
    x_triples = {r["triples"] for r in x_ok}
    if o_triples and x_triples and o_triples != x_triples:
        problems.append(f"{label}: TRIPLE COUNTS DISAGREE: osce-kg {sorted(o_triples)}, pyoxigraph {sorted(x_triples)}")
    for n in names:
        o_q = [r["queries"][n] for r in o_ok if "error" not in r["queries"].get(n, {"error": 1})]
        x_q = [r["queries"][n] for r in x_ok if "error" not in r["queries"].get(n, {"error": 1})]
        for eng, runs in (("osce-kg", o_ok), ("pyoxigraph", x_ok)):
            for run in runs:
                e = run["queries"].get(n, {}).get("error")
                if e:
                    problems.append(f"{label} {n}: {eng} {e}")
        o_t = median([q["median"] for q in o_q])
        x_t = median([q["median"] for q in x_q])
        runs = f"{min([q['runs'] for q in o_q], default=0)}/{min([q['runs'] for q in x_q], default=0)}"
        counts = {q.get("count") for q in o_q}
        if len(counts) > 1:
            problems.append(f"{label} {n}: osce-kg gave different counts across runs: {sorted(counts)}")
        shown = compare_results(label, n, o_dir, x_dir, ordered[n], problems, notes)
        r = ratio_of(o_t, x_t)
        rows.append((f"{n[:-3]} (ms)", fmt_ms(o_t), fmt_ms(x_t), r, *verdict(r, GOAL_QUERY, goals), f"{shown} ({runs})"))

    roqet_rows = None
    if label in args.roqet_sizes:
        print(f"[{label}] roqet (time limit {args.roqet_timeout:.0f} s per query)", file=sys.stderr, flush=True)
        base = run_roqet(data, ["-e", "ASK { ?s ?p ?o }"], args.roqet_timeout)
        roqet_rows = {"load (s)": fmt_s(base["wall"]) if "error" not in base else base["error"]}
        for q in queries:
            n = os.path.basename(q)
            rr = run_roqet(data, [q], args.roqet_timeout)
            if "error" in rr:
                roqet_rows[f"{n[:-3]} (ms)"] = "timeout" if rr["error"] == "timeout" else "error"
                if rr["error"] != "timeout":
                    notes.append(f"{label} {n}: roqet {rr['error']}")
            else:
                roqet_rows[f"{n[:-3]} (ms)"] = fmt_ms(max(0.0, rr["wall"] - base.get("wall", 0)))
                x_rows = json_rows(os.path.join(x_dir, n + ".json"))
                if x_rows is not None and len(x_rows) != rr["count"]:
                    notes.append(f"{label} {n}: roqet count {rr['count']} differs from pyoxigraph {len(x_rows)}")

    lines = []
    mb = os.path.getsize(data) / 1e6
    count = next(iter(x_triples or o_triples), triples)
    lines.append(f"### {label} graph: {count} triples ({mb:.0f} MB N-Triples), median of {repeat} "
                 f"(per query: median of the timed runs of each process, ≥ {args.min_time:g} s of runs or {args.max_runs} runs)")
    lines.append("")
    hdr = "| measure | osce-kg | pyoxigraph | osce-kg / pyoxigraph | goal | met |"
    sep = "|---|---:|---:|---:|---|---|"
    if roqet_rows:
        hdr += " roqet |"
        sep += "---:|"
    hdr += " results (runs o/x) |"
    sep += "---|"
    lines += [hdr, sep]
    for name, o, x, r, goal, met, res in rows:
        row = f"| {name} | {o} | {x} | {fmt_ratio(r)} | {goal} | {met} |"
        if roqet_rows:
            row += f" {roqet_rows.get(name, '')} |"
        row += f" {res} |"
        lines.append(row)
    lines.append("")
    verdicts = [met for *_, met, _ in rows if met]
    return lines, problems, notes, verdicts


def bench_process(args, triples, queries, binary):
    """Whole processes: `osce-kg query` against a Python process with pyoxigraph."""
    data = ensure_graph(triples, args.seed)
    label = size_label(triples)
    script = OX_PROCESS.format(load="bulk_load" if args.ox_load == "bulk" else "load")
    problems = []
    lines = [f"### Whole process on the {label} graph: load + query + print JSON to a pipe, wall time (s), median of {args.repeat}",
             "",
             "| query | `osce-kg query` | python + pyoxigraph | osce-kg / pyoxigraph | goal | met |",
             "|---|---:|---:|---:|---|---|"]
    verdicts = []
    totals = [0.0, 0.0]
    for q in queries:
        n = os.path.basename(q)
        o_t, x_t = [], []
        for rep in range(args.repeat):
            r = run_timed([binary, "query", "--data", data, "--query", q, "--results", "json"], timeout=args.timeout)
            if r["rc"] == 0:
                o_t.append(r["wall"])
            else:
                problems.append(f"{label} whole process {n}: osce-kg exit {r['rc']}: {r['stderr'][-200:]}")
            r = run_timed([sys.executable, "-c", script, data, q], timeout=args.timeout)
            if r["rc"] == 0:
                x_t.append(r["wall"])
            else:
                problems.append(f"{label} whole process {n}: pyoxigraph exit {r['rc']}: {r['stderr'][-200:]}")
        o, x = median(o_t), median(x_t)
        if o is not None and x is not None:
            totals[0] += o
            totals[1] += x
        r = ratio_of(o, x)
        goal, met = verdict(r, GOAL_PROCESS, True)
        verdicts.append(met)
        lines.append(f"| {n[:-3]} | {fmt_s(o)} | {fmt_s(x)} | {fmt_ratio(r)} | {goal} | {met} |")
    r = ratio_of(totals[0], totals[1])
    lines.append(f"| all queries | {fmt_s(totals[0])} | {fmt_s(totals[1])} | {fmt_ratio(r)} | | |")
    lines.append("")
    return lines, problems, verdicts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=os.environ.get("SIZES", "100k,1M,10M"),
                    help="graph sizes in triples, comma-separated (100k, 1M, 250000, ...)")
    ap.add_argument("--repeat", type=int, default=int(os.environ.get("REPEAT", "3")),
                    help="processes per engine and size (the median is reported)")
    ap.add_argument("--repeat-10m", type=int, default=int(os.environ.get("REPEAT_10M", "1")),
                    help="processes per engine at 10M triples and more (0: as --repeat)")
    ap.add_argument("--min-time", type=float, default=float(os.environ.get("MIN_TIME", "0.5")),
                    help="seconds of timed runs per query and process (at least one run)")
    ap.add_argument("--max-runs", type=int, default=200, help="timed runs per query and process at most")
    ap.add_argument("--process-size", default=os.environ.get("PROCESS_SIZE", "100k"),
                    help="size of the whole-process comparison ('none' for none)")
    ap.add_argument("--roqet-sizes", default=os.environ.get("ROQET_SIZES", "100k"),
                    help="sizes on which roqet runs too (comma-separated; 'none' for none)")
    ap.add_argument("--roqet-timeout", type=float, default=120.0)
    ap.add_argument("--timeout", type=float, default=3600.0, help="time limit per benchmark process (s)")
    ap.add_argument("--ox-load", choices=["bulk", "load"], default="bulk",
                    help="pyoxigraph Store.bulk_load or Store.load")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "osce-kg"))
    ap.add_argument("--helper", default=None, help="query-bench binary (default: beside --binary)")
    ap.add_argument("--queries", default=os.path.join(HERE, "*.rq") + "," + os.path.join(ROOT, "Examples", "queries", "*.rq"),
                    help="globs of query files, comma-separated")
    ap.add_argument("--report", default=os.path.join(OUT, "bench-query.md"), help="where to write the Markdown report")
    ap.add_argument("--oxigraph-worker", metavar="DATA", help=argparse.SUPPRESS)
    ap.add_argument("--results-dir", help=argparse.SUPPRESS)
    ap.add_argument("worker_queries", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.oxigraph_worker:
        oxigraph_worker(args.oxigraph_worker, args.worker_queries, args.ox_load, args.min_time, args.max_runs,
                        args.results_dir)
        return 0

    helper = args.helper or os.path.join(os.path.dirname(args.binary), "query-bench")
    for b in (args.binary, helper):
        if not os.access(b, os.X_OK):
            sys.exit(f"bench_query: {b} not found; run `make build` first")
    try:
        import pyoxigraph
    except ImportError:
        sys.exit("bench_query: pyoxigraph is not installed (run `make bench-query`, which installs it into .venv, or `make venv`)")
    roqet_sizes = [] if args.roqet_sizes.strip().lower() in ("", "none") else args.roqet_sizes.split(",")
    args.roqet_sizes = [size_label(parse_size(s)) for s in roqet_sizes]
    if args.roqet_sizes and shutil.which("roqet") is None:
        print("bench_query: roqet not found; skipping it (apt-get install rasqal-utils)", file=sys.stderr)
        args.roqet_sizes = []
    queries = []
    for pattern in args.queries.split(","):
        queries += sorted(glob.glob(pattern))
    if not queries:
        sys.exit(f"bench_query: no queries match {args.queries}")
    os.makedirs(OUT, exist_ok=True)

    report = ["## osce-kg query benchmark", "",
              f"osce-kg: {args.binary} (per-query figures from {helper}, the same load path and engine, each query "
              f"repeated in one process); pyoxigraph {pyoxigraph.__version__} (in-memory Store, "
              f"{'bulk_load' if args.ox_load == 'bulk' else 'load'}); roqet for reference on "
              f"{', '.join(args.roqet_sizes) or 'no sizes'}. A query's time is evaluation plus writing its SPARQL JSON "
              "results (in memory), for both engines. Peak RSS: the largest of the runs (/usr/bin/time %M), "
              f"load and all {len(queries)} queries. Ratio below 1: osce-kg faster or smaller. Goals (issue 9) apply at "
              f"{' and '.join(GOAL_SIZES)}: load ≤ {GOAL_LOAD:g}×, each query ≤ {GOAL_QUERY:g}×, peak RSS ≤ {GOAL_RSS:g}×; "
              f"whole process ≤ {GOAL_PROCESS:g}× at {args.process_size}. Machine: {os.cpu_count()} cores, "
              f"load average at start {os.getloadavg()[0]:.1f}.",
              ""]
    all_problems, all_notes, all_verdicts = [], [], []
    process = None if args.process_size.strip().lower() in ("", "none") else parse_size(args.process_size)
    for s in args.sizes.split(","):
        n = parse_size(s)
        lines, problems, notes, verdicts = bench_size(args, n, queries, helper)
        report += lines
        all_problems += problems
        all_notes += notes
        all_verdicts += verdicts
        if process == n:
            lines, problems, verdicts = bench_process(args, n, queries, args.binary)
            report += lines
            all_problems += problems
            all_verdicts += verdicts
            process = None
    if process is not None:
        lines, problems, verdicts = bench_process(args, process, queries, args.binary)
        report += lines
        all_problems += problems
        all_verdicts += verdicts
    met = sum(1 for v in all_verdicts if v == "met")
    report.append(f"Goals met: {met} of {len(all_verdicts)}.")
    report.append("")
    if all_notes:
        report.append("Notes:")
        report += [f"- {w}" for w in dict.fromkeys(all_notes)]
        report.append("")
    if all_problems:
        report.append("**PROBLEMS:**")
        report += [f"- **{p}**" for p in dict.fromkeys(all_problems)]
        report.append("")
    text = "\n".join(report)
    print(text)
    with open(args.report, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    if all_problems:
        bar = "!" * 72
        print(f"\n{bar}\n!! bench-query: {len(set(all_problems))} PROBLEM(S): engines disagree or failed\n{bar}",
              file=sys.stderr)
        for p in dict.fromkeys(all_problems):
            print(f"!! {p}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
