# defaults, keyword arguments, *args, **kwargs
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(a=1), collect(1, b=2, c=3))
print(collect(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
def mixed(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
print(mixed(a=0, c=0, z=1))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
counter = 10
def uses_default(v=counter):
    return v
counter = 20
print(uses_default())
errors = [lambda: greet(), lambda: greet("a", "b", "c", "d"), lambda: greet("a", name="b"),
          lambda: greet("a", bogus=1), lambda: mixed(1), lambda: collect(**{1: 2})]
for fn in errors:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
def kw_only(*, key, flag=False):
    return key, flag
print(kw_only(key=1), kw_only(flag=True, key=2))
try:
    kw_only(1)
except TypeError as e:
    print("TypeError:", e)
print(greet.__name__, mixed.__name__)
