class D:
    def __get__(self, obj, objtype=None):
        print("get called", obj is None, objtype.__name__)
        return 42 if obj is not None else self
    def __set__(self, obj, value):
        print("set", value)
        obj.__dict__["d"] = value
class C:
    d = D()
c = C()
print(c.d)
c.d = 5
print(c.d)
print(c.__dict__)
print(type(C.d).__name__)
for i in range(3):
    c.d = i
    print(c.d)
class ND:
    def __get__(self, obj, objtype=None):
        return "nd"
class E:
    x = ND()
e = E()
print(e.x, E.x)
e.x = 7
print(e.x)
del e.x
print(e.x)
class DelOnly:
    def __get__(self, obj, t=None): return "got"
    def __delete__(self, obj): print("deleting")
class G:
    y = DelOnly()
g = G()
print(g.y)
del g.y
try:
    g.y = 1
except AttributeError as ex:
    print("AttributeError", ex)
class F:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class H:
    f = F()
    g = F()
print(H.f.name, H.g.name)
class Typed:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError("need int")
        setattr(obj, self.private, value)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x; self.y = y
p = Point(1, 2)
print(p.x, p.y, p._x, sorted(vars(p)))
try: p.x = "a"
except TypeError as ex: print(ex)
class Bad:
    def __set_name__(self, o, n): raise ValueError("boom")
try:
    class K:
        b = Bad()
except RuntimeError as ex: print(type(ex).__name__, ex, repr(ex.__cause__))
class Meth:
    def __get__(self, obj, t):
        return lambda: ("bound", obj is not None)
class M:
    m = Meth()
print(M().m(), M.m())
