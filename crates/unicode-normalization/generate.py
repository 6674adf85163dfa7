#!/usr/bin/env python3
"""Generates every data file of the `unicode-normalization` replacement crate.

Run it with CPython 3.11 (Unicode 14.0.0, the version the crate mirrors):

    python3 crates/unicode-normalization/generate.py

It writes, next to itself:

* data/nfkc.bin     - what NFKC needs, from CPython's `unicodedata`;
* src/tables.rs     - the Unicode version and the digest of data/nfkc.bin;
* tests/fixture.txt - what CPython's `unicodedata.normalize("NFKC", s)`
                      answers for a few thousand strings, plus a digest of
                      its answer for every code point, for the crate's tests.

data/nfkc.bin is three lists of unsigned LEB128 numbers, each list led by
its length:

1. the full compatibility decompositions (NFKD of one code point), except
   the algorithmic Hangul syllables: the code point as the difference from
   the previous entry's, the number of code points it decomposes to, then
   those code points;
2. the runs of code points with a non-zero canonical combining class: the
   run's start as the difference from the previous run's end, its length,
   its class;
3. the primary composites: the first code point of the pair as the
   difference from the previous entry's, the second, the composite. A pair
   is listed when CPython's NFC turns it into the composite (so composition
   exclusions and singletons are left out by construction).
"""

import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from unicode_generate import check_python, fnv1a64, leb, tables_rs, writer  # noqa: E402

write = writer(HERE)
SYLLABLES = range(0xAC00, 0xAC00 + 11172)


def code_points():
    return (cp for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)


def decompositions():
    out = []
    for cp in code_points():
        if cp in SYLLABLES:
            continue
        nfkd = unicodedata.normalize("NFKD", chr(cp))
        if nfkd != chr(cp):
            out.append((cp, [ord(c) for c in nfkd]))
    return out


def combining_runs():
    runs = []
    for cp in code_points():
        ccc = unicodedata.combining(chr(cp))
        if not ccc:
            continue
        if runs and runs[-1][0] + runs[-1][1] == cp and runs[-1][2] == ccc:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, ccc])
    return runs


def compositions():
    out = []
    for cp in code_points():
        decomposition = unicodedata.decomposition(chr(cp))
        if not decomposition or decomposition.startswith("<"):
            continue
        parts = [int(p, 16) for p in decomposition.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            out.append((parts[0], parts[1], cp))
    out.sort()
    return out


def encode(decomposed, runs, composed):
    out = bytearray(leb(len(decomposed)))
    previous = 0
    for cp, parts in decomposed:
        out += leb(cp - previous) + leb(len(parts))
        for part in parts:
            out += leb(part)
        previous = cp
    out += leb(len(runs))
    previous = 0
    for start, length, ccc in runs:
        out += leb(start - previous) + leb(length) + leb(ccc)
        previous = start + length
    out += leb(len(composed))
    previous = 0
    for first, second, cp in composed:
        out += leb(first - previous) + leb(second) + leb(cp)
        previous = first
    return bytes(out)


def fixture(decomposed, runs, composed):
    """Strings and CPython's NFKC of them, as hex code points."""
    rng = random.Random(14)
    interesting = sorted(
        {cp for cp, parts in decomposed}
        | {cp for start, length, _ in runs for cp in range(start, start + length)}
        | {cp for triple in composed for cp in triple}
        | set(range(0x1100, 0x1200))
        | set(range(0x11A8, 0x11C3))
        | set(rng.sample(SYLLABLES, 200))
    )
    plain = [ord(c) for c in "aAzZ09 _-é"]
    lines = []
    everything = bytearray()
    for cp in code_points():
        everything += unicodedata.normalize("NFKC", chr(cp)).encode("utf-8", "surrogatepass") + b"\0"
    lines.append(f"digest\t{fnv1a64(everything):016X}")
    strings = []
    for first, second, cp in composed:
        strings.append([first, second])
    for _ in range(2000):
        length = rng.randint(1, 8)
        strings.append([rng.choice(interesting) if rng.random() < 0.8 else rng.choice(plain) for _ in range(length)])
    for s in strings:
        text = "".join(map(chr, s))
        nfkc = unicodedata.normalize("NFKC", text)
        hexes = lambda t: " ".join(f"{ord(c):X}" for c in t)  # noqa: E731
        lines.append(f"nfkc\t{hexes(text)}\t{hexes(nfkc)}")
    return "\n".join(lines) + "\n"


def main():
    check_python()
    decomposed, runs, composed = decompositions(), combining_runs(), compositions()
    data = encode(decomposed, runs, composed)
    write("data/nfkc.bin", data)
    write("src/tables.rs", tables_rs("nfkc.bin", data, lazy=True))
    write("tests/fixture.txt", fixture(decomposed, runs, composed))
    print(f"{len(decomposed)} decompositions, {len(runs)} combining runs, "
          f"{len(composed)} compositions: {len(data)} bytes")


if __name__ == "__main__":
    main()
