# deep recursion: 50,000 frames with a raised recursion limit
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(50000))
def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node
def length(node):
    return 0 if node is None else 1 + length(node[1])
print(length(build(30000)))
def gen_depth(n):
    if n > 0:
        yield from gen_depth(n - 1)
    yield n
total = 0
for v in gen_depth(2000):
    total += v
print(total)
def deep_exc(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        deep_exc(n - 1)
    finally:
        pass
try:
    deep_exc(20000)
except ValueError as e:
    print("caught from 20000 deep:", e)
class Tree:
    def __init__(self, n):
        self.next = Tree(n - 1) if n else None
    def count(self):
        return 1 + (self.next.count() if self.next else 0)
print(Tree(10000).count())
