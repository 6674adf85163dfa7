# custom hash table (open addressing) and Bloom filter with hand-written string hashing
def fnv1a(s, seed=0):
    h = (2166136261 ^ seed) & 0xFFFFFFFF
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h
class HashTable:
    _EMPTY, _DELETED = object(), object()
    def __init__(self, cap=8):
        self.keys = [self._EMPTY] * cap
        self.vals = [None] * cap
        self.n = 0
        self.probes = 0
    def _slot(self, key):
        cap = len(self.keys)
        i = fnv1a(key) % cap
        first_deleted = None
        while True:
            self.probes += 1
            k = self.keys[i]
            if k is self._EMPTY:
                return (first_deleted if first_deleted is not None else i), False
            if k is self._DELETED:
                if first_deleted is None:
                    first_deleted = i
            elif k == key:
                return i, True
            i = (i + 1) % cap
    def __setitem__(self, key, val):
        if (self.n + 1) * 3 > len(self.keys) * 2:
            self._resize(len(self.keys) * 2)
        i, found = self._slot(key)
        if not found:
            self.n += 1
        self.keys[i], self.vals[i] = key, val
    def __getitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        return self.vals[i]
    def __delitem__(self, key):
        i, found = self._slot(key)
        if not found:
            raise KeyError(key)
        self.keys[i], self.vals[i] = self._DELETED, None
        self.n -= 1
    def _resize(self, cap):
        old = [(k, v) for k, v in zip(self.keys, self.vals) if k is not self._EMPTY and k is not self._DELETED]
        self.keys, self.vals, self.n = [self._EMPTY] * cap, [None] * cap, 0
        for k, v in old:
            self[k] = v
    def items(self):
        return sorted((k, v) for k, v in zip(self.keys, self.vals) if isinstance(k, str))
    def __len__(self):
        return self.n
t = HashTable()
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
for i, w in enumerate(words):
    t[w] = i
print(len(t), len(t.keys), t["theta"], t["alpha"])
del t["beta"]
del t["kappa"]
t["gamma"] = 99
print(len(t), t.items())
try:
    t["beta"]
except KeyError as e:
    print("KeyError:", e)
print([fnv1a(w) for w in words[:4]], fnv1a(""), fnv1a("é"))
class Bloom:
    def __init__(self, bits, k):
        self.bits, self.k, self.arr = bits, k, 0
    def _idx(self, s):
        return [fnv1a(s, seed) % self.bits for seed in range(self.k)]
    def add(self, s):
        for i in self._idx(s):
            self.arr |= 1 << i
    def __contains__(self, s):
        return all(self.arr >> i & 1 for i in self._idx(s))
b = Bloom(256, 3)
for w in words:
    b.add(w)
print(all(w in b for w in words), sum(1 for w in ["omega", "pi", "rho", "sigma", "tau", "phi", "chi", "psi"] if w in b))
print(bin(b.arr).count("1"), b.arr.bit_length())
