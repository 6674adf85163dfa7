# len, sum, abs, any, all on many types
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(frozenset()), len(b"xy"), len("日本"))
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3))
print(sum(x for x in range(10) if x % 2), sum({1: "a", 2: "b"}), sum([True, True]))
print(sum([1, 2.5, True]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5), abs(-5.5), abs(0), abs(-0.0), abs(-(2**100)), abs(False), abs(True))
print(any([]), any([0, 0]), any([0, 1]), any("abc"), any(x > 5 for x in range(10)), any([None, "", 0.0]))
print(all([]), all([1, 1]), all([1, 0]), all(""), all(x < 5 for x in range(5)), all([[], 1]))
def noisy(v):
    print("  eval", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in "ab")
except TypeError as e:
    print("TypeError:", e)
print(sum(range(10**6)), sum([10**20, 10**20]), sum([-1, -2], -3))
