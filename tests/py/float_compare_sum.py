# float comparisons, sums and accumulations
import math
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1))
xs = [0.1 * i for i in range(20)]
print(xs)
print(sum(xs), math.fsum(xs))
total = 0.0
for i in range(1000):
    total += 0.001
print(total, round(total, 6))
print(sorted([3.3, 1.1, 2.2, -1.5, 0.0]), sorted([1, 1.0, 0.5, True, 2]))
print(max([1.5, 2.5, 2.5000001]), min([-1e-9, 0, 1e-9]))
print(1.0 < 2 < 2.5 < 3, 2.0 == 2 == 2.0, 0.5 in [1 / 2])
print(3.0 // 1, 3.5 // 1, -3.5 // 1, math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5))
avg = sum([1, 2, 3, 4]) / 4
print(avg, type(avg).__name__)
vals = [1e100, 1.0, -1e100]
print(sum(vals), math.fsum(vals))
print([x / 4 for x in range(9)])
print([2.0 ** e for e in range(-4, 5)])
print(1e-3 * 1e3, 0.1 * 10, 1.1 * 1.1, 3.3 * 3)
