# generators with try/finally, return values through yield from, and cleanup order
log = []
def resource(name):
    log.append(f"open {name}")
    try:
        yield f"{name}-1"
        yield f"{name}-2"
        return f"{name} done"
    finally:
        log.append(f"close {name}")
def combined():
    a = yield from resource("A")
    log.append(f"got {a}")
    b = yield from resource("B")
    log.append(f"got {b}")
    return [a, b]
g = combined()
items = []
while True:
    try:
        items.append(next(g))
    except StopIteration as e:
        items.append(("return", e.value))
        break
print(items)
print(log)
log.clear()
g = combined()
print(next(g), next(g), next(g))
g.close()
print(log)
def gen_exc_in_finally():
    try:
        yield 1
    finally:
        log.append("finally start")
        yield "yield in finally"
        log.append("finally end")
log.clear()
g = gen_exc_in_finally()
print(next(g), next(g), next(g, "exhausted"))
print(log)
def counter_gen():
    count = 0
    try:
        while True:
            count += 1
            yield count
    except GeneratorExit:
        log.append(f"exit at {count}")
        raise
log.clear()
c = counter_gen()
for v in c:
    if v == 4:
        break
c.close()
print(log)
def gen_with_return_value(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def driver():
    result = yield from gen_with_return_value(3)
    yield f"total={result}"
d = driver()
print(next(d), d.send(10), d.send(20), d.send(30))
