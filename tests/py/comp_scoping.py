# comprehension scoping: loop variables don't leak; closures capture final value
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
y = 10
print([y * i for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
class C:
    factor = 3
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(C.doubled)
def f():
    n = 5
    return [n * k for k in range(3)], {k: n for k in "ab"}, {n + k for k in range(2)}
print(f())
data = [[1, 2], [3, 4]]
print([v for row in data for v in row if (t := v * 10) > 15], t)
total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)
def gen_scope():
    base = 100
    g = (base + i for i in range(3))
    base = 200
    return list(g)
print(gen_scope())
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested)
print([i for i in range(3)] == list(range(3)), [(lambda v: v + 1)(i) for i in range(3)])
