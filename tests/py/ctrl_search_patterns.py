# control flow search patterns: flags vs for-else, early exit, nested break via function/exception
data = [[3, 8, 1], [9, 4, 7], [2, 6, 5]]
target = 7
found = False
for r, row in enumerate(data):
    for c, v in enumerate(row):
        if v == target:
            found = True
            break
    if found:
        break
print("flag:", found, (r, c))
def locate(grid, t):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == t:
                return r, c
    return None
print("function:", locate(data, 6), locate(data, 42))
class Found(Exception):
    pass
try:
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            if v > 8:
                raise Found((r, c, v))
except Found as f:
    print("exception:", f.args[0])
for row in data:
    for v in row:
        if v > 8:
            break
    else:
        print("row without >8:", row)
        continue
    print("row with >8:", row)
n = 97
d = 2
while d * d <= n:
    if n % d == 0:
        print(n, "divisible by", d)
        break
    d += 1
else:
    print(n, "is prime")
attempts = iter(["wrong", "nope", "secret", "late"])
for tries, guess in enumerate(attempts, 1):
    if guess == "secret":
        print("unlocked after", tries, "tries")
        break
else:
    print("locked out")
print("remaining:", list(attempts))
i = 0
total = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total += i
print("sum of odd numbers below 16:", total)
print(next((x for x in range(100) if x * x > 500), None), next((x for x in [] if x), "none found"))
