# exceptions raised inside comprehensions, generator expressions, lambdas and sort keys
def risky(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * 10
try:
    print([risky(x) for x in range(5)])
except ValueError as e:
    print("list comp:", e)
try:
    print({x: risky(x) for x in range(5)})
except ValueError as e:
    print("dict comp:", e)
g = (risky(x) for x in range(5))
got = []
try:
    for v in g:
        got.append(v)
except ValueError as e:
    print("genexpr:", e, got)
try:
    sorted([3, 1, "a"], key=lambda v: v + 1)
except TypeError as e:
    print("sort key:", e)
try:
    list(map(lambda s: int(s), ["1", "2", "x"]))
except ValueError as e:
    print("map:", e)
try:
    max([1, 2, 3], key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print("max key:", e)
def safe(fn, default=None):
    def inner(*a):
        try:
            return fn(*a)
        except Exception as e:
            return f"{default}<{type(e).__name__}>"
    return inner
print([safe(risky, "err")(x) for x in range(5)])
print([safe(lambda s: s.upper())(v) for v in ["a", None, "b"]])
results = []
for x in ["10", "0", "abc", "5"]:
    try:
        results.append(100 // int(x))
    except (ValueError, ZeroDivisionError) as e:
        results.append(type(e).__name__)
print(results)
try:
    [y for y in range(3) if y / (y - 1) > 0]
except ZeroDivisionError as e:
    print("filter clause:", e)
try:
    any(10 / x for x in [1, 2, 0])
except ZeroDivisionError:
    print("any() never reached 0")
print(any(10 / x > 4 for x in [1, 2, 0]))
