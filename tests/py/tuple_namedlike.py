# tuples as records, sorting and unpacking
people = [("Ann", 31, "NYC"), ("Bob", 25, "LA"), ("Cid", 31, "SF"), ("Dee", 19, "NYC")]
for name, age, city in people:
    print(f"{name:5}{age:4} {city}")
oldest = max(people, key=lambda p: p[1])
youngest = min(people, key=lambda p: p[1])
print(oldest, youngest)
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
print(sorted(people, key=lambda p: (-p[1], p[0])))
coords = [(0, 0), (3, 4), (-1, 1), (2, -2)]
dists = [(x * x + y * y, (x, y)) for x, y in coords]
print(sorted(dists))
print(tuple(sorted(coords)))
pt = (3, 4)
x, y = pt
print(x, y, pt == (3, 4), pt != (4, 3))
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a, b, c, d, e)
print(tuple(zip((1, 2, 3), "abc")), dict(((1, "a"), (2, "b"))))
