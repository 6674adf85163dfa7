# alternate constructors with classmethod, registries, and polymorphic factories
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    @staticmethod
    def valid(s):
        try:
            y, m, d = map(int, s.split("-"))
        except ValueError:
            return False
        return 1 <= m <= 12 and 1 <= d <= 31
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"
class FancyDate(Date):
    def __str__(self):
        return f"{self.d}/{self.m}/{self.y}"
print(Date.from_string("2024-03-15"), FancyDate.from_string("1999-12-31"), str(FancyDate.from_tuple((2000, 1, 2))))
print([Date.valid(s) for s in ["2024-01-01", "2024-13-01", "nope", "1-1-1"]], FancyDate.valid("2020-02-30"))
class Shape:
    registry = {}
    @classmethod
    def register(cls, kind):
        def deco(sub):
            cls.registry[kind] = sub
            return sub
        return deco
    @classmethod
    def create(cls, kind, *args):
        if kind not in cls.registry:
            raise ValueError(f"unknown shape {kind!r}")
        return cls.registry[kind](*args)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 3)
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
Shape.register("circle")(Circle)
Shape.register("square")(Square)
for kind, arg in [("circle", 2), ("square", 3), ("hexagon", 1)]:
    try:
        sh = Shape.create(kind, arg)
        print(kind, type(sh).__name__, sh.area())
    except ValueError as e:
        print("ValueError:", e)
print(sorted(Shape.registry), Circle.registry is Shape.registry)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
    @classmethod
    def how_many(cls):
        return cls.instances
class SubCounter(Counter):
    instances = 0
Counter(); Counter(); SubCounter()
print(Counter.how_many(), SubCounter.how_many())
