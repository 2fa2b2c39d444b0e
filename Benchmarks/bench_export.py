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
"""
import argparse
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
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "osce-kg"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--jobs", type=int, default=0, help="osce-kg export --jobs N (default: the tool's own default)")
    a = ap.parse_args()

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


if __name__ == "__main__":
    main()
