# trie with insert, search, prefix completion, deletion and counting
class Trie:
    def __init__(self):
        self.root = {}
        self.size = 0
    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if "$" not in node:
            self.size += 1
        node["$"] = node.get("$", 0) + weight
    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def __contains__(self, word):
        node = self._find(word)
        return node is not None and "$" in node
    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        results = []
        def walk(n, path):
            for ch in sorted(n):
                if ch == "$":
                    results.append((path, n["$"]))
                else:
                    walk(n[ch], path + ch)
        if node is not None:
            walk(node, prefix)
        results.sort(key=lambda r: (-r[1], r[0]))
        return [w for w, _ in results[:limit]]
    def delete(self, word):
        def rec(node, i):
            if i == len(word):
                if "$" not in node:
                    raise KeyError(word)
                del node["$"]
            else:
                ch = word[i]
                if ch not in node:
                    raise KeyError(word)
                if rec(node[ch], i + 1):
                    del node[ch]
            return not node
        rec(self.root, 0)
        self.size -= 1
    def __len__(self):
        return self.size
t = Trie()
corpus = "the then there their they them theme tea team teal ten tend tent test the the then tea"
for w in corpus.split():
    t.insert(w)
print(len(t), "the" in t, "th" in t, "tent" in t, "xyz" in t)
print(t.complete("the"))
print(t.complete("te", limit=4))
print(t.complete("x"), t.complete(""))
t.delete("theme")
t.delete("tea")
print(len(t), "theme" in t, "them" in t, "tea" in t, "team" in t)
try:
    t.delete("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    t.delete("th")
except KeyError as e:
    print("KeyError:", e)
print(t.complete("te"))
print(sorted(t.root), sorted(t.root["t"]), len(t.root["t"]["e"]))
