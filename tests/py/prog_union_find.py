# union-find (disjoint sets) used for Kruskal's MST and connected components
class DSU:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.count = len(self.parent)
    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.count -= 1
        return True
    def groups(self):
        g = {}
        for x in self.parent:
            g.setdefault(self.find(x), []).append(x)
        return sorted(sorted(v) for v in g.values())
d = DSU(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 8), (8, 9), (0, 2)]:
    print(a, b, d.union(a, b), d.count)
print(d.groups(), d.find(3) == d.find(0), d.find(4) == d.find(5))
cities = ["A", "B", "C", "D", "E", "F"]
roads = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (11, "F", "C")]
mst = []
ds = DSU(cities)
for w, u, v in sorted(roads):
    if ds.union(u, v):
        mst.append((u, v, w))
print(mst, sum(w for _, _, w in mst), ds.count)
grid = ["11000", "11011", "00100", "00011", "10001"]
cells = [(r, c) for r in range(5) for c in range(5) if grid[r][c] == "1"]
island = DSU(cells)
for r, c in cells:
    for nr, nc in ((r + 1, c), (r, c + 1)):
        if (nr, nc) in island.parent:
            island.union((r, c), (nr, nc))
print("islands:", island.count, [len(g) for g in island.groups()])
friends = [("ann", "bob"), ("cy", "di"), ("bob", "cy"), ("ed", "flo")]
people = sorted({p for pair in friends for p in pair} | {"gus"})
fd = DSU(people)
for a, b in friends:
    fd.union(a, b)
print(fd.groups())
