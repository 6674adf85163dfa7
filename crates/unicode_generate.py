"""What the crates/*/generate.py scripts share: the check that they run on
CPython 3.11 (whose unicodedata they mirror), unsigned LEB128, FNV-1a, and
writing a generated file next to the script."""

import os
import sys
import unicodedata


def check_python():
    if sys.version_info[:2] != (3, 11) or unicodedata.unidata_version != "14.0.0":
        sys.exit(
            "generate.py must run on CPython 3.11 (unicodedata 14.0.0); this is "
            f"{sys.version.split()[0]} with unicodedata {unicodedata.unidata_version}"
        )


def leb(n):
    """`n` as unsigned LEB128."""
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def writer(here):
    """A `write(path, data)` for paths relative to `here`."""

    def write(path, data):
        path = os.path.join(here, path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        print(f"wrote {os.path.relpath(path)} ({len(data)} bytes)")

    return write
