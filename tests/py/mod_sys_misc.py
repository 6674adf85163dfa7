# sys: recursion limit, exc_info, stdout.write, argv basics, maxsize
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(1500))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    deep(1500)
except RecursionError:
    print("RecursionError at limit 1000")
print(sys.exc_info())
try:
    raise ValueError("inspect me")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, ev.args, tb is not None)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info() == (None, None, None))
def handler():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print(repr(handler()))
n = sys.stdout.write("direct write\n")
print(n, type(sys.argv).__name__, len(sys.argv))
sys.stdout.write("a")
sys.stdout.write("b\n")
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
