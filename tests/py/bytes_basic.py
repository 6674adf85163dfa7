# basic bytes: literals, len, indexing, slicing, repr, encode/decode
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b"", b"\x00\xff", b"a'b", b'a"b', b"tab\there\n", b"\\")
print(list(b"abc"), [c for c in b"AZ"], bytes([72, 105]), bytes(3))
print(b == b"hello", b != b"world", b < b"help", b + b" world", b * 2)
print(b"ll" in b, 104 in b, b.decode(), b.decode("ascii"), b.decode("utf-8"))
s = "héllo wörld ✓"
e = s.encode("utf-8")
print(e, len(e), e.decode("utf-8"), e.decode() == s)
print("abc".encode(), "abc".encode("ascii"), "".encode())
print(str(b"x"), bytes("ab", "utf-8"), b[1:4].decode(), len(b"\xe2\x9c\x93".decode()))
for x in b"hi!":
    print(x, chr(x))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)
print(isinstance(b, bytes), type(b).__name__, bool(b""), bool(b"\x00"))
print({b"k": 1}[b"k"], sorted([b"b", b"a", b"ab"]))
