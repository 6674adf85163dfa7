# generator basics: lazy evaluation, state, exhaustion
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
s = squares()
print([next(s) for _ in range(8)])
def evens(seq):
    for x in seq:
        if x % 2 == 0:
            yield x
print(list(evens(range(11))), sum(evens([1, 2, 3, 4])))
def take(n, it):
    for _ in range(n):
        yield next(it)
print(list(take(4, squares())))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def empty():
    return
    yield
print(list(empty()), next(empty(), "empty!"))
def with_return():
    yield 1
    return "final"
gr = with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("returned", repr(e.value))
def pairs(s):
    it = iter(s)
    for a in it:
        yield a, next(it, None)
print(list(pairs("abcde")))
gen = (x * 10 for x in range(3))
print(gen.__next__(), list(gen))
print(iter(g) is g, hasattr(g, "send"))
