# unicode strings: len, iteration, ord/chr, encode/decode
s = "Grüße, 世界! 😀"
print(s, len(s))
print([c for c in s])
print([hex(ord(c)) for c in s])
b = s.encode("utf-8")
print(b, len(b))
print(b.decode("utf-8") == s, b.decode())
print("abc".encode("ascii"), b"abc".decode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
print(chr(0), repr(chr(0)), chr(127), repr(chr(127)), chr(160), repr(chr(160)))
print(repr(chr(0x10FFFF)), ord("\U0001F600"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print("ÀÉÎ".lower(), "àéî".upper(), "ﬁ".upper(), "ǅ".lower())
print(sorted("zäaö"), "ä" > "z")
print("日本語".center(9, "*"), "日本"[::-1], "語" in "日本語")
print(s.replace("😀", ":)"), s.split(", "))
print(str(len("👍🏽")), [ord(c) for c in "👍🏽"])
