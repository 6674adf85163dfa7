# unpacking in for loops, comprehensions, function returns and dict iteration
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, name in pairs:
    print(num, name, end="; ")
print()
for i, (num, name) in enumerate(pairs, start=1):
    print(i, num, name[0])
data = {"a": [1, 2], "b": [3, 4, 5]}
for key, (first, *rest) in data.items():
    print(key, first, rest)
points = [(0, 0, "origin"), (1, 2, "p"), (-3, 4, "q")]
print([(x + y, label.upper()) for x, y, label in points])
print({label: (x, y) for x, y, label in points})
matrix = [[1, 2, 3], [4, 5, 6]]
for first, *middle, last in matrix:
    print(first, middle, last)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 9, 4, 1])
print(lo, hi, avg)
*_, final = stats([5, 5])
print(final)
records = [("ann", ("NYC", 10001)), ("bob", ("LA", 90001))]
for name, (city, zipcode) in records:
    print(f"{name}: {city} {zipcode}")
nested = [[(1, 2), (3, 4)], [(5, 6)]]
print([a * b for group in nested for a, b in group])
head, *tail = "x"
print(head, tail)
(a, b), [c, d] = "ab", (3, 4)
print(a, b, c, d)
for (k, v), idx in zip({"p": 1, "q": 2}.items(), range(2)):
    print(k, v, idx)
swap = [(b, a) for a, b in pairs]
print(swap)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x + y + z + w)
first, second, *others = range(10)
print(first, second, others[-1], len(others))
[p, q] = [q, p] = [1, 2]
print(p, q)
