#!/usr/bin/env python3
"""`make bench`: export throughput of osce-kg against rapper, in one run.

Generates N synthetic pages (generate_pages.py), then measures, each as the
median of --repeat runs:
  * osce-kg export to N-Triples, Turtle and N-Quads (--jobs N when given): wall time, peak RSS, and the
    tool's own split (--timings) into ingest (reading and analysing the pages)
    and serialise (adding them to the graph while writing it: the triple
    syntaxes stream, so the two cannot be told apart);
  * rapper converting the exported N-Triples to Turtle and to N-Triples
    (the same triples), wall time and peak RSS.
Reports pages/s and triples/s, and the ratios the project's goals are stated in:
  serialise / rapper  (goal <= 1.0 for each syntax)
  whole export / rapper  (goal <= 1.5, issue 9)
Timings are whole-process wall times from /usr/bin/time, with the CPU time
(user + system) beside them; the machine is shared, so read the ratios, not
the absolute figures (on a loaded machine the CPU ratios are the steadier).

Each run's figures are kept in OUT/bench-export-N.json; when the file of another
N is there (10,000 beside 100,000), the peak-memory growth between the two is
reported per streamed syntax (issue 9: at 100,000 pages ≤ 1.3× the 10,000 figure),
with the slope in bytes per page. The pages are generated once and reused.

  make bench N=10000 && make bench N=100000 REPEAT=1
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time; returns (wall seconds, peak RSS KiB, stderr text, CPU seconds)."""
    proc = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M %U %S"] + cmd, stdout=stdout,
                          stderr=subprocess.PIPE, text=True)
    if proc.returncode not in (0,):
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
    m = re.search(r"TIME ([0-9.]+) ([0-9]+) ([0-9.]+) ([0-9.]+)", proc.stderr)
    return float(m.group(1)), int(m.group(2)), proc.stderr, float(m.group(3)) + float(m.group(4))


def median_run(cmd, repeat, stdout_path=None):
    runs = []
    for _ in range(repeat):
        if stdout_path:
            with open(stdout_path, "w") as out:
                runs.append(timed(cmd, stdout=out))
        else:
            runs.append(timed(cmd))
    runs.sort(key=lambda r: r[0])
    return runs[len(runs) // 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=None,
                    help="runs per measure, the median reported (default: 3, or 1 above 20,000 pages)")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "osce-kg"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--jobs", type=int, default=0, help="osce-kg export --jobs N (default: the tool's own default)")
    a = ap.parse_args()
    if a.repeat is None:
        a.repeat = 3 if a.pages <= 20000 else 1

    pages = os.path.join(a.out, f"pages-{a.pages}")
    if not os.path.isdir(pages) or len(os.listdir(pages)) != a.pages:
        print(f"generating {a.pages} pages in {pages}", file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(HERE, "generate_pages.py"), str(a.pages), pages], check=True)

    rows = []
    results = {}
    for syntax, ext in (("ntriples", "nt"), ("turtle", "ttl"), ("nquads", "nq")):
        out = os.path.join(a.out, f"export.{ext}")
        jobs = ["--jobs", str(a.jobs)] if a.jobs else []
        wall, rss, err, cpu = median_run([a.bin, "export", pages, "--format", syntax, "--output", out, "--timings"] + jobs, a.repeat)
        t = dict(re.findall(r"(ingest|serialise)=([0-9.]+)s", err))
        triples = int(re.search(r"triples written: ([0-9]+)", err).group(1))
        results[syntax] = (wall, rss, float(t.get("ingest", "nan")), float(t.get("serialise", "nan")), triples, cpu)

    nt = os.path.join(a.out, "export.nt")
    triples = results["ntriples"][4]
    rapper = {}
    for syntax in ("turtle", "ntriples"):
        rapper[syntax] = median_run(["rapper", "-q", "-i", "ntriples", "-o", syntax, nt], a.repeat)

    print(f"\nosce-kg export benchmark: {a.pages} pages, {triples} triples, median of {a.repeat} runs\n")
    print(f"{'measure':44} {'seconds':>9} {'peak MiB':>9} {'per second':>16} {'CPU s':>8}")
    for syntax in ("ntriples", "turtle", "nquads"):
        wall, rss, ingest, ser, _, cpu = results[syntax]
        print(f"{'osce-kg export → ' + syntax + ' (whole process)':44} {wall:9.2f} {rss / 1024:9.1f} {a.pages / wall:10.0f} pages {cpu:8.2f}")
        print(f"{'  of which ingest':44} {ingest:9.2f} {'':9} {a.pages / ingest:10.0f} pages")
        print(f"{'  of which build + serialise':44} {ser:9.2f} {'':9} {triples / ser:10.0f} triples")
    for syntax in ("turtle", "ntriples"):
        wall, rss, _, cpu = rapper[syntax]
        print(f"{'rapper ntriples → ' + syntax:44} {wall:9.2f} {rss / 1024:9.1f} {triples / wall:10.0f} triples {cpu:8.2f}")
    print("\nratios (goal: serialise ≤ 1.0, whole export ≤ 1.5; N-Quads against rapper → N-Triples, the same lines plus a graph):")
    for syntax, peer in (("turtle", "turtle"), ("ntriples", "ntriples"), ("nquads", "ntriples")):
        r = rapper[peer][0]
        wall, rss, _, ser, _, cpu = results[syntax]
        print(f"  {syntax:9} serialise / rapper = {ser / r:5.2f}    whole export / rapper = {wall / r:5.2f}"
              f"    (CPU {cpu / rapper[peer][3]:5.2f}; peak memory {rss / rapper[peer][1]:5.2f})")

    record = {"pages": a.pages, "triples": triples, "jobs": a.jobs,
              "peak_kib": {syntax: results[syntax][1] for syntax in results},
              "rapper_peak_kib": {syntax: rapper[syntax][1] for syntax in rapper}}
    with open(os.path.join(a.out, f"bench-export-{a.pages}.json"), "w") as f:
        json.dump(record, f, indent=1)
    others = []
    for name in sorted(os.listdir(a.out)):
        m = re.fullmatch(r"bench-export-([0-9]+)\.json", name)
        if m and int(m.group(1)) != a.pages:
            with open(os.path.join(a.out, name)) as f:
                others.append(json.load(f))
    for other in others:
        small, large = (other, record) if other["pages"] < a.pages else (record, other)
        print(f"\npeak memory {large['pages']} pages / {small['pages']} pages (goal for the streams: ≤ 1.3):")
        for syntax in ("ntriples", "nquads", "turtle"):
            lo, hi = small["peak_kib"].get(syntax), large["peak_kib"].get(syntax)
            if lo and hi:
                slope = (hi - lo) * 1024 / (large["pages"] - small["pages"])
                print(f"  {syntax:9} {hi / 1024:8.1f} / {lo / 1024:8.1f} MiB = {hi / lo:5.2f}    ({slope:7.0f} bytes per page)")


if __name__ == "__main__":
    main()
