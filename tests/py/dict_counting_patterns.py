# dict idioms: counting, grouping, inverting, nested setdefault, get with defaults, merging counts
text = "the rain in spain falls mainly on the plain in spain"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
inverted = {}
for w, c in counts.items():
    inverted.setdefault(c, []).append(w)
print(inverted)
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top, sum(letters.values()))
a = {"x": 1, "y": 2}
b = {"y": 10, "z": 3}
merged = dict(a)
for k, v in b.items():
    merged[k] = merged.get(k, 0) + v
print(merged, {**a, **b}, a | b, b | a)
nested = {}
for path, val in [("a/b/c", 1), ("a/b/d", 2), ("a/e", 3), ("f", 4)]:
    node = nested
    *dirs, leaf = path.split("/")
    for d in dirs:
        node = node.setdefault(d, {})
    node[leaf] = val
print(nested)
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix.get((1, 1), "diag"), matrix.get((1, 2)), len(matrix))
prices = {"apple": 0.5, "pear": 0.75, "fig": 2.0}
cart = ["apple", "fig", "kiwi", "apple"]
print(sum(prices.get(item, 0) for item in cart), [i for i in cart if i not in prices])
print(dict(zip(counts.values(), counts.keys())), max(counts, key=lambda k: (counts[k], k)))
print(sorted(counts, key=counts.get, reverse=True)[:3], min(counts.items(), key=lambda kv: kv[1]))
