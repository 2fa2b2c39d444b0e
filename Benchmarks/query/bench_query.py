#!/usr/bin/env python3
"""`make bench-query`: SPARQL query speed and memory of osce-kg against pyoxigraph (and roqet).

For each graph size (generate_graph.py, N-Triples in Benchmarks/out/, made
once and reused while the generator and seed are unchanged) it measures, in
the same run:

  * osce-kg: one process per query (`osce-kg query --data G.nt --query Q.rq
    --results json --timings`); load and query times are the tool's own
    (`osce-kg: timings: load=... query=...` on stderr; query time includes
    writing the results); peak RSS from /usr/bin/time.
  * pyoxigraph: a separate Python process (so its peak RSS is its own) that
    loads the file into an in-memory Store (bulk_load by default) and runs
    each query once, iterating over every solution; times from
    time.perf_counter around the load and around each query.
  * roqet (rasqal-utils), for reference: one process per query (SPARQL XML results), under a time
    limit; it cannot report load apart from query, so its load is the time of
    `ASK { ?s ?p ?o }` and a query's time is its wall time minus that.

osce-kg and pyoxigraph are repeated --repeat times (interleaved) and the
median is reported. Result counts must agree across engines; where both give
full results (osce-kg's JSON when its writer prints it), the rows themselves
are compared too (in order, for queries with ORDER BY). Any disagreement is
printed loudly and makes the exit status 1 (roqet's only warns: it is there
for reference and lacks parts of SPARQL 1.1).

The report is a Markdown table per size with the ratio osce-kg/pyoxigraph
for load, each query and peak memory (below 1.0 means osce-kg is faster or
smaller); it is printed and written to Benchmarks/out/bench-query.md (--report). The
machine may be shared: read the ratios rather than the absolute figures.

usage: bench_query.py [--sizes 100k,1M] [--repeat 3] [--roqet-sizes 100k]
                      [--roqet-timeout 120] [--ox-load bulk|load]
"""
import argparse
import glob
import hashlib
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Benchmarks", "out")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
TIMINGS = re.compile(r"osce-kg: timings: load=([0-9.]+)s query=([0-9.]+)s results=(\d+) triples=(\d+)")
TIME_FMT = "BENCHTIME %e %M"


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


def run_timed(cmd, timeout=None, capture_stdout=True):
    """Runs cmd under /usr/bin/time in its own process group.

    Returns dict(rc, wall, rss_kib, stdout, stderr, timeout). On timeout the
    whole group is killed and timeout=True.
    """
    full = ["/usr/bin/time", "-f", TIME_FMT] + cmd
    started = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.PIPE if capture_stdout else subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
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
            parts = line.split()
            wall = float(parts[1])
            rss = int(parts[2])
        else:
            kept.append(line)
    return {"rc": proc.returncode, "wall": wall, "rss_kib": rss, "stdout": out or "",
            "stderr": "\n".join(kept), "timeout": timed_out}


def json_rows(text):
    """Canonical rows of a SPARQL 1.1 Query Results JSON document, or None."""
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    if "boolean" in doc:
        return [(("boolean", str(doc["boolean"]).lower()),)]
    bindings = doc.get("results", {}).get("bindings")
    if bindings is None:
        return None
    rows = []
    for b in bindings:
        row = []
        for var in sorted(b):
            t = b[var]
            kind = t.get("type")
            if kind == "uri":
                row.append((var, "uri", t["value"]))
            elif kind in ("literal", "typed-literal"):
                lang = (t.get("xml:lang") or "").lower()
                dt = t.get("datatype") or ""
                if lang or dt in (XSD_STRING, RDF_LANGSTRING):
                    dt = ""
                row.append((var, "literal", t["value"], lang, dt))
            else:
                row.append((var, "bnode"))
        rows.append(tuple(row))
    return rows


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


def rows_agree(a, b, ordered):
    if ordered:
        return a == b
    return sorted(a) == sorted(b)


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


# ---------------------------------------------------------------- pyoxigraph worker

def oxigraph_worker(data, queries, how):
    """Child process: load data, run each query once, print JSON to stdout."""
    from pyoxigraph import QuerySolutions, QueryBoolean, RdfFormat, Store, NamedNode, Literal

    def key(var, term):
        if isinstance(term, NamedNode):
            return (var, "uri", term.value)
        if isinstance(term, Literal):
            lang = (term.language or "").lower()
            dt = term.datatype.value if term.datatype is not None else ""
            if lang or dt in (XSD_STRING, RDF_LANGSTRING):
                dt = ""
            return (var, "literal", term.value, lang, dt)
        return (var, "bnode")

    store = Store()
    t0 = time.perf_counter()
    if how == "bulk":
        store.bulk_load(path=data, format=RdfFormat.N_TRIPLES)
    else:
        store.load(path=data, format=RdfFormat.N_TRIPLES)
    load = time.perf_counter() - t0
    report = {"load": load, "triples": len(store), "queries": {}}
    for q in queries:
        with open(q, encoding="utf-8") as fh:
            text = fh.read()
        entry = {}
        try:
            t0 = time.perf_counter()
            result = store.query(text)
            rows = []
            if isinstance(result, QueryBoolean):
                rows.append((("boolean", str(bool(result)).lower()),))
            elif isinstance(result, QuerySolutions):
                names = [v.value for v in result.variables]
                for sol in result:
                    row = []
                    for name in sorted(names):
                        term = sol[name]
                        if term is not None:
                            row.append(key(name, term))
                    rows.append(tuple(row))
            else:
                rows = [("triple", str(t)) for t in result]
            entry["time"] = time.perf_counter() - t0
            entry["count"] = len(rows)
            entry["rows"] = rows
        except Exception as e:  # reported, not fatal: the other queries still run
            entry["error"] = f"{type(e).__name__}: {e}"
        report["queries"][os.path.basename(q)] = entry
    json.dump(report, sys.stdout)


# ---------------------------------------------------------------- engines

def run_osce(binary, data, query, timeout):
    cmd = [binary, "query", "--data", data, "--query", query, "--results", "json", "--timings",
           "--timeout", str(timeout)]
    r = run_timed(cmd, timeout=timeout + 30)
    res = {"rss_kib": r["rss_kib"], "wall": r["wall"]}
    if r["timeout"]:
        res["error"] = "timeout"
        return res
    m = TIMINGS.search(r["stderr"])
    if r["rc"] != 0 or not m:
        res["error"] = f"exit {r['rc']}: " + (r["stderr"].strip().splitlines() or ["(no message)"])[-1][:200]
        return res
    res["load"], res["time"] = float(m.group(1)), float(m.group(2))
    res["count"], res["triples"] = int(m.group(3)), int(m.group(4))
    rows = json_rows(r["stdout"]) if r["stdout"].strip() else None
    if rows is not None:
        res["rows"] = rows
        if len(rows) != res["count"]:
            res["warning"] = f"--timings says results={res['count']} but the JSON has {len(rows)} rows"
            res["count"] = len(rows)
    return res


def run_oxigraph(data, queries, how, timeout):
    cmd = [sys.executable, os.path.abspath(__file__), "--oxigraph-worker", data, "--ox-load", how] + queries
    r = run_timed(cmd, timeout=timeout)
    if r["timeout"]:
        return {"error": "timeout", "rss_kib": r["rss_kib"]}
    if r["rc"] != 0:
        return {"error": f"exit {r['rc']}: " + (r["stderr"].strip().splitlines() or ["?"])[-1][:200],
                "rss_kib": r["rss_kib"]}
    rep = json.loads(r["stdout"])
    for entry in rep["queries"].values():
        if "rows" in entry:
            entry["rows"] = [tuple(tuple(x) for x in row) for row in entry["rows"]]
    rep["rss_kib"] = r["rss_kib"]
    return rep


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
    subprocess.run([sys.executable, gen, str(triples), path, "--seed", str(seed)], check=True)
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


def fmt_mb(kib):
    return "–" if kib is None else f"{kib / 1024:.0f}"


def ratio(a, b):
    if a is None or b is None or isinstance(a, str) or isinstance(b, str):
        return "–"
    if b <= 0:
        return "∞" if a > 0 else "1.00"
    r = a / b
    mark = " ⚠" if r > 1.0 else ""
    return f"{r:.2f}{mark}"


def bench_size(args, triples, queries, binary):
    data = ensure_graph(triples, args.seed)
    label = size_label(triples)
    names = [os.path.basename(q) for q in queries]
    ordered = {os.path.basename(q): "ORDER BY" in open(q, encoding="utf-8").read().upper() for q in queries}
    osce = {n: [] for n in names}
    ox_runs = []
    for rep in range(args.repeat):
        print(f"[{label}] run {rep + 1}/{args.repeat}: osce-kg", file=sys.stderr, flush=True)
        for q in queries:
            osce[os.path.basename(q)].append(run_osce(binary, data, q, args.timeout))
        print(f"[{label}] run {rep + 1}/{args.repeat}: pyoxigraph", file=sys.stderr, flush=True)
        ox_runs.append(run_oxigraph(data, queries, args.ox_load, args.timeout * len(queries) + 60))

    roqet = None
    if label in args.roqet_sizes or str(triples) in args.roqet_sizes:
        print(f"[{label}] roqet (time limit {args.roqet_timeout:.0f} s per query)", file=sys.stderr, flush=True)
        roqet = {"load": run_roqet(data, ["-e", "ASK { ?s ?p ?o }"], args.roqet_timeout)}
        for q in queries:
            roqet[os.path.basename(q)] = run_roqet(data, [q], args.roqet_timeout)

    problems, warnings = [], []
    table = []
    # load
    o_load = median([r.get("load") for rs in osce.values() for r in rs])
    x_load = median([r.get("load") for r in ox_runs])
    r_load = None
    if roqet:
        rl = roqet["load"]
        r_load = ("timeout" if rl.get("error") == "timeout" else "error") if "error" in rl else rl["wall"]
        if "error" in rl and rl["error"] != "timeout":
            warnings.append(f"{label} load: roqet {rl['error']}")
    table.append(("load (s)", o_load, x_load, r_load, ""))
    for n in names:
        o_ok = [r for r in osce[n] if "error" not in r]
        x_ok = [r["queries"][n] for r in ox_runs if "error" not in r and "error" not in r["queries"][n]]
        o_t = median([r["time"] for r in o_ok]) if o_ok else (osce[n][0].get("error") if osce[n] else None)
        x_t = median([r["time"] for r in x_ok]) if x_ok else "error"
        for r in osce[n]:
            if "warning" in r:
                warnings.append(f"{label} {n}: osce-kg {r['warning']}")
            if "error" in r:
                problems.append(f"{label} {n}: osce-kg {r['error']}")
        for r in ox_runs:
            e = r.get("error") or r["queries"][n].get("error")
            if e:
                warnings.append(f"{label} {n}: pyoxigraph {e}")
        counts = {}
        if o_ok:
            counts["osce-kg"] = sorted({r["count"] for r in o_ok})
        if x_ok:
            counts["pyoxigraph"] = sorted({r["count"] for r in x_ok})
        r_t = None
        if roqet:
            rr = roqet[n]
            if "error" in rr:
                r_t = rr["error"] if rr["error"] == "timeout" else "error"
                if rr["error"] != "timeout":
                    warnings.append(f"{label} {n}: roqet {rr['error']}")
            else:
                base = roqet["load"].get("wall") if "error" not in roqet["load"] else 0
                r_t = max(0.0, rr["wall"] - (base or 0))
                counts["roqet"] = [rr["count"]]
        # agreement
        for eng, cs in counts.items():
            if len(cs) > 1:
                problems.append(f"{label} {n}: {eng} gave different counts across runs: {cs}")
        if "osce-kg" in counts and "pyoxigraph" in counts and counts["osce-kg"] != counts["pyoxigraph"]:
            problems.append(f"{label} {n}: RESULT COUNTS DISAGREE: osce-kg {counts['osce-kg']} vs pyoxigraph {counts['pyoxigraph']}")
        elif o_ok and x_ok and "rows" in o_ok[0]:
            if not rows_agree(o_ok[0]["rows"], x_ok[0]["rows"], ordered[n]):
                problems.append(f"{label} {n}: RESULT ROWS DISAGREE between osce-kg and pyoxigraph "
                                f"(same count {counts['osce-kg']}, different {'order or ' if ordered[n] else ''}values)")
        if "roqet" in counts and "pyoxigraph" in counts and counts["roqet"] != counts["pyoxigraph"]:
            warnings.append(f"{label} {n}: roqet count {counts['roqet'][0]} differs from pyoxigraph {counts['pyoxigraph']}")
        shown = []
        for eng in ("osce-kg", "pyoxigraph", "roqet"):
            if eng in counts:
                shown.append(f"{eng[0] if eng != 'pyoxigraph' else 'x'}={','.join(map(str, counts[eng]))}")
        agree = len({tuple(c) for c in counts.values()}) <= 1
        result_cell = (str(counts[next(iter(counts))][0]) if agree and counts else "**MISMATCH** " + " ".join(shown))
        table.append((n[:-3], o_t, x_t, r_t, result_cell))
    o_mem = max([r["rss_kib"] for rs in osce.values() for r in rs if r.get("rss_kib")], default=None)
    x_mem = max([r["rss_kib"] for r in ox_runs if r.get("rss_kib")], default=None)
    r_mem = None
    if roqet:
        r_mem = max([v["rss_kib"] for v in roqet.values() if v.get("rss_kib") and "error" not in v], default=None)

    triples_loaded = next((r["triples"] for rs in osce.values() for r in rs if "triples" in r), None)
    x_triples = next((r["triples"] for r in ox_runs if "triples" in r), None)
    if triples_loaded is not None and x_triples is not None and triples_loaded != x_triples:
        problems.append(f"{label}: TRIPLE COUNTS DISAGREE: osce-kg loaded {triples_loaded}, pyoxigraph {x_triples}")

    lines = []
    mb = os.path.getsize(data) / 1e6
    lines.append(f"### {label} graph: {x_triples or triples_loaded or triples} triples ({mb:.0f} MB N-Triples), "
                 f"median of {args.repeat}")
    lines.append("")
    hdr = "| measure | osce-kg | pyoxigraph | osce-kg / pyoxigraph |"
    sep = "|---|---:|---:|---:|"
    if roqet:
        hdr += " roqet |"
        sep += "---:|"
    hdr += " results |"
    sep += "---|"
    lines += [hdr, sep]
    for name, o, x, r, res in table:
        row = f"| {name} (s) |" if name != "load (s)" else "| load (s) |"
        row += f" {fmt_s(o)} | {fmt_s(x)} | {ratio(o, x)} |"
        if roqet:
            row += f" {fmt_s(r)} |"
        row += f" {res} |"
        lines.append(row)
    row = f"| peak RSS (MB) | {fmt_mb(o_mem)} | {fmt_mb(x_mem)} | {ratio(o_mem, x_mem)} |"
    if roqet:
        row += f" {fmt_mb(r_mem)} |"
    row += " |"
    lines.append(row)
    lines.append("")
    return lines, problems, warnings


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=os.environ.get("SIZES", "100k,1M"),
                    help="graph sizes in triples, comma-separated (100k, 1M, 250000, ...)")
    ap.add_argument("--repeat", type=int, default=int(os.environ.get("REPEAT", "3")))
    ap.add_argument("--roqet-sizes", default=os.environ.get("ROQET_SIZES", "100k"),
                    help="sizes on which roqet runs too (comma-separated; 'none' for none)")
    ap.add_argument("--roqet-timeout", type=float, default=120.0)
    ap.add_argument("--timeout", type=float, default=600.0, help="time limit per osce-kg query (s)")
    ap.add_argument("--ox-load", choices=["bulk", "load"], default="bulk",
                    help="pyoxigraph Store.bulk_load or Store.load")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "osce-kg"))
    ap.add_argument("--queries", default=os.path.join(HERE, "*.rq"), help="glob of query files")
    ap.add_argument("--report", default=os.path.join(OUT, "bench-query.md"), help="where to write the Markdown report")
    ap.add_argument("--oxigraph-worker", metavar="DATA", help=argparse.SUPPRESS)
    ap.add_argument("worker_queries", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.oxigraph_worker:
        oxigraph_worker(args.oxigraph_worker, args.worker_queries, args.ox_load)
        return 0

    if not os.access(args.binary, os.X_OK):
        sys.exit(f"bench_query: {args.binary} not found; run `make build` first")
    try:
        import pyoxigraph  # noqa: F401
    except ImportError:
        sys.exit("bench_query: pyoxigraph is not installed (run `make bench-query`, which installs it into .venv, or `make venv`)")
    roqet_sizes = [] if args.roqet_sizes.strip().lower() in ("", "none") else args.roqet_sizes.split(",")
    args.roqet_sizes = [size_label(parse_size(s)) for s in roqet_sizes]
    if args.roqet_sizes and subprocess.run(["sh", "-c", "command -v roqet"], capture_output=True).returncode != 0:
        print("bench_query: roqet not found; skipping it (apt-get install rasqal-utils)", file=sys.stderr)
        args.roqet_sizes = []
    queries = sorted(glob.glob(args.queries))
    if not queries:
        sys.exit(f"bench_query: no queries match {args.queries}")
    os.makedirs(OUT, exist_ok=True)

    import pyoxigraph
    report = ["## osce-kg query benchmark", "",
              f"osce-kg {args.binary}; pyoxigraph {pyoxigraph.__version__} (in-memory Store, "
              f"{'bulk_load' if args.ox_load == 'bulk' else 'load'}); roqet for reference on "
              f"{', '.join(args.roqet_sizes) or 'no sizes'} (time limit {args.roqet_timeout:.0f} s; "
              "its load is the time of ASK { ?s ?p ?o }, a query's time is its wall time minus that). "
              "Times in seconds: osce-kg's from --timings (query includes writing JSON results), "
              "pyoxigraph's around load and around each query (iterating all solutions). "
              "Peak RSS: the largest of the runs (/usr/bin/time %M). Ratio > 1 (⚠): osce-kg slower or larger.",
              ""]
    all_problems, all_warnings = [], []
    for s in args.sizes.split(","):
        lines, problems, warnings = bench_size(args, parse_size(s), queries, args.binary)
        report += lines
        all_problems += problems
        all_warnings += warnings
    if all_warnings:
        report.append("Notes:")
        report += [f"- {w}" for w in dict.fromkeys(all_warnings)]
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
