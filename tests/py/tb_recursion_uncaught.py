# uncaught RecursionError from unbounded recursion
def walk(n):
    if n % 100 == 0:
        print("depth", n)
    return walk(n + 1) + 1
import sys
print(sys.getrecursionlimit())
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
try:
    walk(0)
except RecursionError as e:
    print("caught once:", type(e).__name__)
print("start")
walk(0)
