#!/usr/bin/env python3
"""Generates every data file of the `unicode_names2` replacement crate.

Run it with CPython 3.11 (Unicode 14.0.0, the version the crate mirrors):

    python3 crates/unicode_names2/generate.py

It writes, next to itself:

* data/names.bin   - every character name of `unicodedata.name`, except the
                     algorithmic ones (Hangul syllables, CJK unified
                     ideographs), as one code-point-ordered stream;
* data/aliases.bin - the name aliases CPython's `\\N{...}` accepts, same format;
* src/tables.rs    - the small tables of the algorithmic names;
* tests/fixture.txt - what CPython itself answers for a few thousand
                     `\\N{...}` escapes and `unicodedata.name` calls, plus a
                     digest of every name, for the crate's tests.

Nothing here is typed by hand: every name comes from `unicodedata`, the
aliases from CPython's own name database (see `cpython_aliases`), and every
expected answer of the fixture from evaluating the escape with CPython.

The stream format (decoded by `Names::advance` in src/lib.rs), one entry per
name, in code point order. Bytes below 0x80 are name text; an entry starts
with one of these bytes:

    0x80 + k      the name keeps the first k space-separated words of the
                  previous name; the following text bytes (if any) are the
                  remaining words (a space is inserted between the two).
    0xFD          the previous name with its last decimal digit run
                  incremented ("A001" -> "A002", "B009 A" -> "B010 A").
    0xFE          the previous name with its last byte incremented.
    0xFF          the previous name with its trailing run of uppercase hex
                  digits incremented ("F9FF" -> "FA00").

In data/names.bin, a segment (from an entry 0x80 to the next) has names of
one first word: lookups skip the segments of other first words.

An entry's code point is the previous entry's plus one, changed by these
prefixes: 0xC0 + (g - 1) (g in 1..=58) or 0xFB b0 b1 b2 (g = b0 << 14 |
b1 << 7 | b2) skip g more code points; 0xFA steps back one (an alias of the
same code point as the previous one). The first entry's base is 0.

Why: gzip (what the .wasm is served with) sees names that differ from the
previous one by a word or a counter as one or two bytes, which makes the
stream gzip to ~95 KB where the plain "name\\n" text takes ~137 KB, while the
decoder stays a few dozen lines and needs no memory beyond one name buffer.
"""

import ctypes
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.dirname(HERE))
from unicode_generate import check_python, fnv1a64, writer  # noqa: E402

write = writer(HERE)

HANGUL_PREFIX = "HANGUL SYLLABLE "
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
MAX_SHARED_WORDS = 0x3F
SMALL_SKIP = 0xFA - 0xC0  # 58

OP_DEC, OP_LAST, OP_HEX = 0xFD, 0xFE, 0xFF
OP_BACK, OP_SKIP = 0xFA, 0xFB


def escape(name):
    """What CPython's `"\\N{name}"` gives: the code point, or None."""
    try:
        s = eval('"\\N{' + name + '}"')  # noqa: S307 - fixed, checked input
    except SyntaxError:
        return None
    assert len(s) == 1, (name, s)
    return ord(s)


def all_names():
    """(code point, name) of every code point that `unicodedata.name` names."""
    out = []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is not None:
            out.append((cp, name))
    return out


def cpython_capi():
    """CPython's `_PyUnicode_Name_CAPI` (Include/internal/pycore_ucnhash.h)."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    address = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    getname = ctypes.CFUNCTYPE(
        ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int
    )
    getcode = ctypes.CFUNCTYPE(
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_uint32),
        ctypes.c_int,
    )

    class Capi(ctypes.Structure):
        _fields_ = [("getname", getname), ("getcode", getcode)]

    return Capi.from_address(address)


def cpython_private_names(capi, start):
    """The names CPython keeps at private code points start, start+1, ...

    CPython's name database stores the aliases at U+F0000.. and the named
    sequences at U+F0200..; `getname(code, ..., with_alias_and_seq=1)` reads
    them back (`unicodedata.name` passes 0 and hides them).
    """
    buf = ctypes.create_string_buffer(512)
    names = []
    while capi.getname(start + len(names), buf, 256, 1):
        names.append(buf.value.decode("ascii"))
    return names


def cpython_aliases(capi):
    """(code point, alias) in CPython's order, which is NameAliases.txt's."""
    out = []
    for alias in cpython_private_names(capi, 0xF0000):
        code = ctypes.c_uint32()
        assert capi.getcode(alias.encode(), len(alias), ctypes.byref(code), 0)
        assert escape(alias) == code.value, alias
        assert unicodedata.lookup(alias) == chr(code.value), alias
        out.append((code.value, alias))
    assert len(out) > 400, "the alias enumeration found too few aliases"
    return out


def ranges(cps):
    out = []
    for cp in cps:
        if out and out[-1][1] + 1 == cp:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return [tuple(r) for r in out]


def cjk_ranges(names):
    """The CJK unified ideograph ranges, checked against what lookup accepts."""
    cps = [cp for cp, n in names if n == f"{CJK_PREFIX}{cp:X}"]
    assert len(cps) == sum(1 for _, n in names if n.startswith(CJK_PREFIX))
    named = set(cps)
    # CPython accepts exactly 4 or 5 uppercase hex digits.
    accepted = set()
    for width in (4, 5):
        for v in range(16**width):
            try:
                c = unicodedata.lookup(f"{CJK_PREFIX}{v:0{width}X}")
            except KeyError:
                continue
            assert ord(c) == v
            accepted.add(v)
    assert accepted == named, "lookup and name disagree on CJK unified ideographs"
    return ranges(cps)


def hangul_tables(names):
    """The jamo short names, recovered from the syllables' names."""
    syl = {cp: n[len(HANGUL_PREFIX):] for cp, n in names if n.startswith(HANGUL_PREFIX)}
    base = min(syl)
    assert sorted(syl) == list(range(base, base + len(syl)))
    lcount, vcount, tcount = 19, 21, 28
    assert len(syl) == lcount * vcount * tcount

    def s(l, v, t):
        return syl[base + (l * vcount + v) * tcount + t]

    t_names = [s(0, 0, t)[len(s(0, 0, 0)):] for t in range(tcount)]
    l_names = [os.path.commonprefix([s(l, v, 0) for v in range(vcount)]) for l in range(lcount)]
    v_names = [s(0, v, 0)[len(l_names[0]):] for v in range(vcount)]
    for l in range(lcount):
        for v in range(vcount):
            for t in range(tcount):
                assert s(l, v, t) == l_names[l] + v_names[v] + t_names[t]
    return base, l_names, v_names, t_names


# --- the stream -----------------------------------------------------------


def inc_decimal(name):
    """OP_DEC: the last run of decimal digits plus one, same width, or None."""
    b = bytearray(name.encode())
    i = len(b) - 1
    while i >= 0 and not (0x30 <= b[i] <= 0x39):
        i -= 1
    if i < 0:
        return None
    while i >= 0 and b[i] == 0x39:
        b[i] = 0x30
        i -= 1
    if i < 0 or not (0x30 <= b[i] <= 0x39):
        return None
    b[i] += 1
    return b.decode()


def inc_last(name):
    """OP_LAST: the last byte plus one."""
    return name[:-1] + chr(ord(name[-1]) + 1)


def is_hex(c):
    return 0x30 <= c <= 0x39 or 0x41 <= c <= 0x46


def inc_hex(name):
    """OP_HEX: the trailing uppercase hex digits plus one, same width, or None."""
    b = bytearray(name.encode())
    i = len(b) - 1
    while i >= 0 and b[i] == 0x46:
        b[i] = 0x30
        i -= 1
    if i < 0 or not is_hex(b[i]):
        return None
    b[i] = 0x41 if b[i] == 0x39 else b[i] + 1
    return b.decode()


OPS = [(OP_DEC, inc_decimal), (OP_LAST, inc_last), (OP_HEX, inc_hex)]


def same_first_word(a, b):
    return a.split(" ")[0] == b.split(" ")[0]


def encode(entries, segmented):
    """entries: (code point, name), code points non-decreasing.

    In a segmented stream, the names from an entry 0x80 (a name sharing no
    word with the previous one) to the next all have the same first word, so
    that a lookup can skip the segments that start with another one.
    """
    out = bytearray()
    prev = None
    next_cp = 0
    for cp, name in entries:
        assert re.fullmatch(r"[A-Z0-9-]+( [A-Z0-9-]+)*", name), name
        if cp == next_cp - 1:
            out.append(OP_BACK)
        else:
            gap = cp - next_cp
            assert gap >= 0, (cp, name)
            if 0 < gap <= SMALL_SKIP:
                out.append(0xC0 + gap - 1)
            elif gap:
                assert gap < 1 << 21
                out += bytes([OP_SKIP, gap >> 14, (gap >> 7) & 0x7F, gap & 0x7F])
        next_cp = cp + 1
        for op, fn in OPS:
            # In a segmented stream, never changing the first word.
            if prev is not None and fn(prev) == name and (not segmented or same_first_word(prev, name)):
                out.append(op)
                break
        else:
            words = name.split(" ")
            old = prev.split(" ") if prev is not None else []
            k = 0
            while k < min(len(words), len(old)) and words[k] == old[k]:
                k += 1
            assert k <= MAX_SHARED_WORDS
            if k == 0:
                segment = words[0]
            out.append(0x80 + k)
            out += " ".join(words[k:]).encode()
        assert not segmented or name.split(" ")[0] == segment, name
        prev = name
    return bytes(out)


def decode(data):
    """The same algorithm as `Names::advance` in src/lib.rs, to check encode."""
    out = []
    pos = 0
    next_cp = 0
    name = ""
    while pos < len(data):
        b = data[pos]
        pos += 1
        if 0xC0 <= b < 0xFA:
            next_cp += b - 0xC0 + 1
            continue
        if b == OP_BACK:
            next_cp -= 1
            continue
        if b == OP_SKIP:
            next_cp += data[pos] << 14 | data[pos + 1] << 7 | data[pos + 2]
            pos += 3
            continue
        if 0x80 <= b < 0xC0:
            k = b - 0x80
            end = pos
            while end < len(data) and data[end] < 0x80:
                end += 1
            body = data[pos:end].decode()
            pos = end
            kept = " ".join(name.split(" ")[:k]) if k else ""
            name = kept + (" " if kept and body else "") + body
        else:
            name = dict(OPS)[b](name)
        out.append((next_cp, name))
        next_cp += 1
    return out


# --- tables.rs --------------------------------------------------------------


def rust_tables(cjk, hangul, max_len, names_bin, aliases_bin):
    base, l_names, v_names, t_names = hangul

    def strs(xs):
        return "[" + ", ".join(f'"{x}"' for x in xs) + "]"

    lines = [
        "//! Generated by generate.py from CPython 3.11's unicodedata: do not edit.",
        "//!",
        "//! The algorithmic names CPython computes instead of storing: the Hangul",
        "//! syllables (jamo short names recovered from their names) and the CJK",
        "//! unified ideographs (the ranges `unicodedata.name` and `lookup` accept).",
        "",
        "/// The Unicode version of the data (`unicodedata.unidata_version`).",
        f'pub const UNICODE_VERSION: &str = "{unicodedata.unidata_version}";',
        "",
        "/// The length of data/names.bin, which the data (feature `lazy`) starts",
        "/// with; data/aliases.bin follows.",
        f"pub const NAMES_LEN: usize = {len(names_bin)};",
        "",
        "/// FNV-1a (64 bits) of data/names.bin followed by data/aliases.bin: data",
        "/// loaded at run time (feature `lazy`) must have it.",
        f"pub const DATA_DIGEST: u64 = 0x{fnv1a64(names_bin + aliases_bin):016X};",
        "",
        "/// The longest name of the streams, in bytes.",
        f"pub(crate) const MAX_NAME_LEN: usize = {max_len};",
        "",
        "/// The prefix of the Hangul syllables' names.",
        f'pub(crate) const HANGUL_PREFIX: &str = "{HANGUL_PREFIX}";',
        "",
        "/// The first Hangul syllable; the others follow in (L, V, T) order.",
        f"pub(crate) const HANGUL_BASE: u32 = 0x{base:X};",
        "",
        "/// The jamo short names: leading consonants, vowels, trailing consonants.",
        "#[rustfmt::skip]",
        f"pub(crate) const HANGUL_L: [&str; {len(l_names)}] = {strs(l_names)};",
        "#[rustfmt::skip]",
        f"pub(crate) const HANGUL_V: [&str; {len(v_names)}] = {strs(v_names)};",
        "#[rustfmt::skip]",
        f"pub(crate) const HANGUL_T: [&str; {len(t_names)}] = {strs(t_names)};",
        "",
        "/// The prefix of the CJK unified ideographs' names.",
        f'pub(crate) const CJK_PREFIX: &str = "{CJK_PREFIX}";',
        "",
        "/// The CJK unified ideographs, as inclusive ranges.",
        "#[rustfmt::skip]",
        "pub(crate) const CJK_UNIFIED: &[(u32, u32)] = &[",
    ]
    lines += [f"    (0x{a:X}, 0x{b:X})," for a, b in cjk]
    lines += ["];", ""]
    return "\n".join(lines)


# --- the fixture --------------------------------------------------------------


def variant(rng, name):
    """The name in lower case or in a random mix of cases."""
    if rng.random() < 0.5:
        return name.lower()
    return "".join(c.lower() if rng.random() < 0.5 else c for c in name)


def fixture(names, stream, aliases, named_sequences, cjk, hangul):
    rng = random.Random(14)
    lookups = []  # queries; the expected answers come from CPython
    checks = []  # (code point, CPython's unicodedata.name or None)

    # Every 41st name of the stream (and a case variant of every 123rd), the
    # algorithmic families' ends and a sample of their insides.
    for i, (cp, name) in enumerate(stream):
        if i % 41 == 0:
            checks.append(cp)
            if i % 123 == 0:
                lookups.append(variant(rng, name))
    base = hangul[0]
    algorithmic = [(base, base + 11171)] + cjk
    for a, b in algorithmic:
        for cp in sorted({a, a + 1, b - 1, b} | set(range(a, b, 97))):
            checks.append(cp)
        lookups += [unicodedata.name(chr(a)).lower(), unicodedata.name(chr(b)).title()]
        checks += [a - 1, b + 1]
    for cp, name in stream:
        # Other families named after their code points: their ends and beyond.
        if name.endswith(f"-{cp:X}") and not unicodedata.name(chr(cp + 1), "").startswith(
            name[: name.rindex("-")]
        ):
            checks.append(cp + 1)
            lookups.append(name[: name.rindex("-")] + f"-{cp + 1:X}")
        if name.endswith(f"-{cp:X}") and not unicodedata.name(chr(cp - 1), "").startswith(
            name[: name.rindex("-")]
        ):
            checks.append(cp - 1)
            lookups.append(name[: name.rindex("-")] + f"-{cp - 1:X}")
    # Every alias, as is and in another case.
    for _, alias in aliases:
        lookups += [alias, variant(rng, alias)]
    # Named sequences: lookup() takes them, \N{...} does not.
    lookups += [n for n in named_sequences]
    # Near misses around real names.
    for i, (cp, name) in enumerate(stream):
        if i % 211 == 0:
            lookups += [
                name[:-1],
                name + "A",
                name + " ",
                " " + name,
                name.replace(" ", "  ", 1),
                name.replace(" ", "_"),
                name.replace(" ", "-", 1),
            ]
    lookups += [
        "",
        " ",
        "LATIN SMALL LETTER A WITH",
        "LATIN SMALL LETTER",
        "LATİN SMALL LETTER A",  # U+0130: no Unicode case folding
        "latın small letter a",  # U+0131
        "LATIN SMALL LETTER A\u00a0",
        "NBSP",
        "nbsp",
        "Byte Order Mark",
        "LATIN CAPITAL LETTER GHA",
        "KEYCAP NUMBER SIGN",
        "TANGUT IDEOGRAPH-17000",
        "TANGUT IDEOGRAPH-187F7",
        "TANGUT IDEOGRAPH-18D00",
        "TANGUT IDEOGRAPH-18D08",
        "TANGUT COMPONENT-000",
        "TANGUT COMPONENT-001",
        "TANGUT COMPONENT-768",
        "TANGUT COMPONENT-769",
        "tangut component-123",
        "KHITAN SMALL SCRIPT CHARACTER-18AFF",
        "NUSHU CHARACTER-1B16F",
        "CJK COMPATIBILITY IDEOGRAPH-F8FF",
        "CJK COMPATIBILITY IDEOGRAPH-FA6E",
        "cjk compatibility ideograph-2f800",
        "KAWI SIGN CANDRABINDU",  # Unicode 15
        "CJK UNIFIED IDEOGRAPH-31350",  # Unicode 15
        "CJK UNIFIED IDEOGRAPH-4DC0",
        "CJK UNIFIED IDEOGRAPH-4E00",
        "CJK UNIFIED IDEOGRAPH-04E00",
        "CJK UNIFIED IDEOGRAPH-004E00",
        "CJK UNIFIED IDEOGRAPH-4E0",
        "CJK UNIFIED IDEOGRAPH-4e0a",
        "CJK UNIFIED IDEOGRAPH-4E0A",
        "cjk unified ideograph-4e00",
        "Cjk Unified Ideograph-4E00",
        "CJK UNIFIED IDEOGRAPH-",
        "CJK UNIFIED IDEOGRAPH- 4E00",
        "CJK UNIFIED IDEOGRAPH-+4E0",
        "CJK UNIFIED IDEOGRAPH-4E00 ",
        "CJK UNIFIED IDEOGRAPH-20000",
        "CJK UNIFIED IDEOGRAPH-3134A",
        "CJK UNIFIED IDEOGRAPH-3134B",
        "CJK UNIFIED IDEOGRAPH 4E00",
        "HANGUL SYLLABLE GA",
        "HANGUL SYLLABLE GAG",
        "HANGUL SYLLABLE GGA",
        "HANGUL SYLLABLE A",
        "HANGUL SYLLABLE AG",
        "HANGUL SYLLABLE HIH",
        "HANGUL SYLLABLE YAE",
        "HANGUL SYLLABLE YAEGS",
        "HANGUL SYLLABLE ",
        "HANGUL SYLLABLE",
        "HANGUL SYLLABLE G",
        "HANGUL SYLLABLE GAX",
        "HANGUL SYLLABLE  GA",
        "HANGUL SYLLABLE GA ",
        "hangul syllable ga",
        "Hangul Syllable GA",
        "HANGUL SYLLABLE ga",
        "HANGUL CHOSEONG KIYEOK",
        "hangul choseong kiyeok",
        "NULL",
        "null",
        "NUL",
        "END OF LINE",
        "SPACE",
        "SP",
        "VS1",
        "vs256",
        "VS257",
        "GRINNING FACE",
        "grinning face",
        "GRINNING-FACE",
        "GRINNINGFACE",
    ]
    for i in range(len(hangul[1])):
        for j in range(len(hangul[2])):
            if (i * 7 + j) % 5 == 0:
                lookups.append(HANGUL_PREFIX + hangul[1][i] + hangul[2][j] + hangul[3][(i + j) % 28])
    # Code points without a name.
    checks += [0, 0x1F, 0x7F, 0x9F, 0xE000, 0xF0000, 0x10FFFF, 0x17000, 0x18D00]

    out = [
        "# Generated by generate.py with CPython 3.11: what CPython answers.",
        "# L<TAB>query<TAB>code point of \"\\N{query}\" in hex, or - if it is an error",
        "# N<TAB>code point<TAB>unicodedata.name of it, or - if it has none",
        "# D<TAB>block (code point >> 12)<TAB>names in it<TAB>FNV-1a 64 of their",
        "#     \"%X %s\\n\" % (code point, name) lines, in code point order",
        "# C<TAB>number of named code points<TAB>number of aliases",
    ]
    seen = set()
    for q in lookups:
        if q in seen:
            continue
        seen.add(q)
        assert "\t" not in q and "\n" not in q and "\\" not in q and '"' not in q
        cp = escape(q)
        out.append(f"L\t{q}\t{'-' if cp is None else f'{cp:X}'}")
    for cp in sorted(set(checks)):
        name = unicodedata.name(chr(cp), None)
        out.append(f"N\t{cp:X}\t{'-' if name is None else name}")
    blocks = {}
    for cp, name in names:
        blocks.setdefault(cp >> 12, []).append(f"{cp:X} {name}\n")
    for block, lines in sorted(blocks.items()):
        out.append(f"D\t{block:X}\t{len(lines)}\t{fnv1a64(''.join(lines).encode()):016X}")
    out.append(f"C\t{len(names)}\t{len(aliases)}")
    return "\n".join(out) + "\n"


def main():
    check_python()
    names = all_names()
    capi = cpython_capi()
    aliases = cpython_aliases(capi)
    named_sequences = cpython_private_names(capi, 0xF0200)
    assert len(named_sequences) > 400
    for n in named_sequences:
        assert escape(n) is None and len(unicodedata.lookup(n)) > 1, n

    cjk = cjk_ranges(names)
    hangul = hangul_tables(names)
    stream = [
        (cp, n) for cp, n in names if not n.startswith((CJK_PREFIX, HANGUL_PREFIX))
    ]
    # The algorithmic prefixes are matched case-sensitively, before the names.
    everything = [n for _, n in stream] + [n for _, n in aliases] + named_sequences
    assert len(set(everything)) == len(everything)
    for n in everything:
        assert not n.upper().startswith((CJK_PREFIX, HANGUL_PREFIX)), n

    names_bin = encode(stream, True)
    aliases_bin = encode(aliases, False)
    assert decode(names_bin) == stream
    assert decode(aliases_bin) == aliases
    max_len = max(len(n) for n in everything)
    assert max_len < 256

    write("data/names.bin", names_bin)
    write("data/aliases.bin", aliases_bin)
    write("src/tables.rs", rust_tables(cjk, hangul, max_len, names_bin, aliases_bin))
    write("tests/fixture.txt", fixture(names, stream, aliases, named_sequences, cjk, hangul))


if __name__ == "__main__":
    main()
