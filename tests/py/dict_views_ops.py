# dict views: dynamic, set operations on keys/items, iteration, membership
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
print(k, list(v), list(it)[-1])
del d["a"]
print(list(k), "a" in k, "b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(k & {"b", "z"}, k | {"z"}, k - {"b"}, k ^ {"b", "q"}, sorted(k & ["c", "d"]))
e = {"c": 30, "d": 4, "x": 0}
print(d.keys() & e.keys(), sorted(d.items() & e.items()), d.keys() - e.keys(), d.keys() <= {"b", "c", "d", "q"})
print(d.keys() == {"b", "c", "d"}, list(reversed(d.values())), sorted(d.values(), reverse=True))
print(isinstance(k, object), list(map(str.upper, k)), max(v), sum(v), dict(it))
for key, val in d.items():
    d[key] = val * 10
print(d)
try:
    for key in d:
        del d[key]
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(d)
x = dict.fromkeys("abc", 0)
for key in list(x):
    if key != "b":
        del x[key]
print(x, list(x.items()))
nested = {"outer": {"inner": [1, 2]}}
view = nested["outer"].values()
nested["outer"]["inner"].append(3)
nested["outer"]["new"] = "v"
print(list(view))
print(list({}.items()), list({}.keys()), bool({}.keys()))
