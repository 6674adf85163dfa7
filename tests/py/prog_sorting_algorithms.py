# classic sorting algorithms checked against sorted(), with comparison counts
import random
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def selection(a):
    a = a[:]
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return a[:]
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(i, size):
        while True:
            l, r, big = 2 * i + 1, 2 * i + 2, i
            if l < size and a[l] > a[big]:
                big = l
            if r < size and a[r] > a[big]:
                big = r
            if big == i:
                return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
def shell(a):
    a = a[:]
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            t, j = a[i], i
            while j >= gap and a[j - gap] > t:
                a[j] = a[j - gap]
                j -= gap
            a[j] = t
        gap //= 2
    return a
random.seed(5)
inputs = [[], [1], [2, 1], [5, 5, 5], list(range(10, 0, -1)), [random.randint(-50, 50) for _ in range(40)],
          [3, -1, 4, 1, -5, 9, 2, -6, 5, 3]]
algos = [bubble, insertion, selection, merge_sort, quick, heap_sort, counting, shell]
for data in inputs:
    expected = sorted(data)
    results = {f.__name__: f(data) == expected for f in algos}
    print(len(data), all(results.values()), expected[:8])
print(merge_sort(["pear", "apple", "fig", "banana"]), quick([3.5, -1.25, 2.0]))
class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, o):
        return self.rank < o.rank
    def __le__(self, o):
        return self.rank <= o.rank
    def __gt__(self, o):
        return self.rank > o.rank
    def __repr__(self):
        return f"{self.rank}{self.suit}"
cards = [Card(5, "h"), Card(3, "s"), Card(5, "c"), Card(1, "d"), Card(3, "h")]
print(merge_sort(cards), insertion(cards), sorted(cards))
