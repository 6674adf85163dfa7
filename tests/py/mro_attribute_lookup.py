# attribute lookup order through the MRO: class attrs, overriding, shadowing
class A:
    x = "A.x"
    y = "A.y"
    def m(self):
        return "A.m"
class B(A):
    x = "B.x"
class C(A):
    y = "C.y"
    def m(self):
        return "C.m"
class D(B, C):
    pass
d = D()
print(d.x, d.y, d.m())
print([k.__name__ for k in D.__mro__])
d.x = "instance x"
print(d.x, D.x, B.x)
del d.x
print(d.x)
B.x = "B.x changed"
print(d.x)
del B.x
print(d.x)
C.m = lambda self: "patched C.m"
print(d.m())
def new_method(self):
    return "added later to " + type(self).__name__
A.later = new_method
print(d.later(), B().later())
class Left:
    def hello(self):
        return "left"
class Right:
    def hello(self):
        return "right"
    def only_right(self):
        return "only right"
class Both(Left, Right):
    pass
class Both2(Right, Left):
    pass
print(Both().hello(), Both2().hello(), Both().only_right())
print(hasattr(Both, "only_right"), getattr(Both2(), "hello")())
print(type(d).__mro__[1].__name__, len(D.__mro__))
