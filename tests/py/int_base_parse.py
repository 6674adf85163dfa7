# int() with bases, literals and str conversions
print(int("42"), int("-42"), int("  17  "), int("+5"), int("0"))
print(int("1_000"), int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("-10", 7))
print(int("123456789012345678901234567890"))
print(int("  -0x1F  ", 16))
print(int(3.9), int(-3.9), int(True), int(False), int(1e10))
print(int("0", 0), int("00", 0) if False else 0)
for s, b in [("12", 3), ("abc", 16), ("g", 17), ("1_0", 2), ("7", 8)]:
    print(s, b, int(s, b))
bad = [("12", 2), ("", 10), ("1.5", 10), ("abc", 10), ("0x", 16), ("--1", 10), ("1__0", 10), ("_1", 10)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(str(255), repr(-255), str(2**65))
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
