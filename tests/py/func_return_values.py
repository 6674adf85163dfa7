# return semantics: implicit None, multiple values, early returns, returning functions
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x < 0:
        return "negative"
    if x == 0:
        return "zero"
    for i in range(x):
        if i * i > x:
            return f"sqrt-ish {i}"
    return "small"
print(nothing(), bare(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print([early(x) for x in [-5, 0, 1, 2, 10, 50]])
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
    return -1
print(find("hello", "l"), find("hello", "z"), find([], 1))
def make(kind):
    if kind == "add":
        return lambda a, b: a + b
    elif kind == "mul":
        def mul(a, b):
            return a * b
        return mul
print(make("add")(2, 3), make("mul")(2, 3), make("other"))
def loop_return():
    while True:
        return "escaped infinite loop"
print(loop_return())
def return_in_with():
    class CM:
        def __enter__(self):
            print("  enter")
        def __exit__(self, *a):
            print("  exit")
    with CM():
        return "value from with"
print(return_in_with())
def nested_return():
    def inner():
        return "inner"
    inner()
print(nested_return())
def gen_return():
    yield 1
    return 2
g = gen_return()
print(list(g))
def ret_tuple_single():
    return (5,)
def ret_paren():
    return (5)
print(ret_tuple_single(), ret_paren(), multi()[1:], (lambda: (1, 2))())
