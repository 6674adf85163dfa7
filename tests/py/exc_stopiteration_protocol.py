# StopIteration handling: manual next loops, values, for-loop termination, in generators
it = iter([1, 2])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("done manually")
        break
    print("got", v)
class Limited:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("custom value")
        self.n -= 1
        return self.n
for x in Limited(3):
    print("loop", x)
try:
    next(Limited(0))
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def g():
    yield 1
    return "returned"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("generator return ->", e.value)
try:
    next(gen)
except StopIteration as e:
    print("second time value:", e.value)
def leaks():
    it = iter([])
    yield next(it)
try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError:", e)
def careful():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(careful()))
print(list(map(lambda x: x, Limited(4))), sum(Limited(5)), list(zip(Limited(2), Limited(5))))
print(next(iter([]), "dflt"), next(Limited(0), "dflt2"))
e = StopIteration(1, 2)
print(e.value, e.args, repr(e))
