# math integer helpers on big numbers: gcd, lcm, isqrt, comb, perm, factorial, prod
import math
from math import gcd, isqrt, comb, factorial
print(gcd(2**100, 6**50), gcd(10**30 + 1, 10**20 + 1), gcd(0, 0), gcd(-48, -36), math.gcd(12, 18, 30))
print(math.lcm(2**10, 3**5, 10), math.lcm(), math.lcm(0, 5))
for n in [0, 1, 15, 16, 17, 10**18, 10**18 - 1, 2**127, 3**100]:
    r = isqrt(n)
    print(n if n < 10**20 else f"big({len(str(n))} digits)", r, r * r <= n < (r + 1) ** 2)
print([comb(10, k) for k in range(11)], comb(100, 50), comb(5, 7))
print([math.perm(6, k) for k in range(7)], math.perm(5))
print(factorial(30), len(str(factorial(200))), factorial(20) // factorial(18))
print(math.prod(range(1, 21)) == factorial(20), math.prod([2**30] * 4), math.prod([1.5, 2]))
def is_prime(n):
    if n < 2:
        return False
    return all(n % p for p in range(2, isqrt(n) + 1))
print([p for p in range(100) if is_prime(p)], is_prime(2**31 - 1))
print(math.floor(10**20 / 3), math.ceil(-7 / 2), math.trunc(2**70 + 0.0), math.floor(2**80))
print(math.fsum([1e100, 1, -1e100, 1]), sum([1e100, 1, -1e100, 1]))
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.5)
except (ValueError, TypeError) as e:
    print(type(e).__name__ + ":", e)
