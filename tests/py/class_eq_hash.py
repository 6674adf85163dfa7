# __eq__ and __hash__: usage in sets and dicts
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a == c, a != c, a != b, a == (1, 2), (1, 2) == a)
s = {a, b, c}
print(len(s), Point(1, 2) in s, Point(5, 5) in s)
d = {a: "first"}
d[b] = "second"
print(d, d[Point(1, 2)])
print([a, c].index(Point(2, 1)), [a, b, c].count(Point(1, 2)), Point(2, 1) in [a, c])
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2), NoHash.__hash__ is None)
class Ident:
    pass
i1, i2 = Ident(), Ident()
print(i1 == i1, i1 == i2, i1 != i2, len({i1, i2, i1}))
class Loose:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == getattr(other, "v", other)
    __hash__ = None
print(Loose(3) == 3, 3 == Loose(3), Loose(3) == Loose(3), Loose(3) != 4)
class Always:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
print(Always() == 5, 5 == Always(), None == Always(), len({Always(), Always()}))
