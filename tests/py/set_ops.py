# set operations and methods
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference([1]), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a > a, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.update([5, 6], {7})
print(s)
s.discard(100)
s.discard(5)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p, s)
s.clear()
print(s, set(), bool(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c |= {4}
c &= {2, 3, 4}
c -= {3}
c ^= {9, 2}
print(c)
print(set("hello"), set([3, 1, 2, 1]), set(range(5)), {x % 3 for x in range(10)})
print(sorted({"pear", "apple", "fig"}), 3 in a, 9 not in a)
d = a.copy()
d.add(99)
print(a == d, a != d, {1, 2} == {2, 1}, {1} == frozenset({1}))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print({"apple", "banana", "cherry"})
print({1, 2, 3, 100, -5, 64, 33})
print(set(["b", "a", "c", "d"]), {"x"} | {"y", "z"})
