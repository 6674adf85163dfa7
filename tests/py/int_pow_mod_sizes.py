# Three-argument pow() across operand sizes: small bases with huge moduli
# (the power never needs reducing), full-width bases, even and odd moduli,
# negative bases, exponents and moduli, and modular inverses.
import random

random.seed(11)


def check(b, e, m):
    r = pow(b, e, m)
    if e >= 0:
        assert r == (b ** e) % m if e < 300 and abs(b) < 10 ** 6 else True
    return r


moduli = [1, 2, 3, 7, 10 ** 9 + 7, 2 ** 64, 10 ** 40 + 1, 2 ** 521 - 1, 10 ** 400 + 7, 10 ** 1000]
for m in moduli:
    for b in [0, 1, 2, 3, -3, 12345, -(10 ** 30), 10 ** 50 + 3, m - 1, m + 5]:
        for e in [0, 1, 2, 5, 64, 1000, 2 ** 70 + 1]:
            print(m % 1000003, b % 1009, e % 101, check(b, e, m) % 1000003, check(b, e, -m) % 1000003)

# Random operands of every size mix, checked against plain arithmetic.
total = 0
for _ in range(300):
    b = random.randrange(-(10 ** random.randrange(1, 80)), 10 ** random.randrange(1, 80))
    e = random.randrange(0, 300)
    m = random.randrange(1, 10 ** random.randrange(1, 120))
    assert pow(b, e, m) == (b ** e) % m, (b, e, m)
    total = (total * 31 + pow(b, e, m)) % (10 ** 9 + 7)
print("random", total)

# Modular inverses (negative exponents).
for b, m in [(3, 7), (10, 17), (-4, 9), (12345678901234567890, 10 ** 40 + 1), (2, 2 ** 127 - 1)]:
    inv = pow(b, -1, m)
    assert (inv * b) % m == 1
    print("inverse", b % 1000, m % 1000, inv % 1000003, pow(b, -5, m) % 1000003, pow(b, -5, -m) % 1000003)
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError", e)

# A small base with a huge modulus: its power never needs reducing (this
# ran at the modulus's full width, 10,000 times slower than CPython).
r = pow(3, 20000, 10 ** 40000 + 7)
print(r == 3 ** 20000, r % 1000003)
print(pow(7, 10 ** 30, 10 ** 30 + 57) % 1000003)
