# time module: call functions, check types and monotonicity, never print times
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t0 > 1_600_000_000)
total = 0
for i in range(10000):
    total += i
print(total)
time.sleep(0.01)
time.sleep(0)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(t1 >= t0, p1 >= p0, m1 >= m0)
print(p1 - p0 >= 0.005, m1 - m0 >= 0.005)
elapsed = p1 - p0
print("elapsed is float:", isinstance(elapsed, float))
def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start
r, dt = timed(sum, range(100))
print(r, dt >= 0)
print(callable(time.time), callable(time.sleep))
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
