# nested dicts, defaults, merging and iteration patterns
db = {"users": {"u1": {"name": "Ann", "tags": ["admin"]}, "u2": {"name": "Bob", "tags": []}}}
db["users"]["u2"]["tags"].append("new")
db["users"]["u3"] = {"name": "Cy", "tags": ["x", "y"]}
for uid, info in db["users"].items():
    print(uid, info["name"], len(info["tags"]), ",".join(info["tags"]) or "-")
print(db)
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
x = {"a": 1, "b": {"c": 2, "d": {"e": 3}}}
y = {"b": {"d": {"f": 4}, "g": 5}, "h": 6}
print(deep_merge(x, y))
print(x)
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], sorted(k for k, v in grid.items() if v % 2 == 0))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print({k: len(v) for k, v in groups.items()})
def flatten(d, prefix=""):
    res = {}
    for k, v in d.items():
        key = prefix + "." + k if prefix else k
        if isinstance(v, dict):
            res.update(flatten(v, key))
        else:
            res[key] = v
    return res
print(flatten(deep_merge(x, y)))
