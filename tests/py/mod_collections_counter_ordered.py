# collections.Counter and OrderedDict
from collections import Counter, OrderedDict
c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c))
print(c.most_common(2), c.most_common(), sorted(c.elements()))
c.update("aaz")
c.subtract({"b": 1})
print(c)
c2 = Counter(["x", "y", "x"]) + Counter({"x": 1, "z": 2})
print(c2, Counter("aab") - Counter("ab"), Counter("ab") | Counter("bbc"), Counter("aab") & Counter("abb"))
print(Counter(words=3, other=1), dict(Counter([1, 1, 2])), sum(Counter("hello").values()))
print(Counter("hello world".split()), Counter(), Counter({"a": 0, "b": -1}))
od = OrderedDict()
od["one"] = 1
od["two"] = 2
od["three"] = 3
print(od, list(od.keys()))
od.move_to_end("one")
print(list(od))
od.move_to_end("three", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"b": 2, "a": 1})
text = "it was the best of times it was the worst of times"
wc = Counter(text.split())
for word, n in wc.most_common(4):
    print(f"{word:>6} {n}")
print(wc.total() if hasattr(wc, "total") else sum(wc.values()))
