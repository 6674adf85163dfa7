# super() in various forms, object() identity, and object's default methods
class Base:
    def __init__(self, x):
        self.x = x
    def show(self):
        return f"Base.show x={self.x}"
    @classmethod
    def make(cls, x):
        return cls(x)
    @staticmethod
    def util():
        return "Base.util"
    def __repr__(self):
        return f"{type(self).__name__}({self.x})"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def show(self):
        return "Mid.show / " + super().show()
    @classmethod
    def make(cls, x):
        obj = cls(x, x * 10)
        return obj
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
    def show(self):
        return "Leaf.show / " + super(Leaf, self).show()
    def skip_mid(self):
        return super(Mid, self).show()
    def util_via_super(self):
        return super().util()
l = Leaf()
print(l, l.x, l.y, l.show())
print(l.skip_mid(), l.util_via_super(), Mid.make(3), Mid.make(3).y)
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, type(o1) is object, isinstance(l, object), issubclass(Leaf, object))
print(o1.__class__.__name__, object.__name__, Leaf.__mro__[-1] is object)
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), bool(p), hash(p) == hash(p), str(p) == repr(p))
print(type(super(Leaf, l)).__name__)
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), B().who(), super(B, D()).who(), super(C, D()).who())
def outside(self):
    return "outside function called on " + type(self).__name__
A.outside = outside
print(D().outside())
try:
    super(D, A()).who()
except TypeError as e:
    print("TypeError:", e)
