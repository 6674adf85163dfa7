# iter() with sentinel, next() with default, iterator exhaustion
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = ["line1", "line2", "", "line4"]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, "")))
import random
random.seed(1)
rolls = list(iter(lambda: random.randint(1, 6), 6))
print(rolls)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
s = iter("hi")
print(list(s), list(s))
e = iter(enumerate("ab"))
print(next(e), next(e))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(5), 0)))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
nums = iter(range(10))
print(next(nums), sum(nums), next(nums, -1))
print(list(zip(iter([1, 2, 3]), iter("ab"))))
g = iter([])
print(next(g, "empty iterator default"))
