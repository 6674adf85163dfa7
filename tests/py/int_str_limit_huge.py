# Writing a huge int in decimal is refused at once (the digit count is
# bounded from its bit length), not after converting it.
x = 1 << (2**25)
for convert in (str, repr, lambda v: "%d" % v, lambda v: f"{v}", lambda v: format(v, ",d"), lambda v: "{:_}".format(v)):
    try:
        convert(x)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        convert(-x)
    except ValueError as e:
        print(type(e).__name__, e)
print(x.bit_length(), len(hex(x)))
# Right at the limit: 4300 digits pass, 4301 do not.
print(len(str(10**4299)))
try:
    str(10**4300)
except ValueError as e:
    print("4301 digits:", e)
# json writes ints as int.__repr__ does, with the same limit.
import json
for v in (x, [1, -x], {"k": x}):
    try:
        json.dumps(v)
    except ValueError as e:
        print("json:", e)
print(json.dumps(10**4299)[:5])
# Reading a long literal is refused before converting it; invalid text is
# still an invalid literal whatever its length.
for text in ("7" * 10**6, "-" + "7" * 4301, "7" * 10**6 + "x", "0x" + "f" * 10**5):
    try:
        print(int(text).bit_length() if text.startswith("0x") is False else int(text, 0).bit_length())
    except ValueError as e:
        print(str(e)[:90])
# Where the digits end: spaces, underscores, a sign, other bases.
for t in ("  " + "7"*4301 + "  ", "7_" * 4301 + "7", "+" + "1"*5000, "1"*5000 + "__", "0"*5000, "_" + "1"*5000, "1"*4300, "٣"*5000):
    try:
        print(len(str(int(t))))
    except ValueError as e:
        print(str(e)[:80])
for b in (3, 36, 16, 0):
    try:
        print(int("1"*5000, b).bit_length())
    except ValueError as e:
        print(b, str(e)[:80])
