# push-based coroutine pipelines using send(): filter -> transform -> sink
def coroutine(fn):
    def start(*args, **kw):
        g = fn(*args, **kw)
        next(g)
        return g
    return start
@coroutine
def sink(results):
    try:
        while True:
            item = yield
            results.append(item)
    finally:
        results.append("<sink closed>")
@coroutine
def filt(pred, target):
    try:
        while True:
            item = yield
            if pred(item):
                target.send(item)
    finally:
        target.close()
@coroutine
def transform(fn, target):
    try:
        while True:
            target.send(fn((yield)))
    finally:
        target.close()
@coroutine
def batcher(n, target):
    buf = []
    try:
        while True:
            buf.append((yield))
            if len(buf) == n:
                target.send(tuple(buf))
                buf = []
    finally:
        if buf:
            target.send(tuple(buf))
        target.close()
out = []
pipe = filt(lambda x: x % 3 != 0, transform(lambda x: x * x, batcher(3, sink(out))))
for i in range(1, 15):
    pipe.send(i)
pipe.close()
print(out)
@coroutine
def running_stats():
    n = total = 0
    lo = hi = None
    while True:
        x = yield (n, total, lo, hi)
        n += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
st = running_stats()
for v in [5, 3, 9, 1]:
    print(st.send(v))
@coroutine
def grep(pattern):
    matches = []
    while True:
        line = yield matches
        if pattern in line:
            matches = matches + [line]
g = grep("py")
for line in ["python rocks", "java", "numpy", "rust"]:
    last = g.send(line)
print(last)
g.close()
try:
    g.send("more")
except StopIteration:
    print("closed coroutine raises StopIteration")
