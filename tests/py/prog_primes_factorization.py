# prime sieve, factorization, divisors, totient, perfect numbers, Goldbach
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
P = sieve(10000)
print(len(P), P[:15], P[-5:], sum(P))
def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f
def fmt(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))
for n in [2, 12, 360, 97, 1001, 65536, 999999, 600851475143, 2**31 - 1, 10**12 + 39]:
    print(n, "=", fmt(factorize(n)))
def divisors(n):
    ds = [1]
    for p, e in factorize(n).items():
        ds = [d * p ** k for d in ds for k in range(e + 1)]
    return sorted(ds)
def phi(n):
    r = n
    for p in factorize(n):
        r = r // p * (p - 1)
    return r
print(divisors(360), len(divisors(720720)), [phi(n) for n in range(1, 21)])
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print("perfect:", perfect)
amicable = sorted({(a, b) for a in range(2, 3000) for b in [sum(divisors(a)) - a] if a < b < 3000 and sum(divisors(b)) - b == a})
print("amicable:", amicable)
pset = set(P)
def goldbach(n):
    return next((p, n - p) for p in P if n - p in pset)
print([goldbach(n) for n in range(4, 40, 2)])
twins = [(p, p + 2) for p in P if p + 2 in pset][:10]
print(twins)
gaps = max(zip(P, P[1:]), key=lambda ab: ab[1] - ab[0])
print("largest gap below 10000:", gaps, gaps[1] - gaps[0])
