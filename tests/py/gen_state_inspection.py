# generator lifecycle: created, suspended, running, closed; reuse and independence of instances
def numbers(n):
    for i in range(n):
        yield i
g1, g2 = numbers(3), numbers(3)
print(next(g1), next(g1), next(g2), list(g1), list(g2))
print(list(g1), list(g2), next(g1, "done"))
def tracked():
    print("  started")
    try:
        yield "a"
        print("  resumed once")
        yield "b"
        print("  resumed twice")
    finally:
        print("  finalized")
t = tracked()
print("created, nothing printed yet")
print(next(t))
print(next(t))
print(next(t, "exhausted"))
print(next(t, "still exhausted"))
gen_fn_result = [list(numbers(k)) for k in range(4)]
print(gen_fn_result)
def infinite():
    i = 0
    while True:
        i += 1
        yield i
inf = infinite()
print([next(inf) for _ in range(3)], next(inf))
inf.close()
print(next(inf, "closed"))
squares = (x * x for x in range(4))
print(sum(squares), sum(squares))
def gen_with_state():
    state = {"count": 0}
    while state["count"] < 3:
        state["count"] += 1
        yield dict(state)
print(list(gen_with_state()))
def delegate():
    yield from numbers(2)
    yield from "xy"
d = delegate()
print(type(d).__name__, list(d))
pipeline = map(str, filter(lambda v: v % 2, numbers(10)))
print(next(pipeline), list(pipeline))
def closer():
    try:
        yield 1
    finally:
        print("  closer cleanup")
c = closer()
c.close()
print("closed before start: no cleanup printed")
c2 = closer()
next(c2)
c2.close()
c2.close()
print("double close is fine")
