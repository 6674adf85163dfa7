# conversions between bool, int, float, str and their round trips
vals = [True, False, 0, 1, -1, 255, 3.0, 2.5, -0.5, "7", "  -12 ", "0b101", "1e3"]
for v in vals:
    out = []
    for conv in (bool, int, float, str):
        try:
            out.append(repr(conv(v)))
        except ValueError:
            out.append("ValueError")
    print(repr(v), " ".join(out))
print(int(True) + int(False), float(True), str(True) + str(1), bool("False"), bool(0.0), bool("0"))
print(int("0b101", 0), int("0o17", 0), int("0x1f", 0), int("1_000", 0), float("1e3"), int(float("1e3")))
print(True + 0.5, True * "ab", [0] * True, (1, 2) * False, "x" * int("3"))
print(str(2 ** 0.5)[:6], float(str(1 / 3)) == 1 / 3, repr(float(repr(0.1))) == "0.1")
print(int(-2.9999), int(2.9999), round(-2.5), round(-3.5), int("-0"), -int("0"))
print(bool(int("0")), bool(float("0.0")), bool(str(0)), bool(str(False)))
print(ord(str(7)) - ord("0"), chr(48 + 9), int(chr(0x35)), str(ord("A")))
print(isinstance(int("5"), bool), isinstance(True, int), type(True + True).__name__, type(True / True).__name__)
print(sorted([True, 2, 0.5, False, -1]), max(True, 0.9), min(False, -0.0))
