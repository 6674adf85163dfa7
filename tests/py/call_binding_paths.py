# Calls bind their arguments through shortcuts for the common shapes
# (positional arguments with defaults, keyword-only parameters left to
# their defaults, closures and parameters captured by inner functions):
# they must bind exactly as the general route and CPython do.


def defaults(a, b=2, c=[3]):
    return (a, b, c)


print(defaults(1), defaults(1, 20), defaults(1, 20, 30))
shared = defaults(0)[2]
shared.append(4)
print(defaults(5))  # the default list is one object, shared by calls


def kwonly(a, b=2, *, c=3, d="d"):
    return (a, b, c, d)


print(kwonly(1), kwonly(1, 2), kwonly(1, c=30), kwonly(1, d=None, b=0))


def kwonly_required(a, *, c):
    return (a, c)


for call in (lambda: kwonly_required(1), lambda: kwonly_required(1, c=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
for call in (lambda: defaults(), lambda: defaults(1, 2, 3, 4), lambda: kwonly(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def counter(start=0):
    n = start  # a cell: captured below

    def bump(step=1):
        nonlocal n
        n += step
        return n

    return bump


c = counter()
print(c(), c(), c(10), counter(100)())


def captured_param(x, y=5):
    # Both parameters seed cells.
    return lambda: (x, y)


print(captured_param(1)(), captured_param(1, 2)())


def make_adders():
    return [lambda v, k=k: v + k for k in range(3)]


print([f(10) for f in make_adders()])


def gen_with_defaults(n, step=2, *, scale=10):
    for i in range(0, n, step):
        yield i * scale


print(list(gen_with_defaults(5)), list(gen_with_defaults(5, 1, scale=1)))


def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc + n)


print(rec(200))


class K:
    def method(self, x=1, *, y=2):
        return (x, y)

    def closure_method(self, z=3):
        return lambda: (self.__class__.__name__, z)


k = K()
print(k.method(), k.method(5), K.method(k, y=7), k.closure_method()())
defaults.__defaults__ = (7, 8)
print(defaults(1))
kwonly.__kwdefaults__ = {"c": "C"}
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
kwonly.__kwdefaults__ = {"c": "C", "d": "D"}
print(kwonly(1))
