print("x".__add__("y"), (5).__add__(3), int.__add__(1, 2), [1].__add__([2]), (1.5).__round__(), (2.675).__round__(2))
print((5).__add__(1.5), (1.5).__add__(5), (5).__radd__(3), (5).__sub__(2), (5).__rsub__(2), (7).__floordiv__(2), (7).__truediv__(2))
print((5).__mul__("ab"), "ab".__mul__(3), "ab".__rmul__(2), [1].__mul__(2), (1,).__add__((2,)), b"a".__add__(b"b"))
print((3).__neg__(), (3).__invert__(), (-3).__abs__(), (2.5).__neg__(), (-2.5).__abs__(), (3.7).__trunc__(), (3.7).__floor__(), (3.2).__ceil__(), (-3.7).__int__())
print((5).__and__(3), True.__and__(False), (5).__lshift__(2), (0).__bool__(), (2.5).__float__(), (7).__float__(), (5).__pow__(2), (2).__rpow__(3))
print({1, 2}.__or__({3}), {1, 2}.__and__({2}), {1, 2}.__or__([3]), {"a": 1}.__or__({"b": 2}), {"a": 1}.__or__([1]))
print("%s!".__mod__("hi"), "a".__rmod__(3))
l = [1]; print(l.__iadd__([2]), l, l.__imul__(2), l)
s = {1}; print(s.__ior__({2}), s, s.__ior__([3]))
for f in [lambda: "s".__add__(1), lambda: [1].__add__((2,)), lambda: [1].__mul__("a")]:
    try: f()
    except TypeError as e: print(e)
class MyInt(int):
    def __add__(self, other):
        return "my" + str(super().__add__(other))
print(MyInt(3) + 4, MyInt(3).__add__(4), 4 + MyInt(3))
class MyList(list):
    def __add__(self, other):
        return MyList(super().__add__(other))
print(MyList([1]) + [2], type(MyList([1]) + [2]).__name__)
print(sum([1, 2, 3]), round(2.5), round(3.5), abs(-2), -(5), 2 ** 10, divmod(7, 2))
import math
print(math.trunc(3.9), math.floor(-1.5), math.ceil(1.2))
class N:
    def __pow__(self, e, m=None): return ("pow", e, m)
print(pow(N(), 2, 5), pow(N(), 3), N() ** 2)
