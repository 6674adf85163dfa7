# uncaught exception raised inside a generator
def readings():
    data = [12, 15, -1, 20]
    for d in data:
        if d < 0:
            raise ValueError(f"sensor failure: {d}")
        yield d
def doubled(gen):
    for x in gen:
        yield x * 2
print(list(doubled(iter([1, 2, 3]))))
g = doubled(iter([5]))
print(next(g), next(g, "end"))
total = 0
for r in readings():
    total += r
    print("reading", r, "total", total)
