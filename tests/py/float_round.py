# round(): banker's rounding, ndigits, negative ndigits, float corner cases
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 4.5, 5.5, 1e16 + 0.0, 0.49, -0.51]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 1.005, 0.125, 0.375, 1.25, 1.35, 2.5, 3.14159, -3.14159, 123.456]:
    print(v, round(v, 2), round(v, 1), round(v, 0), round(v, 3))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(5.0, -1), round(15.0, -1), round(25.0, -1), round(0.0, 2), round(-0.0, 2))
print(round(1e300, 2), round(1.5e-300, 2), round(123456789.123456789, 5))
print(round(2.5, None), round(0.1 + 0.2, 10), round(1 / 3, 15), round(2 / 3, 16))
print(round(float("inf"), 2), round(float("nan"), 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(7, 2), round(-7, -1), round(75, -1), round(65, -1), round(-65, -1))
print([round(x / 10) for x in range(-30, 31, 5)])
print([round(x / 100, 1) for x in range(0, 100, 5)])
