# hitting the default recursion limit raises RecursionError, which can be caught
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth()
print(d > 900, d < 1000)
class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()
try:
    Node().depth()
except RecursionError as e:
    print("method recursion:", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
def ok_depth(n):
    return 0 if n == 0 else 1 + ok_depth(n - 1)
print(ok_depth(900))
print("still works after recursion errors:", ok_depth(100))
