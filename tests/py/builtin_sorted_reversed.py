# sorted() and reversed() on many iterables
print(sorted([3, 1, 2]), sorted("cba"), sorted((9, 7, 8)), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}))
print(sorted(range(5), reverse=True), sorted([1.5, -2, 0, True]), sorted(["b", "A", "a", "B"]))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.lower, reverse=True))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([[3], [1, 2], []], key=len))
print(sorted(map(abs, [-3, 2, -1])), sorted(x % 5 for x in range(12)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())), "".join(reversed("stressed")))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(SeqOnly())), sorted(SeqOnly(), reverse=True))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in "ab")
except TypeError as e:
    print("TypeError:", e)
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
print(sorted([], reverse=True), sorted([[2, 1], [1, 2]], key=lambda l: l[1]))
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
