# starred and nested unpacking in assignments, for loops and calls
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, c]] = [1, (2, 3)]
print(a, b, c)
(a, *bs), (c, d) = "xyz", [4, 5]
print(a, bs, c, d)
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
for a, *rest in [(1, 2, 3), (4,), "ab"]:
    print(a, rest)
x = y = z = 0
print(x, y, z)
x, y = y, x = 1, 2
print(x, y)
print(*[1, 2, 3], sep="-")
print(*"abc", *range(2))
print([*range(3), *"ab"], (*[1, 2],), {*"aab", *[1]} == {"a", "b", 1})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*[1, 2, 3]), f(1, *(2, 3)), f(**{"c": 3, "a": 1, "b": 2}), f(*[1], **{"b": 2, "c": 3}))
errors = []
try:
    a, b = [1, 2, 3]
except ValueError as e:
    errors.append(str(e))
try:
    a, b, c = [1, 2]
except ValueError as e:
    errors.append(str(e))
try:
    a, *b, c = [1]
except ValueError as e:
    errors.append(str(e))
try:
    a, b = 5
except TypeError as e:
    errors.append(str(e))
for e in errors:
    print(e)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
d = {}
d["k"], d["j"] = 1, 2
print(d)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
