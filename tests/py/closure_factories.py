# closure factories: memoize, rate limiter sim, accumulators
def make_power(exp):
    def power(base):
        return base ** exp
    return power
sq, cube = make_power(2), make_power(3)
print([sq(i) for i in range(6)], [cube(i) for i in range(6)])
def memoize(f):
    memo = {}
    hits = [0]
    def g(*args):
        if args in memo:
            hits[0] += 1
            return memo[args]
        memo[args] = r = f(*args)
        return r
    def stats():
        return len(memo), hits[0]
    g.stats = stats
    return g
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths(16, 16), paths.stats())
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def peek():
        return items[-1] if items else None
    return {"push": push, "pop": pop, "peek": peek, "size": lambda: len(items)}
st = make_stack()
for v in "abc":
    st["push"](v)
print(st["pop"](), st["peek"](), st["size"]())
def make_averager():
    total = 0
    n = 0
    def avg(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return avg
av = make_averager()
print([av(x) for x in [10, 20, 30, 5]])
def gen_ids(prefix):
    nxt = 0
    def new():
        nonlocal nxt
        nxt += 1
        return f"{prefix}-{nxt:03d}"
    return new
u, o = gen_ids("user"), gen_ids("order")
print(u(), u(), o(), u(), o())
adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print({k: f(100) for k, f in adders.items()})
