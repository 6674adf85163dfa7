# edge cases with empty values and boundaries
print(repr(""), repr([]), repr(()), repr({}), repr(set()), repr(frozenset()), repr(range(0)))
print(len(""), sum([]), max([], default=None), min("", default="none"), "".join([]), list(zip()), any(()), all(()))
print(""[:], ""[::-1], [][:5], ()[1:], "abc"[3:], "abc"[5:10], "abc"[-10:1])
print("".split(","), "".split(), " ".split(" "), "".splitlines(), ",".split(","))
print(sorted([]), list(reversed([])), list(enumerate([])), dict([]), set(""), tuple(""))
print("" in "abc", "" in "", [] in [[]], () == (), [] == [], {} == {}, set() == frozenset())
print(str(None), repr(None), [None], {None: None})
print(0 * "abc", [] * 10, () * 3, [[]] * 2, "x" * 0)
print(int("0"), float("0"), int("-0"), float("-0"), 0 == -0, 0.0 == -0.0)
print(min(0, -0), max(0, -0.0), round(-0.0), abs(-0), divmod(0, 3), 0 ** 0, 0.0 ** 0)
print(range(0) == range(5, 5), list(range(5, 0)), list(range(0, -5, -1)), len(range(-5)))
s = []
print(s.sort(), s.reverse(), s, s.copy(), s.count(1))
d = {}
print(d.get("k"), d.pop("k", None), d.setdefault("k"), d, list(d.items()))
print(f"{''}|{'':5}|{'':>3}|", "%s|%5s|" % ("", ""), "{}{}".format("", ""))
print(bool(""), bool(" "), bool("0"), bool([[]]), bool(((),)), bool({0: 0}))
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(*[], **{}), (lambda: None)())
print(max([[]], key=len), min([""], key=len), sorted([[], [1], []]))
try:
    [].index(0)
except ValueError as e:
    print("ValueError:", e)
print([x for x in []], {x: 1 for x in ""}, {x for x in ()}, list(x for x in range(0)))
