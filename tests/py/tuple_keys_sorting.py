# tuples as dict keys and sort keys, lexicographic comparison, tuple of mixed types
scores = {("ann", "math"): 90, ("ann", "art"): 75, ("bob", "math"): 82, ("bob", "art"): 95, ("cy", "math"): 90}
print(scores[("bob", "art")], ("cy", "art") in scores, scores.get(("cy", "art"), "n/a"))
by_student = {}
for (student, subject), sc in scores.items():
    by_student.setdefault(student, {})[subject] = sc
print(by_student)
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(scores), max(scores, key=scores.get), min(scores.values()))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (0, "z") < (1, "a"), ("a", 2) > ("a", 1), (1,) == (1.0,))
versions = ["1.10.2", "1.2.10", "1.2.9", "0.99", "1.10", "2"]
print(sorted(versions, key=lambda v: tuple(int(p) for p in v.split("."))))
events = [(3, "low", "c"), (1, "high", "a"), (3, "high", "b"), (1, "low", "d")]
print(sorted(events), sorted(events, key=lambda e: (e[1], -e[0])))
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 1], grid[(2, 0)], sorted(k for k, v in grid.items() if v % 4 == 0))
neighbors = lambda r, c: [(r + dr, c + dc) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)) if (r + dr, c + dc) in grid]
print(neighbors(0, 0), neighbors(1, 1))
t = (1, "a", 2.5, None, (2, 3), [4])
print(len(t), t[4][1], t[-1], t.index(2.5), t.count(None))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
pairs = list(zip("cab", [3, 1, 2]))
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), dict(sorted(pairs)))
