# memoized dynamic programming: LCS, edit distance, knapsack, coin change, LIS
def memoize(f):
    cache = {}
    def g(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    g.cache = cache
    return g
def lcs(a, b):
    @memoize
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)
print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"), repr(lcs("abc", "xyz")))
def edit_distance(s, t):
    dp = [[0] * (len(t) + 1) for _ in range(len(s) + 1)]
    for i in range(len(s) + 1):
        dp[i][0] = i
    for j in range(len(t) + 1):
        dp[0][j] = j
    for i in range(1, len(s) + 1):
        for j in range(1, len(t) + 1):
            cost = 0 if s[i - 1] == t[j - 1] else 1
            dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + cost)
    return dp[-1][-1]
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
def knapsack(items, cap):
    @memoize
    def best(i, c):
        if i == len(items):
            return (0, ())
        w, v, name = items[i]
        skip = best(i + 1, c)
        if w > c:
            return skip
        val, chosen = best(i + 1, c - w)
        take = (val + v, (name,) + chosen)
        return max(skip, take)
    return best(0, cap)
items = [(12, 4, "gold"), (2, 2, "silver"), (1, 1, "copper"), (1, 2, "gem"), (4, 10, "crown")]
print(knapsack(items, 15))
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for v in range(c, total + 1):
            ways[v] += ways[v - c]
    return ways[total]
def min_coins(coins, total):
    INF = float("inf")
    best = [0] + [INF] * total
    for v in range(1, total + 1):
        for c in coins:
            if c <= v and best[v - c] + 1 < best[v]:
                best[v] = best[v - c] + 1
    return best[total] if best[total] != INF else -1
print(coin_ways([1, 5, 10, 25], 100), coin_ways([2, 5, 3, 6], 10), min_coins([1, 5, 12], 16), min_coins([5, 10], 3))
def lis(seq):
    n = len(seq)
    length = [1] * n
    prev = [-1] * n
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i] and length[j] + 1 > length[i]:
                length[i], prev[i] = length[j] + 1, j
    k = max(range(n), key=lambda i: length[i])
    out = []
    while k != -1:
        out.append(seq[k])
        k = prev[k]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]))
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
@memoize
def catalan(n):
    return 1 if n <= 1 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
print([catalan(i) for i in range(15)], len(catalan.cache))
