# itertools groupby, accumulate, chain, zip_longest, starmap, takewhile, dropwhile
import itertools as it
data = "aaabbcdddda"
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([k for k, _ in it.groupby(sorted(data))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in it.groupby(sorted(words, key=len), key=len):
    print(k, list(g))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([])), list(it.accumulate("abc")))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])), list(it.chain()))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest([1, 2], [3], [4, 5, 6], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(lambda a, b: a + b, zip("ab", "cd"))))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2, 1])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2, 1])))
print(list(it.takewhile(str.isalpha, "abc123def")), "".join(it.dropwhile(str.isspace, "   trimmed ")))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(lambda x: x % 2, range(10))))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise("abcd")), list(it.islice(it.accumulate(it.repeat(2)), 5)))
sales = [("east", 10), ("east", 5), ("west", 7), ("east", 1), ("west", 3)]
by_region = {k: sum(v for _, v in g) for k, g in it.groupby(sorted(sales), key=lambda s: s[0])}
print(by_region)
g = it.groupby([1, 1, 2])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
