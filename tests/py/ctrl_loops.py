# loops: for/while with else, break, continue, pass, nested loops
for i in range(5):
    if i == 3:
        break
else:
    print("for-else not run")
print("broke at", i)
for i in range(3):
    pass
else:
    print("for-else ran, i =", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
print("n", n)
for x in []:
    print("never")
else:
    print("empty for still runs else")
odds = []
for i in range(10):
    if i % 2 == 0:
        continue
    odds.append(i)
print(odds)
def find_pair(target, nums):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return (a, b)
    return None
print(find_pair(9, [1, 4, 5, 8]), find_pair(100, [1, 2]))
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    else:
        continue
    break
print(found)
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a == b == c:
                continue
            count += 1
print(count)
it = iter(range(10))
for x in it:
    if x == 2:
        next(it)
    print(x, end=" ")
print()
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
    print(x, end=",")
print()
