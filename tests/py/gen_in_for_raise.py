# generator raising inside a for loop, exceptions crossing generator frames
def risky(n):
    for i in range(n):
        if i == 3:
            raise ValueError(f"bad item {i}")
        yield i
out = []
try:
    for v in risky(10):
        out.append(v)
except ValueError as e:
    print("caught:", e, "after", out)
def gen_with_cleanup():
    try:
        yield 1
        yield 2
        raise RuntimeError("inside gen")
    finally:
        print("  cleanup ran")
try:
    for v in gen_with_cleanup():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)
def body_raises():
    try:
        for i in range(5):
            yield i
    finally:
        print("  generator finalized")
g = body_raises()
try:
    for v in g:
        if v == 2:
            raise KeyError("from loop body")
except KeyError as e:
    print("KeyError:", e)
g.close()
def stop_inside():
    yield 1
    raise StopIteration("explicit")
try:
    print(list(stop_inside()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def div_gen(xs):
    for x in xs:
        yield 10 / x
res = []
try:
    for v in div_gen([1, 2, 0, 5]):
        res.append(v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, res)
def nested():
    yield from risky(5)
try:
    print(list(nested()))
except ValueError as e:
    print("via yield from:", e)
gen = risky(5)
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except ValueError as e:
    print("next raised:", e)
print(next(gen, "gen is finished"))
def running():
    yield g2.__next__()
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
