# itertools recipes: flatten, chunk, sliding windows, unique_everseen, roundrobin, powerset
from itertools import chain, islice, groupby, combinations, zip_longest, cycle, count, accumulate, repeat, starmap, tee
def take(n, it):
    return list(islice(it, n))
def chunked(it, n):
    it = iter(it)
    while True:
        chunk = take(n, it)
        if not chunk:
            return
        yield chunk
def grouper(it, n, fill=None):
    args = [iter(it)] * n
    return zip_longest(*args, fillvalue=fill)
def sliding(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
def unique_everseen(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x
def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def roundrobin(*its):
    nexts = [iter(i).__next__ for i in its]
    while nexts:
        alive = []
        for nx in nexts:
            try:
                yield nx()
                alive.append(nx)
            except StopIteration:
                pass
        nexts = alive
print(list(chunked(range(10), 3)), list(grouper("abcdefg", 3, "x")))
print(list(sliding(range(6), 3)), list(sliding("ab", 3)))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", key=str.lower)))
print(list(powerset([1, 2, 3])))
print(list(roundrobin("ABC", "D", "EF")))
print(take(7, cycle("xy")), take(3, count(1, 0.5)), list(chain.from_iterable(repeat([1, 2], 3))))
print([k for k, g in groupby(sorted("mississippi"))], max((len(list(g)), k) for k, g in groupby("aabbbbccd")))
print(list(accumulate(range(1, 6), lambda a, b: a * b)), list(starmap(divmod, [(7, 2), (9, 4)])))
def quantify(it, pred=bool):
    return sum(map(pred, it))
print(quantify([0, 1, 2, 0, 3]), quantify("Hello World", str.isupper))
def first_true(it, default=None, pred=None):
    return next(filter(pred, it), default)
print(first_true([0, "", 5, 7]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 6))
running_avg = [t / n for n, t in enumerate(accumulate([4, 8, 6, 2]), 1)]
print(running_avg)
