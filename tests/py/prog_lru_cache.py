# LRU cache built on a dict + doubly linked list, with stats and a decorator
class LRU:
    class Node:
        def __init__(self, key=None, val=None):
            self.key, self.val, self.prev, self.next = key, val, None, None
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.cap = capacity
        self.map = {}
        self.head, self.tail = LRU.Node(), LRU.Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push(n)
        return n.val
    def put(self, key, val):
        if key in self.map:
            n = self.map[key]
            n.val = val
            self._unlink(n)
            self._push(n)
            return
        if len(self.map) == self.cap:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            self.evictions += 1
        n = LRU.Node(key, val)
        self.map[key] = n
        self._push(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __repr__(self):
        return f"LRU({self.keys()}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"
c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c.get("z", "?"))
c.put("d", "D")
print(c, "b" in c.map)
c.put("c", "C2")
c.put("e", "E")
print(c, c.get("c"), len(c))
try:
    LRU(0)
except ValueError as e:
    print("ValueError:", e)
def lru_cached(cap):
    def deco(fn):
        cache = LRU(cap)
        def wrapper(*args):
            sentinel = object()
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
@lru_cached(50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache.hits, fib.cache.misses, len(fib.cache))
@lru_cached(2)
def slow_square(x):
    print(f"  computing {x}^2")
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    print(x, slow_square(x))
print(slow_square.cache)
