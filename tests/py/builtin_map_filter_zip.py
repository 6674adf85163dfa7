# map, filter, zip, enumerate
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(lambda x: x * 2, range(4))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(int, "1 2 3".split())))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(str.isupper, "aBcD")))
print(list(zip([1, 2, 3], "abc")), list(zip(range(5), "ab")), list(zip()), list(zip([1])), dict(zip("xyz", range(3))))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), dict(enumerate("xy", start=10)))
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f))
z = zip("ab", "cd")
print(type(z).__name__, next(z), next(z), next(z, "end"))
e = enumerate("q")
print(type(e).__name__, next(e), next(e, None))
calls = []
def tracked(x):
    calls.append(x)
    return x
lazy = map(tracked, [1, 2, 3])
print(calls, next(lazy), calls)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)], list(map(sum, matrix)), list(map(sum, zip(*matrix))))
for i, (a, b) in enumerate(zip("xy", [10, 20])):
    print(i, a, b)
names = ["ann", "bob"]
ages = [30, 25]
print(sorted(zip(ages, names)), {n: a for n, a in zip(names, ages)})
