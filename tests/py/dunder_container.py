# container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.cells[r][c]
        return self.cells[key]
    def __setitem__(self, key, value):
        r, c = key
        self.cells[r][c] = value
    def __delitem__(self, key):
        r, c = key
        self.cells[r][c] = None
    def __contains__(self, value):
        return any(value in row for row in self.cells)
    def __iter__(self):
        for row in self.cells:
            yield from row
    def __repr__(self):
        return "\n".join(" ".join(str(v) for v in row) for row in self.cells)
g = Grid(3, 2)
g[0, 1] = 5
g[1, 2] = 7
print(g)
print(len(g), g[0, 1], g[1], 7 in g, 9 in g, list(g), sum(g), max(g))
del g[0, 1]
print(g[0], None in g)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
s = Seq(6)
print(list(s), s[2], s[-1], s[1:4], s[::-2], 16 in s, 17 in s, len(s), bool(Seq(0)))
for i, v in enumerate(s):
    print(i, v, end=" | ")
print()
a, b, *rest = s
print(a, b, rest, sorted(s, reverse=True), list(reversed(s)))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
class DefaultDict:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data.get(k, f"<no {k}>")
    def __setitem__(self, k, v):
        self.data[k] = v
dd = DefaultDict()
dd["a"] = 1
dd["b"] = dd["a"] + 1
print(dd["a"], dd["b"], dd["zzz"], dd.data)
