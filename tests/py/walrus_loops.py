# assignment expressions in while loops, comprehensions, conditions and nested scopes
data = iter([3, 8, 1, 0, 7, 2])
seen = []
while (v := next(data)) != 0:
    seen.append(v)
print(seen, list(data))
import random
random.seed(4)
rolls = []
while (r := random.randint(1, 6)) != 6:
    rolls.append(r)
print(rolls, r)
text = "alpha beta gamma delta"
print([(w, n) for w in text.split() if (n := len(w)) > 4])
print([y := 10, y ** 2])
stack = [[1, 2], [], [3]]
out = []
while stack and (top := stack.pop()) is not None:
    out.append(top)
print(out)
def first_long(words, limit):
    if any(len(found := w) > limit for w in words):
        return found
    return None
print(first_long(["a", "bbb", "cccccc", "dd"], 2), first_long(["a"], 5))
values = [4, 9, 16, 25]
if (total := sum(values)) > 50 and (avg := total / len(values)) > 10:
    print("total", total, "avg", avg)
n = 0
results = [(n := n + x) for x in range(1, 6)]
print(results, n)
matrix = [[1, 2], [3, 4]]
print([s for row in matrix if (s := sum(row)) > 3])
def counter():
    count = 0
    def inc():
        nonlocal count
        return (count := count + 1)
    return inc
c = counter()
print(c(), c(), c())
print((x := 5) * 2, x, (lambda: (z := 3) + z)())
