# float <-> int conversions, is_integer, int truncation
for v in [3.7, -3.7, 0.999999, -0.5, 1e15 + 0.5, 2.0**70, -2.0**70, 1e20, 123456789.987]:
    print(v, int(v), float(int(v)), v.is_integer(), (v * 2).is_integer())
print(float(2**1023) == 2.0**1023)
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
print(float(2**53 + 1), float(2**53 + 3), float(-(2**60) - 1))
print(int(1e100))
print(int(0.1 + 0.2 == 0.3), int(True), float(True))
print(1.0.is_integer(), (0.5).is_integer(), float.is_integer(7.0))
print(float("12"), float(" -12.5e2 "), float("1E3"), float(".25"))
for s in ["abc", "", "1.2.3", "1e", "e5", "--1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(3 == 3.0, hash(3.0) == hash(3), hash(-2.0) == hash(-2))
print(int("10") + float("0.5"), str(10.0), str(10), repr(10.50))
print(7 // 2.0, 7 % 2.0, -7 // 2.0, divmod(7, 2.0))
print(float(0), float(-0), 1 / 3 * 3 == 1.0, (2**0.5) ** 2)
print(type(2**-1).__name__, type(2**1).__name__, type(4**0.5).__name__)
