#!/usr/bin/env python3
"""Benchmark harness: runs each program under Weft and CPython in the same
session, alternating runs so machine noise hits both alike, and prints the
median of the in-program timings (the `s=` field each program reports) and
the ratio Weft / CPython.

Usage: bench/run.py [--runs N] [--weft PATH] [NAME ...]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# The interpreter benchmarks of this issue; the tasklet ones join later.
DEFAULT = ["fib", "loops", "objects"]


def run_once(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    m = re.search(r"\bs=([0-9.]+)", out.stdout)
    if not m:
        m = re.search(r"total_s=([0-9.]+)", out.stdout)
    if not m:
        raise SystemExit(f"no timing in output of {' '.join(cmd)}: {out.stdout!r}")
    return float(m.group(1)), out.stdout.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--weft", default=os.path.join(ROOT, "target", "release", "weft"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or DEFAULT
    print(f"{'benchmark':<10} {'weft s':>9} {'cpython s':>10} {'weft/cpython':>13}")
    worst = 0.0
    for name in names:
        prog = os.path.join(HERE, name + ".py")
        weft, cpy = [], []
        for _ in range(args.runs):
            weft.append(run_once([args.weft, "run", prog])[0])
            cpy.append(run_once([sys.executable, prog])[0])
        w = statistics.median(weft)
        c = statistics.median(cpy)
        ratio = w / c if c > 0 else float("inf")
        worst = max(worst, ratio)
        print(f"{name:<10} {w:>9.4f} {c:>10.4f} {ratio:>13.2f}")
    print(f"(median of {args.runs} alternating runs; python: {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
