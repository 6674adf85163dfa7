# single inheritance, overriding, super(), isinstance/issubclass
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("area not implemented for " + self.name)
    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"
class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"
    def describe(self):
        return "SQUARE: " + super().describe()
class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s, s.describe())
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
sq = shapes[1]
print(isinstance(sq, Square), isinstance(sq, Rect), isinstance(sq, Shape), isinstance(sq, Circle), isinstance(sq, object))
print(issubclass(Square, Rect), issubclass(Rect, Square), issubclass(Square, (Circle, Shape)), issubclass(Shape, object), issubclass(Square, Square))
print(isinstance(sq, (int, str)), isinstance(sq, (int, Rect)), isinstance(3, (float, int)))
print(Square.__bases__, Rect.__bases__, Shape.__bases__)
print([c.__name__ for c in Square.__mro__])
print(Square.sides, Circle.sides, type(sq).__name__, type(sq).__bases__[0].__name__)
try:
    issubclass(sq, Shape)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def hello(self):
        return "base hello"
    def call_hello(self):
        return self.hello()
class Child(Base):
    def hello(self):
        return "child hello / " + super().hello()
print(Child().call_hello(), Base().call_hello())
