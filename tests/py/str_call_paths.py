# str(x) for the values the interpreter converts directly (ints) and for
# everything that still takes str.__new__ (objects with __str__, errors).
for i in [0, 7, -7, 10, -10, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, -2**80, True, False]:
    print(str(i), len(str(i)), repr(str(i)))
print(str(1.5), str(-0.0), str(1e300), str(None), str("text"), str(b"ab"), str([1, "a"]))

class WithStr:
    def __str__(self):
        return "custom"

class BadStr:
    def __str__(self):
        return 42

class MyStr(str):
    pass

print(str(WithStr()), type(str(MyStr("sub"))).__name__, str(MyStr("sub")))
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(str(), str(object="kw"), str(b"caf\xc3\xa9", "utf-8"))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)

def shadowed():
    str = lambda x: "shadow:" + repr(x)
    return str(5)
print(shadowed())

# The same call site sees different kinds of argument.
for v in [1, "s", WithStr(), 2.5, -3]:
    print(str(v))

# An exception from __str__ propagates out of the call site.
class Raises:
    def __str__(self):
        raise ValueError("no text")
try:
    str(Raises())
except ValueError as e:
    print("ValueError:", e)
print(f"{12345}", "%s" % -99, "{}".format(2**62))
