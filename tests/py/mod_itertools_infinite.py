# itertools count, cycle, repeat with islice/takewhile
import itertools
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10), 3)), list(islice(count(5, 3), 4)), list(islice(count(1, -0.5), 4)))
print(list(islice(cycle("abc"), 8)), list(islice(cycle([1, 2]), 5)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), list(repeat(0, 0)), list(islice(repeat(7), 4)), list(map(pow, range(5), repeat(2))))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)), list(islice(range(100), 90, 200, 4)))
c = count(100)
print(next(c), next(c), next(c))
cy = cycle(["on", "off"])
print([next(cy) for _ in range(5)])
print(list(zip(count(1), "abc")), dict(zip("xyz", count())))
print(list(itertools.takewhile(lambda x: x < 20, (x * x for x in count()))))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
print(list(islice(count(), 0)), list(islice([], 5)))
try:
    list(islice([1], -1))
except ValueError as e:
    print("ValueError:", type(e).__name__)
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)))
print(sum(islice(count(1), 100)), list(islice(count(2**64), 2)))
