# math trigonometry and friends, printed with rounding and full repr
import math
angles = [0, 30, 45, 60, 90, 120, 180, 270, 360]
for a in angles:
    r = math.radians(a)
    print(a, round(math.sin(r), 10), round(math.cos(r), 10), round(math.tan(r), 6) if a % 180 != 90 else "inf")
print(math.sin(1), math.cos(1), math.tan(1))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.sqrt(2) * math.sqrt(2), math.pi / 4, math.cos(math.pi))
def polar(x, y):
    return math.hypot(x, y), math.degrees(math.atan2(y, x))
for x, y in [(1, 0), (0, 1), (-1, 0), (1, 1), (3, -4)]:
    r, theta = polar(x, y)
    print(x, y, r, round(theta, 6))
try:
    math.asin(2)
except ValueError as e:
    print("ValueError:", e)
pts = [(math.cos(2 * math.pi * k / 6), math.sin(2 * math.pi * k / 6)) for k in range(6)]
print([(round(x, 3), round(y, 3)) for x, y in pts])
area = 0.5 * abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1])))
print(round(area, 9), round(3 * math.sqrt(3) / 2, 9))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(10), math.expm1(1e-5), math.log1p(1e-5))
