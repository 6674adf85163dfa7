# Calls with keyword arguments: the interpreter binds the common shapes
# directly; errors and unusual signatures take the general route.
def f(a, b=2, *, c=3):
    return (a, b, c)

def g(a, b, c):
    return a * 100 + b * 10 + c

def kwonly_required(a, *, k):
    return (a, k)

def posonly(a, b=5, /, c=6):
    return (a, b, c)

def capture(x, y=1):
    def inner():
        return x + y
    return inner()

print(f(1, c=4), f(a=1), f(1, b=9), f(b=8, a=7), f(c=0, b=1, a=2))
print(g(1, 2, c=3), g(1, c=3, b=2), g(c=1, b=2, a=3))
print(kwonly_required(1, k=2), kwonly_required(a=3, k=4))
print(posonly(1, c=2), posonly(1, 2, c=3))
print(capture(x=10), capture(5, y=6))

def expect_type_error(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

expect_type_error(lambda: f(1, a=2))
expect_type_error(lambda: f(1, d=2))
expect_type_error(lambda: g(1, c=3))
expect_type_error(lambda: kwonly_required(1))
expect_type_error(lambda: posonly(a=1))
expect_type_error(lambda: f(1, 2, 3, c=4))
expect_type_error(lambda: g(1, 2, 3, c=4))

class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x, self.y, self.label = x, y, label
    def moved(self, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy, label=self.label + "'")
    def __repr__(self):
        return f"{self.label}({self.x}, {self.y})"

p = Point(1, label="a")
print(p, p.moved(dy=2), p.moved(dx=1, dy=1).moved(dx=-5))

def many(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17=17, *, a18=18):
    return a1 + a17 + a18
print(many(*range(16), a18=100), many(*range(16), a17=0))

def kwdefault_changed(*, k=1):
    return k
print(kwdefault_changed())
kwdefault_changed.__kwdefaults__ = {"k": 99}
print(kwdefault_changed(), kwdefault_changed(k=5))
kwdefault_changed.__kwdefaults__ = None
expect_type_error(kwdefault_changed)

def varargs(*args, k=0, **rest):
    return (args, k, sorted(rest.items()))
print(varargs(1, 2, k=3, z=4), varargs(z=1))

# One call site, alternating functions.
for fn in (f, capture, f):
    print(fn(1, b=2) if fn is f else fn(1, y=2))

# Recursion with keywords.
def depth(n, *, acc=0):
    return acc if n == 0 else depth(n - 1, acc=acc + n)
print(depth(50))
