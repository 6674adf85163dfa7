# lambdas, functions as values, higher-order functions
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "noargs")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(sym, ops[sym](12, 4))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(dbl, 10, 1), apply_n(lambda s: s + "!", 3, "hi"))
funcs = [square, inc, dbl, abs, str, len]
print([f(-3) if f is not len else f("abc") for f in funcs])
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
print(square.__name__, compose.__name__, (lambda: 0).__name__)
def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__name__, callable(outer), callable(5))
table = [(f.__name__, f(16)) for f in (abs, hex, oct, bin, str)]
print(table)
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
print((lambda x: (lambda y: x * y))(6)(7))
