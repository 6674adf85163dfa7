# float repr: shortest round-tripping representation
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e22, 1e-5, 1e-4, 0.0001, 0.00001, 1.5e-7, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 3.141592653589793, 2.718281828459045, 100.0, 1e100,
        9007199254740993.0, 0.3, 1.1, 2.675, 1234.5678, 1e300 * 10, 12345678.9, 0.5e-10,
        float(2**53), float(2**63), 1e21, 1e-7, 123e-20, 4.35, 0.1 * 3, 1.0 - 0.9]
for v in vals:
    print(repr(v), str(v))
print(list(vals[:6]))
print((0.1, 0.2), {"x": 0.3})
print(1e16 + 1, 1e16 + 2)
print(float("1e500"), float("-1e500"), float("inf"), float("-inf"), float("nan"))
print(float("  3.25 "), float("-0"), float("1_000.5"), float("+.5"), float("5."), float("Infinity"))
print(float(10), float(-3), float(2**80), float("0.1"), float("1e-3"))
for i in range(1, 12):
    print(i / 7, i * 0.1, 10 ** -i, 2.0 ** -i)
print(0.1 + 0.7, 0.7 + 0.1 == 0.8, 3 * 0.1 == 0.3)
print(1e-320, 1e-310 * 1e-10)
print(-1e-300 * 1e-300)
