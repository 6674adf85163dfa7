# yield from: delegation, return values, send/throw passthrough
def inner():
    x = yield 1
    print("  inner got", x)
    y = yield 2
    print("  inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("  outer got result", r)
    yield "outer-" + r
    return "outer-done"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], [[5]]], 6])))
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e}"
def delegator():
    yield from catcher()
d = delegator()
print(next(d), d.throw(ValueError("x")), next(d))
d.close()
def sub_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  sub finally")
def deleg2():
    yield from sub_with_finally()
    yield "never reached"
d2 = deleg2()
next(d2)
d2.close()
print("closed delegator")
def depth(n):
    if n == 0:
        return 0
    got = yield from depth(n - 1)
    yield n
    return got + n
gen = depth(5)
items = []
while True:
    try:
        items.append(next(gen))
    except StopIteration as e:
        print(items, "sum", e.value)
        break
def yf_iterable():
    res = yield from [10, 20]
    yield res
print(list(yf_iterable()))
