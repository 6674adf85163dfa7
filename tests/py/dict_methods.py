# dict methods
d = {"a": 1, "b": 2, "c": 3}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("b", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 10, "b": 20})
d.update(y=30)
d.update([("z", 40)])
print(d)
e = d.copy()
e["new"] = 1
print(d == e, len(d), len(e))
e.clear()
print(e, bool(e), bool(d))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"p": 1}, q=2), dict(zip("xy", [1, 2])))
print("b" in d, "a" in d, 20 in d, 20 in d.values(), ("b", 20) in d.items())
print(d | {"w": 0}, {"b": 1} | d)
d |= {"b": -1}
print(d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
del d["b"]
print(d, list(reversed(d)), sorted(d, reverse=True))
try:
    del d["b"]
except KeyError as e:
    print("KeyError:", e)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == dict())
