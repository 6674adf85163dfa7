# collections.namedtuple: fields, defaults, _replace, _asdict, _fields, unpacking
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (3, 4), p == Point(3, 4), isinstance(p, tuple))
print(p._replace(x=10), p, p._asdict(), Point._fields)
Person = namedtuple("Person", "name age city", defaults=["unknown"])
a = Person("Ann", 30)
b = Person(name="Bob", age=25, city="Rome")
print(a, b, a.city, Person._fields)
people = [a, b, Person("Cy", 35, "Oslo")]
print(sorted(people, key=lambda p: p.age), max(people, key=lambda p: p.age).name)
print([p.name for p in people if p.age > 26])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
Color = namedtuple("Color", "r, g, b")
c = Color(255, 128, 0)
print(c, "#%02x%02x%02x" % c, Color._make([1, 2, 3]), sum(c))
print(hash(Point(1, 2)) == hash((1, 2)), {Point(1, 2): "pt"}[(1, 2)], Point(1, 2) < Point(1, 3))
P3 = namedtuple("P3", ["x", "y", "z"])
pts = [P3(1, 2, 3), P3(-1, 0, 5)]
print([pt._asdict() for pt in pts], P3(*range(3)), P3(**{"x": 1, "y": 1, "z": 1}))
print(type(p).__name__, p.count(3), p.index(4), repr(Point(x=1.5, y=None)))
