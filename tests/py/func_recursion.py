# recursion: factorial, fibonacci, hanoi, permutations, ackermann, mutual recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(12)], fact(30))
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])
def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
print(perms("abc"), len(perms("abcde")))
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(3, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth([1, [2, [3]], []]), depth([]), depth(5))
def binsearch(a, t, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == t:
        return mid
    return binsearch(a, t, mid + 1, hi) if a[mid] < t else binsearch(a, t, lo, mid)
data = list(range(0, 100, 3))
print([binsearch(data, t) for t in (0, 3, 50, 51, 99, 100)])
