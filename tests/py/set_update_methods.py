# in-place set methods and comparisons between set and frozenset
a = {1, 2, 3, 4, 5}
a.intersection_update({2, 3, 4, 9})
print(a)
a.difference_update([3])
print(a)
a.symmetric_difference_update({4, 6, 7})
print(a)
a.update("ab", (10,))
print(sorted(a, key=str))
s = set()
for word in "to be or not to be that is the question".split():
    s.add(word)
print(sorted(s), len(s))
print({1, 2} < {1, 2, 3} and not {1, 2} < {1, 2}, {1, 2, 3} > {3}, frozenset({1}) <= {1, 2})
print({1, 2} | frozenset({3}), frozenset({1, 2}) | {3}, {1, 2} == frozenset({2, 1}))
x = {i * i % 7 for i in range(20)}
print(x, sorted(x), min(x), max(x), sum(x))
letters = set("hello world")
letters.discard(" ")
print(sorted(letters), "".join(sorted(letters)), len(letters))
print(set().union(), set().union([1], [2, 3]), set([1]).intersection(), {1, 2}.difference())
seen = set()
dups = [n for n in [1, 3, 1, 4, 3, 5, 9, 5] if n in seen or seen.add(n)]
print(dups, sorted(seen))
big = set(range(1000))
evens = {n for n in big if n % 2 == 0}
print(len(big - evens), len(big & evens), 998 in evens, 999 in evens)
print(sorted({(1, 2), (2, 1), (1, 2)}), {None, True, 0, ""} == {None, True, 0, ""})
fs = frozenset([3, 1, 2])
print(fs, sorted(fs | {0}), fs.intersection([1, 5]), fs.isdisjoint({7}), fs.issuperset({1}))
