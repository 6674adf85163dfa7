# next(generator): the interpreter resumes the generator itself; every
# outcome must be as through the builtin.
def count(n):
    for i in range(n):
        yield i
    return "done"

g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))
try:
    next(g)
except StopIteration as e:
    print("again", repr(e.value))
print(next(count(0), "default"), next(count(3), "unused"))

def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def raises():
    yield 1
    raise KeyError("inside")
r = raises()
print(next(r))
try:
    next(r)
except KeyError as e:
    print("KeyError:", e)
try:
    next(r)
except StopIteration:
    print("finished after the error")

def echo():
    got = yield "first"
    while True:
        got = yield "got %r" % (got,)
e = echo()
print(next(e), e.send(1), next(e), e.send("x"))

def outer():
    yield from count(2)
    yield "after"
print([next(o) for o in [outer()] for _ in range(3)])

def deep(n):
    if n:
        yield next(deep(n - 1))
    else:
        yield "bottom"
print(next(deep(50)))

# The same call site: generators, iterators, and other objects.
class Countdown:
    def __init__(self):
        self.n = 2
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
for it in [count(3), iter([7, 8]), Countdown(), (x * 2 for x in range(2))]:
    print(type(it).__name__, next(it))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

def with_try():
    try:
        yield 1
    finally:
        print("finally ran")
w = with_try()
print(next(w))
w.close()
