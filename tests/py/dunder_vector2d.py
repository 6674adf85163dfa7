# a complete 2D vector class: arithmetic, comparison, hashing, iteration, bool, abs, format via methods
import math
class Vec:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __iter__(self):
        yield self.x
        yield self.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __add__(self, o):
        return Vec(self.x + o[0], self.y + o[1])
    __radd__ = __add__
    def __sub__(self, o):
        return Vec(self.x - o[0], self.y - o[1])
    def __rsub__(self, o):
        return Vec(o[0] - self.x, o[1] - self.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return tuple(self) == tuple(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    def rotate(self, deg):
        r = math.radians(deg)
        return Vec(round(self.x * math.cos(r) - self.y * math.sin(r), 10), round(self.x * math.sin(r) + self.y * math.cos(r), 10))
a, b = Vec(3, 4), Vec(-1, 2)
print(a, repr(b), a + b, a - b, a * 2, 2 * a, a / 2, -a, abs(a), a.dot(b))
print(a + (1, 1), (1, 1) + a, (10, 10) - a, list(a), tuple(b), len(a), a[0], a[-1])
x, y = a
print(x, y, bool(Vec()), bool(b), a == Vec(3, 4), a == (3, 4), a != b)
print(sorted([a, b, Vec(0, 1), Vec(-5, 0)]), max([a, b]), min([a, b]))
print({a, Vec(3, 4), b}.__len__(), {a: "A"}[Vec(3, 4)])
print(a.rotate(90), a.rotate(180), Vec(1, 0).rotate(45))
print(sum([a, b, Vec(1, 1)], Vec()), sum([Vec(1, 2)] * 3, Vec(0, 0)))
path = [Vec(0, 0), Vec(3, 4), Vec(3, 0), Vec(0, 0)]
print(round(sum(abs(q - p) for p, q in zip(path, path[1:])), 6))
print(f"{a}", f"{a!r}", "%s %r" % (b, b), str([a]))
