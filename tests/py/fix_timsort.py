import random
nan = float("nan")
print(sorted([3, nan, 1]), sorted([nan, 3, 1, 2]), sorted([1, 2, nan, 0, -1]), sorted([5, 4, nan, 3, 2, 1]))
random.seed(3)
for n in [10, 70, 200, 1000]:
    l = [random.random() if random.random() > 0.1 else nan for _ in range(n)]
    s = sorted(l)
    print(n, sum(1 for i in range(n) if s[i] is l[0]), [x for x in s[:8]], s.index(s[-1]))
class K:
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls += 1
        K.log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f"K({self.v})"
K.log = []
for n in [5, 40, 64, 65, 300, 2500]:
    K.calls = 0; K.log = []
    base = [random.randrange(n // 3 + 1) for _ in range(n)]
    # partly presorted data exercises runs and galloping
    base[n // 4: n // 2] = sorted(base[n // 4: n // 2])
    base[n // 2: 3 * n // 4] = sorted(base[n // 2: 3 * n // 4], reverse=True)
    ks = [K(v) for v in base]
    out = sorted(ks)
    print(n, K.calls, hash(tuple(K.log)) if False else K.log[:6], K.log[-3:], [k.v for k in out[:10]])
    K.calls = 0
    ks.sort(reverse=True); print(K.calls, [k.v for k in ks[:5]])
    K.calls = 0
    out = sorted(base, key=lambda v: K(v)); print(K.calls, out[:5])
# inconsistent comparison
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return (self.v * 7 + o.v * 3) % 5 < 2
ws = [W(i) for i in range(150)]
print([w.v for w in sorted(ws)][:40])
x = list(range(100)); random.shuffle(x)
print(sorted(x, key=lambda v: v % 7)[:20], sorted(x, key=lambda v: v % 7, reverse=True)[:20])
