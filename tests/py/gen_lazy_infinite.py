# infinite generators consumed lazily: primes, collatz, interleaving, zipping
from itertools import islice, count, takewhile
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n
print(list(islice(primes(), 25)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:15], len(list(collatz(27))), max(collatz(27)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], range(10, 15))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(next(x for x in fib() if x > 10**20))
print(list(islice((x for x in fib() if x % 2 == 0), 10)))
def triangular():
    total = 0
    for n in count(1):
        total += n
        yield total
print(list(takewhile(lambda t: t < 100, triangular())))
def scan(fn, it, init):
    acc = init
    yield acc
    for x in it:
        acc = fn(acc, x)
        yield acc
print(list(scan(lambda a, b: a * b, range(1, 8), 1)))
squares = (n * n for n in count())
evens = (s for s in squares if s % 2 == 0)
print([next(evens) for _ in range(6)])
def cycle_n(seq, n):
    for _ in range(n):
        yield from seq
print(list(cycle_n("ab", 3)))
