# shallow vs deep copies done by hand, identity vs equality, nested mutation visibility
orig = [[1, 2], [3, 4], {"k": [5]}]
shallow1 = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
def deep(x):
    if isinstance(x, list):
        return [deep(v) for v in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x
deep1 = deep(orig)
orig[0].append(99)
orig[2]["k"].append(6)
orig.append("new")
print(orig)
print(shallow1, shallow2 == shallow3, shallow1 is shallow2)
print(deep1)
print(orig[0] is shallow1[0], orig[0] is deep1[0], orig == shallow1, deep1 == orig[:3])
d = {"a": [1], "b": {"c": 2}}
d2 = dict(d)
d3 = d.copy()
d4 = {**d}
d["a"].append(2)
d["b"] = "replaced"
print(d, d2, d3 == d4, d2["a"] is d["a"])
s = {1, 2}
s2 = set(s)
s2.add(3)
print(s, s2)
t = ([1], 2)
t2 = tuple(t)
t[0].append(3)
print(t2, t2 is t)
m = [[0] * 2 for _ in range(2)]
m2 = [row[:] for row in m]
m[0][0] = 1
print(m, m2)
a = [1, 2, 3]
b = a
a = a + [4]
c = b
c += [5]
print(a, b, c, b is c)
