# frozenset: hashable, usable as dict keys and set members
f = frozenset([3, 1, 2])
g = frozenset("abc")
print(f, g, frozenset(), len(f), 2 in f)
print(f | {4}, f & {1, 5}, f - {1}, f ^ {1, 9}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "nums", g: "letters"}
print(d[frozenset({1, 2, 3})], d[frozenset("cba")])
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(s), frozenset([1, 2]) in s)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
print(f.union([10]), f.issubset({1, 2, 3, 4}), f.copy() == f, frozenset(f) == f)
print(sorted(f), list(sorted(g)), min(f), max(f), sum(f))
print(repr(frozenset({"only"})), repr(frozenset()), str(set()))
pairs = set()
for a in range(4):
    for b in range(4):
        if a != b:
            pairs.add(frozenset((a, b)))
print(len(pairs), sorted(sorted(p) for p in pairs))
print(frozenset(range(5)) == set(range(5)), set(range(3)) <= frozenset(range(4)))
