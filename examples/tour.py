# A short tour of what Weft runs: classes, generators, closures, exceptions.
import math
from collections import Counter


class Shape:
    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def counter(start):
    count = start

    def step():
        nonlocal count
        count += 1
        return count

    return step


shapes = sorted([Circle(1), Square(2), Circle(0.5)], key=lambda s: s.area())
print(shapes)
gen = fibonacci()
print([next(gen) for _ in range(12)])
tick = counter(10)
print(tick(), tick(), tick())
print(Counter("mississippi").most_common(2))
print(2 ** 100, 7 // -2, -7 % 3, round(2.675, 2), 0.1 + 0.2)
try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
