# class-based decorators via __call__, stateful callables and call counting
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def greet(name, punct="!"):
    return f"hi {name}{punct}"
print(greet("a"), greet("b", punct="?"), greet.calls, greet.__name__, callable(greet))
class Retry:
    def __init__(self, times):
        self.times = times
    def __call__(self, fn):
        def wrapper(*args):
            last = None
            for attempt in range(1, self.times + 1):
                try:
                    return fn(attempt, *args)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {self.times}") from last
        return wrapper
@Retry(3)
def flaky(attempt, x):
    if attempt < 3:
        raise ValueError(f"not yet ({x})")
    return x * 100
print(flaky(7))
@Retry(2)
def hopeless(attempt):
    raise ValueError("never")
try:
    hopeless()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)
class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), len(collatz_len.cache) > 3000)
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
adders = [Adder(i) for i in range(3)]
print([a(10) for a in adders], list(map(Adder(100), [1, 2])), sorted([3, 1, 2], key=Adder(-5)))
class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, x):
        for s in self.steps:
            x = s(x)
        return x
p = Pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"), Adder("!"))
print(p("  Hello Big World  "))
