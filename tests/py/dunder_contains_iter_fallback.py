# membership test fallbacks: __contains__, then __iter__, then __getitem__
class WithContains:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == 42
class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
class Nothing:
    pass
print(42 in WithContains(), 1 in WithContains(), 1 not in WithContains())
print(2 in WithIter(), 9 in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem(), list(WithGetitem()), [x for x in WithGetitem()])
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
class Truthy:
    def __contains__(self, x):
        return "non-empty"
print(5 in Truthy(), 5 not in Truthy())
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __contains__(self, p):
        x, y = p
        return 0 <= x < self.w and 0 <= y < self.h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y)
    def __len__(self):
        return self.w * self.h
r = Range2D(3, 2)
print((1, 1) in r, (3, 0) in r, list(r), len(r), sorted(r, reverse=True)[:2])
print(max(r), min(r), dict.fromkeys(r, 0) == {p: 0 for p in r})
print("ab" in "cabd", "" in "", [1] in [[1], 2], 1 in {1: "x"}, "x" in {1: "x"}, 3 in range(1, 5, 2))
