# user-defined decorators, with and without arguments, stacked
calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result!r}")
        return result
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add("x", "y")
print(add.__name__, calls)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def bold(fn):
    return lambda *a: "<b>" + fn(*a) + "</b>"
def italic(fn):
    return lambda *a: "<i>" + fn(*a) + "</i>"
@bold
@italic
def text(s):
    return s
print(text("hey"))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def _d(x):
    return 2 * x
@register("neg")
def _n(x):
    return -x
print(sorted(registry), [registry[k](5) for k in sorted(registry)])
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.count += 1
        return fn(*a, **k)
    wrapper.count = 0
    return wrapper
@count_calls
def noop():
    pass
for _ in range(5):
    noop()
print(noop.count)
class Tagged:
    pass
def add_tag(cls):
    cls.tag = "tagged:" + cls.__name__
    return cls
Tagged = add_tag(Tagged)
print(Tagged.tag)
