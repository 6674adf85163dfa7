# iterator protocol via __iter__/__next__; iterables vs iterators
class CountDown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountDownIter(self.start)
class CountDownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = CountDown(5)
print(list(cd), list(cd), sum(cd), max(cd), sorted(cd))
it = iter(cd)
print(next(it), next(it), list(it), list(it), next(it, "done"))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib(100)
print(list(f), list(f))
for x in Fib(10):
    print(x, end=" ")
print()
print(list(zip(CountDown(3), Fib(50))), dict(enumerate(CountDown(3))))
a, b, c = CountDown(3)
print(a, b, c, 2 in CountDown(3), 9 in CountDown(3))
try:
    next(iter(CountDown(0)))
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
li = iter([1, 2, 3])
print(iter(li) is li, next(li), list(li))
class Cycle3:
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        return self.i % 3
    def __iter__(self):
        return self
cy = Cycle3()
print([next(cy) for _ in range(7)])
