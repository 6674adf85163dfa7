# int comparisons, bools as ints, mixed int/float comparisons
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 3 == 3, 3 != 3)
print(1 == 1.0, 1 < 1.5, 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 < float("inf"))
print(True == 1, False == 0, True + True, True * 10, -True, ~True)
print(True is True, isinstance(True, int), type(True + 0).__name__)
print(sum([True, True, False, True]))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
print(0 < 5 <= 5 < 6 != 7)
vals = [3, 1, -2, 10**20, -10**20, 0, True, 2.5]
print(sorted(vals))
print(max(vals), min(vals))
print(bool(0), bool(1), bool(-1), bool(10**50), bool(0.0), bool(-0.0))
print(abs(-5), abs(5), abs(-(10**30)), abs(True))
print(str(True), repr(False), int(True), float(False))
print(True and 5, False or 7, 0 or None, 3 and 0, not 0, not 5)
print(1 if 0 else 2, "yes" if [1] else "no", "yes" if [] else "no")
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(False))
print(hash(5), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(10**30))
print({1: "a", 1.0: "b", True: "c"})
print(len({0, False, 0.0, 1, True}))
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, None is None, [] == [], () == ())
print(int.__name__, bool.__name__, issubclass(bool, int))
