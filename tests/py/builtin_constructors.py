# type constructors: int, float, str, bool, list, tuple, dict, set, frozenset
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset())
print(int("7"), int(7.9), int(-7.9), int(True), float("2.5"), float(3), float("-inf"), float(" 1e3 "))
print(str(12), str(1.25), str([1, "a"]), str(None), str(b"x"), bool(""), bool("x"), bool([]), bool(0.0))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(x for x in "hi"), list({3: 0}.values()))
print(tuple([1, 2]), tuple("ab"), tuple({1: 2}), tuple(range(2)))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict([["k", "v"]]))
print(set("aab"), set([1, 1, 2]), set({"k": 1}), set(range(3)), frozenset("aab") == frozenset("ab"))
print(int(" -0 "), float("-0.0"), str(-0.0), repr(-0.0))
print(list(list("ab")), tuple(tuple([1])), set(set([1])), dict(dict(a=1)))
l = [1, 2]
l2 = list(l)
l2.append(3)
print(l, l2, l is not l2)
print(str(123).zfill(5), int(str(4) * 3), float(str(0.1)), bool(str(False)))
print(type(int("5")).__name__, type(float("5")).__name__, type(str(5)).__name__)
print(dict.fromkeys(range(3), "x"), dict(sorted({"b": 1, "a": 2}.items())))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(bool(None), bool(object()), bool(Exception()), int(b"12".decode()))
