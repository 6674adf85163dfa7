# collections in algorithms: deque BFS/sliding max, Counter anagrams, defaultdict graphs, namedtuple records
from collections import deque, Counter, defaultdict, namedtuple, OrderedDict
def sliding_max(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
def josephus(n, k):
    circle = deque(range(1, n + 1))
    order = []
    while circle:
        circle.rotate(-(k - 1))
        order.append(circle.popleft())
    return order
print(josephus(7, 3), josephus(10, 2)[-1])
print(Counter("listen") == Counter("silent"), Counter("apple") - Counter("pale"))
words = "one two three two three three".split()
print(Counter(words).most_common(), [w for w, c in Counter(words).items() if c > 1])
graph = defaultdict(set)
for a, b in [("x", "y"), ("y", "z"), ("z", "x"), ("w", "x")]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
indeg = defaultdict(int)
for src, dst in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")]:
    indeg[dst] += 1
    indeg[src] += 0
print(dict(indeg))
Trade = namedtuple("Trade", "sym qty price")
trades = [Trade("AAA", 10, 5.0), Trade("BBB", 5, 20.0), Trade("AAA", -4, 6.0), Trade("CCC", 1, 100.0)]
pos = defaultdict(int)
cash = 0.0
for t in trades:
    pos[t.sym] += t.qty
    cash -= t.qty * t.price
print(dict(pos), cash, max(trades, key=lambda t: abs(t.qty * t.price)).sym)
class LRUOD(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def touch(self, k, v):
        if k in self:
            self.move_to_end(k)
        self[k] = v
        if len(self) > self.cap:
            self.popitem(last=False)
c = LRUOD(2)
for k in "abacd":
    c.touch(k, k.upper())
print(list(c.items()))
hist = deque(maxlen=3)
for cmd in ["ls", "cd", "pwd", "echo", "ls"]:
    hist.append(cmd)
print(list(hist), hist.count("ls"))
