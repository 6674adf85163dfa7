#!/usr/bin/env python3
"""Regenerate expected outputs for the differential test corpus.

For every tests/py/<name>.py and tests/errors/<name>.py (or only the names
given on the command line), run it under CPython 3.11 with cwd=its folder, PYTHONHASHSEED=0, stdin from
<name>.in if present (else /dev/null), extra arguments from <name>.args (one
per line), and a 60 s timeout.  Writes <name>.out (exact stdout bytes) and
<name>.exit (exit status as decimal text plus newline); for tests/errors also
<name>.err (stderr with the folder's absolute path removed, minus the column-range marker lines CPython 3.11 prints
under traceback frames, which Weft does not print).

Usage: python3 tests/regen_expected.py [name ...]
       (names may be given with or without the .py suffix)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIRS = [os.path.join(HERE, "py"), os.path.join(HERE, "errors")]
PYTHON = "python3"


def check_version():
    try:
        res = subprocess.run([PYTHON, "--version"], capture_output=True, text=True)
    except OSError as e:
        sys.exit("regen_expected: cannot run %s: %s" % (PYTHON, e))
    ver = (res.stdout + res.stderr).strip()
    parts = ver.split()
    if len(parts) != 2 or parts[0] != "Python" or not parts[1].startswith("3.11."):
        sys.exit("regen_expected: refusing to run: need Python 3.11.x, got %r" % ver)
    return ver


def read_args(pydir, name):
    path = os.path.join(pydir, name + ".args")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.rstrip("\n") != ""]


def strip_frame_markers(stderr):
    """Drop the ^^^/~~~ lines under traceback frames ("File ..., line N, in f"
    then the source line); keep SyntaxError carets, which Weft prints too."""
    lines = stderr.decode("utf-8").split("\n")
    kept = []
    for i, line in enumerate(lines):
        is_marker = line.strip() != "" and set(line.strip()) <= set("^~")
        under_frame = i >= 2 and lines[i - 2].startswith("  File ") and ", in " in lines[i - 2]
        if not (is_marker and under_frame):
            kept.append(line)
    return "\n".join(kept).encode("utf-8")


def find_dir(name):
    for pydir in DIRS:
        if os.path.exists(os.path.join(pydir, name + ".py")):
            return pydir
    return None


def regen(name):
    script = name + ".py"
    pydir = find_dir(name)
    if pydir is None:
        print("regen_expected: no such program: %s" % script, file=sys.stderr)
        return False
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONWARNINGS", None)
    env["PYTHONIOENCODING"] = "utf-8"
    in_path = os.path.join(pydir, name + ".in")
    stdin_path = in_path if os.path.exists(in_path) else os.devnull
    cmd = [PYTHON, script] + read_args(pydir, name)
    with open(stdin_path, "rb") as stdin:
        try:
            res = subprocess.run(cmd, cwd=pydir, env=env, stdin=stdin,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 timeout=60)
        except subprocess.TimeoutExpired:
            print("regen_expected: TIMEOUT: %s" % script, file=sys.stderr)
            return False
    with open(os.path.join(pydir, name + ".out"), "wb") as f:
        f.write(res.stdout)
    with open(os.path.join(pydir, name + ".exit"), "w") as f:
        f.write("%d\n" % res.returncode)
    if pydir.endswith("errors"):
        with open(os.path.join(pydir, name + ".err"), "wb") as f:
            # CPython names the script by absolute path; keep the file portable.
            stderr = res.stderr.replace((pydir + os.sep).encode("utf-8"), b"")
            f.write(strip_frame_markers(stderr))
    return True


def main(argv):
    ver = check_version()
    if argv:
        names = [os.path.basename(a)[:-3] if a.endswith(".py") else os.path.basename(a)
                 for a in argv]
    else:
        names = sorted(f[:-3] for d in DIRS for f in os.listdir(d) if f.endswith(".py"))
    ok = 0
    failed = []
    for name in names:
        if regen(name):
            ok += 1
        else:
            failed.append(name)
    print("regen_expected (%s): %d regenerated, %d failed" % (ver, ok, len(failed)))
    for name in failed:
        print("  failed: %s" % name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
