# math module: constants, rounding functions, sqrt/pow/exp/log
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for v in [2.5, -2.5, 3.0, -0.1, 1e10 + 0.5, 7]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.isqrt(17), math.isqrt(10**20), math.isqrt(0))
print(math.pow(2, 10), math.pow(2, 0.5), math.exp(0), math.exp(1), math.exp(-1))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(1))
print(math.log10(2), math.log2(3), math.log1p(0) if hasattr(math, "log1p") else 0)
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.fmod(10, 3), math.fmod(-10, 3))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2**40, 6**20), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.hypot(3, 4), math.hypot(5, 12), math.dist((0, 0), (3, 4)))
print(math.comb(5, 2), math.comb(52, 5), math.perm(5, 2), math.perm(10, 3))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.fsum([0.1] * 10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(-0.5), math.ceil(-0.5), math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.degrees(math.pi), math.radians(180), math.isinf(math.inf), math.isnan(math.nan))
