# Annotations that hold comprehensions and lambdas: evaluated in module and
# class bodies and for parameters/returns, not for locals (found by fuzzing)
y = [1, 2]
x: [i * 2 for i in y] = 1
print(__annotations__)
def f(a: [i for i in range(3)], *args: {k: 1 for k in "ab"}, b: (lambda: 7)() = 2, **kw: (j for j in y)) -> sorted({3, 1, 2}):
    return a
ann = f.__annotations__
print(ann["a"], ann["args"], ann["b"], type(ann["kw"]).__name__, ann["return"])
class C:
    a: {k: len(k) for k in ("x", "yy")} = 2
    b: [z for z in y]
print(C.__annotations__, C.a)
def g():
    local: [q for q in undefined_name] = 5
    return local
print(g())
