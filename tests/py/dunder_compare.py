# rich comparisons, reflection, sorting with __lt__, NotImplemented fallbacks
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9", "2.0", "1.2.0"]]
print(sorted(vs), max(vs), min(vs))
print(vs[1] == vs[5], vs[1] < vs[0], vs[2] < vs[1], vs[4] >= vs[0], vs[3] > vs[4], vs[1] <= vs[5])
print(sorted(vs, reverse=True), len(set(vs)))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
xs = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(xs), OnlyLt(5) > OnlyLt(2), OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
print(min(xs), max(xs))
class Weird:
    def __eq__(self, o):
        return "truthy string"
    def __ne__(self, o):
        return 0
w = Weird()
print(w == 1, w != 1, bool(w == 1))
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  Num.__lt__({self.v}, {o})")
        return self.v < o
    def __gt__(self, o):
        print(f"  Num.__gt__({self.v}, {o})")
        return self.v > o
print(Num(1) < 5)
print(5 < Num(1))
print(3 < Num(4) < 10 if False else Num(4) > 3)
print(1 < 2 < 3, 1 < 3 > 2, (1 < 2) < 3)
