# thousands separators, format() builtin, str/repr choices in containers
for n in [0, 999, 1000, -1000, 123456789, 10**12, -(2**64)]:
    print(format(n, ","), format(n, "_"), f"{n:>20,}", f"{n:_^20}")
for v in [1234.5, -9876543.21, 0.5, 1e9]:
    print(format(v, ",.2f"), format(v, "_.3f"), f"{v:,}", f"{v:,.0f}")
print(f"{0xFFFFFFFF:_x}", f"{0b11110000:_b}", f"{0o7777:_o}")
print(format(123), format("s"), format(None), format([1, 2]), format(1.0))
print(format(42, ""), format(42.0, ""), format(-0.0, ""))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
    def __repr__(self):
        return "Money(%d)" % self.cents
m = Money(12345)
print(m, str(m), repr(m), [m], (m,), {"m": m})
print(f"{m}", f"{m!r}", f"{m!s:>12}", "%s %r" % (m, m), "{} {!r}".format(m, m))
print(format(m, ""), f"{str(m):*^14}")
try:
    format(m, ">10")
except TypeError as e:
    print("TypeError:", e)
print(str(1.0), str([1.0, "a", None]), repr((1, "b")), str({"a": [1, 2.5]}))
print(str(b"ab"), repr(b"a'b"), str([b"x"]))
