# set-based algorithms: dedupe preserving order, intersections, powersets
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("mississippi"))
text1 = "the quick brown fox jumps over the lazy dog"
text2 = "the lazy cat sleeps over the warm mat"
w1, w2 = set(text1.split()), set(text2.split())
print(sorted(w1 & w2), sorted(w1 - w2), sorted(w1 ^ w2))
def powerset(items):
    result = [[]]
    for it in items:
        result += [r + [it] for r in result]
    return result
ps = powerset([1, 2, 3])
print(ps, len(ps))
print(sorted(map(sorted, ps)))
primes = set(range(2, 60))
for i in range(2, 8):
    primes -= set(range(i * i, 60, i))
print(sorted(primes))
print(primes)
letters = set("abcdefghijklmnopqrstuvwxyz")
pangram = "the quick brown fox jumps over the lazy dog"
print(letters <= set(pangram), sorted(letters - set("hello world")))
print({c for c in "abracadabra" if c not in "abc"})
print({"x", "y"} == set("xy"), len({1, 1.0, True}))
