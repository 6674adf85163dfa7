# min/max with key, default, multiple args, ties
print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("hello"), max((1, 2), (1, 3)))
print(max([], default="empty"), min([], default=None), max([5], default=0))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs), max(-1, 1, key=abs), min(-1, 1, key=abs))
pairs = [("a", 3), ("b", 5), ("c", 5), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max({"x": 1, "y": 9}), max({"x": 1, "y": 9}.items(), key=lambda kv: kv[1]))
print(max(1, 2.5), min(1, 1.0), max(1.0, 1), max(True, 1), max(0, False))
print(max(range(10), key=lambda x: x % 4), min(iter([4, 2, 8])))
print(max([[1, 2], [1, 2, 0], [0, 9]]), min(["b", "B", "a"]))
for bad in [lambda: max(), lambda: max([]), lambda: min(1), lambda: max(1, "a"), lambda: max([], key=len)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(max([], key=len, default="d"), min(["aa", "b"], key=len, default="d"))
print(max(x * x for x in range(-5, 3)), min((x for x in [3, 1, 2]), default=0))
