# binary search tree: insert, search, delete, traversals, height, balance check
class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val, self.left, self.right = key, val, None, None
    def __init__(self):
        self.root = None
        self.count = 0
    def __setitem__(self, key, val):
        def ins(n):
            if n is None:
                self.count += 1
                return BST._Node(key, val)
            if key < n.key:
                n.left = ins(n.left)
            elif key > n.key:
                n.right = ins(n.right)
            else:
                n.val = val
            return n
        self.root = ins(self.root)
    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __delitem__(self, key):
        def rm(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = rm(n.left, key)
            elif key > n.key:
                n.right = rm(n.right, key)
            else:
                if not n.left:
                    return n.right
                if not n.right:
                    return n.left
                s = n.right
                while s.left:
                    s = s.left
                n.key, n.val = s.key, s.val
                n.right = rm(n.right, s.key)
            return n
        self.root = rm(self.root, key)
        self.count -= 1
    def __len__(self):
        return self.count
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def preorder(self):
        out = []
        def walk(n):
            if n:
                out.append(n.key)
                walk(n.left)
                walk(n.right)
        walk(self.root)
        return out
    def height(self, n="root"):
        if n == "root":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = f"v{k}"
print(list(t), len(t), t.height(), t.preorder())
print(t.levels())
print(t[45], 45 in t, 99 in t)
t[45] = "updated"
print(t[45], len(t))
for k in [20, 30, 50]:
    del t[k]
    print("deleted", k, list(t), t.levels())
try:
    del t[1000]
except KeyError as e:
    print("KeyError:", e)
try:
    t[1]
except KeyError as e:
    print("KeyError:", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print([(w, words[w]) for w in words], words.height())
skewed = BST()
for i in range(10):
    skewed[i] = i
print(skewed.height(), skewed.levels()[:3])
