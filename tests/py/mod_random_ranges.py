# random: ranges, distributions of randint/randrange, reseeding reproducibility
import random
def histogram(values):
    h = {}
    for v in values:
        h[v] = h.get(v, 0) + 1
    return dict(sorted(h.items()))
random.seed(314)
print(histogram(random.randint(1, 4) for _ in range(200)))
print(histogram(random.randrange(0, 10, 3) for _ in range(200)))
print(histogram(random.choice("aabc") for _ in range(100)))
random.seed(2718)
a = [random.random() for _ in range(3)]
b = [random.randint(0, 2**64) for _ in range(3)]
random.seed(2718)
print(a == [random.random() for _ in range(3)], b == [random.randint(0, 2**64) for _ in range(3)])
print(a, b)
random.seed(1)
print([random.randrange(1, 2) for _ in range(3)], random.randint(5, 5), random.randrange(100, 0, -7))
print([round(random.uniform(-1, 1), 6) for _ in range(5)])
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", type(e).__name__)
random.seed(10)
perm = list(range(10))
random.shuffle(perm)
print(perm, sorted(perm) == list(range(10)))
random.seed(10)
print(random.sample(range(10), 10))
random.seed(123456789)
print(random.randint(0, 2**32 - 1))
print([random.randint(1, 10**30) for _ in range(2)])
