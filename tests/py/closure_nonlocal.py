# closures and nonlocal
def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(); inc(5)
print(get())
inc2, get2 = counter(100)
inc2()
print(get(), get2())
def make_acc():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(10))
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
            return x
        r = inner()
        return r, x
    res = middle()
    return res, x
print(outer())
def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())
def early_binding():
    fns = []
    for i in range(3):
        def mk(j):
            return lambda: j
        fns.append(mk(i))
    return [f() for f in fns]
print(early_binding())
def shared():
    v = 0
    def a():
        nonlocal v
        v += 1
        return v
    def b():
        nonlocal v
        v *= 10
        return v
    return a, b
a, b = shared()
print(a(), b(), a(), b())
def cell_after():
    def show():
        return y
    y = "defined later"
    return show()
print(cell_after())
def unbound():
    def show():
        return z
    try:
        return show()
    except NameError as e:
        return "NameError: " + str(e)
    z = 1
print(unbound())
