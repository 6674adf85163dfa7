# uncaught NameError from a typo
def counts(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c
print(counts("a b a c b a".split()))
try:
    print(undefined_thing)
except NameError as e:
    print("handled:", e)
def total(items):
    s = 0
    for it in items:
        s += it
    return s
print(total([1, 2, 3]))
print("about to use an undefined name")
print(totl([4, 5]))
