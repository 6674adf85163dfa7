# dict insertion order, overwriting, deletion and reinsertion
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d)
d["alpha"] = 99
print(d)
del d["zeta"]
d["zeta"] = 0
print(d, list(d))
n = {i: i * i for i in range(10, 0, -1)}
print(n)
print(list(n.items())[:3], next(iter(n)), next(reversed(n.keys())))
m = {3: "c", 1: "a", 2: "b"}
print(dict(sorted(m.items())), dict(sorted(m.items(), key=lambda kv: kv[1], reverse=True)))
keys = d.keys()
d["new"] = 5
print(keys, len(keys))
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
words = "the cat and the dog and the bird".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
mixed = {1: "int", "1": "str", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?"}
print(mixed)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
