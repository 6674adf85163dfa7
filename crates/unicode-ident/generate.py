#!/usr/bin/env python3
"""Generates every data file of the `unicode-ident` replacement crate.

Run it with CPython 3.11 (Unicode 14.0.0, the version the crate mirrors):

    python3 crates/unicode-ident/generate.py

It writes, next to itself:

* data/xid.bin      - the non-ASCII code points with the properties
                      XID_Start and XID_Continue, as CPython 3.11 has them;
* src/tables.rs     - the Unicode version of the data;
* tests/fixture.txt - a digest of CPython's answer for every code point,
                      and its answers for a few hundred, for the tests.

CPython does not name the properties, but they are what `str.isidentifier`
tests: a code point c is XID_Start when `c.isidentifier()` (bar "_"), and
XID_Continue when `("a" + c).isidentifier()`.

data/xid.bin is two lists of unsigned LEB128 numbers, each led by its
length: the runs of non-ASCII XID_Start code points, then those of
XID_Continue, each run as its start's difference from the previous run's
end, then its length.
"""

import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from unicode_generate import check_python, fnv1a64, leb, tables_rs, writer  # noqa: E402

write = writer(HERE)


def is_start(cp):
    return cp != ord("_") and chr(cp).isidentifier()


def is_continue(cp):
    return ("a" + chr(cp)).isidentifier()


def runs(test):
    out = []
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp < 0xE000 or not test(cp):
            continue
        if out and out[-1][0] + out[-1][1] == cp:
            out[-1][1] += 1
        else:
            out.append([cp, 1])
    return out


def encode(*lists):
    out = bytearray()
    for ranges in lists:
        out += leb(len(ranges))
        end = 0
        for start, length in ranges:
            out += leb(start - end) + leb(length)
            end = start + length
    return bytes(out)


def fixture():
    """One byte per code point (bit 0: XID_Start, bit 1: XID_Continue)."""
    everything = bytes(
        is_start(cp) | is_continue(cp) << 1
        for cp in range(0x110000)
        if not 0xD800 <= cp < 0xE000
    )
    rng = random.Random(14)
    lines = [f"digest\t{fnv1a64(everything):016X}"]
    for cp in sorted(rng.sample(range(0x110000), 400)) + list(range(0x80)):
        if not 0xD800 <= cp < 0xE000:
            lines.append(f"xid\t{cp:X}\t{int(is_start(cp))}\t{int(is_continue(cp))}")
    return "\n".join(lines) + "\n"


def main():
    check_python()
    start, cont = runs(is_start), runs(is_continue)
    data = encode(start, cont)
    write("data/xid.bin", data)
    write("src/tables.rs", tables_rs("xid.bin", data, lazy=False))
    write("tests/fixture.txt", fixture())
    print(f"{len(start)} XID_Start runs, {len(cont)} XID_Continue runs: {len(data)} bytes")


if __name__ == "__main__":
    main()
