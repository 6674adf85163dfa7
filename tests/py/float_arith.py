# float arithmetic, floor division and modulo with signs
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (5.0, 0.5), (-0.0, 3.0), (0.0, -3.0), (3, 0.7), (-3, 0.7)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(7.0 % float("inf"), -7.0 % float("inf"), 7.0 // float("inf"), -7.0 // float("inf"))
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 % 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
print(2.0 ** 0.5, 2 ** 0.5, (-8.0) ** 2, 10.0 ** -2, 0.0 ** 0)
x = 1.5
x += 1
x *= 3
x -= 0.5
x /= 2
print(x)
x //= 0.7
print(x)
x %= 1.3
print(x)
print(abs(-2.5), abs(-0.0), -(-0.0), +(-0.0))
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]))
print(1 + 2.0, 3 * 1.0, 6 / 3, type(6 / 3).__name__, 2**62 + 0.5)
print(max(1, 2.0), min(1.0, 1), max(2.0, 2), min(-0.0, 0.0), max(0.0, -0.0))
print(float("inf") - float("inf"), float("inf") * 0)
print(float("inf") > 10**400, float("-inf") < -10**400)
print(0.1 * 3, 0.3 / 0.1, 1 - 0.9, 100 * 1.1)
