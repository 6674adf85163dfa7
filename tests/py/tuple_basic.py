# tuples: creation, immutability, methods, comparisons, hashing
t = (1, 2, 3)
e = ()
s = (5,)
n = 1, 2
print(t, e, s, n, type(s).__name__, len(e), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2, 2 in t, t.index(2), t.count(2))
try:
    t[0] = 5
except TypeError as ex:
    print("TypeError:", ex)
try:
    t.index(9)
except ValueError as ex:
    print("ValueError:", ex)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a", (3,): "b"}[(1, 2)])
print(hash((1, 2, 3)), hash(()), hash((5,)))
a, b, c = t
print(a, b, c)
x = ([1], 2)
x[0].append(5)
print(x)
try:
    hash(x)
except TypeError as ex:
    print("TypeError:", ex)
print(max((3, 1), (2, 9)), min([(1, "b"), (1, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple(x * x for x in range(4)), (1,) * 0, ((1, 2), (3, 4))[1][0])
print(repr((1,)), str(()), repr(((),)), ("a",) + ("b",))
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
print(len(((1, 2), 3)), list(enumerate(("a", "b"))))
