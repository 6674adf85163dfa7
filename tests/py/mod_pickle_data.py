# pickle round trips: every kind of value, shared references, cycles,
# functions and classes by name, instances, collections, errors
import pickle
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple

def rt(x):
    return pickle.loads(pickle.dumps(x))

Point = namedtuple("Point", "x y")

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {len(self.children)} children)"

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b

class MyDict(dict):
    pass

def helper(v):
    return v * 2

values = [
    None, True, False, 0, -1, 2**100, -(3**80), 1.5, -0.0, float("inf"),
    float("-inf"), "", "héllo\n\t\"quoted\" \\ \u2603 \U0001F600", b"", b"\x00\xffabc",
    (), (1,), (1, (2, (3,))), [], [1, [2, [3]]], {}, {"a": 1, (1, 2): [3]},
    set(), {1, 2, 3}, frozenset({"x", "y"}), range(3, 20, 4), range(0),
    3 ** 200, 10.0 ** 300, 1e-300, 0.1 + 0.2,
]
for v in values:
    w = rt(v)
    print(type(w).__name__, repr(w), w == v)

nan = rt(float("nan"))
print("nan", nan != nan)

shared = [1, 2]
pair = rt([shared, shared, {"s": shared}])
print(pair, pair[0] is pair[1], pair[2]["s"] is pair[0])
pair[0].append(3)
print(pair)

cyc = [1]
cyc.append(cyc)
c2 = rt(cyc)
print(c2[1] is c2, len(c2))
d = {"me": None}
d["me"] = d
d2 = rt(d)
print(d2["me"] is d2)

root = Node("root")
kid = Node("kid")
root.children.append(kid)
kid.children.append(root)
r2 = rt(root)
print(r2, r2.children[0], r2.children[0].children[0] is r2, type(r2) is Node)

print(rt(helper) is helper, rt(Node) is Node, rt(len) is len, rt(helper)(21))
print(rt(Point(1, 2)), rt(Point(1, 2)).x, type(rt(Point(3, 4))) is Point)
s = rt(Slotted(1, "two"))
print(s.a, s.b, hasattr(s, "__dict__"))
md = rt(MyDict(a=1, b=[2]))
print(type(md).__name__, md, isinstance(md, dict))

dq = rt(deque([1, 2, 3], maxlen=5))
print(dq, dq.maxlen)
print(rt(Counter("mississippi")).most_common(2))
print(rt(OrderedDict([("z", 1), ("a", 2)])))
dd = rt(defaultdict(list, {"k": [1]}))
dd["new"].append(5)
print(sorted(dd.items()), dd.default_factory is list)

e = rt(ValueError("bad", 42))
print(type(e).__name__, e.args, str(e))
k = rt(KeyError("missing"))
print(repr(k))

big = rt(list(range(1000)))
print(sum(big), len(big))
nested = []
cur = nested
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
n2 = rt(nested)
depth = 0
while n2:
    n2 = n2[0] if isinstance(n2[0], list) else n2[-1] if len(n2) > 1 else []
    depth += 1
print("depth", depth)

try:
    pickle.loads("not a pickle")
except Exception:
    print("garbage refused")
