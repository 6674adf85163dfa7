# indexing and slicing strings, including unicode code points
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6])
print(s[:5], s[7:], s[-6:-1], s[::2], s[::-1], s[1:10:3], s[10:1:-2], s[:], s[100:], s[-100:3])
print(s[5:2], repr(s[5:2]), s[::-3], s[-1:-8:-1], s[3:-3])
try:
    s[13]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-14]
except IndexError as e:
    print("IndexError:", e)
u = "naïve café ☕ 日本語 😀!"
print(len(u), u[2], u[11], u[13], u[-2], u[13:16], u[::-1])
print([c for c in u if ord(c) > 127])
print([ord(c) for c in "aé☕😀"], chr(233), chr(9749), chr(128512), chr(0x41))
print(u.upper(), u.find("日"), u.index("😀"))
e = "😀😃😄"
print(len(e), e[1], e[1:], e * 2)
try:
    s[0] = "h"
except TypeError as e2:
    print("TypeError:", e2)
for i, c in enumerate("abc"):
    print(i, c, end="; ")
print()
print("abc" * 3, 3 * "ab", "x" * 0, "x" * -1, "ab" + "cd")
print(min("hello"), max("hello"), sorted("hello"), list("hi"), tuple("hi"))
print(s[slice(0, 5)], s[slice(None, None, -1)], slice(1, 5, 2))
