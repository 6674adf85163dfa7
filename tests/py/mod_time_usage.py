# time module usage patterns: measuring durations without printing them, sleep ordering, deadlines
import time
def busy(n):
    s = 0
    for i in range(n):
        s += i * i
    return s
start = time.perf_counter()
result = busy(20000)
elapsed = time.perf_counter() - start
print(result, elapsed > 0, elapsed < 5)
marks = []
for delay in (0.002, 0.0, 0.001):
    before = time.monotonic()
    time.sleep(delay)
    marks.append(time.monotonic() - before >= delay * 0.5)
print(marks)
deadline = time.monotonic() + 0.02
iterations = 0
while time.monotonic() < deadline:
    iterations += 1
    time.sleep(0.001)
print("looped until deadline:", iterations > 0)
t1 = time.time()
t2 = time.time()
print(t2 >= t1, isinstance(t1, float), round(t2 - t1) == 0)
stamps = [time.perf_counter() for _ in range(5)]
print(all(a <= b for a, b in zip(stamps, stamps[1:])))
def timed(fn):
    def wrapper(*args):
        t = time.perf_counter()
        r = fn(*args)
        wrapper.last = time.perf_counter() - t
        return r
    wrapper.last = None
    return wrapper
@timed
def work(n):
    return sum(range(n))
print(work(10000), work.last is not None, work.last >= 0)
print(type(time.time()).__name__, type(time.monotonic()).__name__, type(time.perf_counter()).__name__)
