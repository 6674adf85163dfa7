# repr() and format() across builtin types, nested containers
objs = [0, -1, 2**70, 0.5, -1e-7, 1e22, "s", "it's", 'q"', "\n", b"by", b"\x00'", [], [1, [2, [3]]], (), (1,), (1, 2),
        {}, {"a": [1, {"b": (2,)}]}, set(), {1}, frozenset(), frozenset({2}), None, True, range(3), range(1, 10, 2),
        slice(1, 2), slice(None, 5, None), [None, True, 1.0, "x"], {1: {2: {3: {}}}}, ((),), [[]], ("",)]
for o in objs:
    print(repr(o), "|", str(o))
print(format(3.14159, ".2f"), format(42, "05d"), format("s", "^5"), format(0.5, "%"), format(1234567, ",d"))
print(format(True), format(None), format([1]), format(2.0), format(-0.0), format(1e100))
print(repr(repr("x")), str(str("x")), repr(str(1)), str(repr(1)))
class C:
    def __repr__(self):
        return "C()"
print(repr([C(), C()]), str((C(),)), repr({"k": C()}), f"{[C()]}")
r = []
r.append(r)
print(r, repr(r))
d = {}
d["self"] = d
print(d)
