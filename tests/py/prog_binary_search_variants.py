# binary search variants: lower/upper bound, first/last occurrence, rotated arrays, answer search
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 4, 8, 13, 20]:
    lb, ub = lower_bound(a, x), upper_bound(a, x)
    print(x, lb, ub, ub - lb, (lb, ub - 1) if ub > lb else None)
def search_rotated(a, t):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == t:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= t < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < t <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
rot = [15, 18, 22, 3, 6, 9, 11]
print([search_rotated(rot, t) for t in [15, 22, 3, 11, 7, 100]])
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in [0, 1, 15, 16, 10**12, 2**100]])
def min_capacity(weights, days):
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        cap = (lo + hi) // 2
        need, cur = 1, 0
        for w in weights:
            if cur + w > cap:
                need, cur = need + 1, 0
            cur += w
        if need <= days:
            hi = cap
        else:
            lo = cap + 1
    return lo
print(min_capacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), min_capacity([3, 2, 2, 4, 1, 4], 3), min_capacity([1, 2, 3, 1, 1], 4))
def bisect_root(f, lo, hi, tol=1e-12):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
        steps += 1
    return (lo + hi) / 2, steps
print(bisect_root(lambda x: x * x - 2, 0.0, 2.0), bisect_root(lambda x: x ** 3 - x - 1, 1.0, 2.0))
