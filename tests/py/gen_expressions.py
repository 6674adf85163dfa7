# generator expressions: laziness, single-use, in function calls
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in nums), max(x % 5 for x in nums), min((x for x in nums if x > 3), default=-1))
g = (x * 2 for x in nums)
print(next(g), next(g), list(g), list(g))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = (noisy(x) for x in range(5))
print(log)
first = next(lazy)
print(first, log)
print(any(noisy(x) > 2 for x in range(10)), log)
print(all(x < 3 for x in [1, 2, 3, 4]), any(x > 100 for x in []))
print(sorted((c for c in "hello"), reverse=True), tuple(i for i in range(3)), set(x % 3 for x in range(9)))
print(dict((k, len(k)) for k in ["a", "bb"]), "-".join(str(i) for i in range(4)))
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(x for row in matrix for x in row if x % 2))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
gen = (i for i in range(3))
print(type(gen).__name__, iter(gen) is gen)
x = 10
g2 = (x + i for i in range(3))
x = 20
print(list(g2))
outer_list = [1, 2, 3]
g3 = (v for v in outer_list)
outer_list = [7, 8, 9]
print(list(g3))
print(sum(1 for _ in range(1000)), len(list(c for c in "abc" if c != "b")))
def consumer(it):
    return [v for v in it][::-1]
print(consumer(x * x for x in range(5)))
