print("abc".startswith("", 5), "abc".endswith("", 5), "abc".count("", 5), "abc".startswith("", 3), "abc".endswith("", 3), "abc".count("", 3))
print("abc".find("", 5), "abc".find("", 3), "abc".index("", 3), "abc".rfind("", 5), "abc".count("", 2), "abc".count("", -1), "abc".startswith(("x", ""), 4))
print("abc".startswith("", 2, 1), "abc".count("", 2, 1), "".count(""), "abc".count(""))
print([c.isspace() for c in "\x1c\x1d\x1e\x1f\x85\xa0 \t"])
print("a\x1cb\x1dc\x1ed\x1ff".split())
print("\u0345".isalpha(), "\u0345".isalnum(), "a\u0301".isalpha(), "\u0300".isalpha(), "ǅ".isalpha(), "Ⅻ".isalpha())
print("ſ".casefold(), "µ".casefold(), "ß".casefold(), "ﬁ".casefold(), "ΣΑΣ".casefold(), "İ".casefold())
print(repr("\u0378"), repr("\u0377"), repr("\ue000"), repr("\U000e0001"), repr("\u00ad"), repr("\u200b"), repr("\U0001f600"), repr("\u2028"))
print(ascii("\u0378"), "\u0378".isprintable(), "\u00ad".isprintable())
print(int("٣"), int("١٢٣"), int(" \u2003٤٥\u3000"), int("٣", 16), "٣".isdecimal(), "²".isdigit(), "½".isnumeric(), "²".isdecimal())
try: int("٣x")
except ValueError as e: print(e)
print("abc\x1c".strip(), repr("\x1cabc\x1f".strip()), "a\x1fb".rsplit(), "Ⅻ".isnumeric(), "\u0345".isprintable())
cps = [cp for cp in range(0, 0x32000, 61) if not 0xd800 <= cp < 0xe000]
for name, f in [("alpha", str.isalpha), ("alnum", str.isalnum), ("print", str.isprintable), ("space", str.isspace),
                ("dec", str.isdecimal), ("digit", str.isdigit), ("num", str.isnumeric),
                ("upper", str.isupper), ("lower", str.islower)]:
    hits = [cp for cp in cps if f(chr(cp))]
    print(name, len(hits), sum(hits) % 1000003)
folded = [cp for cp in range(0, 0x1ff00, 3) if not 0xd800 <= cp < 0xe000 and chr(cp).casefold() != chr(cp).lower()]
print("fold", folded, [chr(cp).casefold() for cp in folded][:20])
print(repr("".join(chr(cp) for cp in range(0x370, 0x380))))
