# id() compared for identity only; hash() of ints, tuples, bools, frozensets of ints
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0 or id(a) <= 0)
x = None
print(id(x) == id(None), id(True) == id(True))
print(hash(0), hash(1), hash(-1), hash(42), hash(-42), hash(True), hash(False))
print(hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**64)), hash(10**20))
print(hash((1, 2)), hash((1, 2, 3)), hash(()), hash((0,)), hash(((1, 2), 3)), hash((None,)) == hash((None,)))
print(hash(1.0) == hash(1), hash(2.0) == 2, hash(-3.0) == hash(-3), hash(0.0) == hash(-0.0) == 0)
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])))
for bad in [[], {}, set(), [1, (2,)], ([],)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k * 1000
    def __eq__(self, o):
        return self.k == o.k
print(hash(H(3)), hash(H(-1)), len({H(1), H(1), H(2)}))
class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))
d = {}
for i in range(5):
    d[(i, i * i)] = i
print(d[(3, 9)], (2, 4) in d, hash((3, 9)) == hash((3, 9)))
