# obj.name that finds a plain value on the class: the interpreter caches it
# per instruction; every change that alters what obj.name finds must show.
class Base:
    shared = "base"
    items = []

class C(Base):
    k = 5

def read(o):
    return (o.k, o.shared)

o = C()
print([read(o) for _ in range(3)])
o.k = "instance"                # the instance now shadows the class value
print(read(o))
del o.k                         # and stops shadowing it
print(read(o))
C.k = 6                         # the class value changes
print(read(o))
Base.shared = "changed base"    # so does an inherited one
print(read(o))
C.shared = "own"                # and a subclass now overrides it
print(read(o))
del C.shared
print(read(o))

class D:
    k = "D.k"
    shared = "D.shared"
o.__class__ = D                 # the instance changes class
print(read(o))
o.__class__ = C

o.items.append(1)               # a mutable class value is the same object
print(o.items, Base.items, o.items is Base.items)

class Loud:
    def __get__(self, obj, owner):
        print("Loud.__get__")
        return 42

class WithDescr:
    k = Loud()
    shared = staticmethod(lambda: "static")
    cm = classmethod(lambda cls: cls.__name__)

w = WithDescr()
for _ in range(2):
    print(w.k, w.shared(), w.cm())

class Intercept(C):
    pass
i = Intercept()
print(read(i))
Intercept.__getattribute__ = lambda self, name: "intercepted " + name
print(read(i))

# The same instruction sees objects of several classes in turn.
for obj in [C(), D(), C(), Intercept()]:
    print(type(obj).__name__, read(obj))

# Values of every kind that can sit on a class.
class Values:
    n = None; i = 1; f = 2.5; b = True; s = "s"; t = (1,); big = 2**70
    l = [1]; d = {"a": 1}; fs = frozenset({1})
v = Values()
for _ in range(2):
    print(v.n, v.i, v.f, v.b, v.s, v.t, v.big, v.l, v.d, v.fs)
v.__dict__["i"] = "via __dict__"
print(v.i)
