#!/usr/bin/env python3
"""Benchmark harness: every number is measured in the same session against a
peer on this machine, alternating runs so machine noise hits both alike.

Three tables:
  interpreter  Weft vs CPython 3.11 on fib / loops / objects (in-program
               seconds, the `s=` field each program prints);
  tasklets     Weft's stackless vs greenlet and asyncio peers (bench/peers/)
               on pingpong / yieldloop / ring / spawn;
  memory       peak RSS per blocked tasklet (with its channel), N = 1,000,000;
  snapshot     pickling 10,000 tasklets blocked 10 calls deep: bytes, dump,
               load and resume, against real Stackless Python's figures on
               this kind of machine (quoted from the project brief: Stackless
               cannot be installed here).

greenlet is installed from PyPI into bench/.venv on first use.

Usage: bench/run.py [--runs N] [--weft PATH] [NAME ...]
       NAME is a benchmark (fib, pingpong, memory, ...) or a table name.
"""

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PEERS = os.path.join(HERE, "peers")
VENV = os.path.join(HERE, ".venv")
GREENLET = "greenlet==3.5.6"

# name -> target ratio (weft / cpython must be at most this)
INTERPRETER = {"fib": 1.5, "loops": 1.5, "objects": 1.5}
# name -> (metric regex, unit, peer the target is against, required speedup)
TASKLETS = {
    "pingpong": (r"ns_per_transfer=([0-9.]+)", "ns/transfer", "greenlet", 4.0),
    "yieldloop": (r"ns_per_switch=([0-9.]+)", "ns/switch", "greenlet", 3.0),
    "ring": (r"total_s=([0-9.]+)", "s total", "greenlet", 7.0),
    "spawn": (r"ns_per_tasklet=([0-9.]+)", "ns/tasklet", "asyncio", 4.0),
}
MEMORY_N = 1_000_000
MEMORY_TARGET = 337
# Stackless Python 3.8 on this kind of machine, CPU-time medians (brief).
STACKLESS_SNAPSHOT = {"bytes_per_tasklet": 481, "dump_s": 1.36, "load_s": 0.52, "resume_s": 0.021}


def run_once(cmd, pattern=r"\bs=([0-9.]+)", cwd=None):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=900, cwd=cwd)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    m = re.search(pattern, out.stdout)
    if not m:
        raise SystemExit(f"no timing in output of {' '.join(cmd)}: {out.stdout!r}")
    return float(m.group(1))


def greenlet_python():
    py = os.path.join(VENV, "bin", "python")
    probe = subprocess.run([py, "-c", "import greenlet"], capture_output=True) if os.path.exists(py) else None
    if probe is None or probe.returncode != 0:
        print(f"(installing {GREENLET} into bench/.venv)", flush=True)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", GREENLET], check=True)
    return py


def peak_rss_kib(cmd, cwd=None):
    """Peak resident set of `cmd`, measured in a fresh child of a fresh child
    so RUSAGE_CHILDREN reports that process alone."""
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe] + cmd, capture_output=True, text=True, cwd=cwd, check=True)
    return int(out.stdout.strip())


def interpreter_table(names, runs, weft):
    print(f"{'interpreter':<11} {'weft s':>9} {'cpython s':>10} {'weft/cpython':>13} {'target':>8}")
    for name in names:
        prog = os.path.join(HERE, name + ".py")
        w, c = [], []
        for _ in range(runs):
            w.append(run_once([weft, "run", prog]))
            c.append(run_once([sys.executable, prog]))
        wm, cm = statistics.median(w), statistics.median(c)
        ratio = wm / cm if cm > 0 else float("inf")
        target = INTERPRETER[name]
        mark = "ok" if ratio <= target else "MISS"
        print(f"{name:<11} {wm:>9.4f} {cm:>10.4f} {ratio:>13.2f} {'<= ' + str(target):>8} {mark}")


def tasklet_table(names, runs, weft):
    gpy = greenlet_python()
    print(f"{'tasklets':<10} {'unit':<12} {'weft':>9} {'greenlet':>9} {'asyncio':>9} {'speedup':>16} {'target':>6}")
    for name in names:
        pattern, unit, peer, need = TASKLETS[name]
        prog = os.path.join(HERE, name + ".py")
        w, g, a = [], [], []
        for _ in range(runs):
            w.append(run_once([weft, "run", prog], pattern))
            g.append(run_once([gpy, f"{name}_greenlet.py"], pattern, cwd=PEERS))
            a.append(run_once([sys.executable, f"{name}_asyncio.py"], pattern, cwd=PEERS))
        wm, gm, am = (statistics.median(x) for x in (w, g, a))
        speedup = (gm if peer == "greenlet" else am) / wm
        mark = "ok" if speedup >= need else "MISS"
        fmt = (lambda v: f"{v:9.4f}") if unit == "s total" else (lambda v: f"{v:9.1f}")
        print(f"{name:<10} {unit:<12} {fmt(wm)} {fmt(gm)} {fmt(am)} {speedup:>7.1f}x {'vs ' + peer:<8} {'>= ' + str(need):>6} {mark}")


def memory_table(weft):
    gpy = greenlet_python()
    prog = os.path.join(HERE, "memory.py")
    cases = [
        ("weft", [weft, "run", prog], None),
        ("greenlet", [gpy, "memory_greenlet.py"], PEERS),
        ("asyncio", [sys.executable, "memory_asyncio.py"], PEERS),
    ]
    print(f"{'memory':<10} {'bytes per blocked tasklet + channel (peak RSS, N=' + format(MEMORY_N, ',') + ')'}")
    for label, cmd, cwd in cases:
        base = peak_rss_kib(cmd + ["0"], cwd)
        full = peak_rss_kib(cmd + [str(MEMORY_N)], cwd)
        per = (full - base) * 1024 / MEMORY_N
        note = ""
        if label == "weft":
            note = f"  target <= {MEMORY_TARGET} {'ok' if per <= MEMORY_TARGET else 'MISS'}"
        print(f"{label:<10} {per:>8.0f}{note}")


def snapshot_table(runs, weft):
    prog = os.path.join(HERE, "snapshot.py")
    fields = {"bytes": [], "dump_s": [], "load_s": [], "resume_s": []}
    for _ in range(runs):
        out = subprocess.run([weft, "run", prog], capture_output=True, text=True, timeout=900)
        if out.returncode != 0:
            raise SystemExit(f"snapshot.py failed:\n{out.stderr}")
        for k in fields:
            m = re.search(rf"\b{k}=([0-9.]+)", out.stdout)
            fields[k].append(float(m.group(1)))
    med = {k: statistics.median(v) for k, v in fields.items()}
    per = med["bytes"] / 10_000
    ref = STACKLESS_SNAPSHOT
    print(f"{'snapshot':<10} {'weft':>10} {'stackless':>10} {'target':>18}")
    ok = "ok" if per <= ref["bytes_per_tasklet"] else "MISS"
    print(f"{'B/tasklet':<10} {per:>10.0f} {ref['bytes_per_tasklet']:>10} {'<= ' + str(ref['bytes_per_tasklet']):>18} {ok}")
    for k in ("dump_s", "load_s"):
        speed = ref[k] / med[k] if med[k] > 0 else float("inf")
        ok = "ok" if speed >= 10 else "MISS"
        print(f"{k:<10} {med[k]:>10.4f} {ref[k]:>10.3f} {'10x faster (' + format(speed, '.0f') + 'x)':>18} {ok}")
    print(f"{'resume_s':<10} {med['resume_s']:>10.4f} {ref['resume_s']:>10.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--weft", default=os.path.join(ROOT, "target", "release", "weft"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or ["interpreter", "tasklets", "memory", "snapshot"]
    interp = [n for n in INTERPRETER if n in names or "interpreter" in names]
    tasks = [n for n in TASKLETS if n in names or "tasklets" in names]
    unknown = set(names) - set(INTERPRETER) - set(TASKLETS) - {"interpreter", "tasklets", "memory", "snapshot"}
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    if interp:
        interpreter_table(interp, args.runs, args.weft)
    if tasks:
        tasklet_table(tasks, args.runs, args.weft)
    if "memory" in names:
        memory_table(args.weft)
    if "snapshot" in names:
        snapshot_table(args.runs, args.weft)
    print(f"(medians of {args.runs} alternating runs; python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
