# Superinstructions for object code (`self.x = x` from two locals,
# `local.method(...)`, `return None`) and the method cache's quick "does the
# instance shadow this method?" test must behave exactly like the
# instructions they stand for.
import sys


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def nothing(self):
        return None

    def implicit(self):
        self.x += 0


p = P(3, -4)
print(p.x, p.y, p.norm1(), p.nothing(), p.implicit())


# --- self.x = x with an unbound value or object ---------------------------
def unbound_value(obj):
    if False:
        v = 1
    obj.x = v


def unbound_object(v):
    if False:
        obj = None
    obj.x = v


for f, arg in ((unbound_value, p), (unbound_object, 5)):
    try:
        f(arg)
    except UnboundLocalError as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)


# --- the store goes through __setattr__, slots, properties -----------------
class Logged:
    def __init__(self, a):
        self.a = a

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


Logged(1)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a, b):
        self.a = a
        self.b = b


try:
    Slotted(1, 2)
except AttributeError as e:
    print("AttributeError", e)


class Prop:
    def __init__(self, v):
        self.v = v

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, value):
        self._v = value


print(Prop(4).v)


def set_on(obj, value):
    obj.attr = value


for target in (1, "s", None):
    try:
        set_on(target, 1)
    except AttributeError as e:
        print("AttributeError", e)


# --- an instance attribute shadowing a method, in every order -------------
class M:
    def m(self):
        return "method"


def call_m(o):
    return o.m()


objs = [M() for _ in range(40)]
for i, o in enumerate(objs):
    if i % 7 == 3:
        o.m = lambda i=i: "instance %d" % i
print([call_m(o) for o in objs])
for o in objs:
    if "m" in o.__dict__:
        del o.m
print(set(call_m(o) for o in objs))
o = objs[0]
o.__dict__["m"] = lambda: "via __dict__"
print(call_m(o))
o.__dict__.clear()
print(call_m(o))
# Many attributes (past the small-table size) and then the shadowing one.
for k in range(40):
    setattr(o, "a%d" % k, k)
print(call_m(o))
o.m = lambda: "after forty"
print(call_m(o), o.a39)
vars(o).pop("m")
print(call_m(o))
# Names that are not interned strings.
key = "".join(["m"])
o.__dict__[key] = lambda: "built name"
print(call_m(o))


# --- a method on a local, called in a loop ---------------------------------
def total(points):
    s = 0
    for q in points:
        s += q.norm1()
    return s


print(total([P(i, -i) for i in range(10)]))


# --- return None forms ------------------------------------------------------
def r1():
    return


def r2():
    return None


def r3(flag):
    if flag:
        return None
    x = 1


def gen():
    yield 1
    return None


print(r1(), r2(), r3(True), r3(False), list(gen()))
print(sys.getrecursionlimit() > 0)
