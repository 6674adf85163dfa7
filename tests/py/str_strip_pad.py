# strip family, padding, centering, zfill, expandtabs
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHELLOcba".strip("abc")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abcd".center(9, "-")), repr("abc".center(2)))
print(repr("abc".ljust(6)), repr("abc".rjust(6)), repr("abc".ljust(6, ".")), repr("abc".rjust(6, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(2)))
print(repr("prefix_name".removeprefix("prefix_")), repr("name.py".removesuffix(".py")), repr("abc".removeprefix("x")))
for w in ["a", "bb", "ccc", "dddd"]:
    print("|" + w.ljust(5) + "|" + w.rjust(5) + "|" + w.center(5) + "|")
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
print(repr("\n\n  text\n".strip("\n")), repr("  ".strip()), repr("".strip()))
