# collections.defaultdict with list, int, set, lambda, nested
from collections import defaultdict
words = "the cat sat on the mat the end".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts)
print(dict(counts), counts["missing"], "missing" in counts, len(counts))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups))
uniq = defaultdict(set)
for w in words:
    uniq[w[0]].add(w)
print({k: sorted(v) for k, v in uniq.items()})
const = defaultdict(lambda: "N/A")
const["a"] = "A"
print(const["a"], const["b"], dict(const))
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
def todict(d):
    return {k: todict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(todict(root))
nodf = defaultdict()
try:
    nodf["k"]
except KeyError as e:
    print("KeyError:", e)
print(counts.get("zzz"), "zzz" in counts, counts.default_factory is int, isinstance(counts, dict))
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]:
    graph[a].append(b)
    graph[b].append(a)
print(sorted(graph.items()))
c2 = counts.copy()
c2["new"] += 5
print(c2["new"], counts.get("new"), type(c2).__name__)
