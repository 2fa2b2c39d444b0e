#!/usr/bin/env python3
"""Pathological-input benchmark: one page of one huge line per shape, against issue 9's goal.

For each shape of generate_pages.py it writes (once, reused) a page whose release body is one
line of --megabytes MB, runs `BIN export PAGE -o /dev/null --quiet` under /usr/bin/time, and
prints a Markdown table: wall seconds, CPU seconds (user + system: on a shared machine the wall
time grows with the load, the CPU time much less), peak RSS, RSS as a multiple of the page's
size, and whether the goal (<= 2 s and <= 10x the size in memory) is met. The machine's load
average before and after the run heads the report. A run over --timeout seconds is
reported as such (the page is then read in more than linear time or far too slowly).

usage: bench_pathological.py --bin .build/release/osce-kg [--megabytes 50] [--shapes plain,quotes]
                             [--out Benchmarks/out/pathological] [--timeout 300] [--report FILE.md]
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import generate_pages  # noqa: E402


def measure(binary: str, page: str, timeout: float):
    """(wall seconds, CPU seconds, peak RSS in KiB) or None when the run timed out; raises on failure."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        cmd = ["/usr/bin/time", "-o", t.name, "-f", "%e %U %S %M", binary, "export", page, "-o", "/dev/null", "--quiet"]
        try:
            r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        if r.returncode != 0:
            raise SystemExit(f"{page}: exit {r.returncode}: {r.stderr.decode(errors='replace').strip()[-300:]}")
        wall, user, system, rss = t.read().split()[-4:]
        return float(wall), float(user) + float(system), int(rss)


def load_average() -> str:
    """The machine's 1-minute load average, as text."""
    return f"{os.getloadavg()[0]:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--megabytes", type=float, default=50)
    ap.add_argument("--shapes", default=",".join(generate_pages.PATTERNS))
    ap.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", "out", "pathological"))
    ap.add_argument("--seed", default=os.path.join(ROOT, "Examples", "pages", "000_0b91f1119559f398.txt"))
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--report")
    a = ap.parse_args()
    seed_text = open(a.seed, encoding="utf-8").read()
    size = int(a.megabytes * 1_000_000)
    directory = os.path.join(a.out, f"{a.megabytes:g}MB")
    os.makedirs(directory, exist_ok=True)
    load_before = load_average()
    rows = ["| shape | page MB | wall s | CPU s | peak RSS MiB | RSS / size | goal (<= 2 s, <= 10x) |", "|---|---|---|---|---|---|---|"]
    for shape in a.shapes.split(","):
        page = os.path.join(directory, f"{shape}.txt")
        if not os.path.exists(page):
            with open(page, "w", encoding="utf-8") as f:
                f.write(generate_pages.page(shape, size, seed_text))
        mb = os.path.getsize(page) / 1e6
        result = measure(a.bin, page, a.timeout)
        if result is None:
            rows.append(f"| {shape} | {mb:.1f} | > {a.timeout:g} (timeout) | | | | not met |")
        else:
            wall, cpu, rss = result
            ratio = rss * 1024 / os.path.getsize(page)
            met = "met" if wall <= 2 and ratio <= 10 else "not met"
            rows.append(f"| {shape} | {mb:.1f} | {wall:.2f} | {cpu:.2f} | {rss / 1024:.0f} | {ratio:.1f}x | {met} |")
        print(rows[-1], flush=True)
    load = f"load average {load_before} before, {load_average()} after (1-minute; {os.cpu_count()} cores)"
    table = "\n".join(rows)
    print()
    print(load)
    print(table)
    if a.report:
        with open(a.report, "w") as f:
            f.write(f"# Pathological pages ({a.megabytes:g} MB, one line), {a.bin}\n\n{load}\n\n{table}\n")


if __name__ == "__main__":
    main()
