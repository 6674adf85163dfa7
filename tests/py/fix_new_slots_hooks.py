class S:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
print(S() is S())
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
p = P(1, 2)
print(p, type(p).__name__, p[0], len(p), isinstance(p, tuple))
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(5), I(5) + 1, type(I(5)).__name__)
class U(str):
    def __new__(cls, s):
        obj = str.__new__(cls, s.upper())
        obj.extra = 1
        return obj
u = U("abc"); print(u, u.extra, u + "x")
class Other:
    def __new__(cls, *a):
        return 42
    def __init__(self, *a):
        print("never")
print(Other(1, 2))
class WithArgs:
    def __new__(cls, a, b=2, *, c=3):
        o = object.__new__(cls)
        o.sum = a + b + c
        return o
    def __init__(self, a, b=2, *, c=3):
        print("init args", a, b, c)
w = WithArgs(1, c=10); print(w.sum)
class NoInit:
    def __new__(cls, x):
        o = super().__new__(cls); o.x = x; return o
print(NoInit(3).x)
class Sub(S): pass
print(type(Sub()).__name__)
class A: pass
for f in [lambda: object.__init__(A(), 1), lambda: A(1)]:
    try: f()
    except TypeError as e: print(e)
class B:
    def __init__(self, x): pass
try: object.__init__(B(1), 1)
except TypeError as e: print(e)
class Base:
    subs = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class X(Base, tag="x"): pass
class Y(X): pass
print(Base.subs, X.tag, Y.tag)
try:
    class R(foo=1): pass
except TypeError as e: print(e)
class V:
    __slots__ = ("x",)
v = V()
v.x = 1
try:
    v.z = 3
    print("no error")
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(v, "__dict__"), v.x)
try: V().x
except AttributeError as e: print(e)
class V2(V):
    __slots__ = ["y"]
v2 = V2(); v2.x = 1; v2.y = 2
try: v2.w = 0
except AttributeError as e: print(e)
class V3(V): pass
v3 = V3(); v3.w = 5; print(v3.w, hasattr(v3, "__dict__"))
class V4:
    __slots__ = ("a", "__dict__")
v4 = V4(); v4.q = 1; print(v4.q)
class T:
    def __getattribute__(self, key):
        print("ga", key)
        return 5
t = T()
print(t.anything)
class T2:
    def __init__(self): self.real = 1
    def __getattribute__(self, key):
        if key.startswith("x"): raise AttributeError(key)
        return object.__getattribute__(self, key)
    def __getattr__(self, key):
        return "fallback " + key
t2 = T2(); print(t2.real, t2.xyz, t2.missing if False else "")
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, key, value):
        self.log.append(key)
        super().__setattr__(key, value)
    def __delattr__(self, key):
        self.log.append("del " + key)
        super().__delattr__(key)
t = Tracked()
t.y = 1
del t.y
print(t.log, hasattr(t, "y"))
