def f():
    yield 1
x = [(yield 2) for i in range(3)]
