class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v % 5
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K{self.v}"
def mk(*vs): return set(K(v) for v in vs)
a = mk(1, 2, 3, 6, 11); al = a; a |= mk(3, 4, 16); print(a, al is a)
a -= mk(1, 16, 99); print(a, al is a)
a ^= mk(2, 7, 21); print(a, al is a)
a &= mk(3, 4, 6, 7, 21, 8); print(a, al is a)
a.update([K(50), K(51)], [K(52)]); print(a)
a.difference_update([K(50)], [K(51), 3]); print(a)
a.symmetric_difference_update([K(1), K(3)]); print(a)
a.intersection_update([K(1), K(4), K(52)]); print(a)
print(a.union([K(9)]), a.intersection([K(1)]), a.difference([K(1)]), a.symmetric_difference([K(1), K(2)]))
b = {1, 2, 3}; b |= {K(1)}; print(len(b))
b = {1, 2, 3}; b -= {K(1)}; print(len(b))
class S(set): pass
x = S([1, 2]); y = x; x -= {1}; print(x, x is y, type(x).__name__)
x ^= {5}; print(x, y)
x &= {5}; print(x, y)
x = S([K(1), K(2)]); y = x; x -= {K(1)}; print(x, x is y)
x ^= {K(3)}; print(x, x is y)
from collections import Counter, deque
c = Counter("abracadabra"); print(+c, -c, c == Counter(a=5, b=2, r=2, c=1, d=1), Counter(a=0) == Counter())
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(a=3) > Counter(a=2))
try: Counter.fromkeys("ab")
except NotImplementedError as e: print(e)
c = Counter(a=3, b=-1); c2 = c; c += Counter(); print(c2, c is c2)
print(-Counter(a=-2, b=3), +Counter(a=-2, b=3))
class MyCounter(Counter): pass
print(MyCounter("aab"), MyCounter())
q = deque([1, 2]); q += range(3); print(q); q += (x for x in "ab"); print(q)


from collections import namedtuple
P = namedtuple("P", ["a", "def", "a", "_x", "1y", "ok"], rename=True); print(P._fields, P(1,2,3,4,5,6))
try: namedtuple("P", ["def"])
except ValueError as e: print(e)
try: namedtuple("class", ["x"])
except ValueError as e: print(e)
d = {1: 2}; d2 = d
class M:
    def keys(self): return ["k"]
    def __getitem__(self, k): return k * 2
d |= M(); print(d2)
d |= (x for x in [(5, 6)]); print(d2)
l = []; l2 = l; l += (i for i in range(3)); print(l2)
class L(list): pass
x = L(); y = x; x += (i for i in range(2)); print(y, x is y)
x *= 3; print(y)
