# bit manipulation: permission flags, bitsets, popcount, gray code, subsets via masks
READ, WRITE, EXEC, ADMIN = 1, 2, 4, 8
NAMES = {READ: "read", WRITE: "write", EXEC: "exec", ADMIN: "admin"}
def describe(mask):
    return "|".join(n for b, n in NAMES.items() if mask & b) or "none"
users = {"ann": READ | WRITE, "bob": READ, "root": READ | WRITE | EXEC | ADMIN, "guest": 0}
for u, m in users.items():
    print(f"{u:<6} {m:04b} {describe(m)}")
users["bob"] |= EXEC
users["ann"] &= ~WRITE
users["root"] ^= ADMIN
print({u: describe(m) for u, m in users.items()})
print([u for u, m in users.items() if m & EXEC], all(m & READ for u, m in users.items() if u != "guest"))
class BitSet:
    def __init__(self, items=()):
        self.bits = 0
        for i in items:
            self.add(i)
    def add(self, i):
        self.bits |= 1 << i
    def discard(self, i):
        self.bits &= ~(1 << i)
    def __contains__(self, i):
        return bool(self.bits >> i & 1)
    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1
    def __len__(self):
        return bin(self.bits).count("1")
    def __or__(self, o):
        r = BitSet(); r.bits = self.bits | o.bits; return r
    def __and__(self, o):
        r = BitSet(); r.bits = self.bits & o.bits; return r
    def __repr__(self):
        return f"BitSet({list(self)})"
a, b = BitSet([1, 3, 5, 64, 100]), BitSet([3, 4, 5, 100])
print(a, b, a | b, a & b, len(a | b), 64 in a, 64 in b, a.bits.bit_length())
a.discard(64)
print(a, a.bits)
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print([popcount(x) for x in [0, 1, 255, 2**64 - 1, 0b1010101]], [bin(x).count("1") for x in [7, 8]])
gray = [i ^ (i >> 1) for i in range(16)]
print([format(g, "04b") for g in gray])
print(all(popcount(gray[i] ^ gray[i + 1]) == 1 for i in range(15)))
items = ["a", "b", "c", "d"]
subsets = [[items[i] for i in range(4) if mask >> i & 1] for mask in range(16)]
print(subsets)
print(sum(1 for s in subsets if len(s) == 2), (1 << 10) - 1, -1 & 0xFF, (-8) >> 1, ~0 & 0xF)
def lowest_bit(x):
    return x & -x
print([lowest_bit(x) for x in [12, 10, 7, 64, 96]], [x & (x - 1) == 0 for x in [1, 2, 6, 1024]])
